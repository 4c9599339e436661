//! # An email address that a browser would not accept
//!
//! ## What it checks
//! The letterhead's email addresses match the WHATWG HTML definition of a "valid email
//! address", the one browsers apply to `<input type=email>`, so the form and this check
//! always agree.
//!
//! ## Why it matters
//! A reader replies to the address in the letterhead; a typo there loses the reply.
//!
//! ## Example
//! `"email": "enquiries@ofsted,gov.uk"` gives `email-format` at `/sender/email`: "Enter an
//! email address in the correct format, like name@example.gov.uk".

use super::formats::is_email;
use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};
use crate::letter::filled;

pub(crate) fn email_format(cx: &Context<'_>, sink: &mut Sink) {
    let s = &cx.letter.sender;
    let path = FieldPath::root().key("sender");
    for (key, value) in [("email", &s.email), ("direct_email", &s.direct_email)] {
        let Some(email) = filled(value.as_ref()) else {
            continue;
        };
        if !is_email(email.trim()) {
            let message =
                "Enter an email address in the correct format, like name@example.gov.uk".to_owned();
            cx.report(sink, Code::EmailFormat, path.key(key), message);
        }
    }
}
