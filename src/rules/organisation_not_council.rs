//! # The recipient's organisation is not the council inspected
//!
//! ## What it checks
//! The recipient's organisation names the council inspected (ignoring case, spaces and a
//! leading "the"). When the organisation holds the council's name and more ("Anytown" for
//! "Anytown Borough Council"), it is the council that is mended, to its full name.
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

/// The name in lower case, single-spaced, without a leading "the", between two spaces (so that
/// one name is inside another only as whole words).
fn comparable(name: &str) -> String {
    let visible: String = name
        .chars()
        .filter(|c| !super::invisible_character::is_invisible(*c))
        .collect();
    let lower = crate::cat::single_spaced(&visible).to_ascii_lowercase();
    cat!(" ", crate::find::trim_start(&lower, "the "), " ")
}

pub(crate) fn organisation_not_council(cx: &Context<'_>, sink: &mut Sink) {
    let (Some(organisation), Some(council)) = (
        filled(cx.letter.recipient.organisation.as_ref()),
        filled(cx.letter.council.as_ref()),
    ) else {
        return;
    };
    // The same text has the same normal form: the usual case costs one comparison.
    if organisation == council {
        return;
    }
    let (in_organisation, in_council) = (comparable(organisation), comparable(council));
    if in_organisation == in_council {
        return;
    }
    let (organisation, council) = (organisation.trim(), council.trim());
    let root = FieldPath::root();
    // The council typed short ("Anytown" for "Anytown Borough Council"): the subject line
    // prints it, so it is the council that takes the organisation's full name.
    let (path, says, name) = if crate::find::contains(&in_organisation, &in_council) {
        (
            root.key("council"),
            "Write the council's name in full: ",
            organisation,
        )
    } else {
        (
            root.key("recipient").key("organisation"),
            "The recipient's organisation is not the council inspected, ",
            council,
        )
    };
    cx.report(sink, Code::OrganisationNotCouncil, path, cat!(says, name))
        .with_fix(name);
}
