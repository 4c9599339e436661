//! # An NHS number in a finding
//!
//! ## What it checks
//! Findings, the previous inspection's summary and the outcome hold no NHS number: 10 digits,
//! together or grouped 3-3-4, whose last digit is the modulus 11 check of the first nine. A
//! warning in a draft, an error in a letter marked `final`.
//!
//! ## Why it matters
//! An NHS number identifies one person for life.
//!
//! ## Example
//! "Records for 943 476 5919 were incomplete." gives `nhs-number` with a span on the number.

use super::text::{tag, Word};
use super::{Code, Context};
use crate::diagnostic::Sink;

/// Whether ten digits pass the NHS number's modulus 11 check.
#[must_use]
pub fn is_nhs_number(digits: &[u8]) -> bool {
    if digits.len() != 10 || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = digits[..9]
        .iter()
        .zip((2..=10).rev())
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return false,
        c => c,
    };
    u32::from(digits[9] - b'0') == check
}

/// The byte ranges of NHS numbers in `text`: ten digits together, or grouped 3-3-4.
pub(crate) fn find_nhs_numbers(text: &str, words: &[Word<'_>]) -> Vec<(usize, usize)> {
    let mut found = super::text::digit_groups(text, words, b" -");
    found.retain(|&(start, end)| {
        let token = &text[start..end];
        let (digits, n) = super::formats::digits_of(token);
        (token.len() == 10 || token.len() == 12) && digits.get(..n).is_some_and(is_nhs_number)
    });
    found
}

pub(crate) fn nhs_number(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.prose_with(tag::DIGIT, 0) {
        for (start, end) in find_nhs_numbers(field.text, field.words) {
            let message = "Remove the NHS number: it identifies one person".to_owned();
            cx.report(sink, Code::NhsNumber, field.path, message)
                .with_span(field.text, start, end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_check_digit_decides() {
        assert!(is_nhs_number(b"9434765919"));
        assert!(!is_nhs_number(b"9434765918"));
        let nhs = |text: &str| {
            find_nhs_numbers(text, &crate::rules::text::words(text).collect::<Vec<_>>())
        };
        assert_eq!(nhs("see 943 476 5919 now"), [(4, 16)]);
        assert_eq!(nhs("see 943-476-5919"), [(4, 16)]);
        assert!(nhs("in 7 of the 23 cases").is_empty());
    }
}
