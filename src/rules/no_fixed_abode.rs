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
    let line = line.trim_end().trim_end_matches(['.', ',']);
    if line.ends_with(char::is_whitespace) {
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
}
