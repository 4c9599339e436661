//! # The letter names a kind that does not exist
//!
//! ## What it checks
//! `/kind` names one of the letter kinds the crate knows (`kinds()` lists them).
//!
//! ## Why it matters
//! The kind fixes the subject, the paragraphs and the sections. With an unknown kind the
//! preview falls back to `ucra-2011`, which may not be the letter meant.
//!
//! ## Example
//! `{ "kind": "ucra-2012" }` gives `unknown-kind` at `/kind`: "Choose a letter kind that
//! exists: ucra-2010, ucra-2011".

use super::{Code, Context};
use crate::cat::Joined as _;
use crate::diagnostic::{FieldPath, Sink};
use crate::kinds;
use crate::letter::filled;

pub(crate) fn unknown_kind(cx: &Context<'_>, sink: &mut Sink) {
    let Some(kind) = filled(cx.letter.kind.as_ref()) else {
        return;
    };
    if cx.kind.is_some() {
        return;
    }
    let mut ids = Vec::new();
    for k in kinds::kinds() {
        ids.push(k.id);
    }
    let message = cat!("Choose a letter kind that exists: ", ids.joined(", "));
    let mut d = cx.report(
        sink,
        Code::UnknownKind,
        FieldPath::root().key("kind"),
        message,
    );
    if let Some(near) = super::text::closest(kind, &mut ids.iter().copied()) {
        d.with_fix(near);
    }
}
