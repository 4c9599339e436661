//! # Sir or Dame without a forename
//!
//! ## What it checks
//! A recipient whose title is Sir or Dame has a forename.
//!
//! ## Why it matters
//! Sir and Dame go with the forename, not the surname: the salutation is "Dear Sir John", never
//! "Dear Sir Smith", so the letter cannot greet its recipient without it.
//!
//! ## Example
//! `"title": "Dame", "surname": "Smith"` with no forename gives `forename-needed` at
//! `/recipient/forename`: "Enter the recipient's forename: Dame is used with the forename, as in Dear Dame Jane".

use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};
use crate::letter::filled;

pub(crate) fn forename_needed(cx: &Context<'_>, sink: &mut Sink) {
    let r = &cx.letter.recipient;
    let Some(title) = filled(r.title.as_ref()).map(str::trim) else {
        return;
    };
    if (title == "Sir" || title == "Dame") && filled(r.forename.as_ref()).is_none() {
        let example = if title == "Sir" { "John" } else { "Jane" };
        let message = cat!(
            "Enter the recipient's forename: ",
            title,
            " is used with the forename, as in Dear ",
            title,
            " ",
            example
        );
        cx.report(
            sink,
            Code::ForenameNeeded,
            FieldPath::root().key("recipient").key("forename"),
            message,
        );
    }
}
