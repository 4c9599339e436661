//! # Findings under a section the letter's kind does not have
//!
//! ## What it checks
//! Every key under `/findings` is a section of the letter's kind: for `ucra-2011`,
//! `strengths`, `meets_requirements`, `areas_for_development` and `areas_for_priority_action`.
//!
//! ## Why it matters
//! Findings under a misspelt or foreign section (`satisfactory_practice` in a 2011 letter)
//! would not be printed under any of the letter's headings.
//!
//! ## Example
//! `{ "kind": "ucra-2011", "findings": { "strenghts": [] } }` gives `unknown-section` at
//! `/findings/strenghts`: "“strenghts” is not a section of a ucra-2011 letter. Did you mean
//! “strengths”?"

use super::{text, Code, Context};
use crate::cat::Joined as _;
use crate::diagnostic::{FieldPath, Sink};

pub(crate) fn unknown_section(cx: &Context<'_>, sink: &mut Sink) {
    let Some(kind) = cx.kind else { return };
    let path = FieldPath::root().key("findings");
    for section in cx
        .letter
        .findings
        .iter()
        .filter(|s| kind.section(&s.key).is_none())
    {
        let shown = text::truncate_chars(&section.key, 60);
        let mut keys = Vec::new();
        for s in kind.sections {
            keys.push(s.key);
        }
        let message = match text::closest(&section.key, &mut keys.iter().copied()) {
            Some(near) => cat!(
                "“",
                shown,
                "” is not a section of a ",
                kind.id,
                " letter. Did you mean “",
                near,
                "”?"
            ),
            None => cat!(
                "“",
                shown,
                "” is not a section of a ",
                kind.id,
                " letter; use one of: ",
                keys.joined(", ")
            ),
        };
        cx.report(sink, Code::UnknownSection, path.key(&section.key), message);
    }
}
