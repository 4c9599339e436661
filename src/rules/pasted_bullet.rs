//! # A finding that starts with a pasted bullet
//!
//! ## What it checks
//! No finding starts with a bullet or list marker (`•`, `-`, `–`, `*`, `·`, `▪`, `ƒ`, `o`
//! followed by a space, or `1.`), as text copied from a PDF or a list brings.
//!
//! ## Why it matters
//! The letter prints its own bullets; a pasted one prints twice.
//!
//! ## Example
//! `"text": "• Staff are well supported."` gives `pasted-bullet` at its path with a span on
//! `• ` and a fix that removes it.

use super::{Code, Context};
use crate::diagnostic::Sink;

/// The length in bytes of a list marker and the spaces after it at the start of `text`.
pub(crate) fn bullet_len(text: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    let (_, first) = chars.next()?;
    let marker_end = match first {
        '•' | '-' | '–' | '—' | '*' | '·' | '▪' | '■' | '◦' | '‣' | '●' | 'ƒ' | '\u{F0B7}' => {
            first.len_utf8()
        }
        'o' if text[1..].starts_with(' ') => 1,
        '0'..='9' => {
            let digits = text.bytes().take_while(u8::is_ascii_digit).count();
            if digits <= 2
                && matches!(text.as_bytes().get(digits), Some(b'.' | b')'))
                && text[digits + 1..].starts_with(' ')
            {
                digits + 1
            } else {
                return None;
            }
        }
        _ => return None,
    };
    let rest = &text[marker_end..];
    let spaces = rest.len() - rest.trim_start().len();
    (spaces > 0 || first == '•' || first == 'ƒ' || first == '\u{F0B7}')
        .then_some(marker_end + spaces)
}

pub(crate) fn pasted_bullet(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.findings() {
        let lead = field.text.len() - field.text.trim_start().len();
        if let Some(len) = bullet_len(&field.text[lead..]) {
            let message = "Remove the bullet at the start: the letter adds its own".to_owned();
            cx.report(sink, Code::PastedBullet, field.path, message)
                .with_span(field.text, lead, lead + len)
                .with_fix("");
        }
    }
}
