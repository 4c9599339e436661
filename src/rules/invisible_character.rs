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
            let mut message = String::from("Remove the invisible character (");
            for (i, c) in field.text[start..end].chars().take(3).enumerate() {
                if i > 0 {
                    message.push(' ');
                }
                crate::cat::push_code_point(&mut message, c);
            }
            message.push_str(") from the text");
            cx.report(sink, Code::InvisibleCharacter, field.path, message)
                .with_span(field.text, start, end)
                .with_fix("");
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_run_names_its_first_three_characters_and_is_removed_whole() {
        let text = "Plans are\u{200b}\u{200c}\u{feff}\u{ad} reviewed.";
        let letter = crate::sample::letter_with_finding(text);
        let found: Vec<_> = crate::validate(&letter, &Default::default())
            .into_iter()
            .filter(|d| d.code == "invisible-character")
            .collect();
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "Remove the invisible character (U+200B U+200C U+FEFF) from the text"
        );
        let span = found[0].span.as_ref().unwrap();
        assert_eq!((span.start, span.end), (9, 13));
    }
}
