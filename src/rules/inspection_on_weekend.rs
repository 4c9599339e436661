//! # An inspection day on a Saturday or Sunday
//!
//! ## What it checks
//! Each inspection day is a weekday.
//!
//! ## Why it matters
//! Inspectors visited council offices on working days; a weekend date is usually a typo.
//!
//! ## Example
//! `"dates": ["2011-04-16"]` gives `inspection-on-weekend` at `/inspection/dates/0`:
//! "16 April 2011 is a Saturday. Check the inspection day".

use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};

pub(crate) fn inspection_on_weekend(cx: &Context<'_>, sink: &mut Sink) {
    let path = FieldPath::root().key("inspection").key("dates");
    for (i, day) in cx.inspection_days() {
        if day.is_weekend() {
            let message = cat!(
                day,
                " is a ",
                day.weekday_name(),
                ". Check the inspection day"
            );
            cx.report(sink, Code::InspectionOnWeekend, path.index(*i), message);
        }
    }
}
