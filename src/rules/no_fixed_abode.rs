//! # "No fixed abode" given as an address
//!
//! ## What it checks
//! No address line says "no fixed abode" (or "NFA").
//!
//! ## Why it matters
//! A letter to a director of children's services always has a postal address; "no fixed
//! abode" is not one, and GOV.UK Notify refuses it.
//!
//! ## Example
//! `"address": ["No fixed abode"]` gives `no-fixed-abode` at `/recipient/address/0`.

use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};

pub(crate) fn no_fixed_abode(cx: &Context<'_>, sink: &mut Sink) {
    for address in super::address_too_long::addresses(cx) {
        let (path, who) = (
            FieldPath::root().key(address.key).key("address"),
            address.who,
        );
        for (i, line) in address.lines.iter().enumerate() {
            let Some(line) = line.as_deref() else {
                continue;
            };
            if says_no_fixed_abode(line) {
                let message = cat!(
                    "Enter a postal address for the ",
                    who,
                    ": “no fixed abode” is not an address"
                );
                cx.report(sink, Code::NoFixedAbode, path.index(i), message);
            }
        }
    }
}

/// Whether an address line says "no fixed abode" or "NFA": in any case, with any spacing
/// between the words, and with full stops or commas after the last (but not a space before
/// them). Read without copying the line: most lines are a street or a town.
fn says_no_fixed_abode(line: &str) -> bool {
    // Both sayings start with an "n": any other line is answered without splitting it into
    // words (which cost the seed's address lines 7 k instructions at `opt-level = "z"`).
    if !matches!(line.trim_start().as_bytes().first(), Some(b'n' | b'N')) {
        return false;
    }
    let line = line.trim_end().trim_end_matches(super::text::CLAUSE_MARKS);
    if line.chars().next_back().is_some_and(char::is_whitespace) {
        return false;
    }
    let mut words = line.split_whitespace();
    let said =
        |word: Option<&str>, expected: &str| word.is_some_and(|w| w.eq_ignore_ascii_case(expected));
    match (words.next(), words.next(), words.next(), words.next()) {
        (one, None, None, None) => said(one, "nfa"),
        (no, fixed, abode, None) => said(no, "no") && said(fixed, "fixed") && said(abode, "abode"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::says_no_fixed_abode;

    #[test]
    fn no_fixed_abode_in_any_case_and_spacing() {
        for said in [
            "no fixed abode",
            "No Fixed  Abode.",
            " NFA",
            "nfa,",
            "NO\tFIXED ABODE.,",
            "\u{a0}nfa",
            "\u{2003}No fixed abode",
        ] {
            assert!(says_no_fixed_abode(said), "{said:?}");
        }
        for not in [
            "no fixed abode .",
            "no fixed abodes",
            "nfa nfa",
            "",
            "Civic Centre",
            "no fixed",
        ] {
            assert!(!says_no_fixed_abode(not), "{not:?}");
        }
    }

    /// The rule as it was before its first-letter test: split into words for every line.
    fn says_no_fixed_abode_by_words(line: &str) -> bool {
        let line = line
            .trim_end()
            .trim_end_matches(crate::rules::text::CLAUSE_MARKS);
        if line.ends_with(char::is_whitespace) {
            return false;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            [one] => one.eq_ignore_ascii_case("nfa"),
            [no, fixed, abode] => {
                no.eq_ignore_ascii_case("no")
                    && fixed.eq_ignore_ascii_case("fixed")
                    && abode.eq_ignore_ascii_case("abode")
            }
            _ => false,
        }
    }

    proptest::proptest! {
        /// The first-letter test turns away no line that the words would have matched.
        #[test]
        fn the_first_letter_test_changes_no_answer(
            line in "[ \t\u{a0}\u{2003}.,]{0,2}(no|No|NO|nfa|NFA|n|fixed|abode|x|[ \t\u{a0}.,]){0,6}"
        ) {
            proptest::prop_assert_eq!(
                says_no_fixed_abode(&line),
                says_no_fixed_abode_by_words(&line),
                "{:?}", line
            );
        }
    }
}
