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
use super::text::{has, is_capitalised, tag, Word};
use super::words::STREET_WORDS;
use super::{Code, Context};
use crate::diagnostic::Sink;

/// The byte ranges of contact details in `text`, with what each is.
pub(crate) fn find_contact_details(
    text: &str,
    words: &[Word<'_>],
) -> Vec<(usize, usize, &'static str)> {
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let bytes = word.text.as_bytes();
        if word.tags & tag::DIGIT != 0 {
            // Postcodes: "SS2 6ER", or "SS26ER" in capitals.
            if let Some(next) = words.get(i + 1) {
                if next.start == word.end + 1
                    && bytes.len() <= 4
                    && is_postcode(&text[word.start..next.end])
                {
                    found.push((word.start, next.end, "postcode"));
                    continue;
                }
            }
            let capitals_and_digits = bytes
                .iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
            if capitals_and_digits
                && (5..=7).contains(&bytes.len())
                && normal_postcode(word.text).is_some()
            {
                found.push((word.start, word.end, "postcode"));
            }
        } else if i > 0
            && word.tags & tag::STREET != 0
            && is_capitalised(word.text)
            && STREET_WORDS.contains(word.text)
        {
            // Streets: a capitalised word and a street word, with the house number before it.
            let name = words[i - 1];
            if is_capitalised(name.text) && !STREET_WORDS.contains(name.text) {
                let number = i
                    .checked_sub(2)
                    .map(|n| words[n])
                    .filter(|n| n.text.len() <= 4 && n.text.bytes().all(|b| b.is_ascii_digit()));
                found.push((number.map_or(name.start, |n| n.start), word.end, "street"));
            }
        }
    }
    // Emails: runs without spaces holding an @.
    if text.as_bytes().contains(&b'@') {
        for (start, end) in super::text::runs(text, |c| !c.is_whitespace()) {
            let token = text[start..end].trim_matches(|c: char| {
                matches!(c, '.' | ',' | ';' | ':' | '(' | ')' | '“' | '”' | '"')
            });
            if token.as_bytes().contains(&b'@') && is_email(token) {
                let at = start + crate::find::find(&text[start..end], token).unwrap_or(0);
                found.push((at, at + token.len(), "email address"));
            }
        }
    }
    // Telephone numbers: 0 then 9 or 10 more digits, grouped by spaces.
    for (start, end) in super::text::digit_groups(text, words, b" ") {
        let token = &text[start..end];
        if token.starts_with('0') && super::formats::telephone_problem(token).is_none() {
            found.push((start, end, "telephone number"));
        }
    }
    found
}

pub(crate) fn contact_details(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.prose_with(tag::DIGIT | tag::STREET, has::AT) {
        for (start, end, what) in find_contact_details(field.text, field.words) {
            let message = cat!(
                "Remove the ",
                what,
                " “",
                &field.text[start..end],
                "”: it leads to one household"
            );
            cx.report(sink, Code::ContactDetails, field.path, message)
                .with_span(field.text, start, end);
        }
    }
}
