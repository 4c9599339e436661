//! Diagnostics (contract §2): what a rule reports, where, and how to mend it.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::find;
use crate::rules::text::eight_at;

/// How much a problem matters: an `error` blocks submission, a `warning` is advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    /// The word used in JSON and on the command line.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where in the string at `path` a problem lies, in UTF-16 code units, so that
/// JavaScript's `setSelectionRange(start, end)` selects it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// The span of the byte range `start..end` of `text`, converted to UTF-16 offsets.
    ///
    /// ```
    /// use inspection_letter::Span;
    /// // "é" is one UTF-16 unit but two UTF-8 bytes; "😀" is two units and four bytes.
    /// assert_eq!(Span::from_bytes("é😀ab", 6, 8), Span { start: 3, end: 5 });
    /// ```
    #[must_use]
    pub fn from_bytes(text: &str, start: usize, end: usize) -> Span {
        let units = |byte: usize| {
            let byte = floor_char_boundary(text, byte.min(text.len()));
            utf16_len(&text[..byte])
        };
        let start_units = units(start);
        Span {
            start: start_units,
            end: start_units + units(end.max(start)) - units(start),
        }
    }
}

/// The length of `text` in UTF-16 code units: its length in bytes when it is ASCII.
fn utf16_len(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.encode_utf16().count()
    }
}

fn floor_char_boundary(text: &str, mut byte: usize) -> usize {
    while !text.is_char_boundary(byte) {
        byte -= 1;
    }
    byte
}

/// A replacement for the span, or for the whole value when there is no span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    pub replacement: String,
}

/// One problem found in a letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The rule's stable kebab-case code, such as `postcode-format`.
    pub code: String,
    pub severity: Severity,
    /// A JSON Pointer (RFC 6901) into the letter; `""` is the whole letter.
    pub path: String,
    /// What is wrong and how to fix it, in the GOV.UK error-message style.
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
}

impl Diagnostic {
    /// The contract's order: by path (segment by segment, list indexes as numbers), then code,
    /// then where in the value.
    #[must_use]
    pub fn cmp_contract(&self, other: &Diagnostic) -> Ordering {
        compare_pointers(&self.path, &other.path)
            .then_with(|| self.code.cmp(&other.code))
            .then_with(|| self.span.cmp(&other.span))
            .then_with(|| self.message.cmp(&other.message))
    }
}

/// Compares two JSON Pointers segment by segment, so that `/findings/x/2` comes before
/// `/findings/x/10` and a parent before its children.
#[must_use]
pub fn compare_pointers(a: &str, b: &str) -> Ordering {
    // Only the segment where the two first differ decides: find it without splitting.
    let common = common_prefix(a.as_bytes(), b.as_bytes());
    if common == a.len() && common == b.len() {
        return Ordering::Equal;
    }
    // Where the pointers part, a segment that ends (at a `/` or the end) comes first: it is
    // the shorter string, or the shorter number with the same leading digits. A byte that is
    // not a digit makes its segment a name, compared as a string from that byte. Only two
    // digits need the whole segments, read as numbers.
    let at = |p: &str| p.as_bytes().get(common).copied().filter(|&c| c != b'/');
    match (at(a), at(b)) {
        // One ends there and the other has a `/`: the parent first.
        (None, None) => return a.len().cmp(&b.len()),
        (None, _) => return Ordering::Less,
        (_, None) => return Ordering::Greater,
        (Some(x), Some(y)) if !(x.is_ascii_digit() && y.is_ascii_digit()) => return x.cmp(&y),
        _ => {}
    }
    let from = a.as_bytes()[..common]
        .iter()
        .rposition(|&c| c == b'/')
        .map_or(0, |slash| slash + 1);
    fn segment(p: &str, from: usize) -> &str {
        let rest = &p[from..];
        rest.bytes()
            .position(|b| b == b'/')
            .map_or(rest, |end| &rest[..end])
    }
    let (x, y) = (segment(a, from), segment(b, from));
    let order = match (
        crate::number::parse::<u64>(x),
        crate::number::parse::<u64>(y),
    ) {
        (Some(m), Some(n)) => m.cmp(&n).then_with(|| x.cmp(y)),
        _ => x.cmp(y),
    };
    // The same segment: one pointer goes on past it and is a child of the other.
    order.then_with(|| a.len().cmp(&b.len()))
}

/// How many bytes `a` and `b` share at their start, compared eight at a time: diagnostics'
/// paths share long prefixes (`/findings/meets_requirements/`).
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let mut at = 0;
    while let (Some(x), Some(y)) = (eight_at(a, at), eight_at(b, at)) {
        if x != y {
            // The lowest byte that differs is the first.
            return at + ((x ^ y).trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    at + a[at..]
        .iter()
        .zip(&b[at..])
        .take_while(|(x, y)| x == y)
        .count()
}

/// A path into the letter kept as a chain of steps on the stack, for walks that reach many
/// values but report few: the JSON Pointer is written out only when it is asked for.
#[derive(Debug, Clone, Copy)]
pub enum Step<'a> {
    Root,
    Key(&'a Step<'a>, &'a str),
    Index(&'a Step<'a>, usize),
}

impl Step<'_> {
    /// The JSON Pointer of this place.
    #[must_use]
    pub fn pointer(&self) -> Pointer {
        match self {
            Step::Root => Pointer::root(),
            Step::Key(parent, key) => parent.pointer().key(key),
            Step::Index(parent, index) => parent.pointer().index(*index),
        }
    }
}

/// Anything that names a place in the letter and can write its JSON Pointer: a [`Pointer`]
/// already written out, or a [`FieldPath`] kept in parts until a problem is reported there.
pub trait Place {
    /// The JSON Pointer, written out.
    fn pointer_string(&self) -> String;
}

impl Place for Pointer {
    fn pointer_string(&self) -> String {
        self.0.clone()
    }
}

impl<T: Place + ?Sized> Place for &T {
    fn pointer_string(&self) -> String {
        (**self).pointer_string()
    }
}

/// One step of a [`FieldPath`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part<'a> {
    Key(&'a str),
    Index(usize),
}

/// The path of a string in the letter, at most four steps deep (`/findings/{key}/3/text`),
/// kept in parts: a letter has dozens of strings and problems in few of them, so the JSON
/// Pointer is written out only when a problem is reported.
///
/// ```
/// use inspection_letter::diagnostic::{FieldPath, Place};
/// let p = FieldPath::root().key("findings").key("a/b").index(3).key("text");
/// assert_eq!(p.pointer_string(), "/findings/a~1b/3/text");
/// assert!(p.is_finding());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldPath<'a> {
    parts: [Part<'a>; 4],
    len: usize,
}

impl<'a> FieldPath<'a> {
    #[must_use]
    pub const fn root() -> FieldPath<'a> {
        FieldPath {
            parts: [Part::Index(0); 4],
            len: 0,
        }
    }

    fn then(mut self, part: Part<'a>) -> FieldPath<'a> {
        // Deeper paths do not occur in a letter; a fifth step would replace the fourth.
        let at = self.len.min(self.parts.len() - 1);
        self.parts[at] = part;
        self.len = at + 1;
        self
    }

    /// This path followed by an object key.
    #[must_use]
    pub fn key(self, key: &'a str) -> FieldPath<'a> {
        self.then(Part::Key(key))
    }

    /// This path followed by a list index.
    #[must_use]
    pub fn index(self, index: usize) -> FieldPath<'a> {
        self.then(Part::Index(index))
    }

    /// The steps from the root.
    #[must_use]
    pub fn parts(&self) -> &[Part<'a>] {
        &self.parts[..self.len]
    }

    /// Whether this is the text of a finding: `/findings/{key}/{i}/text`.
    #[must_use]
    pub fn is_finding(&self) -> bool {
        matches!(
            self.parts(),
            [
                Part::Key("findings"),
                Part::Key(_),
                Part::Index(_),
                Part::Key("text")
            ]
        )
    }

    /// The JSON Pointer.
    #[must_use]
    pub fn pointer(&self) -> Pointer {
        let mut out = String::with_capacity(48);
        for part in self.parts() {
            out.push('/');
            match part {
                Part::Key(key) => push_key(&mut out, key),
                Part::Index(index) => push_index(&mut out, *index),
            }
        }
        Pointer(out)
    }
}

impl Place for FieldPath<'_> {
    fn pointer_string(&self) -> String {
        self.pointer().0
    }
}

impl fmt::Display for FieldPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.pointer().as_str())
    }
}

/// A JSON Pointer under construction: a path into the letter.
///
/// ```
/// use inspection_letter::Pointer;
/// let p = Pointer::root().key("findings").key("a/b~c").index(3);
/// assert_eq!(p.as_str(), "/findings/a~1b~0c/3");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Pointer(String);

impl Pointer {
    #[must_use]
    pub fn root() -> Pointer {
        Pointer(String::new())
    }

    /// Parses a pointer written as text (no validation beyond keeping it as given).
    #[must_use]
    pub fn from_str_unchecked(text: &str) -> Pointer {
        Pointer(text.to_owned())
    }

    /// This pointer followed by an object key, escaped as RFC 6901 says.
    #[must_use]
    pub fn key(&self, key: &str) -> Pointer {
        let mut s = String::with_capacity(self.0.len() + key.len() + 1);
        s.push_str(&self.0);
        s.push('/');
        push_key(&mut s, key);
        Pointer(s)
    }

    /// This pointer followed by a list index.
    #[must_use]
    pub fn index(&self, index: usize) -> Pointer {
        let mut s = String::with_capacity(self.0.len() + 8);
        s.push_str(&self.0);
        s.push('/');
        push_index(&mut s, index);
        Pointer(s)
    }

    /// The segments of a pointer written as text, unescaped (`~1` is `/`, `~0` is `~`).
    ///
    /// ```
    /// use inspection_letter::Pointer;
    /// assert_eq!(Pointer::segments("/findings/a~1b~0c/3").collect::<Vec<_>>(), ["findings", "a/b~c", "3"]);
    /// ```
    pub fn segments(pointer: &str) -> impl Iterator<Item = String> + '_ {
        // What comes before the first `/` is no segment. (`skip(1)` brings `Split`'s own
        // `advance_by` into the browser package: 0.2 KB.)
        let mut parts = pointer.split('/');
        parts.next();
        parts.map(|s| find::replace(&find::replace(s, "~1", "/"), "~0", "~"))
    }

    /// The value a pointer written as text points at, as `serde_json::Value::pointer` finds it
    /// (whose unescaping brings the standard library's two-way searcher into the browser
    /// package): `""` is the whole value, a list's index is written without a sign or leading
    /// zeros.
    ///
    /// ```
    /// use inspection_letter::Pointer;
    /// let letter = inspection_letter::json::parse(r#"{ "findings": { "a/b": [10, 20] } }"#).unwrap();
    /// assert_eq!(Pointer::value_at(&letter, "/findings/a~1b/1"), Some(&letter["findings"]["a/b"][1]));
    /// assert_eq!(letter["findings"]["a/b"][1].as_u64(), Some(20));
    /// assert_eq!(Pointer::value_at(&letter, "/findings/a~1b/01"), None);
    /// ```
    #[must_use]
    pub fn value_at<'a>(root: &'a crate::Value, pointer: &str) -> Option<&'a crate::Value> {
        if !pointer.is_empty() && !pointer.starts_with('/') {
            return None;
        }
        Self::segments(pointer).try_fold(root, |node, segment| match node {
            crate::Value::Object(map) => map.get(&segment),
            crate::Value::Array(list) => list.get(Self::list_index(&segment)?),
            _ => None,
        })
    }

    /// A segment as a list's index: digits, without a sign or leading zeros.
    pub(crate) fn list_index(segment: &str) -> Option<usize> {
        let plain = !segment.is_empty()
            && segment.bytes().all(|b| b.is_ascii_digit())
            && (segment == "0" || !segment.starts_with('0'));
        crate::number::parse::<usize>(segment).filter(|_| plain)
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Writes an object key as a pointer segment, escaped as RFC 6901 says.
fn push_key(out: &mut String, key: &str) {
    // Bytes, not chars: both are ASCII, and a byte test is a fraction of a char search.
    if key.bytes().any(|b| b == b'~' || b == b'/') {
        out.push_str(&find::replace(&find::replace(key, "~", "~0"), "/", "~1"));
    } else {
        out.push_str(key);
    }
}

/// Writes a list index as a pointer segment.
fn push_index(out: &mut String, index: usize) {
    push_decimal(out, index);
}

/// Writes `index` in decimal digits, without the formatting machinery.
pub(crate) fn push_decimal(out: &mut String, index: usize) {
    push_decimal_u64(out, index as u64);
}

/// Writes `n` in decimal digits, without the formatting machinery: the crate builds its texts
/// by joining pieces (`cat!`) instead of with `format!` (see `cat.rs`).
pub(crate) fn push_decimal_u64(out: &mut String, n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        // n % 10 is below 10, so the cast cannot truncate.
        #[allow(clippy::cast_possible_truncation)]
        let digit = (n % 10) as u8;
        digits[at] = b'0' + digit;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// `n` in decimal, with zeros after any minus sign up to `width` characters in all, as
/// `format!("{n:0width$}")` writes it.
/// One function for every integer type (each caller converts), not one copy a type.
pub(crate) fn zero_padded(n: i64, width: usize) -> String {
    let mut digits = String::new();
    push_decimal_u64(&mut digits, n.unsigned_abs());
    let sign = if n < 0 { "-" } else { "" };
    let mut out = String::from(sign);
    for _ in digits.len() + sign.len()..width {
        out.push('0');
    }
    out + &digits
}

impl From<Pointer> for String {
    fn from(pointer: Pointer) -> String {
        pointer.0
    }
}

impl From<&Pointer> for String {
    fn from(pointer: &Pointer) -> String {
        pointer.0.clone()
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The most diagnostics one rule reports at one path; past it, one more diagnostic says how
/// many were left out. A pasted text can repeat a problem a million times, and a list of a
/// million warnings helps no one and costs memory.
pub const MAX_PER_PATH: usize = 100;

/// Where rules put what they find. One pass over the letter fills it; `into_sorted` gives the
/// diagnostics in the contract's order.
#[derive(Debug, Default)]
pub struct Sink {
    diagnostics: Vec<Diagnostic>,
    /// How many diagnostics the current run (one rule at one path) has, and how many of them
    /// were left out; rules report a path's problems one after another.
    run: usize,
    left_out: usize,
    /// Where a diagnostic past the limit is written, to be dropped.
    spare: Option<Diagnostic>,
    cursor: SpanCursor,
}

/// Turns byte offsets into UTF-16 offsets, carrying on from the last offset in the same text,
/// so that all the spans in one text cost one pass over it.
#[derive(Debug, Default)]
struct SpanCursor {
    text: usize,
    len: usize,
    byte: usize,
    units: usize,
}

impl SpanCursor {
    fn units(&mut self, text: &str, byte: usize) -> usize {
        let byte = floor_char_boundary(text, byte.min(text.len()));
        // Within one Sink the letter is borrowed unchanged, so an address and a length name
        // one text.
        let same =
            self.text == text.as_ptr() as usize && self.len == text.len() && self.byte <= byte;
        let (from, units) = if same {
            (self.byte, self.units)
        } else {
            (0, 0)
        };
        let units = units + utf16_len(&text[from..byte]);
        *self = SpanCursor {
            text: text.as_ptr() as usize,
            len: text.len(),
            byte,
            units,
        };
        units
    }
}

/// A diagnostic just recorded, to add its span and fix to.
pub struct Reported<'s> {
    diagnostic: &'s mut Diagnostic,
    cursor: &'s mut SpanCursor,
}

impl Reported<'_> {
    /// Attaches the span of `start..end` (byte offsets into `text`) as UTF-16 offsets.
    pub fn with_span(&mut self, text: &str, start: usize, end: usize) -> &mut Self {
        let start_units = self.cursor.units(text, start);
        let end_units = self.cursor.units(text, end.max(start));
        self.diagnostic.span = Some(Span {
            start: start_units,
            end: end_units,
        });
        self
    }

    /// Attaches a fix that replaces the span (or the whole value).
    pub fn with_fix(&mut self, replacement: impl Into<String>) -> &mut Self {
        self.diagnostic.with_fix(replacement);
        self
    }
}

impl Sink {
    #[must_use]
    pub fn new() -> Sink {
        // Room for what a real letter usually gets (the seed gets eight): no regrowth.
        Sink {
            diagnostics: Vec::with_capacity(16),
            ..Sink::default()
        }
    }

    /// Records one problem. `severity` is the rule's default; options may change it later.
    pub fn push(
        &mut self,
        code: &str,
        severity: Severity,
        path: impl Place,
        message: String,
    ) -> Reported<'_> {
        // Generic only in writing the path: one body for every kind of path.
        self.push_at(code, severity, path.pointer_string(), message)
    }

    fn push_at(
        &mut self,
        code: &str,
        severity: Severity,
        path: String,
        message: String,
    ) -> Reported<'_> {
        let diagnostic = Diagnostic {
            code: code.to_owned(),
            severity,
            path,
            message,
            span: None,
            fix: None,
        };
        let same_run = self
            .diagnostics
            .last()
            .is_some_and(|d| d.code == code && d.path == diagnostic.path);
        if same_run {
            self.run += 1;
        } else {
            self.close_run();
            self.run = 1;
        }
        let slot = if self.run > MAX_PER_PATH {
            self.left_out += 1;
            self.spare.insert(diagnostic)
        } else {
            self.diagnostics.push(diagnostic);
            let last = self.diagnostics.len() - 1;
            &mut self.diagnostics[last]
        };
        Reported {
            diagnostic: slot,
            cursor: &mut self.cursor,
        }
    }

    /// Ends a run: says how many of its diagnostics were left out, if any were.
    fn close_run(&mut self) {
        if self.left_out == 0 {
            return;
        }
        if let Some(last) = self.diagnostics.last() {
            let summary = Diagnostic {
                code: last.code.clone(),
                severity: last.severity,
                path: last.path.clone(),
                message: cat!(
                    self.left_out,
                    " more like these in this text are not listed",
                ),
                span: None,
                fix: None,
            };
            self.diagnostics.push(summary);
        }
        self.left_out = 0;
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.diagnostics.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.diagnostics.is_empty()
    }

    pub(crate) fn diagnostics_mut(&mut self) -> &mut Vec<Diagnostic> {
        self.close_run();
        &mut self.diagnostics
    }

    /// The diagnostics in the contract's order.
    #[must_use]
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.close_run();
        // The contract's order is total but for diagnostics equal in everything it compares,
        // whose order cannot be seen, so any sort will do: by insertion for the few that most
        // letters get, a heap sort in place for more ([`crate::heap_sort`]).
        let mut diagnostics = self.diagnostics;
        let after = |a: &Diagnostic, b: &Diagnostic| a.cmp_contract(b) == Ordering::Greater;
        if diagnostics.len() <= 16 {
            for i in 1..diagnostics.len() {
                let mut j = i;
                while j > 0 && after(&diagnostics[j - 1], &diagnostics[j]) {
                    diagnostics.swap(j - 1, j);
                    j -= 1;
                }
            }
            return diagnostics;
        }
        crate::heap_sort(&mut diagnostics, after);
        diagnostics
    }
}

impl Diagnostic {
    /// Attaches the span of `start..end` (byte offsets into `text`).
    pub fn with_span(&mut self, text: &str, start: usize, end: usize) -> &mut Diagnostic {
        self.span = Some(Span::from_bytes(text, start, end));
        self
    }

    /// Attaches a fix that replaces the span (or the whole value).
    pub fn with_fix(&mut self, replacement: impl Into<String>) -> &mut Diagnostic {
        self.fix = Some(Fix {
            replacement: replacement.into(),
        });
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pointer_finds_what_serde_json_finds() {
        let value = serde_json::json!({
            "": { "": 1 },
            "a/b": { "c~d": [10, 20, { "e": null }] },
            "list": [[0, 1], [2]],
            "0": "key that looks like an index",
            "text": "no children"
        });
        let pointers = [
            "",
            "/",
            "//",
            "/a~1b",
            "/a~1b/c~0d",
            "/a~1b/c~0d/2/e",
            "/a~1b/c~0d/1",
            "/a~1b/c~0d/01",
            "/a~1b/c~0d/+1",
            "/a~1b/c~0d/-",
            "/a~1b/c~0d/3",
            "/a~1b/c~0d/1e0",
            "/a~1b/c~0d/ 1",
            "/a~1b/c~0d/",
            "/list/0/1",
            "/list/1/0",
            "/list/1/1",
            "/0",
            "/text",
            "/text/0",
            "a",
            "/a~01b",
            "/missing/x",
            "/list/18446744073709551616",
        ];
        let ours = crate::Value::from(&value);
        for pointer in pointers {
            assert_eq!(
                Pointer::value_at(&ours, pointer).map(serde_json::Value::from),
                value.pointer(pointer).cloned(),
                "{pointer:?}"
            );
        }
    }

    #[test]
    fn few_and_many_diagnostics_come_out_in_the_contract_order() {
        // Both sorts: by insertion up to 16 diagnostics, through a heap past that.
        for count in [0, 1, 2, 7, 16, 17, 40, 300] {
            let mut sink = Sink::new();
            let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
            for _ in 0..count {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let path = Pointer::root().key("findings").index((seed % 23) as usize);
                let code =
                    ["words-to-avoid", "sentence-too-long", "exact-date"][(seed % 3) as usize];
                let message = format!("{}", seed % 5);
                sink.push(code, Severity::Warning, &path, message);
            }
            let sorted = sink.into_sorted();
            assert_eq!(sorted.len(), count);
            for pair in sorted.windows(2) {
                assert!(pair[0].cmp_contract(&pair[1]).is_le(), "{count}: {pair:?}");
            }
        }
    }

    #[test]
    fn field_paths_write_the_pointer_of_each_shape() {
        let root = FieldPath::root();
        let cases = [
            (root, ""),
            (root.key("kind"), "/kind"),
            (
                root.key("sender").key("address").index(2),
                "/sender/address/2",
            ),
            (root.key("copies").index(0).key("name"), "/copies/0/name"),
            (
                root.key("findings").key("x~y").index(12).key("text"),
                "/findings/x~0y/12/text",
            ),
        ];
        for (path, pointer) in cases {
            assert_eq!(path.pointer_string(), pointer);
            assert_eq!(path.to_string(), pointer);
        }
        assert!(!root.key("copies").index(0).key("name").is_finding());
    }

    /// The definition: segment by segment, numbers as numbers.
    fn by_segments(a: &str, b: &str) -> Ordering {
        let (mut left, mut right) = (a.split('/'), b.split('/'));
        loop {
            match (left.next(), right.next()) {
                (None, None) => return Ordering::Equal,
                (None, Some(_)) => return Ordering::Less,
                (Some(_), None) => return Ordering::Greater,
                (Some(x), Some(y)) => {
                    let order = match (x.parse::<u64>(), y.parse::<u64>()) {
                        (Ok(m), Ok(n)) => m.cmp(&n).then_with(|| x.cmp(y)),
                        _ => x.cmp(y),
                    };
                    if order != Ordering::Equal {
                        return order;
                    }
                }
            }
        }
    }

    #[test]
    fn the_fast_comparison_agrees_with_the_definition() {
        let paths = [
            "",
            "/",
            "//",
            "/date",
            "/dat",
            "/date/",
            "/a/1",
            "/a/01",
            "/a/10",
            "/a/9",
            "/a/19",
            "/a/2/b",
            "/a/2",
            "/a/b",
            "/a/B",
            "/é",
            "/è",
            "/é/1",
            "/a~1b",
            "/a/18446744073709551616",
            "/a/18446744073709551615",
            "/findings/s/text",
            "/findings/s/1/text",
            // Longer than eight bytes, differing before, at and after each eight.
            "/findings/meets_requirements/12/text",
            "/findings/meets_requirements/2/text",
            "/findings/meets_requirements/2/texts",
            "/findings/meets_requirementz/2/text",
            "/findings/meets_requirementsx/2/text",
            "/findings/meets_requirements/2/textx",
            "/findings/meets_requirements",
            "/findings/areas_for_development/0/text",
            "/findingz/areas_for_development/0/text",
            "/recipient/address/10",
            "/recipient/address/9",
        ];
        for a in paths {
            for b in paths {
                assert_eq!(
                    compare_pointers(a, b),
                    by_segments(a, b),
                    "{a:?} against {b:?}"
                );
            }
        }
    }

    #[test]
    fn pointers_sort_numerically_and_parents_first() {
        let mut paths = vec![
            "/findings/s/10",
            "/findings/s/2",
            "/findings/s",
            "",
            "/date",
        ];
        paths.sort_by(|a, b| compare_pointers(a, b));
        assert_eq!(
            paths,
            [
                "",
                "/date",
                "/findings/s",
                "/findings/s/2",
                "/findings/s/10"
            ]
        );
    }

    #[test]
    fn spans_count_utf16_units() {
        let text = "Ms Zoë 😀 Smith";
        let start = text.find("Smith").unwrap();
        let span = Span::from_bytes(text, start, start + 5);
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(
            String::from_utf16(&units[span.start..span.end]).unwrap(),
            "Smith"
        );
    }
}
