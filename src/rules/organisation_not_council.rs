//! # The recipient's organisation is not the council inspected
//!
//! ## What it checks
//! The recipient's organisation names the council inspected (ignoring case, spaces and a
//! leading "the").
//!
//! ## Why it matters
//! The letter goes to the director of children's services of the council inspected; another
//! organisation usually means the letter was started from another council's.
//!
//! ## Example
//! `"organisation": "Essex County Council"` with `"council": "Southend-on-Sea Borough
//! Council"` gives `organisation-not-council` at `/recipient/organisation`: "The recipient's
//! organisation is not the council inspected, Southend-on-Sea Borough Council", with the fix
//! `Southend-on-Sea Borough Council`.

use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};
use crate::letter::filled;

fn comparable(name: &str) -> String {
    let visible: String = name
        .chars()
        .filter(|c| !super::invisible_character::is_invisible(*c))
        .collect();
    let lower = crate::cat::single_spaced(&visible).to_ascii_lowercase();
    lower
        .strip_prefix("the ")
        .map_or(lower.clone(), str::to_owned)
}

pub(crate) fn organisation_not_council(cx: &Context<'_>, sink: &mut Sink) {
    let (Some(organisation), Some(council)) = (
        filled(cx.letter.recipient.organisation.as_ref()),
        filled(cx.letter.council.as_ref()),
    ) else {
        return;
    };
    // The same text has the same normal form: the usual case costs one comparison.
    if organisation != council && comparable(organisation) != comparable(council) {
        let council = council.trim();
        let message = cat!(
            "The recipient's organisation is not the council inspected, ",
            council
        );
        cx.report(
            sink,
            Code::OrganisationNotCouncil,
            FieldPath::root().key("recipient").key("organisation"),
            message,
        )
        .with_fix(council);
    }
}
