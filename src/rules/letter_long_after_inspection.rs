//! # The letter is dated long after the inspection
//!
//! ## What it checks
//! The letter is dated no more than 42 days (6 weeks) after the last inspection day. The
//! published letters we know of came 29 and 34 days after; 42 leaves room for a holiday
//! without hiding a wrong month or year.
//!
//! ## Why it matters
//! A gap of months usually means the letter's date or an inspection day has the wrong month
//! or year.
//!
//! ## Example
//! `"date": "2011-07-17"` after inspection days in April 2011 gives
//! `letter-long-after-inspection` at `/date`: "The letter is dated 95 days after the last
//! inspection day, 13 April 2011. Check the dates".

use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};

/// Days after the last inspection day past which the letter's date is questioned.
pub const MAX_DAYS_AFTER: i64 = 42;

pub(crate) fn letter_long_after_inspection(cx: &Context<'_>, sink: &mut Sink) {
    let (Some(date), Some(last)) = (
        cx.letter_date(),
        cx.inspection_days().last().map(|(_, d)| *d),
    ) else {
        return;
    };
    let gap = date.day_number() - last.day_number();
    if gap > MAX_DAYS_AFTER {
        let message = cat!(
            "The letter is dated ",
            gap,
            " days after the last inspection day, ",
            last,
            ". Check the dates"
        );
        cx.report(
            sink,
            Code::LetterLongAfterInspection,
            FieldPath::root().key("date"),
            message,
        );
    }
}
