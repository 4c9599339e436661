//! # An exact date in a finding
//!
//! ## What it checks
//! Findings, the previous inspection's summary and the outcome give no exact day: "3 March
//! 2011", "3rd March", "March 3", "03/03/2011", "2011-03-03", or the words "date of birth",
//! "DOB" or "born on". A month and year alone ("in June 2010") is allowed. A warning in a
//! draft, an error in a letter marked `final`.
//!
//! ## Why it matters
//! A date of birth or the date of an incident can be matched with local news or school
//! records to identify a child.
//!
//! ## Example
//! "The referral on 3 March 2011 was not followed up." gives `exact-date` with a span on
//! "3 March 2011".

use super::text::{words, Word};
use super::{Code, Context};
use crate::dates::month_number;
use crate::diagnostic::Sink;

fn is_day(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    (1..=2).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
        && matches!(
            suffix.to_ascii_lowercase().as_str(),
            "" | "st" | "nd" | "rd" | "th"
        )
}

fn is_month(word: &str) -> bool {
    month_number(word).is_some()
        || matches!(
            word.to_ascii_lowercase().as_str(),
            "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
        )
}

/// Numeric dates: `03/03/2011`, `3.3.11`, `2011-03-03`.
fn numeric_dates(text: &str, found: &mut Vec<(usize, usize)>) {
    for (start, end) in super::text::runs(text, |c| {
        c.is_ascii_digit() || c == '/' || c == '.' || c == '-'
    }) {
        let token = text[start..end].trim_end_matches(['.', '-', '/']);
        let parts: Vec<&str> = token.split(['/', '.', '-']).collect();
        let numeric = parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        if numeric && (parts[0].len() == 4 || (parts[0].len() <= 2 && parts[1].len() <= 2)) {
            found.push((start, start + token.len()));
        }
    }
}

/// The byte ranges of exact dates and birth-date words in `text`.
pub(crate) fn find_dates(text: &str) -> Vec<(usize, usize)> {
    let words: Vec<Word<'_>> = words(text).collect();
    let mut found = Vec::new();
    let lower = |i: usize| {
        words
            .get(i)
            .map(|w| w.text.to_ascii_lowercase())
            .unwrap_or_default()
    };
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let year_at = |j: usize| {
            words
                .get(j)
                .filter(|y| y.text.len() == 4 && y.text.bytes().all(|b| b.is_ascii_digit()))
        };
        if is_day(w.text) && words.get(i + 1).is_some_and(|m| is_month(m.text)) {
            let end = year_at(i + 2).map_or(words[i + 1].end, |y| y.end);
            found.push((w.start, end));
            i += 2;
            continue;
        }
        if is_month(w.text)
            && words
                .get(i + 1)
                .is_some_and(|d| is_day(d.text) && d.text.len() <= 4)
        {
            let end = year_at(i + 2).map_or(words[i + 1].end, |y| y.end);
            found.push((w.start, end));
            i += 2;
            continue;
        }
        if (lower(i) == "date" && lower(i + 1) == "of" && lower(i + 2) == "birth")
            || lower(i) == "dob"
        {
            let end = if lower(i) == "dob" {
                w.end
            } else {
                words[i + 2].end
            };
            found.push((w.start, end));
        } else if lower(i) == "born" && lower(i + 1) == "on" {
            found.push((w.start, words[i + 1].end));
        }
        i += 1;
    }
    numeric_dates(text, &mut found);
    found.sort_unstable();
    found
}

pub(crate) fn exact_date(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.letter.prose_fields() {
        for (start, end) in find_dates(field.text) {
            let message = format!(
                "Remove the exact date “{}”: give the month or the period instead",
                &field.text[start..end]
            );
            cx.report(sink, Code::ExactDate, &field.path, message)
                .with_span(field.text, start, end);
        }
    }
}
