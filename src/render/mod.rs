//! The letter laid out as a document, once, for every rendering: the published order of parts,
//! the derived sentences, and a placeholder wherever the draft has nothing yet.
//!
//! The text and HTML renderers only print this document, so they cannot disagree about what
//! the letter says or which parts are missing.

pub mod escape;
pub mod html;
pub mod text;

use std::borrow::Cow;

use crate::dates::{days_in_words, Date};
use crate::diagnostic::{Pointer, Step};
use crate::kinds::{self, Kind};
use crate::letter::{filled, Copy, Finding, Letter, Text};
use crate::schema;

/// A piece of a line: fixed words of the template, a value from the letter, or a placeholder
/// for a value the letter does not have yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline<'a> {
    Fixed(Cow<'a, str>),
    Value {
        text: Cow<'a, str>,
        path: String,
        link: Link,
    },
    Placeholder {
        label: &'static str,
        path: String,
    },
}

/// What a value may be linked as, once its text passes the format rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    None,
    /// A `mailto:` link: the value of a key ending in `email`.
    Email,
    /// An `https://` link: the value of `website`.
    Website,
}

impl<'a> Inline<'a> {
    fn value(text: impl Into<Cow<'a, str>>, path: Path<'_>) -> Inline<'a> {
        Inline::value_of(text.into(), path)
    }

    /// [`Inline::value`] once the text is a `Cow`: one copy of this in the browser package,
    /// not one for each kind of text.
    #[inline(never)]
    fn value_of(text: Cow<'a, str>, path: Path<'_>) -> Inline<'a> {
        let link = match path.step {
            Step::Key(_, key) if key.ends_with("email") => Link::Email,
            Step::Key(_, "website") => Link::Website,
            _ => Link::None,
        };
        Inline::Value {
            text,
            path: path.kept(),
            link,
        }
    }

    fn fixed(text: impl Into<Cow<'a, str>>) -> Inline<'a> {
        Inline::Fixed(text.into())
    }

    fn placeholder(path: Path<'_>) -> Inline<'a> {
        let path = String::from(path.pointer());
        Inline::Placeholder {
            label: schema::label(&path),
            path,
        }
    }

    /// The value at `path`, or its placeholder when it is missing or blank.
    fn field(value: Option<&'a Text<'_>>, path: Path<'_>) -> Inline<'a> {
        match filled(value) {
            Some(text) => Inline::value(text, path),
            None => Inline::placeholder(path),
        }
    }
}

/// A line of inline pieces.
pub type Line<'a> = Vec<Inline<'a>>;

/// The parts of a letter, in the published order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block<'a> {
    /// The office address, its contact lines, then the team's direct lines.
    Letterhead {
        address: Vec<Line<'a>>,
        contact: Vec<Line<'a>>,
        direct: Vec<Line<'a>>,
    },
    /// The letter's date, with its ISO form when it is a real date.
    Date {
        line: Line<'a>,
        iso: Option<String>,
    },
    Recipient(Vec<Line<'a>>),
    Salutation(Line<'a>),
    Subject(Line<'a>),
    Paragraph(Line<'a>),
    Section(Section<'a>),
    /// The valediction, the inspector's name and role.
    Signature {
        valediction: &'a str,
        name: Line<'a>,
        role: Line<'a>,
    },
    Copies {
        label: &'a str,
        entries: Vec<Line<'a>>,
    },
}

/// A section heading and its findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section<'a> {
    pub key: &'a str,
    pub heading: &'a str,
    /// `false` for a section the letter's kind does not have, shown so that nothing is lost.
    pub known: bool,
    pub findings: Vec<Line<'a>>,
}

/// Where a part of the letter comes from, while the document is laid out: a chain of steps
/// on the stack, written out as a JSON Pointer for a placeholder (whose label depends on it)
/// and, only when the paths are kept, for each value.
#[derive(Clone, Copy)]
pub struct Path<'p> {
    keep: bool,
    step: Step<'p>,
}

impl<'p> Path<'p> {
    fn root(keep: bool) -> Path<'static> {
        Path {
            keep,
            step: Step::Root,
        }
    }

    fn key<'q>(&'q self, key: &'q str) -> Path<'q> {
        Path {
            keep: self.keep,
            step: Step::Key(&self.step, key),
        }
    }

    fn index(&self, index: usize) -> Path<'_> {
        Path {
            keep: self.keep,
            step: Step::Index(&self.step, index),
        }
    }

    fn pointer(&self) -> Pointer {
        self.step.pointer()
    }

    /// The path for a value: empty when the paths are not kept.
    fn kept(&self) -> String {
        if self.keep {
            self.pointer().into()
        } else {
            String::new()
        }
    }
}

/// Lays the letter out. With `keep_paths`, each value carries its JSON Pointer (for marking
/// the parts that have a diagnostic); without, only placeholders do.
#[must_use]
pub fn document<'a>(letter: &'a Letter<'_>, keep_paths: bool) -> Vec<Block<'a>> {
    let kind = kinds::kind_or_default(letter.kind.as_deref());
    let root = Path::root(keep_paths);
    let mut blocks = vec![letterhead(letter, root.key("sender"))];

    let date_path = root.key("date");
    let date = letter.date.as_deref().and_then(Date::parse_iso);
    blocks.push(Block::Date {
        line: vec![match date {
            Some(d) => Inline::value(d.words(), date_path),
            None => Inline::field(letter.date.as_ref(), date_path),
        }],
        iso: date.map(Date::iso),
    });

    let recipient = &letter.recipient;
    let rp = root.key("recipient");
    let mut name = vec![Inline::field(recipient.title.as_ref(), rp.key("title"))];
    if let Some(forename) = filled(recipient.forename.as_ref()) {
        name.extend([
            Inline::fixed(" "),
            Inline::value(forename, rp.key("forename")),
        ]);
    }
    name.extend([
        Inline::fixed(" "),
        Inline::field(recipient.surname.as_ref(), rp.key("surname")),
    ]);
    let mut lines = vec![
        name,
        vec![Inline::field(recipient.role.as_ref(), rp.key("role"))],
        vec![Inline::field(
            recipient.organisation.as_ref(),
            rp.key("organisation"),
        )],
    ];
    lines.extend(address_lines(&recipient.address, rp.key("address")));
    lines.push(vec![Inline::field(
        recipient.postcode.as_ref(),
        rp.key("postcode"),
    )]);
    blocks.push(Block::Recipient(lines));

    blocks.push(Block::Salutation(salutation(letter, rp)));

    let council = council_inline(letter, kind, root.key("council"));
    blocks.push(Block::Subject(fill(kind.subject, |slot| {
        (slot == "council").then(|| vec![council.clone()])
    })));

    for template in kind.paragraphs {
        let only_optional_slot = template.trim() == "{previous_inspection}";
        if only_optional_slot && letter.previous_inspection.is_none() {
            continue;
        }
        blocks.push(Block::Paragraph(fill(template, |slot| {
            slot_value(letter, kind, slot, &council, root)
        })));
    }

    let findings_path = root.key("findings");
    for section in kind.sections {
        let list = letter.section(section.key);
        if !list.is_empty() {
            let path = findings_path.key(section.key);
            blocks.push(Block::Section(Section {
                key: section.key,
                heading: section.heading,
                known: true,
                findings: finding_lines(list, path, Some(section.previously_identified)),
            }));
        }
    }
    for unknown in letter
        .findings
        .iter()
        .filter(|s| kind.section(&s.key).is_none() && !s.findings.is_empty())
    {
        blocks.push(Block::Section(Section {
            key: &unknown.key,
            heading: &unknown.key,
            known: false,
            findings: finding_lines(&unknown.findings, findings_path.key(&unknown.key), None),
        }));
    }

    if let Some(closing) = kind.closing_sentence(|key| letter.has_findings(key)) {
        blocks.push(Block::Paragraph(vec![Inline::fixed(closing)]));
    }

    let sp = root.key("signatory");
    blocks.push(Block::Signature {
        valediction: kind.valediction,
        name: vec![Inline::field(
            letter.signatory.name.as_ref(),
            sp.key("name"),
        )],
        role: vec![Inline::field(
            letter.signatory.role.as_ref(),
            sp.key("role"),
        )],
    });

    if !letter.copies.is_empty() {
        let cp = root.key("copies");
        let mut entries = Vec::new();
        for (i, c) in letter.copies.iter().enumerate() {
            entries.push(copy_line(c, cp.index(i)));
        }
        blocks.push(Block::Copies {
            label: kind.copy_label,
            entries,
        });
    }
    blocks
}

fn letterhead<'a>(letter: &'a Letter<'_>, sp: Path<'_>) -> Block<'a> {
    let sender = &letter.sender;
    let mut address = address_lines(&sender.address, sp.key("address"));
    address.push(vec![Inline::field(
        sender.postcode.as_ref(),
        sp.key("postcode"),
    )]);
    let contact = vec![
        vec![
            Inline::fixed("T "),
            Inline::field(sender.telephone.as_ref(), sp.key("telephone")),
        ],
        vec![Inline::field(sender.email.as_ref(), sp.key("email"))],
        vec![Inline::field(sender.website.as_ref(), sp.key("website"))],
    ];
    let mut direct = Vec::new();
    for (prefix, value, key) in [
        ("Direct T ", &sender.direct_telephone, "direct_telephone"),
        ("Direct F ", &sender.direct_fax, "direct_fax"),
        ("", &sender.direct_email, "direct_email"),
    ] {
        if let Some(text) = filled(value.as_ref()) {
            let mut line = Vec::new();
            if !prefix.is_empty() {
                line.push(Inline::fixed(prefix));
            }
            line.push(Inline::value(text, sp.key(key)));
            direct.push(line);
        }
    }
    Block::Letterhead {
        address,
        contact,
        direct,
    }
}

fn address_lines<'a>(lines: &'a [Option<Text<'_>>], path: Path<'_>) -> Vec<Line<'a>> {
    // Pushes: `filter_map` and `collect` made 369 B of generic code.
    let mut present: Vec<Line> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if let Some(text) = filled(l.as_ref()) {
            present.push(vec![Inline::value(text, path.index(i))]);
        }
    }
    if present.is_empty() {
        vec![vec![Inline::placeholder(path)]]
    } else {
        present
    }
}

/// `Dear Ms Cook`; `Dear Sir John` for the titles that take the forename.
fn salutation<'a>(letter: &'a Letter<'_>, rp: Path<'_>) -> Line<'a> {
    let r = &letter.recipient;
    let title = filled(r.title.as_ref());
    let takes_forename = title.is_some_and(|t| ["Sir", "Dame"].contains(&t.trim()));
    let (name, key) = if takes_forename {
        (r.forename.as_ref(), "forename")
    } else {
        (r.surname.as_ref(), "surname")
    };
    vec![
        Inline::fixed("Dear "),
        Inline::field(r.title.as_ref(), rp.key("title")),
        Inline::fixed(" "),
        Inline::field(name, rp.key(key)),
    ]
}

fn council_inline<'a>(letter: &'a Letter<'_>, kind: &Kind, path: Path<'_>) -> Inline<'a> {
    match filled(letter.council.as_ref()) {
        Some(council) => Inline::value(kind.council_in_text(council), path),
        None => Inline::placeholder(path),
    }
}

fn slot_value<'a>(
    letter: &'a Letter<'_>,
    kind: &'static Kind,
    slot: &str,
    council: &Inline<'a>,
    root: Path<'_>,
) -> Option<Line<'a>> {
    let inspection = root.key("inspection");
    let line = match slot {
        "council" => vec![council.clone()],
        "dates" => {
            let path = inspection.key("dates");
            // Pushes, not `flatten`, `filter_map` and `collect` (a generic copy of their own).
            let mut days: Vec<Date> = Vec::new();
            for day in &letter.inspection.dates {
                if let Some(day) = day.as_deref().and_then(Date::parse_iso) {
                    days.push(day);
                }
            }
            if days.is_empty() {
                vec![Inline::placeholder(path)]
            } else {
                vec![Inline::value(days_in_words(&days), path)]
            }
        }
        "evidence" => {
            let path = inspection.key("evidence");
            let mut line = Vec::new();
            for (i, item) in letter.inspection.evidence.iter().enumerate() {
                if let Some(text) = filled(item.as_ref()) {
                    if !line.is_empty() {
                        line.push(Inline::fixed("; "));
                    }
                    line.push(Inline::value(text, path.index(i)));
                }
            }
            if line.is_empty() {
                line.push(Inline::placeholder(path));
            }
            line
        }
        "outcome" => {
            let path = root.key("outcome");
            match filled(letter.outcome.as_ref()) {
                Some(text) => vec![Inline::value(text, path)],
                None => match kind.outcome_sentence(|key| letter.has_findings(key)) {
                    Some(sentence) => vec![Inline::fixed(sentence)],
                    None => vec![Inline::placeholder(path)],
                },
            }
        }
        "previous_inspection" => {
            let previous = letter.previous_inspection.as_ref()?;
            let path = root.key("previous_inspection");
            vec![Inline::field(
                previous.summary.as_ref(),
                path.key("summary"),
            )]
        }
        _ => return None,
    };
    Some(line)
}

/// Fills a template's `{slots}`; a slot `value` does not know stays as written.
fn fill<'a>(template: &'a str, mut value: impl FnMut(&str) -> Option<Line<'a>>) -> Line<'a> {
    let mut line = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        if open > 0 {
            line.push(Inline::fixed(&rest[..open]));
        }
        match value(&rest[open + 1..close]) {
            Some(pieces) => line.extend(pieces),
            None => line.push(Inline::fixed(&rest[open..=close])),
        }
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        line.push(Inline::fixed(rest));
    }
    line
}

fn finding_lines<'a>(
    findings: &'a [Finding],
    path: Path<'_>,
    previously: Option<&'a str>,
) -> Vec<Line<'a>> {
    let mut lines = Vec::with_capacity(findings.len());
    for (i, finding) in findings.iter().enumerate() {
        let mut line = vec![Inline::field(
            finding.text.as_ref(),
            path.index(i).key("text"),
        )];
        if finding.previously_identified {
            if let Some(sentence) = previously {
                line.push(Inline::fixed(cat!(" ", sentence)));
            }
        }
        lines.push(line);
    }
    lines
}

fn copy_line<'a>(copy: &'a Copy, path: Path<'_>) -> Line<'a> {
    let mut line = vec![Inline::field(copy.name.as_ref(), path.key("name"))];
    if let Some(role) = filled(copy.role.as_ref()) {
        line.extend([Inline::fixed(", "), Inline::value(role, path.key("role"))]);
    }
    line.extend([
        Inline::fixed(", "),
        Inline::field(copy.organisation.as_ref(), path.key("organisation")),
    ]);
    line
}
