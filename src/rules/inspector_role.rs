//! # "Her" or "His Majesty's Inspector" does not match the letter's date
//!
//! ## What it checks
//! A signatory whose role is Her or His Majesty's Inspector has the one right for the letter's
//! date: "Her Majesty's Inspector" before 8 September 2022, "His Majesty's Inspector" from then on.
//!
//! ## Why it matters
//! The title changed with the monarch; the wrong one dates the letter wrongly or shows that it
//! was copied from an older one.
//!
//! ## Example
//! `"role": "His Majesty's Inspector"` in a letter dated 17 May 2011 gives `inspector-role` at
//! `/signatory/role` with the fix `Her Majesty's Inspector`.

use super::{Code, Context};
use crate::dates::Date;
use crate::diagnostic::{FieldPath, Sink};
use crate::letter::filled;

pub(crate) fn inspector_role(cx: &Context<'_>, sink: &mut Sink) {
    let (Some(role), Some(date)) = (filled(cx.letter.signatory.role.as_ref()), cx.letter_date())
    else {
        return;
    };
    let role = role.trim();
    let normal = crate::find::replace(role, "’", "'");
    let (her, his) = ("Her Majesty's Inspector", "His Majesty's Inspector");
    if normal != her && normal != his {
        return;
    }
    let change = Date {
        year: 2022,
        month: 9,
        day: 8,
    };
    let (right, since) = if date < change {
        (her, "before")
    } else {
        (his, "from")
    };
    if normal != right {
        let right = if crate::find::contains(role, "’") {
            crate::find::replace(right, "'", "’")
        } else {
            right.to_owned()
        };
        let message = cat!(
            "Write “",
            right,
            "”: it is the title ",
            since,
            " 8 September 2022"
        );
        cx.report(
            sink,
            Code::InspectorRole,
            FieldPath::root().key("signatory").key("role"),
            message,
        )
        .with_fix(right);
    }
}
