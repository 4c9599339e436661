//! # An address of more than 7 lines
//!
//! ## What it checks
//! The recipient's and the office's addresses have at most 7 lines, counting the postcode.
//!
//! ## Why it matters
//! GOV.UK Notify, which prints and posts government letters, takes at most 7 address lines;
//! a longer address has to be folded before the letter can be posted through it.
//!
//! ## Example
//! An address of 7 lines plus a postcode gives `address-too-long` at `/recipient/address`:
//! "Shorten the recipient address to 7 lines or fewer, counting the postcode, to post it through GOV.UK Notify".

use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};
use crate::letter::filled;

/// One of the letter's two addresses.
pub(crate) struct Address<'a> {
    /// `recipient` or `sender`.
    pub key: &'static str,
    /// How a message names it.
    pub who: &'static str,
    pub lines: &'a [Option<crate::letter::Text<'a>>],
    pub postcode: Option<&'a crate::letter::Text<'a>>,
}

impl Address<'_> {
    /// Lines that say something, counting the postcode.
    pub fn count(&self) -> usize {
        self.lines
            .iter()
            .filter(|l| filled(l.as_ref()).is_some())
            .count()
            + usize::from(filled(self.postcode).is_some())
    }
}

/// The recipient's and the office's addresses.
pub(crate) fn addresses<'a>(cx: &Context<'a>) -> [Address<'a>; 2] {
    let l = cx.letter;
    [
        Address {
            key: "recipient",
            who: "recipient",
            lines: &l.recipient.address,
            postcode: l.recipient.postcode.as_ref(),
        },
        Address {
            key: "sender",
            who: "office",
            lines: &l.sender.address,
            postcode: l.sender.postcode.as_ref(),
        },
    ]
}

pub(crate) fn address_too_long(cx: &Context<'_>, sink: &mut Sink) {
    for address in addresses(cx) {
        if address.count() > 7 {
            let (key, who) = (address.key, address.who);
            let message = cat!("Shorten the ", who, " address to 7 lines or fewer, counting the postcode, to post it through GOV.UK Notify");
            cx.report(
                sink,
                Code::AddressTooLong,
                FieldPath::root().key(key).key("address"),
                message,
            );
        }
    }
}
