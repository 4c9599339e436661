//! # A month that is not a real month as YYYY-MM
//!
//! ## What it checks
//! The previous inspection's month is written `YYYY-MM` with a month from 01 to 12. A month
//! written as words (`June 2010`) gets the `YYYY-MM` form as a fix.
//!
//! ## Why it matters
//! The month is checked against the inspection days (the previous inspection came about a
//! year before); a month that cannot be read cannot be checked.
//!
//! ## Example
//! `"month": "June 2010"` gives `month-format` at `/previous_inspection/month` with the fix
//! `2010-06`.

use super::{Code, Context};
use crate::dates::{month_number, YearMonth};
use crate::diagnostic::{FieldPath, Sink};
use crate::letter::filled;

pub(crate) fn month_format(cx: &Context<'_>, sink: &mut Sink) {
    let Some(previous) = &cx.letter.previous_inspection else {
        return;
    };
    let Some(text) = filled(previous.month.as_ref()) else {
        return;
    };
    if YearMonth::parse_iso(text.trim()).is_some() {
        return;
    }
    let path = FieldPath::root().key("previous_inspection").key("month");
    let words: Vec<&str> = text.split_whitespace().collect();
    let loose = match words.as_slice() {
        [month, year] => month_number(month)
            .zip(crate::number::parse::<i32>(year).filter(|y| (1000..=9999).contains(y))),
        _ => None,
    };
    match loose {
        Some((month, year)) => {
            let iso = YearMonth { year, month }.iso();
            let message = cat!("Write the previous inspection month as YYYY-MM, like ", iso);
            cx.report(sink, Code::MonthFormat, path, message)
                .with_fix(iso);
        }
        None => {
            let message = "Previous inspection month must be a real month as YYYY-MM, like 2010-06"
                .to_owned();
            cx.report(sink, Code::MonthFormat, path, message);
        }
    }
}
