//! # A telephone number that is not a UK number
//!
//! ## What it checks
//! The letterhead's telephone and fax numbers are UK numbers: a 0, then 10 or 11 digits in all
//! (03 numbers always 11), in digits and spaces. How the digits are grouped is not checked.
//!
//! ## Why it matters
//! A council's reader calls the number in the letterhead; a digit too many or too few is a
//! number nobody answers.
//!
//! ## Example
//! `"telephone": "0300 123123"` gives `telephone-format` at `/sender/telephone`: "Enter a UK
//! telephone number of 11 digits, as every 03 number has, like 0300 123 1231".

use super::formats::telephone_problem;
use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};
use crate::letter::filled;

pub(crate) fn telephone_format(cx: &Context<'_>, sink: &mut Sink) {
    let s = &cx.letter.sender;
    let path = FieldPath::root().key("sender");
    for (key, value) in [
        ("telephone", &s.telephone),
        ("direct_telephone", &s.direct_telephone),
        ("direct_fax", &s.direct_fax),
    ] {
        let Some(number) = filled(value.as_ref()) else {
            continue;
        };
        let number = number.trim();
        if let Some(problem) = telephone_problem(number) {
            let message = cat!(
                "Enter a UK telephone number ",
                problem,
                ", like 0300 123 1231"
            );
            let mut d = cx.report(sink, Code::TelephoneFormat, path.key(key), message);
            // "+44 117 945 6333" is "0117 945 6333" written for callers from abroad.
            if let Some(national) = number.strip_prefix("+44").map(|rest| {
                cat!(
                    "0",
                    crate::find::trim_start(rest.trim_start(), "(0)").trim_start()
                )
            }) {
                if telephone_problem(&national).is_none() {
                    d.with_fix(national);
                }
            }
        }
    }
}
