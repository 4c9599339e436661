//! The browser shell: each export takes plain JavaScript values, calls the core and hands plain
//! objects back. Values cross the boundary as JSON text (`JSON.stringify` on the way in,
//! `JSON.parse` on the way out), which accepts any JavaScript value without recursing in Rust,
//! turns cycles and `BigInt`s into a clear diagnostic, and gives plain objects and arrays out.
#![cfg(target_family = "wasm")]

use std::cell::Cell;

use js_sys::JSON;
use wasm_bindgen::prelude::*;

mod alloc;

use crate::json::{self, ToJson};
use crate::value::Value;
use crate::{Diagnostic, Options, Pointer, Severity};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");

thread_local! {
    /// The last letter read, as JSON text (the JavaScript string `JSON.stringify` gave) and as
    /// read. A page checks a letter and then previews the same letter (at every keystroke, in
    /// a live form): the second call finds the text unchanged (the browser compares the two
    /// strings) and neither copies it into the module nor reads it again.
    static LAST: Cell<Option<(js_sys::JsString, Value)>> = const { Cell::new(None) };
}

/// A letter read from JavaScript, kept for the next call when it is dropped.
struct Kept {
    text: Option<js_sys::JsString>,
    value: Value,
}

impl std::ops::Deref for Kept {
    type Target = Value;

    fn deref(&self) -> &Value {
        &self.value
    }
}

impl Drop for Kept {
    fn drop(&mut self) {
        if let Some(text) = self.text.take() {
            LAST.set(Some((text, self.value.take())));
        }
    }
}

/// A letter-like value read as JSON (the one kept from the last call when its text is the
/// same), or the diagnostic that says why it cannot be read.
fn letter_kept(letter: &JsValue) -> Result<Kept, Diagnostic> {
    let text = letter_js_text(letter)?;
    // Taken out while in use and put back when dropped: a call within a call finds nothing.
    let value = match (LAST.take(), &text) {
        // `===` on two strings: their characters compared, without copying either.
        (Some((kept, value)), Some(text)) if same(&kept, text) => value,
        _ => read_letter(text.as_ref())?,
    };
    Ok(Kept { text, value })
}

/// JavaScript's `===`: for two strings, whether they have the same characters.
fn same(a: &JsValue, b: &JsValue) -> bool {
    a == b
}

/// A JavaScript string as a Rust one, quickly when it is long and mostly ASCII (a letter's
/// JSON): wasm-bindgen copies a string's ASCII start one character at a time in JavaScript and
/// the rest with the browser's `TextEncoder`, so the text is given a first character outside
/// ASCII, for the encoder to write it all, which is dropped again here.
fn rust_string(text: &js_sys::JsString) -> Option<String> {
    // U+00A0, two bytes in UTF-8.
    let mut whole = js_sys::JsString::from_char_code1(0xa0)
        .concat(text)
        .as_string()?;
    whole.drain(..2);
    Some(whole)
}

/// A letter-like value as the JavaScript string `JSON.stringify` makes of it; `None` for
/// `undefined`.
fn letter_js_text(letter: &JsValue) -> Result<Option<js_sys::JsString>, Diagnostic> {
    if letter.is_undefined() {
        return Ok(None);
    }
    // `JSON.stringify` gives a string, or `undefined` for a function or a symbol.
    JSON::stringify(letter)
        .ok()
        .filter(|text| !text.is_undefined())
        .map(Some)
        .ok_or_else(not_json)
}

fn not_json() -> Diagnostic {
    unreadable(
        "it cannot be written as JSON (it may refer to itself, hold a BigInt or be nested \
         thousands of levels deep)",
    )
}

/// The letter in `text` (`None` for no letter), or the diagnostic that says why it cannot be read.
fn read_letter(text: Option<&js_sys::JsString>) -> Result<Value, Diagnostic> {
    let Some(text) = text else {
        return Ok(Value::Null);
    };
    let text = rust_string(text).ok_or_else(not_json)?;
    // JSON.stringify writes a JavaScript string's lone surrogates as `\uD800`-style escapes;
    // the reader makes each U+FFFD and keeps the rest of the letter.
    json::parse(&text).map_err(|e| unreadable(&e))
}

fn unreadable(why: &str) -> Diagnostic {
    Diagnostic {
        code: crate::rules::Code::WrongType.as_str().to_owned(),
        severity: Severity::Error,
        path: String::from(&Pointer::root()),
        message: cat!("The letter could not be read: ", why),
        span: None,
        fix: None,
    }
}

pub(crate) fn options_from_js(options: &JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    let text = JSON::stringify(options)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| JsError::new("options must be a plain object"))?;
    let value = json::parse(&text).map_err(|e| JsError::new(&cat!("options: ", &e)))?;
    Options::from_value(&value).map_err(|e| JsError::new(&e))
}

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse`, without the catch `js_sys::JSON::parse` wraps it in: it reads only what
    /// the crate's own JSON writer wrote (the tests hold every output to be JSON), so it cannot
    /// throw, and the exports that return its value need no error path.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse)]
    fn parse_json(text: &str) -> JsValue;
}

pub(crate) fn to_js<T: ToJson + ?Sized>(value: &T) -> JsValue {
    parse_json(&json::to_string(value))
}

/// All rules; returns the diagnostics in the contract's order.
#[wasm_bindgen(unchecked_return_type = "Diagnostic[]")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "Letter")] letter: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let options = options_from_js(&options.unwrap_or(JsValue::UNDEFINED))?;
    let diagnostics = match letter_kept(&letter) {
        Ok(value) => crate::validate(&value, &options),
        Err(diagnostic) => vec![diagnostic],
    };
    Ok(to_js(&diagnostics))
}

/// The preview as an HTML fragment; every piece of user text escaped.
#[wasm_bindgen(js_name = renderHtml)]
pub fn render_html(
    #[wasm_bindgen(unchecked_param_type = "Letter")] letter: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<JsValue>,
) -> Result<String, JsError> {
    let options = options_from_js(&options.unwrap_or(JsValue::UNDEFINED))?;
    let letter = letter_kept(&letter).ok();
    Ok(crate::render_html(
        letter.as_deref().unwrap_or(&Value::Null),
        &options,
    ))
}

/// The letter as plain text.
#[wasm_bindgen(js_name = renderText)]
#[must_use]
pub fn render_text(#[wasm_bindgen(unchecked_param_type = "Letter")] letter: JsValue) -> String {
    let letter = letter_kept(&letter).ok();
    crate::render_text(letter.as_deref().unwrap_or(&Value::Null))
}

/// A plain-text letter (as copied out of a PDF) back into the letter's shape.
#[wasm_bindgen(js_name = importText, unchecked_return_type = "ImportResult")]
pub fn import_text(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsError> {
    let text = text
        .as_string()
        .ok_or_else(|| JsError::new("importText takes the letter's text as a string"))?;
    Ok(to_js(&crate::import_text(&text)))
}

/// The JSON Schema (2020-12) of the letter.
#[wasm_bindgen(unchecked_return_type = "Record<string, unknown>")]
#[must_use]
pub fn schema() -> JsValue {
    to_js(crate::schema())
}

/// Every rule with its code, default severity, summary and documentation.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
#[must_use]
pub fn rules() -> JsValue {
    to_js(&crate::rules())
}

/// The letter kinds and their sections.
#[wasm_bindgen(unchecked_return_type = "KindInfo[]")]
#[must_use]
pub fn kinds() -> JsValue {
    to_js(&crate::kinds())
}

/// The crate's version.
#[wasm_bindgen]
#[must_use]
pub fn version() -> String {
    crate::version().to_owned()
}

/// `validate` with the letter read through serde-wasm-bindgen (a walk over the JavaScript object
/// from Rust) and the diagnostics written by its JSON-compatible serializer, instead of JSON
/// text both ways: for `scripts/measure-boundary.sh` only, built with `--features
/// boundary-bench`. A letter it cannot read (a cycle, a BigInt) counts as no letter.
#[cfg(feature = "boundary-bench")]
#[wasm_bindgen(js_name = validateThroughSerde)]
pub fn validate_through_serde(letter: JsValue) -> Result<JsValue, JsError> {
    use serde::Serialize as _;
    let value: Value = serde_wasm_bindgen::from_value(letter).unwrap_or(Value::Null);
    crate::validate(&value, &Options::default())
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// `renderHtml` with the letter read through serde-wasm-bindgen: see
/// [`validate_through_serde`].
#[cfg(feature = "boundary-bench")]
#[wasm_bindgen(js_name = renderHtmlThroughSerde)]
#[must_use]
pub fn render_html_through_serde(letter: JsValue) -> String {
    let value: Value = serde_wasm_bindgen::from_value(letter).unwrap_or(Value::Null);
    crate::render_html(&value, &Options::default())
}
