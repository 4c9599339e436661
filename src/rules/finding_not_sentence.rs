//! # A finding that is not written as complete sentences
//!
//! ## What it checks
//! Each finding starts with a capital letter (or a digit) and ends with a full stop, question
//! mark or exclamation mark.
//!
//! ## Why it matters
//! Published findings are complete sentences; a note-form finding ("timely assessments") reads
//! as unfinished in a letter that will be published.
//!
//! ## Example
//! `"text": "assessments are timely"` gives `finding-not-sentence` at its path: "Start the finding
//! with a capital letter and end it with a full stop", with the fix `Assessments are timely.`

use super::{Code, Context};
use crate::diagnostic::Sink;

pub(crate) fn finding_not_sentence(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.findings() {
        let text = field.text.trim();
        let Some(first) = text.chars().next() else {
            continue;
        };
        let starts = super::text::is_capital(first)
            || first.is_ascii_digit()
            || !super::text::is_letter(first);
        let ends = matches!(text.as_bytes().last(), Some(b'.' | b'?' | b'!'))
            || text.ends_with(".\"")
            || text.ends_with(".”");
        if starts && ends {
            continue;
        }
        let mut mended = text.to_owned();
        if let Some(initial) = mended.get_mut(..1) {
            initial.make_ascii_uppercase();
        }
        if !ends {
            // A trailing comma, colon or ellipsis says the sentence was left unfinished: the
            // full stop takes its place rather than following it ("to…" becomes "to.").
            mended = mended.trim_end_matches([',', ';', ':', '…']).to_owned();
            mended.push('.');
        }
        let message = match (starts, ends) {
            (false, false) => "Start the finding with a capital letter and end it with a full stop",
            (false, true) => "Start the finding with a capital letter",
            _ => "End the finding with a full stop",
        };
        cx.report(
            sink,
            Code::FindingNotSentence,
            field.path,
            message.to_owned(),
        )
        .with_fix(mended);
    }
}
