//! # An address line ends with a comma
//!
//! ## What it checks
//! No address line ends with a comma (or a comma and spaces).
//!
//! ## Why it matters
//! Each address line is printed on its own line; a trailing comma is left over from an address
//! written on one line, and GOV.UK Notify rejects it.
//!
//! ## Example
//! `"Civic Centre,"` gives `address-trailing-comma` at `/recipient/address/0` with a fix that
//! removes the comma.

use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};

pub(crate) fn address_trailing_comma(cx: &Context<'_>, sink: &mut Sink) {
    for address in super::address_too_long::addresses(cx) {
        let path = FieldPath::root().key(address.key).key("address");
        for (i, line) in address.lines.iter().enumerate() {
            let Some(line) = line.as_deref() else {
                continue;
            };
            let body = line.trim_end();
            if let Some(kept) = body.strip_suffix(',') {
                let kept = kept.trim_end();
                let message = "Remove the comma at the end of the address line".to_owned();
                let mut d = cx.report(sink, Code::AddressTrailingComma, path.index(i), message);
                d.with_span(line, kept.len(), line.len());
                d.with_fix("");
            }
        }
    }
}
