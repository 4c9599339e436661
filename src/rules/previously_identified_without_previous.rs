//! # A finding marked as previously identified in a letter with no previous inspection
//!
//! ## What it checks
//! A finding is marked `previously_identified` only when the letter gives a previous inspection.
//!
//! ## Why it matters
//! The mark prints "This was an area for development at the previous inspection."; without a
//! previous inspection in the letter the sentence refers to nothing.
//!
//! ## Example
//! A finding with `"previously_identified": true` and no `previous_inspection` gives
//! `previously-identified-without-previous` at its `previously_identified`.

use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};

pub(crate) fn previously_identified_without_previous(cx: &Context<'_>, sink: &mut Sink) {
    if cx.letter.previous_inspection.is_some() {
        return;
    }
    let findings = FieldPath::root().key("findings");
    for section in &cx.letter.findings {
        for (i, _) in section
            .findings
            .iter()
            .enumerate()
            .filter(|(_, f)| f.previously_identified)
        {
            let path = findings
                .key(&section.key)
                .index(i)
                .key("previously_identified");
            let message = "Add the previous inspection, or remove the mark that this was found at the previous inspection".to_owned();
            cx.report(
                sink,
                Code::PreviouslyIdentifiedWithoutPrevious,
                path,
                message,
            );
        }
    }
}
