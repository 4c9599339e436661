//! # The letter is dated after today
//!
//! ## What it checks
//! When the options give `today`, the letter's date is not after it.
//!
//! ## Why it matters
//! A letter is dated the day it is written or sent; a date in the future is usually a typo.
//! The check needs `options.today` because the crate never reads a clock: the same letter
//! always gets the same diagnostics.
//!
//! ## Example
//! `"date": "2031-05-17"` with `{ "today": "2011-05-20" }` gives `letter-in-future` at
//! `/date`: "The letter date, 17 May 2031, is after today, 20 May 2011".

use super::{Code, Context};
use crate::dates::Date;
use crate::diagnostic::{FieldPath, Sink};

pub(crate) fn letter_in_future(cx: &Context<'_>, sink: &mut Sink) {
    let today = cx.options.today.as_deref().and_then(Date::parse_iso);
    let (Some(date), Some(today)) = (cx.letter_date(), today) else {
        return;
    };
    if date > today {
        let message = cat!("The letter date, ", date, ", is after today, ", today);
        cx.report(
            sink,
            Code::LetterInFuture,
            FieldPath::root().key("date"),
            message,
        );
    }
}
