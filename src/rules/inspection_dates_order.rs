//! # Inspection days out of order or repeated
//!
//! ## What it checks
//! Each inspection day comes after the one before it.
//!
//! ## Why it matters
//! The letter prints the days as a range (`12 and 13 April 2011`); days out of order or
//! repeated print a range that makes no sense, and usually hide a typo.
//!
//! ## Example
//! `"dates": ["2011-04-13", "2011-04-12"]` gives `inspection-dates-order` at
//! `/inspection/dates/1`: "Inspection days must be in order: 12 April 2011 comes before 13 April 2011".

use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};

pub(crate) fn inspection_dates_order(cx: &Context<'_>, sink: &mut Sink) {
    let path = FieldPath::root().key("inspection").key("dates");
    for pair in cx.inspection_days().windows(2) {
        let ((_, before), (i, day)) = (pair[0], pair[1]);
        let message = if day == before {
            cat!("Remove the repeated inspection day, ", day)
        } else if day < before {
            cat!(
                "Inspection days must be in order: ",
                day,
                " comes before ",
                before
            )
        } else {
            continue;
        };
        cx.report(sink, Code::InspectionDatesOrder, path.index(i), message);
    }
}
