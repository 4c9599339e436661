//! # Invisible or control characters in the text
//!
//! ## What it checks
//! No text holds characters that print as nothing or change how text around them reads:
//! zero-width spaces and joiners, soft hyphens, byte-order marks, word joiners, bidirectional
//! embeddings, overrides, isolates and marks, NUL and other control characters (tabs and line
//! breaks are left to `stray-whitespace`). The fix removes them.
//!
//! ## Why it matters
//! They arrive with text pasted from PDFs, emails and web pages. Invisible in the form, they
//! break searches and comparisons, and a right-to-left override can make published text read
//! differently from what was typed.
//!
//! ## Example
//! `"text": "Staff are\u200b well supported."` gives `invisible-character` at its path with a
//! span on the zero-width space and a fix that removes it. Each run of such characters is
//! one diagnostic with its own span.

use super::text::has;
use super::{Code, Context};
use crate::cat::Joined as _;
use crate::diagnostic::Sink;

/// Whether `c` is invisible or a control character (other than tab and line breaks).
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{7F}'..='\u{9F}'
        | '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

pub(crate) fn invisible_character(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.fields_holding(has::INVISIBLE) {
        for (start, end) in super::text::runs(field.text, is_invisible) {
            let codes: Vec<String> = field.text[start..end]
                .chars()
                .map(crate::cat::code_point)
                .take(3)
                .collect();
            let message = cat!(
                "Remove the invisible character (",
                codes.joined(" "),
                ") from the text"
            );
            cx.report(sink, Code::InvisibleCharacter, field.path, message)
                .with_span(field.text, start, end)
                .with_fix("");
        }
    }
}
