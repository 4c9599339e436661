//! # An address with fewer than 3 lines
//!
//! ## What it checks
//! The recipient's and the office's addresses have at least 3 lines, counting the postcode,
//! as GOV.UK Notify requires of every letter it posts.
//!
//! ## Why it matters
//! A street and a postcode alone are not enough for the letter to arrive, and Notify rejects
//! such a letter.
//!
//! ## Example
//! `"address": ["Civic Centre"], "postcode": "SS2 6ER"` gives `address-too-short` at
//! `/recipient/address`: "Enter at least 3 lines of the recipient address, counting the postcode".

use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};

pub(crate) fn address_too_short(cx: &Context<'_>, sink: &mut Sink) {
    for address in super::address_too_long::addresses(cx) {
        let (key, who, count) = (address.key, address.who, address.count());
        if count > 0 && count < 3 && !address.lines.is_empty() {
            let message = cat!(
                "Enter at least 3 lines of the ",
                who,
                " address, counting the postcode"
            );
            cx.report(
                sink,
                Code::AddressTooShort,
                FieldPath::root().key(key).key("address"),
                message,
            );
        }
    }
}
