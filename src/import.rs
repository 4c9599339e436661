//! Plain text back into a letter: the text of a published letter, as copied out of its PDF,
//! read into the contract's JSON shape.
//!
//! The importer anchors on what every letter of a kind shares (the date line, "Dear", the
//! subject, the fixed paragraphs, the section headings, "Yours sincerely", "Copy:") and reads
//! the parts between the anchors. It survives what PDF copies do to text: bullets as `•`, `-`
//! or `ƒ` or lost, findings split across page breaks, letterhead columns run together on one
//! line, the signatory's name and role on one line, copy-list entries run together, curly or
//! straight apostrophes, a date split over two lines, headings and fixed sentences broken over
//! lines where a narrow page broke them. Text it cannot place is reported with its
//! line number, never dropped. It runs in time linear in the text.

use std::borrow::Cow;

use serde::Serialize;

use crate::cat::{single_spaced, Joined as _};
use crate::dates::{month_number, Date, YearMonth};
use crate::diagnostic::{Diagnostic, Pointer};
use crate::find::{contains, replace, split, split_once};
use crate::kinds::{self, Kind};
use crate::letter::{Copy, Finding, Letter, PreviousInspection, SectionFindings, Status, Text};
use crate::list::List;
use crate::rules::formats::{is_email, is_postcode, normal_postcode};
use crate::rules::Code;
use crate::value::Value;

/// What `import_text` gives back: the letter as far as it could be read, and what went wrong.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Imported {
    pub letter: Value,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads a plain-text letter. The diagnostics are the text that could not be placed (each with
/// its line number) and the required parts the text did not have. The text is first read as it
/// was typed (see `as_typed`: no-break spaces, soft hyphens, ligatures, a byte-order mark).
///
/// ```
/// let text = "17 May 2011\n\nMs Sue Cook\nDirector\nA Council\nCivic Centre\nSS2 6ER\n\nDear Ms Cook\n";
/// let imported = inspection_letter::import_text(text);
/// assert_eq!(imported.letter["date"], "2011-05-17");
/// assert_eq!(imported.letter["recipient"]["surname"], "Cook");
/// assert!(imported.diagnostics.iter().any(|d| d.path == "/council"));
/// ```
#[must_use]
pub fn import_text(text: &str) -> Imported {
    let text = as_typed(text);
    let mut reader = Reader::new(&text);
    let letter = reader.read();
    let value = letter.to_value();
    // Unplaced text keeps the order of its lines, which says more than the contract's order
    // (all of it is at the path ""). Words of one line come together.
    let mut unplaced: Vec<(usize, String)> = Vec::new();
    for (line, content) in reader.unplaced {
        match unplaced.last_mut() {
            Some((last, text)) if *last == line => {
                text.push(' ');
                text.push_str(&content);
            }
            _ => unplaced.push((line, content)),
        }
    }
    let code = Code::ImportUnplacedText;
    let mut diagnostics = Vec::new();
    for (line, content) in unplaced {
        diagnostics.push(Diagnostic {
            code: code.as_str().to_owned(),
            severity: code.severity(),
            path: String::from(&Pointer::root()),
            message: cat!(
                "Line ",
                line,
                " could not be placed in the letter: “",
                &crate::rules::text::truncate_chars(&content, 80),
                "”. Add it to the right field by hand",
            ),
            span: None,
            fix: None,
        });
    }
    let missing = crate::validate(&value, &crate::Options::default())
        .into_iter()
        .filter(|d| d.code == Code::RequiredField.as_str());
    diagnostics.extend(missing);
    Imported {
        letter: value,
        diagnostics,
    }
}

/// A line of the text with its number (from 1), trimmed.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    number: usize,
    text: &'a str,
    /// Blank lines came before it.
    after_gap: bool,
}

struct Reader<'a> {
    /// The whole text, which every line's text is a part of.
    source: &'a str,
    lines: Vec<Line<'a>>,
    at: usize,
    unplaced: Vec<(usize, String)>,
}

/// The text as it was typed, before a PDF viewer or an editor copied it: a byte-order mark at
/// the start (Windows editors begin a file with one) and soft hyphens (where the PDF hyphenated
/// a word at a line's end) are nothing, no-break spaces are spaces, and the typesetter's
/// ligatures ("ﬁ" in "identiﬁed") are their letters. Without this "Dear Ms Cook" copied with
/// no-break spaces went unrecognised and the rest of the letter became the address; "Areas for
/// devel\u{ad}opment" was no heading; and a fixed sentence with a ligature was no fixed sentence.
fn as_typed(text: &str) -> String {
    let mut typed = String::with_capacity(text.len());
    for c in text.strip_prefix('\u{feff}').unwrap_or(text).chars() {
        match c {
            '\u{a0}' | '\u{202f}' => typed.push(' '),
            '\u{ad}' => {}
            '\u{fb00}'..='\u{fb04}' => {
                typed.push_str(
                    List("ff|fi|fl|ffi|ffl")
                        .get(c as usize - 0xfb00)
                        .unwrap_or(""),
                );
            }
            c => typed.push(c),
        }
    }
    typed
}

/// Compares text with straight and curly apostrophes and any spacing as the same.
fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            out.push(if c == '’' || c == '‘' { '\'' } else { c });
        }
    }
    out
}

/// The bullets a copy of a list can begin its items with: Word's and the PDF's, and the
/// Symbol and Wingdings fonts' own characters when the font was not mapped to Unicode.
const BULLETS: [char; 15] = [
    '•', 'ƒ', '-', '–', '*', '·', '◦', '○', '▪', '■', '➢', '✓', '\u{F0B7}', '\u{F0A7}', '\u{F0D8}',
];

fn strip_bullet(text: &str) -> Option<&str> {
    let rest = text.strip_prefix(BULLETS)?;
    Some(rest.trim_start())
}

/// A date written `17 May 2011`, alone.
fn date_in_words(text: &str) -> Option<Date> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [day, month, year] = words.as_slice() else {
        return None;
    };
    Date::new(
        crate::number::parse(year)?,
        month_number(month)?,
        crate::number::parse(day)?,
    )
}

/// Days written `12 and 13 April 2011`, `30 June and 1 July 2010`, `12, 13 and 14 April 2011`.
fn days_in_words(text: &str) -> Option<Vec<Date>> {
    let cleaned = replace(text, ",", " ");
    let words: Vec<&str> = cleaned.split_whitespace().filter(|w| *w != "and").collect();
    let mut days: Vec<(u32, Option<u32>, Option<i32>)> = Vec::new();
    for word in words {
        if let Some(month) = month_number(word) {
            for day in days.iter_mut().rev().take_while(|d| d.1.is_none()) {
                day.1 = Some(month);
            }
        } else if word.len() == 4 && is_number(word) {
            let year = crate::number::parse(word)?;
            for day in days.iter_mut().rev().take_while(|d| d.2.is_none()) {
                day.2 = Some(year);
            }
        } else {
            days.push((crate::number::parse(word)?, None, None));
        }
    }
    let mut dates = Vec::with_capacity(days.len());
    for &(day, month, year) in &days {
        dates.push(Date::new(year?, month?, day)?);
    }
    (!dates.is_empty()).then_some(dates)
}

/// Words that end an address line in a letterhead printed on one line.
const LINE_ENDS: List = List(
    "House|Buildings|Building|Centre|Gate|Way|Street|Road|Square|Lane|Avenue|Place|Court|Park|Walk",
);

/// Words that end an organisation's name, for copy lists run together.
const ORGANISATION_ENDS: List = List(
    "Council|Education|Services|Service|Trust|Board|Police|Authority|Partnership|Ofsted|Agency|Office",
);

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Reader<'a> {
        let mut lines = Vec::new();
        let mut gap = false;
        for (i, raw) in text.lines().enumerate() {
            let trimmed = raw.trim();
            if trimmed.is_empty() {
                gap = true;
                continue;
            }
            lines.push(Line {
                number: i + 1,
                text: trimmed,
                after_gap: gap,
            });
            gap = false;
        }
        Reader {
            source: text,
            lines,
            at: 0,
            unplaced: Vec::new(),
        }
    }

    /// Makes one line of each run of lines, from here on, that together say one of `anchors`
    /// (a section heading, a fixed sentence) and that a narrow page broke between words: the
    /// joined line is the text from the first line's start to the last one's end, its number
    /// the first one's. Without this a heading broken over two lines was read as a finding,
    /// and the findings under it went to the section before.
    fn join_broken_anchors(&mut self, anchors: &[String]) {
        // Into a new list, so that a text of many broken headings is still read in linear time.
        let lines = std::mem::take(&mut self.lines);
        let mut i = 0;
        while let Some(&line) = lines.get(i) {
            let last = if i < self.at {
                i
            } else {
                anchor_run(&lines, i, anchors)
            };
            let end = self.offset(lines[last].text) + lines[last].text.len();
            self.lines.push(Line {
                text: self
                    .source
                    .get(self.offset(line.text)..end)
                    .unwrap_or(line.text),
                ..line
            });
            i = last + 1;
        }
    }

    /// Where `part`, a line's text, starts in the source.
    fn offset(&self, part: &str) -> usize {
        part.as_ptr() as usize - self.source.as_ptr() as usize
    }

    fn peek(&self) -> Option<Line<'a>> {
        self.lines.get(self.at).copied()
    }

    fn next(&mut self) -> Option<Line<'a>> {
        let line = self.peek()?;
        self.at += 1;
        Some(line)
    }

    fn unplaced(&mut self, line: Line<'_>) {
        self.unplaced.push((line.number, line.text.to_owned()));
    }

    fn read(&mut self) -> Letter<'static> {
        let text: String = self
            .lines
            .iter()
            .map(|l| l.text)
            .collect::<Vec<_>>()
            .joined("\n");
        let kind = recognise_kind(&text);
        let mut letter = Letter {
            kind: Some(kind.id.into()),
            status: Status::Final,
            ..Letter::default()
        };

        // The body starts at the subject line, the first paragraph, the lead-in or a section's
        // heading: a text pasted without the letter's head (findings copied out of a draft)
        // starts there, and its findings are not read as the letterhead or the recipient.
        let mut headings = Vec::new();
        for section in kind.sections {
            headings.push(plain(section.heading));
        }
        let mut body = self.at;
        while let Some(line) = self.lines.get(body) {
            let p = plain(line.text);
            if p.starts_with("Annual unannounced inspection")
                || p.starts_with("This letter summarises")
                || p.starts_with("From the evidence")
                || headings.contains(&p)
            {
                break;
            }
            body += 1;
        }
        // The letterhead runs to the date line, the recipient block from there to "Dear …"
        // (a salutation before the date is none).
        let mut date_at = None;
        let mut dear_at = None;
        for at in self.at..body {
            let text = self.lines[at].text;
            if date_at.is_none() && date_in_words(text).is_some() {
                date_at = Some(at);
                dear_at = None;
            } else if dear_at.is_none() && text.starts_with("Dear ") {
                dear_at = Some(at);
            }
        }
        let letterhead_end = date_at.or(dear_at).unwrap_or(body);
        let letterhead: Vec<Line<'a>> = self.lines[self.at..letterhead_end].to_vec();
        self.read_letterhead(&letterhead, &mut letter);
        self.at = letterhead_end;
        if date_at.is_some() {
            let line = self.next().map(|l| l.text).unwrap_or_default();
            letter.date = date_in_words(line).map(|d| d.iso().into());
        }

        let block: Vec<Line<'a>> = self.lines[self.at..dear_at.unwrap_or(body)].to_vec();
        self.read_recipient(&block, &mut letter);
        self.at += block.len() + usize::from(dear_at.is_some());

        self.read_body(kind, headings, &mut letter);
        letter
    }

    fn read_letterhead(&mut self, lines: &[Line<'a>], letter: &mut Letter<'static>) {
        let mut words: Vec<(&'a str, Line<'a>)> = Vec::new();
        for line in lines {
            for word in line.text.split_whitespace() {
                words.push((word, *line));
            }
        }
        let sender = &mut letter.sender;
        let mut address: Vec<String> = Vec::new();
        let mut current: Vec<&str> = Vec::new();
        // A letterhead copied as one line needs its address lines found by their last words.
        let postcode_at = (0..words.len()).find(|&i| {
            words
                .get(i + 1)
                .is_some_and(|(next, _)| is_postcode(&cat!(words[i].0, " ", next)))
        });
        let one_line = postcode_at.is_some_and(|p| {
            words[..p]
                .iter()
                .all(|(_, l)| l.number == words[p].1.number)
        });
        let mut i = 0;
        let mut after_postcode = false;
        let mut direct = false;
        while i < words.len() {
            let (word, line) = words[i];
            let pair = words.get(i + 1).map(|(next, _)| cat!(word, " ", next));
            if !after_postcode && Some(i) == postcode_at {
                // "33 Kingsway London": a street line that starts with its number runs on to
                // the town, which is a line of its own.
                let town = if one_line && current.len() > 2 && is_number(current[0]) {
                    current.pop()
                } else {
                    None
                };
                if !current.is_empty() {
                    address.push(current.joined(" "));
                    current.clear();
                }
                if let Some(town) = town {
                    address.push(town.into());
                }
                sender.postcode = pair.map(Cow::Owned);
                after_postcode = true;
                i += 2;
                continue;
            }
            if !after_postcode {
                // Separate lines stay separate; on one line, a line ends after a street word.
                // On one line, a house number starts one too ("Agora 6 Cumberland Place").
                if !current.is_empty()
                    && (i > 0 && words[i - 1].1.number != line.number
                        || one_line && is_number(word))
                {
                    address.push(current.joined(" "));
                    current.clear();
                }
                current.push(word);
                if one_line && LINE_ENDS.contains(word) {
                    address.push(current.joined(" "));
                    current.clear();
                }
                i += 1;
                continue;
            }
            match word {
                "Direct" => direct = true,
                "T" | "F" => {
                    let mut number = Vec::new();
                    let mut j = i + 1;
                    while let Some((digits, _)) = words.get(j).filter(|(w, _)| is_number(w)) {
                        number.push(*digits);
                        j += 1;
                    }
                    let number = Some(number.joined(" ")).filter(|n| !n.is_empty());
                    match (word, direct) {
                        ("T", false) => sender.telephone = number.map(Cow::Owned),
                        ("T", true) => sender.direct_telephone = number.map(Cow::Owned),
                        (_, _) => sender.direct_fax = number.map(Cow::Owned),
                    }
                    i = j;
                    continue;
                }
                email if is_email(email) => {
                    if sender.email.is_none() && !direct {
                        sender.email = Some(email.to_owned().into());
                    } else {
                        sender.direct_email = Some(email.to_owned().into());
                    }
                }
                site if site.starts_with("www.") || site.starts_with("http") => {
                    sender.website = Some(site.to_owned().into())
                }
                other => self.unplaced.push((line.number, other.to_owned())),
            }
            i += 1;
        }
        if !current.is_empty() {
            address.push(current.joined(" "));
        }
        for line in address {
            sender.address.push(Some(line.into()));
        }
    }

    fn read_recipient(&mut self, lines: &[Line<'a>], letter: &mut Letter<'static>) {
        let r = &mut letter.recipient;
        let Some((name, rest)) = lines.split_first() else {
            return;
        };
        let mut parts: Vec<&str> = name.text.split_whitespace().collect();
        if parts.len() >= 2 {
            r.title = Some(parts.remove(0).to_owned().into());
            r.surname = parts.pop().map(|s| s.to_owned().into());
            if !parts.is_empty() {
                r.forename = Some(parts.joined(" ").into());
            }
        } else {
            r.surname = parts.first().map(|s| (*s).to_owned().into());
        }
        let mut rest: Vec<&str> = rest.iter().map(|l| l.text).collect();
        if let Some(last) = rest.last() {
            if is_postcode(last) || normal_postcode(last).is_some() {
                r.postcode = rest.pop().map(|s| s.to_owned().into());
            }
        }
        let mut rest = rest.into_iter();
        r.role = rest.next().map(|s| s.to_owned().into());
        r.organisation = rest.next().map(|s| s.to_owned().into());
        r.address = rest.map(|l| Some(l.to_owned().into())).collect();
    }

    fn read_body(
        &mut self,
        kind: &'static Kind,
        headings: Vec<String>,
        letter: &mut Letter<'static>,
    ) {
        // The subject line, perhaps wrapped: "… within {council} children's services".
        if self
            .peek()
            .is_some_and(|l| plain(l.text).starts_with("Annual unannounced inspection"))
        {
            let mut subject = String::new();
            // A subject wraps over two or three lines at most.
            for _ in 0..4 {
                let Some(line) = self.next() else { break };
                subject.push_str(line.text);
                subject.push(' ');
                if contains(&plain(&subject), "children's services") {
                    break;
                }
            }
            let subject = plain(&subject);
            if let Some(council) = split_once(&subject, " within ")
                .and_then(|(_, rest)| split_once(rest, " children's services"))
                .map(|(c, _)| c)
            {
                let council = council.strip_prefix("the ").unwrap_or(council);
                letter.council = Some(restore_apostrophes(council, &subject).into());
            }
        }

        let lead_in = kind
            .paragraphs
            .iter()
            .map(|p| plain(p))
            .find(|p| !p.as_bytes().contains(&b'{'));
        let closing_start = plain(split(kind.closing, "{areas}").next().unwrap_or("Any "));
        let mut anchors = headings.clone();
        anchors.extend(lead_in.clone());
        self.join_broken_anchors(&anchors);
        let mut paragraphs: Vec<(usize, String)> = Vec::new();
        while let Some(line) = self.peek() {
            let p = plain(line.text);
            if headings.contains(&p)
                || p.starts_with("Yours sincerely")
                || p.starts_with("Yours faithfully")
            {
                break;
            }
            self.next();
            if lead_in.as_deref() == Some(p.as_str()) {
                continue;
            }
            match paragraphs.last_mut() {
                // A paragraph goes on until a blank line, unless its last sentence is unfinished.
                Some((_, text))
                    if !line.after_gap
                        || !matches!(text.trim_end().as_bytes().last(), Some(b'.' | b':')) =>
                {
                    text.push(' ');
                    text.push_str(line.text);
                }
                _ => paragraphs.push((line.number, line.text.to_owned())),
            }
        }
        self.read_paragraphs(kind, paragraphs, letter);
        self.read_sections(kind, &headings, &closing_start, letter);
        self.read_signature(letter);
        self.read_copies(letter);
        while let Some(line) = self.next() {
            self.unplaced(line);
        }
    }

    fn read_paragraphs(
        &mut self,
        kind: &'static Kind,
        paragraphs: Vec<(usize, String)>,
        letter: &mut Letter,
    ) {
        let outcome_lead = plain(kind.outcome.lead);
        let mut previous: Vec<String> = Vec::new();
        for (number, text) in paragraphs {
            let p = plain(&text);
            if p.starts_with("This letter summarises") {
                let dates = split_once(&p, "conducted on ")
                    .and_then(|(_, rest)| split_once(rest, ". ").map(|(d, _)| d).or(Some(rest)));
                letter.inspection.dates = dates
                    .and_then(|d| days_in_words(d.trim_end_matches('.')))
                    .map(|days| days.into_iter().map(|d| Some(d.iso().into())).collect())
                    .unwrap_or_default();
            } else if p.starts_with("The inspection sampled") {
                if let Some(list) = split_once(&p, "including: ").and_then(|(_, rest)| {
                    split_once(rest, "; and other information").map(|(l, _)| l)
                }) {
                    letter.inspection.evidence.clear();
                    for item in split(list, "; ") {
                        let item = restore_apostrophes(item, &text);
                        letter.inspection.evidence.push(Some(item.into()));
                    }
                }
            } else if p.starts_with(&outcome_lead) {
                letter.outcome = Some(single_spaced(&text).into());
            } else if previous.is_empty() && !contains(&p, " previous inspection") {
                self.unplaced.push((number, text));
            } else {
                previous.push(single_spaced(&text));
            }
        }
        if !previous.is_empty() {
            let summary = previous.joined(" ");
            let month = find_month(&summary);
            letter.previous_inspection = Some(PreviousInspection {
                month: month.map(|m| m.iso().into()),
                summary: Some(summary.into()),
            });
        }
    }

    fn read_sections(
        &mut self,
        kind: &'static Kind,
        headings: &[String],
        closing_start: &str,
        letter: &mut Letter,
    ) {
        let mut current: Option<usize> = None;
        let mut findings: Vec<Vec<String>> = vec![Vec::new(); kind.sections.len()];
        while let Some(line) = self.peek() {
            let p = plain(line.text);
            if p.starts_with("Yours sincerely")
                || p.starts_with("Yours faithfully")
                || p.starts_with("Copy:")
            {
                break;
            }
            self.next();
            if let Some(index) = headings.iter().position(|h| *h == p) {
                current = Some(index);
                continue;
            }
            if p.starts_with(closing_start.trim_end()) {
                current = None;
                // The closing sentence is made from the sections (kinds), so none of it is
                // kept; the lines a narrow page broke it into go with it.
                let mut closing = line.text;
                while !closing.trim_end().ends_with('.') {
                    // A sentence broken between words goes on in lower case; a heading, a
                    // bullet, "Yours sincerely" or "Copy:" does not.
                    let Some(next) = self.peek().filter(|n| {
                        !n.after_gap && n.text.chars().next().is_some_and(in_lower_case)
                    }) else {
                        break;
                    };
                    closing = next.text;
                    self.next();
                }
                continue;
            }
            // A page's number ("2", "Page 2 of 3") is no part of a finding: reported, and
            // the finding it interrupts goes on after it.
            let Some(section) = current.filter(|_| !is_page_number(&p)) else {
                self.unplaced(line);
                continue;
            };
            let list = &mut findings[section];
            match (strip_bullet(line.text), list.last_mut()) {
                (Some(text), _) => list.push(text.to_owned()),
                (None, Some(last)) if continues(last, line) => {
                    last.push(' ');
                    last.push_str(line.text);
                }
                (None, _) => list.push(line.text.to_owned()),
            }
        }
        let mut out = Vec::new();
        for (section, texts) in kind.sections.iter().zip(findings) {
            let marker = plain(section.previously_identified);
            let mut list = Vec::new();
            for text in texts {
                let text = single_spaced(&text);
                list.push(match plain(&text).strip_suffix(&marker) {
                    Some(_) => {
                        let cut = text.len() - marker.len();
                        Finding {
                            text: Some(text[..cut].trim_end().to_owned().into()),
                            previously_identified: true,
                        }
                    }
                    None => Finding {
                        text: Some(text.into()),
                        previously_identified: false,
                    },
                });
            }
            out.push(SectionFindings {
                key: section.key.into(),
                findings: list,
            });
        }
        letter.findings = out;
        // The outcome sentence is derived; keep it only when it says something else.
        if let Some(outcome) = &letter.outcome {
            if kind
                .outcome_sentence(|key| letter.has_findings(key))
                .as_deref()
                .map(plain)
                == Some(plain(outcome))
            {
                letter.outcome = None;
            }
        }
    }

    fn read_signature(&mut self, letter: &mut Letter<'static>) {
        let Some(line) = self.peek() else { return };
        if !(line.text.starts_with("Yours sincerely") || line.text.starts_with("Yours faithfully"))
        {
            return;
        }
        self.next();
        let mut taken: Vec<&str> = Vec::new();
        while let Some(line) = self.peek() {
            if line.text.starts_with("Copy:") || taken.len() == 2 {
                break;
            }
            taken.push(line.text);
            self.next();
        }
        let joined = taken.joined(" ");
        let role_at = ["Her Majesty", "His Majesty"]
            .iter()
            .filter_map(|r| crate::find::find(&joined, r))
            .min();
        match role_at {
            Some(at) => {
                letter.signatory.name = Some(joined[..at].trim().to_owned().into())
                    .filter(|n: &Text<'_>| !n.is_empty());
                letter.signatory.role = Some(joined[at..].trim().to_owned().into());
            }
            None => {
                letter.signatory.name = taken.first().map(|s| (*s).to_owned().into());
                letter.signatory.role = taken.get(1).map(|s| (*s).to_owned().into());
            }
        }
    }

    fn read_copies(&mut self, letter: &mut Letter<'static>) {
        let Some(line) = self.peek() else { return };
        let Some(first) = line.text.strip_prefix("Copy:") else {
            return;
        };
        self.next();
        let mut entries: Vec<String> = vec![first.trim().to_owned()];
        while let Some(line) = self.next() {
            match entries.last_mut() {
                // A line a narrow page broke inside an entry goes on with the next.
                Some(last) if runs_on(last, line.text) => {
                    last.push(' ');
                    last.push_str(line.text);
                }
                _ => entries.push(line.text.to_owned()),
            }
        }
        for entry in entries.iter().filter(|e| !e.is_empty()) {
            letter.copies.extend(split_copies(entry));
        }
    }
}

/// The last line of the run from `lines[first]` whose words, joined, are one of `anchors`
/// (`first` itself when there is no such run).
fn anchor_run(lines: &[Line<'_>], first: usize, anchors: &[String]) -> usize {
    // Most lines are a finding's or a paragraph's, longer than any anchor or starting
    // otherwise: answered without copying them.
    let text = lines[first].text;
    if !anchors
        .iter()
        .any(|a| a.len() > text.len() && a.as_bytes().first() == text.as_bytes().first())
    {
        return first;
    }
    let mut joined = plain(text);
    for (last, line) in lines.iter().enumerate().skip(first + 1) {
        // Only while the words so far begin an anchor, and the next line follows at once.
        let begins = |a: &String| {
            a.strip_prefix(joined.as_str())
                .is_some_and(|r| r.starts_with(' '))
        };
        if line.after_gap || !anchors.iter().any(begins) {
            break;
        }
        joined.push(' ');
        joined.push_str(&plain(line.text));
        if anchors.contains(&joined) {
            return last;
        }
    }
    first
}

/// Whether a word is digits alone (a house number, a year, a page).
fn is_number(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a line is a page's number alone: "2", "Page 2", "Page 2 of 3".
fn is_page_number(line: &str) -> bool {
    let number = crate::find::trim_start(line, "Page ");
    let number = crate::find::split_once(number, " of ").map_or(number, |(n, _)| n);
    (1..=3).contains(&number.len()) && is_number(number)
}

/// Whether a line without a bullet goes on with the finding before it: it does when the finding
/// is unfinished, or when the line follows at once (a wrapped sentence); after a gap, a new
/// sentence is a new finding whose bullet was lost.
fn continues(previous: &str, line: Line<'_>) -> bool {
    let finished = matches!(
        previous.trim_end().as_bytes().last(),
        Some(b'.' | b'?' | b'!')
    );
    let starts_lower = line.text.chars().next().is_some_and(in_lower_case);
    !finished || starts_lower || !line.after_gap
}

/// Whether a copy-list line and the next are one line broken by a narrow page: the line ends
/// with a comma, or the next starts with an organisation's last word ("Council Andrew Spencer,
/// …"). A break inside a name ("… Borough Council Andrew" / "Spencer, …") is not joined: it
/// cannot be told from an organisation with one of those words inside its name ("… Children's
/// Services Department") followed by an entry of its own, and joining would misread that one
/// without a word; left apart, the entry without an organisation is reported. Kept out of
/// line: inlined into its one caller, it cost the browser package 33 B more.
#[inline(never)]
fn runs_on(line: &str, next: &str) -> bool {
    line.ends_with(',')
        || next
            .split_whitespace()
            .next()
            .is_some_and(|w| ORGANISATION_ENDS.contains(w))
}

/// Copy entries from one line: `Name, Role, Organisation` or `Name, Organisation`, perhaps
/// several run together ("… Borough Council Andrew Spencer, Department for Education").
fn split_copies(line: &str) -> Vec<Copy<'static>> {
    let mut fields: Vec<String> = Vec::new();
    let mut ends: Vec<bool> = Vec::new();
    for part in split(line, ", ") {
        let words: Vec<&str> = part.split_whitespace().collect();
        // An organisation's last word followed by a name: the next entry starts there.
        let cut = words
            .iter()
            .rposition(|w| ORGANISATION_ENDS.contains(w))
            .filter(|&i| i + 2 < words.len() + 1 && i + 1 < words.len());
        match cut {
            Some(i) => {
                fields.push(words[..=i].joined(" "));
                ends.push(true);
                fields.push(words[i + 1..].joined(" "));
                ends.push(false);
            }
            None => {
                fields.push(part.trim().to_owned());
                ends.push(false);
            }
        }
    }
    let mut copies = Vec::new();
    let mut entry: Vec<String> = Vec::new();
    let last = fields.len().saturating_sub(1);
    for (i, (field, end)) in fields.into_iter().zip(ends).enumerate() {
        entry.push(field);
        if end || i == last {
            copies.push(copy_from(std::mem::take(&mut entry)));
        }
    }
    copies
}

fn copy_from(mut fields: Vec<String>) -> Copy<'static> {
    let organisation = if fields.len() >= 2 {
        fields.pop()
    } else {
        None
    };
    let name = if fields.is_empty() {
        None
    } else {
        Some(fields.remove(0))
    };
    let role = if fields.is_empty() {
        None
    } else {
        Some(fields.joined(", "))
    };
    Copy {
        name: name.map(Cow::Owned),
        role: role.map(Cow::Owned),
        organisation: organisation.map(Cow::Owned),
    }
}

/// The first "Month YYYY" in the text.
fn find_month(text: &str) -> Option<YearMonth> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).find_map(|pair| {
        let month = month_number(pair[0])?;
        let year: i32 =
            crate::number::parse(pair[1].trim_end_matches(crate::rules::text::CLAUSE_MARKS))?;
        (1000..=9999)
            .contains(&year)
            .then_some(YearMonth { year, month })
    })
}

/// `plain` text cut from a source that had curly apostrophes gets them back.
fn restore_apostrophes(plain_text: &str, source: &str) -> String {
    if contains(source, "’") {
        replace(plain_text, "'", "’")
    } else {
        plain_text.to_owned()
    }
}

/// The kind whose wording the text has: 2010 letters say "section 138" in lower case,
/// "satisfactory practice" and print a `Direct F` fax line.
fn recognise_kind(text: &str) -> &'static Kind {
    let p = plain(text);
    let markers_2010 = ["section 138", "satisfactory practice", "Direct F"]
        .iter()
        .filter(|m| contains(&p, m))
        .count();
    let markers_2011 = ["Section 138", "met requirements", "meets the requirements"]
        .iter()
        .filter(|m| contains(&p, m))
        .count();
    let id = if markers_2010 > markers_2011 {
        "ucra-2010"
    } else {
        "ucra-2011"
    };
    kinds::kind_or_default(Some(id))
}

/// Whether `c` is a letter in lower case, or one of a script without capitals: a letter that is
/// not a capital. (`char::is_lowercase` would bring its own table of 0.7 KB gzip into the
/// browser package; capitals are known as [`crate::rules::text::is_capital`] knows them.)
fn in_lower_case(c: char) -> bool {
    crate::rules::text::is_letter(c) && !crate::rules::text::is_capital(c)
}

#[cfg(test)]
mod tests {
    #[test]
    fn lower_case_is_a_letter_that_is_not_a_capital() {
        for c in ['a', 'z', 'é', 'ß', 'ω', '中', 'ا'] {
            assert!(super::in_lower_case(c), "{c}");
        }
        for c in ['A', 'É', 'Ω', '1', '•', '-', ' ', '“'] {
            assert!(!super::in_lower_case(c), "{c}");
        }
    }
}
