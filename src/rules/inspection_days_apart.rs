//! # Inspection days that are not consecutive
//!
//! ## What it checks
//! The inspection days follow one another with no day between them.
//!
//! ## Why it matters
//! These inspections were two consecutive days on site; a gap usually means a typo in a day.
//!
//! ## Example
//! `"dates": ["2011-04-12", "2011-04-14"]` gives `inspection-days-apart` at
//! `/inspection/dates/1`: "Inspection days are usually consecutive: 14 April 2011 is 2 days
//! after 12 April 2011".

use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};

pub(crate) fn inspection_days_apart(cx: &Context<'_>, sink: &mut Sink) {
    let path = FieldPath::root().key("inspection").key("dates");
    for pair in cx.inspection_days().windows(2) {
        let ((_, before), (i, day)) = (pair[0], pair[1]);
        let gap = day.day_number() - before.day_number();
        // A weekend between a Friday and a Monday still counts as consecutive working days.
        let over_weekend = before.weekday() == 4 && gap == 3;
        if gap > 1 && !over_weekend {
            let message = cat!(
                "Inspection days are usually consecutive: ",
                day,
                " is ",
                gap,
                " days after ",
                before
            );
            cx.report(sink, Code::InspectionDaysApart, path.index(i), message);
        }
    }
}
