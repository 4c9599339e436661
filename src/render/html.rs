//! The preview: the letter as an HTML fragment laid out like the published letter.
//!
//! Class names all start with `il-` so that they cannot collide with a host page's styles;
//! `STYLESHEET` styles them for the screen and for printing on A4. All user text goes through
//! [`Escaped`]; links are made only from values that pass their format rule.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::escape::{Escaped, EscapedAttribute};
use super::{document, Block, Inline, Line};
use crate::diagnostic::{Diagnostic, Severity};
use crate::letter::Letter;
use crate::rules::formats::{is_email, is_website};

/// The preview's stylesheet: screen, and `@media print` for A4.
pub const STYLESHEET: &str = include_str!("letter.css");

/// How the preview marks problems.
#[derive(Debug, Default, Clone, Copy)]
pub struct Marks<'a> {
    /// Diagnostics whose paths are marked in the preview (class and `data-path`).
    pub diagnostics: &'a [Diagnostic],
}

/// Writes the preview of `letter`; parts with a diagnostic in `marks` are marked.
#[must_use]
pub fn render_html(letter: &Letter, marks: Marks<'_>) -> String {
    let mut flagged: BTreeMap<&str, Severity> = BTreeMap::new();
    for d in marks.diagnostics {
        let worst = flagged.entry(d.path.as_str()).or_insert(d.severity);
        *worst = (*worst).max(d.severity);
    }
    let mut w = Writer {
        out: String::with_capacity(8 * 1024),
        flagged,
    };
    w.out
        .push_str("<article class=\"il-letter\" lang=\"en-GB\">\n");
    for block in document(letter) {
        w.block(&block);
    }
    w.out.push_str("</article>\n");
    w.out
}

struct Writer<'a> {
    out: String,
    /// The worst severity found at each path that has a diagnostic.
    flagged: BTreeMap<&'a str, Severity>,
}

impl Writer<'_> {
    fn block(&mut self, block: &Block) {
        match block {
            Block::Letterhead {
                address,
                contact,
                direct,
            } => {
                self.out.push_str("<header class=\"il-letterhead\">\n");
                self.lines("address", "il-letterhead__office", address);
                self.lines("p", "il-letterhead__contact", contact);
                if !direct.is_empty() {
                    self.lines("p", "il-letterhead__direct", direct);
                }
                self.out.push_str("</header>\n");
            }
            Block::Date { line, iso } => {
                self.out.push_str("<p class=\"il-date\">");
                match iso {
                    Some(iso) => {
                        let _ = write!(self.out, "<time datetime=\"{}\">", EscapedAttribute(iso));
                        self.line(line);
                        self.out.push_str("</time>");
                    }
                    None => self.line(line),
                }
                self.out.push_str("</p>\n");
            }
            Block::Recipient(lines) => self.lines("address", "il-recipient", lines),
            Block::Salutation(line) => self.element("p", "il-salutation", line),
            Block::Subject(line) => self.element("h2", "il-subject", line),
            Block::Paragraph(line) => self.element("p", "il-paragraph", line),
            Block::Section(section) => {
                let _ = write!(
                    self.out,
                    "<section class=\"il-section{}\" data-section=\"{}\">\n<h3 class=\"il-section__heading\">{}</h3>\n<ul class=\"il-findings\">\n",
                    if section.known { "" } else { " il-section--unknown" },
                    EscapedAttribute(&section.key),
                    Escaped(&section.heading)
                );
                for finding in &section.findings {
                    self.element("li", "il-finding", finding);
                }
                self.out.push_str("</ul>\n</section>\n");
            }
            Block::Signature {
                valediction,
                name,
                role,
            } => {
                let _ = writeln!(
                    self.out,
                    "<div class=\"il-signature\">\n<p class=\"il-valediction\">{}</p>",
                    Escaped(valediction)
                );
                self.lines("p", "il-signatory", &[name.clone(), role.clone()]);
                self.out.push_str("</div>\n");
            }
            Block::Copies { label, entries } => {
                let _ = write!(
                    self.out,
                    "<div class=\"il-copies\">\n<p class=\"il-copies__label\">{}</p>\n<ul class=\"il-copies__list\">\n",
                    Escaped(label)
                );
                for entry in entries {
                    self.element("li", "il-copy", entry);
                }
                self.out.push_str("</ul>\n</div>\n");
            }
        }
    }

    fn element(&mut self, tag: &str, class: &str, line: &Line) {
        let _ = write!(self.out, "<{tag} class=\"{class}\">");
        self.line(line);
        let _ = writeln!(self.out, "</{tag}>");
    }

    fn lines(&mut self, tag: &str, class: &str, lines: &[Line]) {
        let _ = write!(self.out, "<{tag} class=\"{class}\">");
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                self.out.push_str("<br>\n");
            }
            self.line(line);
        }
        let _ = writeln!(self.out, "</{tag}>");
    }

    fn line(&mut self, line: &Line) {
        for piece in line {
            match piece {
                Inline::Fixed(text) => {
                    let _ = write!(self.out, "{}", Escaped(text));
                }
                Inline::Value { text, path } => {
                    let mark = self.mark(path);
                    if let Some(severity) = mark {
                        let _ = write!(
                            self.out,
                            "<span class=\"il-flag il-flag--{severity}\" data-path=\"{}\">",
                            EscapedAttribute(path)
                        );
                    }
                    self.value(text, path);
                    if mark.is_some() {
                        self.out.push_str("</span>");
                    }
                }
                Inline::Placeholder { label, path } => {
                    let flag = self
                        .mark(path)
                        .map_or(String::new(), |s| format!(" il-flag il-flag--{s}"));
                    let _ = write!(
                        self.out,
                        "<span class=\"il-placeholder{flag}\" data-path=\"{}\">[{}]</span>",
                        EscapedAttribute(path),
                        Escaped(label)
                    );
                }
            }
        }
    }

    /// A value, as a link when it is an email address or website that passes its format rule.
    fn value(&mut self, text: &str, path: &str) {
        let is_email_field = path.ends_with("email");
        if is_email_field && is_email(text) {
            let _ = write!(
                self.out,
                "<a href=\"mailto:{}\">{}</a>",
                EscapedAttribute(text),
                Escaped(text)
            );
        } else if path.ends_with("/website") && is_website(text) {
            let href = if text.starts_with("https://") {
                text.to_owned()
            } else {
                format!("https://{text}")
            };
            let _ = write!(
                self.out,
                "<a href=\"{}\">{}</a>",
                EscapedAttribute(&href),
                Escaped(text)
            );
        } else {
            let _ = write!(self.out, "{}", Escaped(text));
        }
    }

    /// The worst severity of the diagnostics at `path` or below it.
    fn mark(&self, path: &str) -> Option<Severity> {
        self.flagged
            .range(path..)
            .take_while(|(p, _)| p.starts_with(path))
            .filter(|(p, _)| p.len() == path.len() || p.as_bytes()[path.len()] == b'/')
            .map(|(_, s)| *s)
            .max()
    }
}
