//! The letter model (contract §1), read leniently from any JSON value.
//!
//! Reading never fails: whatever has the right type is kept, whatever is missing or of the
//! wrong type is `None`, and the structural check in [`mod@crate::schema`] reports why. Lists keep
//! their length, so index `i` here is index `i` in the JSON and paths stay true.

use std::borrow::Cow;

use crate::diagnostic::FieldPath;
use crate::value::{Map, Value};

/// A text of a letter: borrowed from the JSON it was read from, or owned when the importer or
/// a caller made it.
pub type Text<'a> = Cow<'a, str>;

/// Whether a letter is a draft or about to be published.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Status {
    #[default]
    Draft,
    Final,
}

/// A letter, as far as it could be read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Letter<'a> {
    pub kind: Option<Text<'a>>,
    pub status: Status,
    pub sender: Sender<'a>,
    pub date: Option<Text<'a>>,
    pub recipient: Recipient<'a>,
    pub council: Option<Text<'a>>,
    pub inspection: Inspection<'a>,
    pub previous_inspection: Option<PreviousInspection<'a>>,
    pub outcome: Option<Text<'a>>,
    /// The finding sections in the order the JSON gave them.
    pub findings: Vec<SectionFindings<'a>>,
    pub signatory: Signatory<'a>,
    pub copies: Vec<Copy<'a>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sender<'a> {
    pub address: Vec<Option<Text<'a>>>,
    pub postcode: Option<Text<'a>>,
    pub telephone: Option<Text<'a>>,
    pub email: Option<Text<'a>>,
    pub website: Option<Text<'a>>,
    pub direct_telephone: Option<Text<'a>>,
    pub direct_fax: Option<Text<'a>>,
    pub direct_email: Option<Text<'a>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Recipient<'a> {
    pub title: Option<Text<'a>>,
    pub forename: Option<Text<'a>>,
    pub surname: Option<Text<'a>>,
    pub role: Option<Text<'a>>,
    pub organisation: Option<Text<'a>>,
    pub address: Vec<Option<Text<'a>>>,
    pub postcode: Option<Text<'a>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inspection<'a> {
    pub dates: Vec<Option<Text<'a>>>,
    pub evidence: Vec<Option<Text<'a>>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct PreviousInspection<'a> {
    pub month: Option<Text<'a>>,
    pub summary: Option<Text<'a>>,
}

/// The findings under one key of `/findings`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SectionFindings<'a> {
    pub key: Text<'a>,
    pub findings: Vec<Finding<'a>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Finding<'a> {
    pub text: Option<Text<'a>>,
    pub previously_identified: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Signatory<'a> {
    pub name: Option<Text<'a>>,
    pub role: Option<Text<'a>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Copy<'a> {
    pub name: Option<Text<'a>>,
    pub role: Option<Text<'a>>,
    pub organisation: Option<Text<'a>>,
}

impl<'a> Letter<'a> {
    /// Reads a letter from any JSON value, keeping everything of the right type.
    ///
    /// ```
    /// use inspection_letter::Letter;
    /// let value = inspection_letter::Value::from(serde_json::json!({ "date": 17, "council": "Leeds City Council" }));
    /// // The letter borrows its texts from the JSON it was read from.
    /// let letter = Letter::from_value(&value);
    /// assert_eq!(letter.date, None);
    /// assert_eq!(letter.council.as_deref(), Some("Leeds City Council"));
    /// ```
    #[must_use]
    pub fn from_value(value: &'a Value) -> Letter<'a> {
        let Some(root) = value.as_object() else {
            return Letter::default();
        };
        let o = Fields(root);
        let mut letter = Letter {
            kind: o.string("kind"),
            status: match o.string("status").as_deref() {
                Some("final") => Status::Final,
                _ => Status::Draft,
            },
            sender: o.object("sender", |s| Sender {
                address: s.strings("address"),
                postcode: s.string("postcode"),
                telephone: s.string("telephone"),
                email: s.string("email"),
                website: s.string("website"),
                direct_telephone: s.string("direct_telephone"),
                direct_fax: s.string("direct_fax"),
                direct_email: s.string("direct_email"),
            }),
            date: o.string("date"),
            recipient: o.object("recipient", |r| Recipient {
                title: r.string("title"),
                forename: r.string("forename"),
                surname: r.string("surname"),
                role: r.string("role"),
                organisation: r.string("organisation"),
                address: r.strings("address"),
                postcode: r.string("postcode"),
            }),
            council: o.string("council"),
            inspection: o.object("inspection", |i| Inspection {
                dates: i.strings("dates"),
                evidence: i.strings("evidence"),
            }),
            previous_inspection: get(root, "previous_inspection")
                .and_then(Value::as_object)
                .map(|p| {
                    let p = Fields(p);
                    PreviousInspection {
                        month: p.string("month"),
                        summary: p.string("summary"),
                    }
                }),
            outcome: o.string("outcome"),
            findings: get(root, "findings")
                .and_then(Value::as_object)
                .map(|sections| {
                    // Loops of pushes: two `collect`s were generic code of their own.
                    let mut all = Vec::new();
                    for (key, list) in sections.iter() {
                        let items = list.as_array().map_or(&[][..], Vec::as_slice);
                        let mut findings = Vec::with_capacity(items.len());
                        for item in items {
                            findings.push(Finding::from_value(item));
                        }
                        all.push(SectionFindings {
                            key: Cow::Borrowed(key.as_str()),
                            findings,
                        });
                    }
                    all
                })
                .unwrap_or_default(),
            signatory: o.object("signatory", |s| Signatory {
                name: s.string("name"),
                role: s.string("role"),
            }),
            copies: {
                let read = o.list("copies", |c| {
                    let c = Fields(c.as_object()?);
                    Some(Copy {
                        name: c.string("name"),
                        role: c.string("role"),
                        organisation: c.string("organisation"),
                    })
                });
                let mut copies = Vec::new();
                for copy in read {
                    copies.push(copy.unwrap_or_default());
                }
                copies
            },
        };
        // Sections in the order the letter prints them; sections the kind lacks go last.
        let kind = crate::kinds::kind_or_default(letter.kind.as_deref());
        let mut rest = std::mem::take(&mut letter.findings);
        for section in kind.sections {
            if let Some(at) = rest.iter().position(|s| s.key == section.key) {
                letter.findings.push(rest.remove(at));
            }
        }
        letter.findings.append(&mut rest);
        letter
    }

    /// The findings of a section, or an empty list when the letter has none.
    #[must_use]
    pub fn section(&self, key: &str) -> &[Finding<'_>] {
        self.findings
            .iter()
            .find(|s| s.key == key)
            .map_or(&[], |s| &s.findings)
    }

    /// Whether the section has at least one finding.
    #[must_use]
    pub fn has_findings(&self, key: &str) -> bool {
        !self.section(key).is_empty()
    }
}

impl<'a> Finding<'a> {
    fn from_value(value: &'a Value) -> Finding<'a> {
        match value.as_object() {
            Some(object) => Finding {
                text: Fields(object).string("text"),
                previously_identified: get(object, "previously_identified")
                    .and_then(Value::as_bool)
                    .unwrap_or(false),
            },
            None => Finding::default(),
        }
    }
}

/// The value of `key` in `object`, found by comparing keys when the object is small.
pub(crate) fn get<'a>(object: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    if object.len() <= 16 {
        object
            .iter()
            .find(|(k, _)| k.as_str() == key)
            .map(|(_, v)| v)
    } else {
        object.get(key)
    }
}

/// Typed, forgiving access to an object's fields.
struct Fields<'a>(&'a Map<String, Value>);

impl<'a> Fields<'a> {
    /// The value of `key`: a letter's objects are small, and comparing a dozen keys costs less
    /// than hashing one with the map's SipHash.
    fn get(&self, key: &str) -> Option<&'a Value> {
        get(self.0, key)
    }

    fn string(&self, key: &str) -> Option<Text<'a>> {
        self.get(key).and_then(Value::as_str).map(Cow::Borrowed)
    }

    fn strings(&self, key: &str) -> Vec<Option<Text<'a>>> {
        self.list(key, |v| v.as_str().map(Cow::Borrowed))
    }

    fn list<T>(&self, key: &str, read: impl Fn(&'a Value) -> Option<T>) -> Vec<Option<T>> {
        let items = self
            .get(key)
            .and_then(Value::as_array)
            .map_or(&[][..], Vec::as_slice);
        let mut read_all = Vec::new();
        for item in items {
            read_all.push(read(item));
        }
        read_all
    }

    /// Reads a nested object with `read`, or gives the default when it is absent or not an object.
    fn object<T: Default>(&self, key: &str, read: impl FnOnce(Fields<'a>) -> T) -> T {
        self.get(key)
            .and_then(Value::as_object)
            .map(|o| read(Fields(o)))
            .unwrap_or_default()
    }
}

/// `Some(text)` when the text has something besides whitespace.
#[must_use]
pub fn filled<S: AsRef<str> + ?Sized>(value: Option<&S>) -> Option<&str> {
    value.map(AsRef::as_ref).filter(|s| !is_blank(s))
}

/// Whether the text is empty or only whitespace. Most texts start with a visible ASCII
/// character, which settles it without decoding anything.
#[must_use]
pub fn is_blank(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(b) if b.is_ascii_graphic() => false,
        _ => text.trim().is_empty(),
    }
}

/// Whether the text starts or ends with whitespace (ASCII or not).
#[must_use]
pub fn has_surrounding_whitespace(text: &str) -> bool {
    let bytes = text.as_bytes();
    match (bytes.first(), bytes.last()) {
        (Some(first), Some(last)) if first.is_ascii_graphic() && last.is_ascii_graphic() => false,
        _ => text.trim().len() != text.len(),
    }
}

impl Letter<'_> {
    /// The letter back as JSON in the contract's shape, with only the fields it has. Values of
    /// the wrong type that reading dropped stay dropped; list entries that were dropped come
    /// back as `null`, so that indexes keep their meaning.
    #[must_use]
    pub fn to_value(&self) -> Value {
        let mut root = Map::new();
        put(&mut root, "kind", self.kind.as_ref());
        if self.status == Status::Final {
            root.insert("status".into(), "final".into());
        }
        let s = &self.sender;
        let mut sender = Map::new();
        put_list(&mut sender, "address", &s.address);
        for (key, value) in s.fields() {
            put(&mut sender, key, value.as_ref());
        }
        put_object(&mut root, "sender", sender);
        put(&mut root, "date", self.date.as_ref());
        let r = &self.recipient;
        let mut recipient = Map::new();
        for (key, value) in r.names() {
            put(&mut recipient, key, value.as_ref());
        }
        put_list(&mut recipient, "address", &r.address);
        put(&mut recipient, "postcode", r.postcode.as_ref());
        put_object(&mut root, "recipient", recipient);
        put(&mut root, "council", self.council.as_ref());
        let mut inspection = Map::new();
        put_list(&mut inspection, "dates", &self.inspection.dates);
        put_list(&mut inspection, "evidence", &self.inspection.evidence);
        put_object(&mut root, "inspection", inspection);
        if let Some(previous) = &self.previous_inspection {
            let mut p = Map::new();
            put(&mut p, "month", previous.month.as_ref());
            put(&mut p, "summary", previous.summary.as_ref());
            root.insert("previous_inspection".into(), Value::Object(p));
        }
        put(&mut root, "outcome", self.outcome.as_ref());
        if !self.findings.is_empty() {
            // Loops of pushes, as in `from_value`.
            let mut sections = Map::new();
            for section in &self.findings {
                let mut findings = Vec::with_capacity(section.findings.len());
                for finding in &section.findings {
                    findings.push(finding.to_value());
                }
                sections.insert(section.key.clone().into_owned(), Value::Array(findings));
            }
            root.insert("findings".into(), Value::Object(sections));
        }
        let mut signatory = Map::new();
        put(&mut signatory, "name", self.signatory.name.as_ref());
        put(&mut signatory, "role", self.signatory.role.as_ref());
        put_object(&mut root, "signatory", signatory);
        if !self.copies.is_empty() {
            let mut copies = Vec::new();
            for c in &self.copies {
                let mut copy = Map::new();
                put(&mut copy, "name", c.name.as_ref());
                put(&mut copy, "role", c.role.as_ref());
                put(&mut copy, "organisation", c.organisation.as_ref());
                copies.push(Value::Object(copy));
            }
            root.insert("copies".into(), Value::Array(copies));
        }
        Value::Object(root)
    }
}

impl Finding<'_> {
    fn to_value(&self) -> Value {
        let mut finding = Map::new();
        put(&mut finding, "text", self.text.as_ref());
        if self.previously_identified {
            finding.insert("previously_identified".into(), Value::Bool(true));
        }
        Value::Object(finding)
    }
}

fn put(map: &mut Map<String, Value>, key: &str, value: Option<&Text<'_>>) {
    if let Some(value) = value {
        map.insert(key.into(), Value::String(value.clone().into_owned()));
    }
}

fn put_list(map: &mut Map<String, Value>, key: &str, values: &[Option<Text<'_>>]) {
    if !values.is_empty() {
        let mut list = Vec::new();
        for v in values {
            list.push(
                v.as_deref()
                    .map_or(Value::Null, |t| Value::String(t.to_owned())),
            );
        }
        map.insert(key.into(), Value::Array(list));
    }
}

fn put_object(map: &mut Map<String, Value>, key: &str, object: Map<String, Value>) {
    if !object.is_empty() {
        map.insert(key.into(), Value::Object(object));
    }
}

/// A piece of text in the letter and where it is.
pub struct Field<'a> {
    pub path: FieldPath<'a>,
    pub text: &'a str,
}

impl Letter<'_> {
    /// Every string the letter holds, with its path, in the letter's order.
    #[must_use]
    pub fn text_fields(&self) -> Vec<Field<'_>> {
        let mut out = Vec::with_capacity(64);
        let root = FieldPath::root();
        push(&mut out, root.key("kind"), self.kind.as_ref());
        let sp = root.key("sender");
        push_list(&mut out, sp.key("address"), &self.sender.address);
        for (key, value) in self.sender.fields() {
            push(&mut out, sp.key(key), value.as_ref());
        }
        push(&mut out, root.key("date"), self.date.as_ref());
        let rp = root.key("recipient");
        for (key, value) in self.recipient.names() {
            push(&mut out, rp.key(key), value.as_ref());
        }
        push_list(&mut out, rp.key("address"), &self.recipient.address);
        push(
            &mut out,
            rp.key("postcode"),
            self.recipient.postcode.as_ref(),
        );
        push(&mut out, root.key("council"), self.council.as_ref());
        let ip = root.key("inspection");
        push_list(&mut out, ip.key("dates"), &self.inspection.dates);
        push_list(&mut out, ip.key("evidence"), &self.inspection.evidence);
        if let Some(previous) = &self.previous_inspection {
            let pp = root.key("previous_inspection");
            push(&mut out, pp.key("month"), previous.month.as_ref());
            push(&mut out, pp.key("summary"), previous.summary.as_ref());
        }
        push(&mut out, root.key("outcome"), self.outcome.as_ref());
        self.push_finding_fields(&mut out);
        let gp = root.key("signatory");
        push(&mut out, gp.key("name"), self.signatory.name.as_ref());
        push(&mut out, gp.key("role"), self.signatory.role.as_ref());
        let cp = root.key("copies");
        for (i, copy) in self.copies.iter().enumerate() {
            let p = cp.index(i);
            push(&mut out, p.key("name"), copy.name.as_ref());
            push(&mut out, p.key("role"), copy.role.as_ref());
            push(&mut out, p.key("organisation"), copy.organisation.as_ref());
        }
        out
    }

    /// The text of every finding, with its path.
    #[must_use]
    pub fn finding_fields(&self) -> Vec<Field<'_>> {
        let mut out = Vec::new();
        self.push_finding_fields(&mut out);
        out
    }

    fn push_finding_fields<'a>(&'a self, out: &mut Vec<Field<'a>>) {
        let fp = FieldPath::root().key("findings");
        let count = self.findings.iter().map(|s| s.findings.len()).sum();
        out.reserve(count);
        for section in &self.findings {
            let sp = fp.key(&section.key);
            for (i, finding) in section.findings.iter().enumerate() {
                push(out, sp.index(i).key("text"), finding.text.as_ref());
            }
        }
    }

    /// Names the letter itself gives to people: the recipient, the signatory, the copy list.
    #[must_use]
    pub fn named_people(&self) -> Vec<&str> {
        // Pushes, not `filter_map` and `collect` (a generic copy of their own each).
        let mut names: Vec<&str> = Vec::new();
        let people = [
            &self.recipient.forename,
            &self.recipient.surname,
            &self.signatory.name,
        ];
        for name in people
            .into_iter()
            .chain(self.copies.iter().map(|c| &c.name))
        {
            if let Some(name) = name.as_deref() {
                names.push(name);
            }
        }
        names
    }
}

impl Sender<'_> {
    fn fields(&self) -> [(&'static str, &Option<Text<'_>>); 7] {
        [
            ("postcode", &self.postcode),
            ("telephone", &self.telephone),
            ("email", &self.email),
            ("website", &self.website),
            ("direct_telephone", &self.direct_telephone),
            ("direct_fax", &self.direct_fax),
            ("direct_email", &self.direct_email),
        ]
    }
}

impl Recipient<'_> {
    fn names(&self) -> [(&'static str, &Option<Text<'_>>); 5] {
        [
            ("title", &self.title),
            ("forename", &self.forename),
            ("surname", &self.surname),
            ("role", &self.role),
            ("organisation", &self.organisation),
        ]
    }
}

fn push<'a>(out: &mut Vec<Field<'a>>, path: FieldPath<'a>, value: Option<&'a Text<'_>>) {
    if let Some(text) = value {
        out.push(Field { path, text });
    }
}

fn push_list<'a>(out: &mut Vec<Field<'a>>, path: FieldPath<'a>, values: &'a [Option<Text<'_>>]) {
    for (i, value) in values.iter().enumerate() {
        push(out, path.index(i), value.as_ref());
    }
}

#[cfg(test)]
mod whitespace_tests {
    use super::{has_surrounding_whitespace, is_blank};

    #[test]
    fn blank_and_surrounded_texts_are_found_by_any_whitespace() {
        for blank in ["", " ", "\n\t ", "\u{a0}", "\u{2003}\u{3000}"] {
            assert!(is_blank(blank), "{blank:?}");
        }
        for text in ["x", " x", "\u{a0}x", "é", "😀", "x\u{2003}"] {
            assert!(!is_blank(text), "{text:?}");
        }
        for surrounded in [" x", "x ", "\u{a0}x", "x\u{2003}", "\nx", "é\u{3000}"] {
            assert!(has_surrounding_whitespace(surrounded), "{surrounded:?}");
        }
        for text in ["x", "a b", "é", "“quoted”", "x\u{a0}y", ""] {
            assert!(!has_surrounding_whitespace(text), "{text:?}");
        }
    }
}
