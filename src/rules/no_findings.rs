//! # A letter with no findings
//!
//! ## What it checks
//! At least one section of the letter has at least one finding.
//!
//! ## Why it matters
//! The findings are what the letter is for; without any, its outcome sentence cannot be made.
//!
//! ## Example
//! `"findings": { "strengths": [] }` gives `no-findings` at `/findings`: "Enter at least one finding".

use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};

pub(crate) fn no_findings(cx: &Context<'_>, sink: &mut Sink) {
    if cx
        .value
        .get("findings")
        .is_some_and(crate::Value::is_object)
        && cx.letter.findings.iter().all(|s| s.findings.is_empty())
    {
        cx.report(
            sink,
            Code::NoFindings,
            FieldPath::root().key("findings"),
            "Enter at least one finding".to_owned(),
        );
    }
}
