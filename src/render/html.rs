//! The preview: the letter as an HTML fragment laid out like the published letter.
//!
//! Class names all start with `il-` so that they cannot collide with a host page's styles;
//! `STYLESHEET` styles them for the screen and for printing on A4. All user text goes through
//! [`escape_into`]; links are made only from values that pass their format rule.

use super::escape::{escape_attribute_into, escape_into};
use super::{document, Block, Inline, Line, Link};
use crate::diagnostic::{compare_pointers, Diagnostic};
use crate::letter::Letter;
use crate::rules::formats::{is_email, website_href};

/// The preview's stylesheet: screen, and `@media print` for A4.
pub const STYLESHEET: &str = include_str!("letter.css");

/// How the preview marks problems.
#[derive(Debug, Default, Clone, Copy)]
pub struct Marks<'a> {
    /// Diagnostics whose paths are marked in the preview (class and `data-path`), in the
    /// contract's order, as `validate` gives them.
    pub diagnostics: &'a [Diagnostic],
}

/// Writes the preview of `letter`; parts with a diagnostic in `marks` are marked.
#[must_use]
pub fn render_html(letter: &Letter, marks: Marks<'_>) -> String {
    let mut w = Writer {
        out: String::with_capacity(8 * 1024),
        flagged: marks.diagnostics,
    };
    w.out
        .push_str("<article class=\"il-letter\" lang=\"en-GB\">\n");
    for block in document(letter, !marks.diagnostics.is_empty()) {
        w.block(&block);
    }
    w.out.push_str("</article>\n");
    w.out
}

struct Writer<'a> {
    out: String,
    /// The diagnostics to mark, in the contract's order.
    flagged: &'a [Diagnostic],
}

impl<'a> Writer<'a> {
    fn push(&mut self, piece: &str) {
        self.out.push_str(piece);
    }

    fn text(&mut self, text: &str) {
        escape_into(&mut self.out, text);
    }

    fn attribute(&mut self, text: &str) {
        escape_attribute_into(&mut self.out, text);
    }

    fn open(&mut self, tag: &str, class: &str) {
        for piece in ["<", tag, " class=\"", class, "\">"] {
            self.push(piece);
        }
    }

    fn close(&mut self, tag: &str) {
        for piece in ["</", tag, ">\n"] {
            self.push(piece);
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Letterhead {
                address,
                contact,
                direct,
            } => {
                self.push("<header class=\"il-letterhead\">\n");
                self.lines("address", "il-letterhead__office", address);
                self.lines("p", "il-letterhead__contact", contact);
                if !direct.is_empty() {
                    self.lines("p", "il-letterhead__direct", direct);
                }
                self.push("</header>\n");
            }
            Block::Date { line, iso } => {
                self.open("p", "il-date");
                match iso {
                    Some(iso) => {
                        self.push("<time datetime=\"");
                        self.attribute(iso);
                        self.push("\">");
                        self.line(line);
                        self.push("</time>");
                    }
                    None => self.line(line),
                }
                self.close("p");
            }
            Block::Recipient(lines) => self.lines("address", "il-recipient", lines),
            Block::Salutation(line) => self.element("p", "il-salutation", line),
            Block::Subject(line) => self.element("h2", "il-subject", line),
            Block::Paragraph(line) => self.element("p", "il-paragraph", line),
            Block::Section(section) => {
                self.push(if section.known {
                    "<section class=\"il-section\" data-section=\""
                } else {
                    "<section class=\"il-section il-section--unknown\" data-section=\""
                });
                self.attribute(section.key);
                self.push("\">\n<h3 class=\"il-section__heading\">");
                self.text(section.heading);
                self.push("</h3>\n<ul class=\"il-findings\">\n");
                for finding in &section.findings {
                    self.element("li", "il-finding", finding);
                }
                self.push("</ul>\n</section>\n");
            }
            Block::Signature {
                valediction,
                name,
                role,
            } => {
                self.push("<div class=\"il-signature\">\n<p class=\"il-valediction\">");
                self.text(valediction);
                self.push("</p>\n");
                self.open("p", "il-signatory");
                self.line(name);
                self.push("<br>\n");
                self.line(role);
                self.close("p");
                self.push("</div>\n");
            }
            Block::Copies { label, entries } => {
                self.push("<div class=\"il-copies\">\n<p class=\"il-copies__label\">");
                self.text(label);
                self.push("</p>\n<ul class=\"il-copies__list\">\n");
                for entry in entries {
                    self.element("li", "il-copy", entry);
                }
                self.push("</ul>\n</div>\n");
            }
        }
    }

    fn element(&mut self, tag: &str, class: &str, line: &Line) {
        self.open(tag, class);
        self.line(line);
        self.close(tag);
    }

    fn lines(&mut self, tag: &str, class: &str, lines: &[Line]) {
        self.open(tag, class);
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                self.push("<br>\n");
            }
            self.line(line);
        }
        self.close(tag);
    }

    fn line(&mut self, line: &Line) {
        for piece in line {
            match piece {
                Inline::Fixed(text) => self.text(text),
                Inline::Value { text, path, link } => {
                    let flags = self.flags(path);
                    if !flags.is_empty() {
                        self.push("<span class=\"il-flag");
                        self.flag(flags, path);
                    }
                    self.value(text, *link);
                    if !flags.is_empty() {
                        self.push("</span>");
                    }
                }
                Inline::Placeholder { label, path } => {
                    self.push("<span class=\"il-placeholder");
                    let flags = self.flags(path);
                    if !flags.is_empty() {
                        self.push(" il-flag");
                    }
                    self.flag(flags, path);
                    self.push("[");
                    self.text(label);
                    self.push("]</span>");
                }
            }
        }
    }

    /// A value, as a link when it is an email address or website that passes its format rule.
    fn value(&mut self, text: &str, link: Link) {
        let href = match link {
            Link::Email if is_email(text) => Some(cat!("mailto:", text)),
            Link::Website => website_href(text),
            _ => None,
        };
        match href {
            Some(href) => {
                self.push("<a href=\"");
                self.attribute(&href);
                self.push("\">");
                self.text(text);
                self.push("</a>");
            }
            None => self.text(text),
        }
    }

    /// The diagnostics at `path` or below it. In the contract's order a path's descendants
    /// follow it at once, so one bisection finds them all.
    fn flags(&self, path: &str) -> &'a [Diagnostic] {
        let flagged = self.flagged;
        let from = flagged.partition_point(|d| compare_pointers(&d.path, path).is_lt());
        let count = flagged[from..]
            .iter()
            .take_while(|d| {
                d.path.starts_with(path)
                    && (d.path.len() == path.len() || d.path.as_bytes()[path.len()] == b'/')
            })
            .count();
        &flagged[from..from + count]
    }

    /// The end of a marked part's class (its worst severity), its path, and its messages as
    /// its title, one a line, for a pointer held over it; then the start tag's end.
    fn flag(&mut self, flags: &[Diagnostic], path: &str) {
        if let Some(severity) = flags.iter().map(|d| d.severity).max() {
            for piece in [" il-flag--", severity.as_str(), "\" title=\""] {
                self.push(piece);
            }
            for (i, d) in flags.iter().enumerate() {
                if i > 0 {
                    self.push("&#10;");
                }
                self.attribute(&d.message);
            }
        }
        self.push("\" data-path=\"");
        self.attribute(path);
        self.push("\">");
    }
}
