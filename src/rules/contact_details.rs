//! # A postcode, street, email or telephone number in a finding
//!
//! ## What it checks
//! Findings, the previous inspection's summary and the outcome hold no contact details: no
//! postcode (BS 7666, with or without its space), no street ("14 Acacia Avenue", "Acacia
//! Avenue"), no email address and no UK telephone number. A warning in a draft, an error in a
//! letter marked `final`.
//!
//! ## Why it matters
//! An address or a telephone number in a published letter leads to one household.
//!
//! ## Example
//! "A family at 14 Acacia Avenue, SS1 2AB was not visited." gives two `contact-details`
//! diagnostics, with spans on "14 Acacia Avenue" and "SS1 2AB".

use super::formats::{is_email, is_postcode, normal_postcode};
use super::text::{is_capitalised, words, Word};
use super::words::STREET_WORDS;
use super::{Code, Context};
use crate::diagnostic::Sink;

/// The byte ranges of contact details in `text`, with what each is.
pub(crate) fn find_contact_details(text: &str) -> Vec<(usize, usize, &'static str)> {
    let words: Vec<Word<'_>> = words(text).collect();
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        // Postcodes: "SS2 6ER" or "SS26ER".
        if let Some(next) = words.get(i + 1) {
            if next.start == word.end + 1 && is_postcode(&text[word.start..next.end]) {
                found.push((word.start, next.end, "postcode"));
                continue;
            }
        }
        let has_digit = word.text.bytes().any(|b| b.is_ascii_digit());
        let has_letter = word.text.bytes().any(|b| b.is_ascii_alphabetic());
        if has_digit
            && has_letter
            && word.text.len() >= 5
            && word
                .text
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && normal_postcode(word.text).is_some()
        {
            found.push((word.start, word.end, "postcode"));
        }
        // Streets: a capitalised word and a street word, with the house number before it.
        if i > 0
            && STREET_WORDS.binary_search(&word.text).is_ok()
            && is_capitalised(words[i - 1].text)
            && !STREET_WORDS.contains(&words[i - 1].text)
        {
            let mut start = words[i - 1].start;
            if i >= 2
                && words[i - 2].text.bytes().all(|b| b.is_ascii_digit())
                && words[i - 2].text.len() <= 4
            {
                start = words[i - 2].start;
            }
            // "Section 47 Way" is unlikely; a street name after a sentence start is still a street.
            found.push((start, word.end, "street"));
        }
    }
    // Emails: runs without spaces holding an @.
    for (start, end) in super::text::runs(text, |c| !c.is_whitespace()) {
        let token = text[start..end].trim_matches(|c: char| {
            matches!(c, '.' | ',' | ';' | ':' | '(' | ')' | '“' | '”' | '"')
        });
        if token.contains('@') && is_email(token) {
            let at = start + text[start..end].find(token).unwrap_or(0);
            found.push((at, at + token.len(), "email address"));
        }
    }
    // Telephone numbers: 0 then 9 or 10 more digits, grouped by spaces.
    for (start, end) in super::text::runs(text, |c| c.is_ascii_digit() || c == ' ') {
        let token = text[start..end].trim();
        let at = start + text[start..end].find(token).unwrap_or(0);
        let digits = token.bytes().filter(u8::is_ascii_digit).count();
        if token.starts_with('0')
            && (10..=11).contains(&digits)
            && super::formats::telephone_problem(token).is_none()
        {
            found.push((at, at + token.len(), "telephone number"));
        }
    }
    found.sort_unstable();
    found
}

pub(crate) fn contact_details(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.letter.prose_fields() {
        for (start, end, what) in find_contact_details(field.text) {
            let message = format!(
                "Remove the {what} “{}”: it leads to one household",
                &field.text[start..end]
            );
            cx.report(sink, Code::ContactDetails, &field.path, message)
                .with_span(field.text, start, end);
        }
    }
}
