//! # The letter is dated on or before the last inspection day
//!
//! ## What it checks
//! The letter's date comes after the last day the inspectors were on site.
//!
//! ## Why it matters
//! The letter reports what the inspection found, so it cannot be written before the
//! inspection ended; such a date is almost always a typo in the year or the month.
//!
//! ## Example
//! `"date": "2011-04-12"` with inspection days 12 and 13 April 2011 gives
//! `letter-before-inspection` at `/date`: "The letter date must be after the last inspection
//! day, 13 April 2011".

use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};

pub(crate) fn letter_before_inspection(cx: &Context<'_>, sink: &mut Sink) {
    let (Some(date), Some(last)) = (
        cx.letter_date(),
        cx.inspection_days().last().map(|(_, d)| *d),
    ) else {
        return;
    };
    if date <= last {
        let message = cat!(
            "The letter date must be after the last inspection day, ",
            last
        );
        cx.report(
            sink,
            Code::LetterBeforeInspection,
            FieldPath::root().key("date"),
            message,
        );
    }
}
