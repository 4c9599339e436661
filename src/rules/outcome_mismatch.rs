//! # The outcome sentence does not match the findings
//!
//! ## What it checks
//! When the letter gives its own `/outcome`, it speaks of the same kinds of area as the
//! sections that have findings: strengths, practice that meets requirements (or satisfactory
//! practice), areas for development, areas for priority action.
//!
//! ## Why it matters
//! The outcome sentence is the letter's verdict in one line; one that speaks of areas for
//! development when there are none, or says nothing of priority actions that the letter lists,
//! misreports the inspection.
//!
//! ## Example
//! `"outcome": "The inspection identified areas of strength."` in a letter with areas for
//! development gives `outcome-mismatch` at `/outcome`, with the sentence made from the
//! sections as the fix.

use super::{Code, Context};
use crate::cat::Joined as _;
use crate::diagnostic::{FieldPath, Sink};
use crate::letter::filled;

pub(crate) fn outcome_mismatch(cx: &Context<'_>, sink: &mut Sink) {
    let (Some(outcome), Some(kind)) = (filled(cx.letter.outcome.as_ref()), cx.kind) else {
        return;
    };
    let said = outcome.to_ascii_lowercase();
    let mut wrong = Vec::new();
    for section in kind.sections {
        let mentioned = crate::find::contains(
            &said,
            &crate::find::trim_start(section.outcome.text, "some ").to_ascii_lowercase(),
        );
        let present = cx.letter.has_findings(section.key);
        if mentioned != present {
            wrong.push(section.heading);
        }
    }
    if wrong.is_empty() {
        return;
    }
    let message = cat!(
        "The outcome does not match the findings in: ",
        wrong.joined("; ")
    );
    let mut d = cx.report(
        sink,
        Code::OutcomeMismatch,
        FieldPath::root().key("outcome"),
        message,
    );
    if let Some(sentence) = kind.outcome_sentence(|key| cx.letter.has_findings(key)) {
        d.with_fix(sentence);
    }
}
