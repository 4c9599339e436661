//! The letter's JSON Schema (2020-12), kept as data, and the structural check that walks a
//! letter against it: missing fields, wrong types and unknown keys, each at its JSON Pointer.
//!
//! The schema is the one source of truth for the letter's shape: `schema()` serves it to
//! servers and form builders, the structural rules below read it, and placeholders in the
//! renderings take their labels from its titles.

use std::sync::OnceLock;

use serde_json::{Map, Value};

use crate::diagnostic::{Pointer, Severity, Sink};
use crate::rules::{self, Code};

const SCHEMA_JSON: &str = include_str!("letter.schema.json");

/// The JSON Schema (2020-12) of a letter.
///
/// ```
/// let schema = inspection_letter::schema();
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// ```
#[must_use]
pub fn schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    // The schema is a file of this crate, checked by the tests: it always parses.
    SCHEMA.get_or_init(|| serde_json::from_str(SCHEMA_JSON).unwrap_or(Value::Null))
}

/// The schema node at a JSON Pointer into the *letter* (not into the schema), with `$ref`s
/// followed, or `None` when the letter has no such place. Used for labels.
#[must_use]
pub fn node_for_path(path: &str) -> Option<Node<'static>> {
    let mut node = Node::new(schema(), None);
    for segment in path.split('/').skip(1) {
        node = node.child(segment)?;
    }
    Some(node)
}

/// The label of the field at `path`, as a form would show it: the schema's title.
#[must_use]
pub fn label(path: &str) -> &'static str {
    node_for_path(path).and_then(|n| n.title).unwrap_or("Value")
}

/// A schema node with its `$ref` resolved, remembering the title given where it was used.
#[derive(Clone, Copy)]
pub struct Node<'a> {
    body: &'a Map<String, Value>,
    pub title: Option<&'a str>,
}

impl<'a> Node<'a> {
    fn new(value: &'a Value, title: Option<&'a str>) -> Node<'a> {
        static EMPTY: OnceLock<Map<String, Value>> = OnceLock::new();
        let empty = EMPTY.get_or_init(Map::new);
        let Some(object) = value.as_object() else {
            return Node { body: empty, title };
        };
        let title = title.or_else(|| object.get("title").and_then(Value::as_str));
        let body = match object.get("$ref").and_then(Value::as_str) {
            Some(reference) => resolve(reference).unwrap_or(object),
            None => object,
        };
        let title = title.or_else(|| body.get("title").and_then(Value::as_str));
        Node { body, title }
    }

    fn keyword(&self, name: &str) -> Option<&'a Value> {
        self.body.get(name)
    }

    fn kind(&self) -> Option<&'a str> {
        self.keyword("type").and_then(Value::as_str)
    }

    fn child(&self, segment: &str) -> Option<Node<'a>> {
        match self.kind()? {
            "object" => {
                let key = segment.replace("~1", "/").replace("~0", "~");
                if let Some(property) = self.keyword("properties").and_then(|p| p.get(&key)) {
                    Some(Node::new(property, None))
                } else {
                    match self.keyword("additionalProperties") {
                        Some(extra @ Value::Object(_)) => Some(Node::new(extra, None)),
                        _ => None,
                    }
                }
            }
            "array" => {
                segment.parse::<usize>().ok()?;
                self.keyword("items").map(|items| Node::new(items, None))
            }
            _ => None,
        }
    }

    fn required(&self) -> impl Iterator<Item = &'a str> {
        self.keyword("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
    }

    fn min(&self, name: &str) -> u64 {
        self.keyword(name).and_then(Value::as_u64).unwrap_or(0)
    }
}

fn resolve(reference: &str) -> Option<&'static Map<String, Value>> {
    let pointer = reference.strip_prefix('#')?;
    schema().pointer(pointer)?.as_object()
}

/// Walks `value` against the schema and reports its structural problems into `sink`.
pub(crate) fn check_structure(value: &Value, sink: &mut Sink) {
    let root = Node::new(schema(), None);
    if !value.is_object() {
        let message = format!(
            "A letter must be a JSON object with its fields, not {}",
            describe(value)
        );
        sink.push(
            Code::WrongType.as_str(),
            Severity::Error,
            &Pointer::root(),
            message,
        );
        return;
    }
    walk(root, value, &Pointer::root(), sink);
}

fn walk(node: Node<'_>, value: &Value, path: &Pointer, sink: &mut Sink) {
    let title = node.title.unwrap_or("This value");
    match (node.kind(), value) {
        (Some("object"), Value::Object(object)) => walk_object(node, object, path, sink),
        (Some("array"), Value::Array(items)) => {
            if (items.len() as u64) < node.min("minItems") {
                missing(title, path, sink);
            }
            if let Some(item) = node.keyword("items") {
                let item = Node::new(item, None);
                for (index, element) in items.iter().enumerate() {
                    walk(item, element, &path.index(index), sink);
                }
            }
        }
        (Some("string"), Value::String(text)) => {
            if node.min("minLength") > 0 && text.trim().is_empty() {
                missing(title, path, sink);
            } else if let Some(allowed) = node.keyword("enum").and_then(Value::as_array) {
                if !allowed.iter().any(|a| a.as_str() == Some(text)) {
                    let words: Vec<&str> = allowed.iter().filter_map(Value::as_str).collect();
                    let message = format!("{title} must be one of: {}", words.join(", "));
                    let code = Code::ValueNotAllowed;
                    sink.push(code.as_str(), code.severity(), path, message);
                }
            }
        }
        (Some("boolean"), Value::Bool(_)) => {}
        (Some(expected), _) => {
            let message = format!(
                "{title} must be {}, not {}",
                expected_words(expected),
                describe(value)
            );
            sink.push(
                Code::WrongType.as_str(),
                Code::WrongType.severity(),
                path,
                message,
            );
        }
        (None, _) => {}
    }
}

fn walk_object(node: Node<'_>, object: &Map<String, Value>, path: &Pointer, sink: &mut Sink) {
    let properties = node.keyword("properties").and_then(Value::as_object);
    for name in node.required() {
        if !object.contains_key(name) {
            let child_path = path.key(name);
            match properties.and_then(|p| p.get(name)) {
                Some(child) => report_missing(Node::new(child, None), &child_path, sink),
                None => missing("This value", &child_path, sink),
            }
        }
    }
    for (key, element) in object {
        let child_path = path.key(key);
        if let Some(child) = properties.and_then(|p| p.get(key)) {
            walk(Node::new(child, None), element, &child_path, sink);
            continue;
        }
        match node.keyword("additionalProperties") {
            Some(extra @ Value::Object(_)) => {
                walk(Node::new(extra, None), element, &child_path, sink)
            }
            Some(Value::Bool(false)) => {
                let names = properties.map(|p| p.keys().map(String::as_str).collect::<Vec<_>>());
                let message = unknown_key_message(key, names.as_deref().unwrap_or(&[]));
                sink.push(
                    Code::UnknownKey.as_str(),
                    Code::UnknownKey.severity(),
                    &child_path,
                    message,
                );
            }
            _ => {}
        }
    }
}

/// A required field is absent: for an object, report each of its required fields, so that a
/// form can put every message beside its own control.
fn report_missing(node: Node<'_>, path: &Pointer, sink: &mut Sink) {
    if node.kind() == Some("object") {
        let properties = node.keyword("properties").and_then(Value::as_object);
        let mut any = false;
        for name in node.required() {
            if let Some(child) = properties.and_then(|p| p.get(name)) {
                any = true;
                report_missing(Node::new(child, None), &path.key(name), sink);
            }
        }
        if any {
            return;
        }
    }
    missing(node.title.unwrap_or("This value"), path, sink);
}

fn missing(title: &str, path: &Pointer, sink: &mut Sink) {
    let message = format!("Enter the {}", lower_first(title));
    let code = Code::RequiredField;
    sink.push(code.as_str(), code.severity(), path, message);
}

fn unknown_key_message(key: &str, known: &[&str]) -> String {
    let shown = rules::text::truncate_chars(key, 40);
    match rules::text::closest(key, known.iter().copied()) {
        Some(near) => format!(
            "Remove “{shown}” or rename it “{near}”: a letter has no field called “{shown}”"
        ),
        None if known.is_empty() => format!("Remove “{shown}”: nothing can be added here"),
        None => format!("Remove “{shown}”: a letter has no field called “{shown}” here"),
    }
}

fn expected_words(kind: &str) -> &'static str {
    match kind {
        "object" => "a group of fields",
        "array" => "a list",
        "boolean" => "true or false",
        _ => "text",
    }
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "a group of fields",
    }
}

/// "Recipient postcode" → "recipient postcode", but "HMI name" stays as it is.
pub(crate) fn lower_first(title: &str) -> String {
    let mut chars = title.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => first
            .to_lowercase()
            .chain(title[first.len_utf8()..].chars())
            .collect(),
        _ => title.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_parses_and_every_property_has_a_description() {
        assert!(schema().is_object(), "letter.schema.json must parse");
        let mut undocumented = Vec::new();
        collect_undocumented(schema(), "", &mut undocumented);
        assert!(undocumented.is_empty(), "no description: {undocumented:?}");
    }

    fn collect_undocumented(value: &Value, at: &str, out: &mut Vec<String>) {
        if let Some(properties) = value.get("properties").and_then(Value::as_object) {
            for (name, property) in properties {
                let here = format!("{at}/{name}");
                if property.get("description").is_none() {
                    out.push(here.clone());
                }
                collect_undocumented(property, &here, out);
            }
        }
        for key in ["items", "additionalProperties"] {
            if let Some(child @ Value::Object(_)) = value.get(key) {
                collect_undocumented(child, &format!("{at}/{key}"), out);
            }
        }
    }

    #[test]
    fn labels_follow_refs_and_items() {
        assert_eq!(label("/recipient/postcode"), "Recipient postcode");
        assert_eq!(label("/inspection/dates/1"), "Inspection day");
        assert_eq!(label("/findings/strengths/0/text"), "Finding");
        assert_eq!(label("/sender/address/0"), "Address line");
        assert_eq!(label("/nonsense"), "Value");
    }
}
