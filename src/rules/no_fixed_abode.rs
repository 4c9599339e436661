//! # "No fixed abode" given as an address
//!
//! ## What it checks
//! No address line says "no fixed abode" (or "NFA").
//!
//! ## Why it matters
//! A letter to a director of children's services always has a postal address; "no fixed
//! abode" is not one, and GOV.UK Notify refuses it.
//!
//! ## Example
//! `"address": ["No fixed abode"]` gives `no-fixed-abode` at `/recipient/address/0`.

use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};

pub(crate) fn no_fixed_abode(cx: &Context<'_>, sink: &mut Sink) {
    for address in super::address_too_long::addresses(cx) {
        let (path, who) = (
            FieldPath::root().key(address.key).key("address"),
            address.who,
        );
        for (i, line) in address.lines.iter().enumerate() {
            let Some(line) = line.as_deref() else {
                continue;
            };
            let squeezed: String = line
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_ascii_lowercase();
            let squeezed = squeezed.trim_end_matches(['.', ',']);
            if squeezed == "no fixed abode" || squeezed == "nfa" {
                let message = format!(
                    "Enter a postal address for the {who}: “no fixed abode” is not an address"
                );
                cx.report(sink, Code::NoFixedAbode, path.index(i), message);
            }
        }
    }
}
