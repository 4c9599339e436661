//! # Spaces or line breaks before or after a value
//!
//! ## What it checks
//! No text value starts or ends with spaces, tabs or line breaks.
//!
//! ## Why it matters
//! Pasted text often brings stray spaces; they print as uneven margins and make a value
//! look different to a server that compares it (`"SS2 6ER "` is not `"SS2 6ER"`).
//!
//! ## Example
//! `"surname": "Cook "` gives `surrounding-whitespace` at `/recipient/surname` with the fix
//! `Cook`.

use super::{Code, Context};
use crate::diagnostic::Sink;

pub(crate) fn surrounding_whitespace(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.fields() {
        if !crate::letter::has_surrounding_whitespace(field.text) {
            continue;
        }
        let trimmed = field.text.trim();
        if !trimmed.is_empty() {
            let message = "Remove the spaces or line breaks before or after the text".to_owned();
            cx.report(sink, Code::SurroundingWhitespace, field.path, message)
                .with_fix(trimmed);
        }
    }
}
