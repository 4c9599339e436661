//! # A National Insurance number in a finding
//!
//! ## What it checks
//! Findings, the previous inspection's summary and the outcome hold no National Insurance
//! number: two letters (the first not D, F, I, Q, U or V; the second not D, F, I, O, Q, U or V;
//! not BG, GB, KN, NK, NT, TN or ZZ), six digits and a final A, B, C or D, with or without
//! spaces. A warning in a draft, an error in a letter marked `final`.
//!
//! ## Why it matters
//! A National Insurance number identifies one person, often a parent, and through them a child.
//!
//! ## Example
//! "The mother (QQ 12 34 56 C) was not contacted." does not fire (QQ is not a real prefix);
//! "AB 12 34 56 C" does, with a span on the number.

use super::text::{tag, Word};
use super::{Code, Context};
use crate::diagnostic::Sink;

fn prefix_ok(a: u8, b: u8) -> bool {
    let first = a.is_ascii_uppercase() && !b"DFIQUV".contains(&a);
    let second = b.is_ascii_uppercase() && !b"DFIOQUV".contains(&b);
    let pair = [a, b];
    first && second && ![*b"BG", *b"GB", *b"KN", *b"NK", *b"NT", *b"TN", *b"ZZ"].contains(&pair)
}

/// The byte ranges of National Insurance numbers in `text`, looked for only where a word
/// starts with two capital letters.
pub(crate) fn find_ni_numbers(text: &str, words: &[Word<'_>]) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut covered = 0;
    for word in words {
        let i = word.start;
        let w = word.text.as_bytes();
        if i < covered
            || i + 9 > b.len()
            || w.len() < 2
            || !(w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase())
        {
            continue;
        }
        if prefix_ok(b[i], b[i + 1]) {
            let mut j = i + 2;
            let mut digits = 0;
            while j < b.len() && digits < 6 && (b[j].is_ascii_digit() || b[j] == b' ') {
                digits += usize::from(b[j].is_ascii_digit());
                j += 1;
            }
            while j < b.len() && b[j] == b' ' {
                j += 1;
            }
            let suffix = j < b.len()
                && matches!(b[j], b'A'..=b'D')
                && (j + 1 == b.len() || !b[j + 1].is_ascii_alphanumeric());
            if digits == 6 && suffix {
                found.push((i, j + 1));
                covered = j + 1;
            }
        }
    }
    found
}

pub(crate) fn national_insurance_number(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.prose_with(tag::DIGIT, 0) {
        for (start, end) in find_ni_numbers(field.text, field.words) {
            let message =
                "Remove the National Insurance number: it identifies one person".to_owned();
            cx.report(sink, Code::NationalInsuranceNumber, field.path, message)
                .with_span(field.text, start, end);
        }
    }
}
