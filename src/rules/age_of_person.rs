//! # An age tied to a person
//!
//! ## What it checks
//! Findings, the previous inspection's summary and the outcome give no one's age: "a
//! 14-year-old girl", "a fourteen year old", "aged 7", "age 15", "8 months old". Ranges that
//! describe a group ("children aged under 5", "aged between 11 and 16") are allowed. A warning
//! in a draft, an error in a letter marked `final`.
//!
//! ## Why it matters
//! In a council's caseload an age with a circumstance ("a 14-year-old girl who went missing")
//! can be enough for local people to recognise a child.
//!
//! ## Example
//! "A 14-year-old girl was not seen." gives `age-of-person` with a span on "14-year-old".

use super::text::{words, Word};
use super::words::NUMBER_WORDS;
use super::{Code, Context};
use crate::diagnostic::Sink;

fn is_number(word: &str) -> bool {
    (!word.is_empty() && word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()))
        || NUMBER_WORDS.iter().any(|n| n.eq_ignore_ascii_case(word))
}

/// The byte ranges of ages tied to a person in `text`.
pub(crate) fn find_ages(text: &str) -> Vec<(usize, usize)> {
    let words: Vec<Word<'_>> = words(text).collect();
    let lower = |i: usize| {
        words
            .get(i)
            .map(|w| w.text.to_ascii_lowercase())
            .unwrap_or_default()
    };
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let w = word.text.to_ascii_lowercase();
        // "14-year-old", "fourteen-month-old"
        let mut parts = w.split('-');
        if let (Some(n), Some(unit), Some("old")) = (parts.next(), parts.next(), parts.next()) {
            if is_number(n)
                && matches!(
                    unit,
                    "year" | "years" | "month" | "months" | "week" | "weeks"
                )
            {
                found.push((word.start, word.end));
                continue;
            }
        }
        // "14 year old", "8 months old"
        if is_number(&w)
            && matches!(lower(i + 1).as_str(), "year" | "years" | "month" | "months")
            && lower(i + 2) == "old"
        {
            found.push((word.start, words[i + 2].end));
            continue;
        }
        // "aged 7", "age 15", but not "aged under 5" or "aged between 11 and 16"
        if matches!(w.as_str(), "aged" | "age")
            && words.get(i + 1).is_some_and(|n| is_number(n.text))
        {
            found.push((word.start, words[i + 1].end));
        }
    }
    found
}

pub(crate) fn age_of_person(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.letter.prose_fields() {
        for (start, end) in find_ages(field.text) {
            let message = format!(
                "Remove the age “{}”: with the circumstances, an age can identify a child",
                &field.text[start..end]
            );
            cx.report(sink, Code::AgeOfPerson, &field.path, message)
                .with_span(field.text, start, end);
        }
    }
}
