//! # A text longer than a letter's field can be
//!
//! ## What it checks
//! No text value is longer than 100,000 characters, and the letter has no more than 10,000
//! findings. These are the crate's documented limits (README, "Limits"): past them the letter
//! is still read, checked and rendered, in time that grows linearly, but it is not a letter a
//! person wrote.
//!
//! ## Why it matters
//! A paste that brings a whole document into one field, or a script that fills a form in a
//! loop, should be stopped at the form rather than sent on to a server.
//!
//! ## Example
//! A finding of 150,000 characters gives `text-too-long` at its path: "This text is 150000
//! characters long. Shorten it to 100000 characters or fewer".

use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};

/// The longest text a field may hold, in characters.
pub const MAX_TEXT_CHARS: usize = 100_000;
/// The most findings a letter may hold.
pub const MAX_FINDINGS: usize = 10_000;

pub(crate) fn text_too_long(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.fields() {
        // Bytes bound characters from above: only long texts are counted.
        if field.text.len() > MAX_TEXT_CHARS {
            let chars = super::text::char_count(field.text);
            if chars > MAX_TEXT_CHARS {
                let message = cat!(
                    "This text is ",
                    chars,
                    " characters long. Shorten it to ",
                    MAX_TEXT_CHARS,
                    " characters or fewer"
                );
                cx.report(sink, Code::TextTooLong, field.path, message);
            }
        }
    }
    let findings: usize = cx.letter.findings.iter().map(|s| s.findings.len()).sum();
    if findings > MAX_FINDINGS {
        let message = cat!(
            "The letter has ",
            findings,
            " findings. A letter holds ",
            MAX_FINDINGS,
            " at most"
        );
        cx.report(
            sink,
            Code::TextTooLong,
            FieldPath::root().key("findings"),
            message,
        );
    }
}
