//! # The previous inspection is not before this one
//!
//! ## What it checks
//! The previous inspection's month comes before the month of the first inspection day.
//!
//! ## Why it matters
//! The paragraph on the previous inspection reports what became of its findings; an
//! inspection in the same month or later cannot be the previous one.
//!
//! ## Example
//! `"month": "2011-06"` with inspection days in April 2011 gives `previous-inspection-after` at
//! `/previous_inspection/month`: "The previous inspection must be before this one, in April 2011".

use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};

pub(crate) fn previous_inspection_after(cx: &Context<'_>, sink: &mut Sink) {
    let (Some(previous), Some(first)) = (
        cx.previous_month(),
        cx.inspection_days().first().map(|(_, d)| d.year_month()),
    ) else {
        return;
    };
    if previous >= first {
        let message = cat!(
            "The previous inspection must be before this one, in ",
            first
        );
        cx.report(
            sink,
            Code::PreviousInspectionAfter,
            FieldPath::root().key("previous_inspection").key("month"),
            message,
        );
    }
}
