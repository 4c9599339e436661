//! # A postcode that is not in the UK format
//!
//! ## What it checks
//! The recipient's and the office's postcodes follow BS 7666: an outward code (`A9`, `A99`,
//! `AA9`, `AA99`, `A9A` or `AA9A`, with the letters each position allows), one space, and an
//! inward code of a digit and two letters (never C, I, K, M, O or V). `GIR 0AA` is accepted.
//! A postcode in lower case or without its space gets its normal form as a fix.
//!
//! ## Why it matters
//! A postcode that cannot exist sends the letter nowhere. A format check cannot tell that a
//! postcode is in use, only that it could be.
//!
//! ## Example
//! `"postcode": "ss26er"` gives `postcode-format` at `/recipient/postcode`: "Write the postcode
//! in capitals with one space, like SS2 6ER", with the fix `SS2 6ER`. `"SS2 6EC"` gives
//! "Enter a real postcode, like SS2 6ER".

use super::formats::{is_postcode, normal_postcode};
use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};
use crate::letter::filled;

pub(crate) fn postcode_format(cx: &Context<'_>, sink: &mut Sink) {
    let l = cx.letter;
    for (key, value) in [
        ("recipient", &l.recipient.postcode),
        ("sender", &l.sender.postcode),
    ] {
        let Some(postcode) = filled(value.as_ref()) else {
            continue;
        };
        let postcode = postcode.trim();
        if is_postcode(postcode) {
            continue;
        }
        let path = FieldPath::root().key(key).key("postcode");
        match normal_postcode(postcode) {
            Some(normal) => {
                let message = cat!(
                    "Write the postcode in capitals with one space, like ",
                    normal
                );
                cx.report(sink, Code::PostcodeFormat, path, message)
                    .with_fix(normal);
            }
            None => {
                let message = "Enter a real postcode, like SS2 6ER".to_owned();
                cx.report(sink, Code::PostcodeFormat, path, message);
            }
        }
    }
}
