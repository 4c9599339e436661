//! # The previous inspection is not about a year before
//!
//! ## What it checks
//! The previous inspection's month is 9 to 15 months before the first inspection day.
//!
//! ## Why it matters
//! These inspections were annual; a previous inspection two years back or a month back is
//! usually a typo in the year.
//!
//! ## Example
//! `"month": "2009-06"` with inspection days in April 2011 gives
//! `previous-inspection-not-a-year-before` at `/previous_inspection/month`: "The previous
//! inspection is usually about a year before this one: June 2009 is 22 months before April 2011".

use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};

pub(crate) fn previous_inspection_not_a_year_before(cx: &Context<'_>, sink: &mut Sink) {
    let (Some(previous), Some(first)) = (
        cx.previous_month(),
        cx.inspection_days().first().map(|(_, d)| d.year_month()),
    ) else {
        return;
    };
    let months = previous.months_until(first);
    if months > 0 && !(9..=15).contains(&months) {
        let message = cat!(
            "The previous inspection is usually about a year before this one: ",
            previous,
            " is ",
            months,
            " months before ",
            first
        );
        cx.report(
            sink,
            Code::PreviousInspectionNotAYearBefore,
            FieldPath::root().key("previous_inspection").key("month"),
            message,
        );
    }
}
