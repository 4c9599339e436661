//! The letter as plain text, in the published order, with `[Label]` for each missing part.

use super::{document, Block, Inline, Line};
use crate::letter::Letter;

/// Writes the letter as plain text.
///
/// ```
/// let value = inspection_letter::Value::from(serde_json::json!({ "kind": "ucra-2011" }));
/// let letter = inspection_letter::Letter::from_value(&value);
/// let text = inspection_letter::render::text::render_text(&letter);
/// assert!(text.contains("[Recipient postcode]"));
/// assert!(text.contains("Yours sincerely"));
/// ```
#[must_use]
pub fn render_text(letter: &Letter) -> String {
    let mut out = String::new();
    for block in document(letter, false) {
        if !out.is_empty() {
            out.push('\n');
        }
        match &block {
            Block::Letterhead {
                address,
                contact,
                direct,
            } => {
                lines(&mut out, address.iter().chain(contact));
                if !direct.is_empty() {
                    out.push('\n');
                    lines(&mut out, direct);
                }
            }
            Block::Date { line, .. }
            | Block::Salutation(line)
            | Block::Subject(line)
            | Block::Paragraph(line) => {
                lines(&mut out, [line]);
            }
            Block::Recipient(recipient) => lines(&mut out, recipient),
            Block::Section(section) => {
                out.push_str(section.heading);
                out.push_str("\n\n");
                for finding in &section.findings {
                    out.push_str("• ");
                    write_line(&mut out, finding);
                    out.push('\n');
                }
            }
            Block::Signature {
                valediction,
                name,
                role,
            } => {
                out.push_str(valediction);
                out.push_str("\n\n");
                lines(&mut out, [name, role]);
            }
            Block::Copies { label, entries } => {
                out.push_str(label);
                out.push(' ');
                lines(&mut out, entries);
            }
        }
    }
    out
}

fn lines<'a: 'b, 'b>(out: &mut String, lines: impl IntoIterator<Item = &'b Line<'a>>) {
    for line in lines {
        write_line(out, line);
        out.push('\n');
    }
}

fn write_line(out: &mut String, line: &Line) {
    for piece in line {
        match piece {
            Inline::Fixed(text) | Inline::Value { text, .. } => out.push_str(text),
            Inline::Placeholder { label, .. } => {
                out.push('[');
                out.push_str(label);
                out.push(']');
            }
        }
    }
}
