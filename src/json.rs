//! A small JSON reader and writer for what crosses the browser boundary.
//!
//! The browser package reads every letter and every options object from `JSON.stringify`'s
//! text and hands its answers to `JSON.parse`. serde_json's reader and writer did both, and
//! brought into the package their number tables (to read and write any `f64` exactly), their
//! error types and their generic machinery: 9.6 KB of its 146.5 KB. This reader builds the
//! crate's [`Value`] (`crate::value`) from any JSON text, the value serde_json reads from it,
//! and the writer writes the few types the package returns, in the same order and with the
//! same escapes as serde_json, which the tests compare it with.
//!
//! Differences from serde_json, on purpose: a `\uD800`–`\uDFFF` escape that is not half of a
//! pair is read as U+FFFD rather than refused (`JSON.stringify` writes a JavaScript string's
//! lone surrogates that way, and the rest of the letter is kept); a number with a fraction or
//! an exponent is read by the platform (`parseFloat` in the browser), which rounds correctly.
//! A number's value never changes a diagnostic or a preview: only that it is a number.

use crate::diagnostic::{push_decimal, push_decimal_u64};
use crate::rules::text::{first_marked, lowest_zero, ONES};
use crate::value::{Map, Number, Value};
use crate::{Diagnostic, Imported, KindInfo, RuleInfo};

/// How deep arrays and objects may nest, as serde_json: a letter is four levels deep, and the
/// reader recurses once a level.
const DEPTH_LIMIT: usize = 128;

/// Reads JSON text into a [`Value`], or says what is wrong and where (as serde_json does:
/// "expected value at line 1 column 9").
pub fn parse(text: &str) -> Result<Value, String> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    reader.space();
    let value = reader.value(DEPTH_LIMIT)?;
    reader.space();
    if reader.at < reader.bytes.len() {
        return Err(reader.error("trailing characters"));
    }
    Ok(value)
}

/// A list's or an object's closing bracket, and what serde_json says when it is missing.
struct Brackets {
    close: u8,
    eof: &'static str,
    expected: &'static str,
}

const LIST: Brackets = Brackets {
    close: b']',
    eof: "EOF while parsing a list",
    expected: "expected `,` or `]`",
};

const OBJECT: Brackets = Brackets {
    close: b'}',
    eof: "EOF while parsing an object",
    expected: "expected `,` or `}`",
};

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.at += 1;
        }
    }

    /// "what at line L column C", counting as serde_json does: up to and including the byte
    /// at fault, lines from 1 and columns from 0 after a line break.
    fn error(&self, what: &str) -> String {
        let read = self.bytes.get(..=self.at).unwrap_or(self.bytes);
        let line = 1 + read.iter().filter(|&&b| b == b'\n').count();
        let column = read.iter().rev().take_while(|&&b| b != b'\n').count();
        let mut message = String::with_capacity(what.len() + 24);
        message.push_str(what);
        message.push_str(" at line ");
        push_decimal(&mut message, line);
        message.push_str(" column ");
        push_decimal(&mut message, column);
        message
    }

    fn value(&mut self, depth: usize) -> Result<Value, String> {
        match self.peek() {
            None => Err(self.error("EOF while parsing a value")),
            Some(b'"') => {
                self.at += 1;
                self.string().map(Value::String)
            }
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(_) => Err(self.error("expected value")),
        }
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, String> {
        for &expected in word.as_bytes() {
            match self.peek() {
                Some(b) if b == expected => self.at += 1,
                Some(_) => return Err(self.error("expected ident")),
                None => return Err(self.error("EOF while parsing a value")),
            }
        }
        Ok(value)
    }

    /// One level deeper, or the error when the limit is reached.
    fn deeper(&self, depth: usize) -> Result<usize, String> {
        match depth - 1 {
            0 => Err(self.error("recursion limit exceeded")),
            left => Ok(left),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, String> {
        let depth = self.deeper(depth)?;
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        match self.peek() {
            Some(b']') => {
                self.at += 1;
                return Ok(Value::Array(items));
            }
            None => return Err(self.error(LIST.eof)),
            Some(_) => {}
        }
        loop {
            items.push(self.value(depth)?);
            if self.closed(&LIST)? {
                return Ok(Value::Array(items));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, String> {
        let depth = self.deeper(depth)?;
        self.at += 1;
        let mut fields = Vec::new();
        self.space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(Map::new()));
        }
        loop {
            match self.peek() {
                Some(b'"') => self.at += 1,
                None => return Err(self.error(OBJECT.eof)),
                Some(_) => return Err(self.error("key must be a string")),
            }
            let key = self.string()?;
            self.space();
            match self.peek() {
                Some(b':') => self.at += 1,
                None => return Err(self.error(OBJECT.eof)),
                Some(_) => return Err(self.error("expected `:`")),
            }
            self.space();
            fields.push((key, self.value(depth)?));
            if self.closed(&OBJECT)? {
                // As serde_json's map: a repeated key keeps its first place and its last
                // value (found in linear time however many fields there are).
                return Ok(Value::Object(Map::from_fields(fields)));
            }
        }
    }

    /// After an item of a list or an object: whether its closing bracket came (and was read),
    /// or a comma and another item; with serde_json's errors otherwise.
    fn closed(&mut self, list: &Brackets) -> Result<bool, String> {
        self.space();
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                self.space();
                if self.peek() == Some(list.close) {
                    return Err(self.error("trailing comma"));
                }
                Ok(false)
            }
            Some(b) if b == list.close => {
                self.at += 1;
                Ok(true)
            }
            None => Err(self.error(list.eof)),
            Some(_) => Err(self.error(list.expected)),
        }
    }

    /// The rest of a string whose opening quote has been read.
    fn string(&mut self) -> Result<String, String> {
        let run = self.at;
        self.at = plain_end(self.bytes, run);
        // Most strings have no escape: copied at once. The run ends before an ASCII byte or at
        // the end of the text, so on a character boundary.
        let plain = self.text.get(run..self.at).unwrap_or_default();
        if self.peek() == Some(b'"') {
            self.at += 1;
            return Ok(plain.to_owned());
        }
        let mut out = String::from(plain);
        loop {
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => {
                    return Err(self
                        .error("control character (\\u0000-\\u001F) found while parsing a string"))
                }
                None => return Err(self.error("EOF while parsing a string")),
            }
            let run = self.at;
            self.at = plain_end(self.bytes, run);
            out.push_str(self.text.get(run..self.at).unwrap_or_default());
        }
    }

    /// One escape, its backslash read.
    fn escape(&mut self, out: &mut String) -> Result<(), String> {
        let Some(b) = self.peek() else {
            return Err(self.error("EOF while parsing a string"));
        };
        let c = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                self.at += 1;
                let unit = self.hex()?;
                let c = match unit {
                    0xD800..=0xDBFF => {
                        let low = self.bytes[self.at..]
                            .starts_with(b"\\u")
                            .then(|| hex4(self.bytes.get(self.at + 2..self.at + 6)?))
                            .flatten();
                        match low {
                            Some(low @ 0xDC00..=0xDFFF) => {
                                self.at += 6;
                                let code = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                                char::from_u32(code).unwrap_or('\u{FFFD}')
                            }
                            _ => '\u{FFFD}',
                        }
                    }
                    unit => char::from_u32(unit).unwrap_or('\u{FFFD}'),
                };
                out.push(c);
                return Ok(());
            }
            _ => return Err(self.error("invalid escape")),
        };
        self.at += 1;
        out.push(c);
        Ok(())
    }

    /// The four hex digits after `\u`.
    fn hex(&mut self) -> Result<u32, String> {
        match self.bytes.get(self.at..self.at + 4).and_then(hex4) {
            Some(unit) => {
                self.at += 4;
                Ok(unit)
            }
            None if self.bytes.len() < self.at + 4 => {
                self.at = self.bytes.len();
                Err(self.error("EOF while parsing a string"))
            }
            None => {
                // At the last of the four, as serde_json reports it.
                self.at += 3;
                Err(self.error("invalid escape"))
            }
        }
    }

    fn digits(&mut self) -> usize {
        let from = self.at;
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
        self.at - from
    }

    /// At least one digit, or the error serde_json gives.
    fn some_digits(&mut self) -> Result<(), String> {
        match (self.digits(), self.peek()) {
            (0, None) => Err(self.error("EOF while parsing a value")),
            (0, Some(_)) => Err(self.error("invalid number")),
            _ => Ok(()),
        }
    }

    /// A number as serde_json keeps it: a whole number as an integer when it fits in 64 bits,
    /// anything else as the nearest `f64`.
    fn number(&mut self) -> Result<Number, String> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        self.at += usize::from(negative);
        let whole = self.at;
        self.some_digits()?;
        if self.at - whole > 1 && self.bytes[whole] == b'0' {
            self.at = whole + 1;
            return Err(self.error("invalid number"));
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            self.at += 1;
            integer = false;
            self.some_digits()?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            integer = false;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            self.some_digits()?;
        }
        let text = self.text.get(start..self.at).unwrap_or_default();
        if integer {
            let magnitude = self.bytes[whole..self.at].iter().try_fold(0u64, |n, &d| {
                n.checked_mul(10)?.checked_add(u64::from(d - b'0'))
            });
            match (negative, magnitude) {
                (false, Some(n)) => return Ok(Number::from(n)),
                (true, Some(0)) => {}
                (true, Some(n)) if n <= 1 << 63 => {
                    return Ok(Number::from(0i64.wrapping_sub_unsigned(n)));
                }
                _ => {}
            }
        }
        Number::from_f64(float(text)).ok_or_else(|| self.error("number out of range"))
    }
}

/// Where the plain run of a string that starts at `at` ends: at its first `"`, `\` or control
/// character, or at the end of the text. Eight bytes at a time: in each, a byte equal to `"` or
/// `\` becomes zero after an exclusive or, and the lowest byte flagged by the borrow test is
/// the first such byte (a borrow only flags bytes above a real one).
fn plain_end(bytes: &[u8], at: usize) -> usize {
    let marks = |eight: u64| {
        lowest_zero(eight ^ (ONES * u64::from(b'"')))
            | lowest_zero(eight ^ (ONES * u64::from(b'\\')))
            | eight.wrapping_sub(ONES * 0x20) & !eight
    };
    first_marked(bytes, at, marks, |b| b == b'"' || b == b'\\' || b < 0x20)
}

fn hex4(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0, |unit, &d| {
        let digit = match d {
            b'0'..=b'9' => d - b'0',
            b'a'..=b'f' => d - b'a' + 10,
            b'A'..=b'F' => d - b'A' + 10,
            _ => return None,
        };
        Some(unit << 4 | u32::from(digit))
    })
}

/// A JSON number's text as the nearest `f64`. The browser has the platform's correctly rounded
/// reader already, so the package does not carry one.
#[cfg(target_family = "wasm")]
fn float(text: &str) -> f64 {
    js_sys::parse_float(text)
}

#[cfg(not(target_family = "wasm"))]
fn float(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}

/// A value the package hands back, written as JSON text for `JSON.parse`.
#[cfg_attr(not(target_family = "wasm"), allow(dead_code))]
pub(crate) trait ToJson {
    fn write_json(&self, out: &mut String);
}

/// `value` as compact JSON text.
#[cfg_attr(not(target_family = "wasm"), allow(dead_code))]
pub(crate) fn to_string<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = String::new();
    value.write_json(&mut out);
    out
}

/// A JSON string, escaped as serde_json escapes it: `"`, `\` and the control characters.
fn write_str(out: &mut String, text: &str) {
    out.reserve(text.len() + 2);
    out.push('"');
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        // The bytes that need an escape are the ones that end a plain run when reading.
        let run = at;
        at = plain_end(bytes, run);
        // The run ends before an ASCII byte or at the end: on character boundaries.
        out.push_str(text.get(run..at).unwrap_or_default());
        let Some(&b) = bytes.get(at) else { break };
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 15)]));
            }
        }
        at += 1;
    }
    out.push('"');
}

/// Object fields in order: `{"key":value,...}`.
struct Fields<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Fields<'a> {
    fn new(out: &'a mut String) -> Fields<'a> {
        out.push('{');
        Fields { out, first: true }
    }

    fn field(&mut self, key: &str, value: &(impl ToJson + ?Sized)) -> &mut Self {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        write_str(self.out, key);
        self.out.push(':');
        value.write_json(self.out);
        self
    }

    fn end(&mut self) {
        self.out.push('}');
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl ToJson for usize {
    fn write_json(&self, out: &mut String) {
        push_decimal(out, *self);
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item.write_json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

impl ToJson for Value {
    fn write_json(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(true) => out.push_str("true"),
            Value::Bool(false) => out.push_str("false"),
            Value::Number(n) => write_number(out, n),
            Value::String(s) => write_str(out, s),
            Value::Array(items) => items.write_json(out),
            Value::Object(map) => {
                let mut fields = Fields::new(out);
                for (key, value) in map {
                    fields.field(key, value);
                }
                fields.end();
            }
        }
    }
}

fn write_number(out: &mut String, n: &Number) {
    if let Some(n) = n.as_u64() {
        push_decimal_u64(out, n);
    } else if let Some(n) = n.as_i64() {
        out.push('-');
        push_decimal_u64(out, n.unsigned_abs());
    } else {
        write_float(out, n.as_f64().unwrap_or_default());
    }
}

/// A finite `f64` as `JSON.stringify` writes it (`1e+21`, `0.1`): it reads back as the same
/// number.
#[cfg(target_family = "wasm")]
fn write_float(out: &mut String, n: f64) {
    let text = js_sys::JSON::stringify(&n.into())
        .ok()
        .and_then(|text| text.as_string());
    out.push_str(text.as_deref().unwrap_or("null"));
}

#[cfg(not(target_family = "wasm"))]
fn write_float(out: &mut String, n: f64) {
    use std::fmt::Write as _;
    let _ = write!(
        out,
        "{}",
        serde_json::Number::from_f64(n).unwrap_or_else(|| serde_json::Number::from(0))
    );
}

impl ToJson for Diagnostic {
    fn write_json(&self, out: &mut String) {
        let mut fields = Fields::new(out);
        fields
            .field("code", &self.code)
            .field("severity", self.severity.as_str())
            .field("path", &self.path)
            .field("message", &self.message);
        if let Some(span) = self.span {
            fields.field("span", &span);
        }
        if let Some(fix) = &self.fix {
            fields.field("fix", fix);
        }
        fields.end();
    }
}

impl ToJson for crate::Span {
    fn write_json(&self, out: &mut String) {
        Fields::new(out)
            .field("start", &self.start)
            .field("end", &self.end)
            .end();
    }
}

impl ToJson for crate::Fix {
    fn write_json(&self, out: &mut String) {
        Fields::new(out)
            .field("replacement", &self.replacement)
            .end();
    }
}

impl ToJson for RuleInfo {
    fn write_json(&self, out: &mut String) {
        Fields::new(out)
            .field("code", &self.code)
            .field("severity", self.severity.as_str())
            .field("family", self.family.as_str())
            .field("summary", &self.summary)
            .field("docs", &self.docs)
            .end();
    }
}

impl ToJson for KindInfo {
    fn write_json(&self, out: &mut String) {
        Fields::new(out)
            .field("id", &self.id)
            .field("name", &self.name)
            .field("sections", &self.sections)
            .end();
    }
}

impl ToJson for crate::kinds::SectionInfo {
    fn write_json(&self, out: &mut String) {
        Fields::new(out)
            .field("key", &self.key)
            .field("heading", &self.heading)
            .field("previously_identified", &self.previously_identified)
            .end();
    }
}

impl ToJson for Imported {
    fn write_json(&self, out: &mut String) {
        Fields::new(out)
            .field("letter", &self.letter)
            .field("diagnostics", &self.diagnostics)
            .end();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same_as_serde(text: &str) {
        let ours = parse(text);
        let theirs = serde_json::from_str::<serde_json::Value>(text);
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) => assert!(a == b, "{text:?}: ours {a:?}, serde_json {b:?}"),
            (Err(a), Err(b)) => assert_eq!(*a, b.to_string(), "{text:?}"),
            _ => panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}"),
        }
    }

    #[test]
    fn reads_what_serde_json_reads_and_refuses_what_it_refuses() {
        for text in [
            "null",
            " true ",
            "false",
            "0",
            "-0",
            "17",
            "-17",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775808",
            "-9223372036854775809",
            "0.5",
            "-1.25e-7",
            "1E+21",
            "123456789012345680000",
            r#""""#,
            r#""a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00 é""#,
            r#"{"a":1,"b":[true,null,{"c":"d"}],"a":2}"#,
            "[ ]",
            "{ }",
            " [1 , 2 ,\n3 ] ",
            "",
            "   ",
            "[1,]",
            "{\"a\":1,}",
            "[1 2]",
            "{\"a\" 1}",
            "{1:2}",
            "01",
            "1.",
            ".5",
            "1e",
            "-",
            "+1",
            "tru",
            "nul",
            "[",
            "{",
            "{\"a\"",
            "\"abc",
            "\"a\u{1}b\"",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\u12G4\"",
            "1e999",
            "[1] x",
            "[\n1,\n  x]",
        ] {
            same_as_serde(text);
        }
    }

    /// Any value, as serde_json's (the values the crate's are compared with).
    fn any_json() -> impl Strategy<Value = serde_json::Value> {
        use serde_json::Value as Theirs;
        let leaf = prop_oneof![
            Just(Theirs::Null),
            any::<bool>().prop_map(Theirs::Bool),
            any::<i64>().prop_map(Theirs::from),
            any::<u64>().prop_map(Theirs::from),
            any::<f64>().prop_map(Theirs::from),
            any::<String>().prop_map(Theirs::String),
        ];
        leaf.prop_recursive(5, 64, 8, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..8).prop_map(Theirs::Array),
                // Few distinct keys, so that objects repeat them.
                proptest::collection::vec(("[a-c]{1,2}|[^\\\"]{0,12}", inner), 0..12)
                    .prop_map(|m| Theirs::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_value_is_written_as_serde_json_writes_it_and_read_back(theirs in any_json()) {
            let value = Value::from(&theirs);
            let text = to_string(&value);
            prop_assert_eq!(&text, &serde_json::to_string(&theirs).unwrap());
            prop_assert_eq!(parse(&text).unwrap(), value.clone());
            prop_assert_eq!(parse(&serde_json::to_string_pretty(&theirs).unwrap()).unwrap(), value.clone());
            prop_assert_eq!(serde_json::Value::from(&value), theirs);
        }

        #[test]
        fn any_text_is_read_as_serde_json_reads_it(
            text in r#"[\[\]{}",:0-9eE.+\- \n\tatrufnlsx\\/bu]{0,24}|"(\\u[0-9a-fA-F]{0,5}|[a-z])*"?"#
        ) {
            // serde_json refuses lone surrogates ("lone leading surrogate", or "unexpected end
            // of hex escape" after a leading one), which this reader replaces on purpose.
            let lone = serde_json::from_str::<serde_json::Value>(&text).is_err_and(|e| {
                let e = e.to_string();
                e.contains("surrogate") || e.contains("end of hex escape")
            });
            if lone {
                // Still read (a panic fails the test), with U+FFFD for each lone half.
                let _ = parse(&text);
            } else {
                same_as_serde(&text);
            }
        }
    }

    proptest! {
        #[test]
        fn a_plain_run_ends_where_a_byte_at_a_time_scan_ends_it(
            bytes in proptest::collection::vec(
                prop_oneof![Just(b'"'), Just(b'\\'), 0u8..0x20, 0x20u8..=0xff],
                0..40
            ),
            from in 0usize..40,
        ) {
            let from = from.min(bytes.len());
            let naive = (from..bytes.len())
                .find(|&i| matches!(bytes[i], b'"' | b'\\' | 0..=0x1f))
                .unwrap_or(bytes.len());
            prop_assert_eq!(plain_end(&bytes, from), naive);
        }
    }

    #[test]
    fn nesting_stops_where_serde_json_stops() {
        for depth in [126, 127, 128, 129, 10_000] {
            same_as_serde(&("[".repeat(depth) + &"]".repeat(depth)));
            same_as_serde(&("{\"a\":".repeat(depth) + "1" + &"}".repeat(depth)));
        }
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        let value = parse(r#"["a\ud800b", "\udc00", "\ud800\u0041", "\ud83d\ude00", "\ud800"]"#);
        assert_eq!(
            value.unwrap(),
            serde_json::json!(["a\u{FFFD}b", "\u{FFFD}", "\u{FFFD}A", "😀", "\u{FFFD}"])
        );
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let letter: Value =
            serde_json::from_str(include_str!("../tests/fixtures/southend-2011.json")).unwrap();
        let diagnostics = crate::validate(&letter, &crate::Options::default());
        assert_eq!(
            to_string(&diagnostics),
            serde_json::to_string(&diagnostics).unwrap()
        );
        let fixed = vec![Diagnostic {
            code: "a\"b".into(),
            severity: crate::Severity::Error,
            path: "/x\\y".into(),
            message: "tab\there\u{1}\u{7f}é\n".into(),
            span: Some(crate::Span {
                start: 3,
                end: 70_000,
            }),
            fix: Some(crate::Fix {
                replacement: "\u{8}\u{c}\r".into(),
            }),
        }];
        assert_eq!(to_string(&fixed), serde_json::to_string(&fixed).unwrap());
        let rules = crate::rules();
        assert_eq!(to_string(&rules), serde_json::to_string(&rules).unwrap());
        let kinds = crate::kinds();
        assert_eq!(to_string(&kinds), serde_json::to_string(&kinds).unwrap());
        let schema = crate::schema();
        assert_eq!(to_string(schema), serde_json::to_string(schema).unwrap());
        let imported = crate::import_text(include_str!("../tests/fixtures/southend-2011.txt"));
        assert_eq!(
            to_string(&imported),
            serde_json::to_string(&imported).unwrap()
        );
        let numbers = serde_json::json!([0, 1, -1, u64::MAX, i64::MIN, 0.5, -1e300, 1e21]);
        assert_eq!(
            to_string(&Value::from(&numbers)),
            serde_json::to_string(&numbers).unwrap()
        );
    }
}
