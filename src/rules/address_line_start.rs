//! # An address line starts with a character that is not allowed
//!
//! ## What it checks
//! No address line starts with any of `@ ( ) = [ ] " \ / , < > ~`, following GOV.UK Notify's
//! rules for addresses.
//!
//! ## Why it matters
//! Such lines are usually pasting mistakes, and Notify refuses letters with them. Some of these
//! characters could also start a formula when the address is opened in a spreadsheet.
//!
//! ## Example
//! `"address": ["=Civic Centre", …]` gives `address-line-start` at `/recipient/address/0` with
//! the fix `Civic Centre`.

use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};

const FORBIDDEN: &[char] = &[
    '@', '(', ')', '=', '[', ']', '"', '\\', '/', ',', '<', '>', '~',
];

pub(crate) fn address_line_start(cx: &Context<'_>, sink: &mut Sink) {
    for address in super::address_too_long::addresses(cx) {
        let path = FieldPath::root().key(address.key).key("address");
        for (i, line) in address.lines.iter().enumerate() {
            let Some(line) = line.as_deref() else {
                continue;
            };
            let text = line.trim_start();
            if let Some(first) = text.chars().next().filter(|c| FORBIDDEN.contains(c)) {
                let message = cat!(
                    "Address lines cannot start with ",
                    first,
                    ": remove it or reword the line"
                );
                let offset = line.len() - text.len();
                cx.report(sink, Code::AddressLineStart, path.index(i), message)
                    .with_span(line, offset, offset + first.len_utf8())
                    .with_fix("");
            }
        }
    }
}
