//! The letter's JSON Schema (2020-12), kept as data, and the structural check that walks a
//! letter against it: missing fields, wrong types and unknown keys, each at its JSON Pointer.
//!
//! The schema is the one source of truth for the letter's shape: `schema()` serves it to
//! servers and form builders, the structural rules below read it, and placeholders in the
//! renderings take their labels from its titles.

use std::sync::OnceLock;

use crate::cat::Joined as _;
use crate::diagnostic::{Pointer, Severity, Sink, Step};
use crate::rules::{self, Code};
use crate::value::{Map, Value};

/// `letter.schema.json` as `build.rs` writes it, without indentation.
const SCHEMA_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/letter.schema.min.json"));

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
    SCHEMA.get_or_init(|| crate::json::parse(SCHEMA_JSON).unwrap_or(Value::Null))
}

/// The compiled schema node at a JSON Pointer into the *letter* (not into the schema), or
/// `None` when the letter has no such place.
fn node_for_path(path: &str) -> Option<&'static Node> {
    let tree = compiled();
    let mut node = tree.root();
    for key in Pointer::segments(path) {
        node = tree.child(node, &key)?;
    }
    Some(node)
}

/// The JSON type the schema gives the value at `path` (`"string"`, `"array"`, …).
#[must_use]
pub fn type_at(path: &str) -> Option<&'static str> {
    node_for_path(path).and_then(|n| n.kind.name())
}

/// The label of the field at `path`, as a form would show it: the schema's title.
#[must_use]
pub fn label(path: &str) -> &'static str {
    node_for_path(path).and_then(|n| n.title).unwrap_or("Value")
}

/// The schema compiled once into a tree that the structural check walks without looking
/// anything up by name in JSON: each use of a `$ref` becomes its own node, keeping the title
/// given where it is used.
struct Tree {
    nodes: Vec<Node>,
}

/// The JSON type a node asks for, compared without comparing names.
#[derive(Default, Clone, Copy, PartialEq, Eq)]
enum Type {
    Object,
    Array,
    String,
    Boolean,
    /// Another type, or none given: not checked.
    #[default]
    Any,
}

impl Type {
    fn of(name: Option<&str>) -> Type {
        match name {
            Some("object") => Type::Object,
            Some("array") => Type::Array,
            Some("string") => Type::String,
            Some("boolean") => Type::Boolean,
            _ => Type::Any,
        }
    }

    fn name(self) -> Option<&'static str> {
        match self {
            Type::Object => Some("object"),
            Type::Array => Some("array"),
            Type::String => Some("string"),
            Type::Boolean => Some("boolean"),
            Type::Any => None,
        }
    }
}

#[derive(Default)]
struct Node {
    kind: Type,
    title: Option<&'static str>,
    required: Vec<&'static str>,
    /// In the schema's order.
    properties: Vec<(&'static str, usize)>,
    /// `Some(None)`: no other keys allowed; `Some(Some(i))`: other keys follow node `i`.
    additional: Option<Option<usize>>,
    items: Option<usize>,
    min_items: u64,
    min_length: u64,
    allowed: Vec<&'static str>,
}

fn compiled() -> &'static Tree {
    static TREE: OnceLock<Tree> = OnceLock::new();
    TREE.get_or_init(|| {
        let mut tree = Tree { nodes: Vec::new() };
        tree.compile(schema());
        tree
    })
}

impl Tree {
    fn root(&self) -> &Node {
        &self.nodes[0]
    }

    fn compile(&mut self, value: &'static Value) -> usize {
        let index = self.nodes.len();
        self.nodes.push(Node::default());
        let empty: &'static Map<String, Value> = {
            static EMPTY: OnceLock<Map<String, Value>> = OnceLock::new();
            EMPTY.get_or_init(Map::new)
        };
        let here = value.as_object().unwrap_or(empty);
        let body = match here.get("$ref").and_then(Value::as_str) {
            Some(reference) => resolve(reference).unwrap_or(here),
            None => here,
        };
        let text = |key: &str| {
            here.get(key)
                .or_else(|| body.get(key))
                .and_then(Value::as_str)
        };
        let number = |key: &str| {
            here.get(key)
                .or_else(|| body.get(key))
                .and_then(Value::as_u64)
                .unwrap_or(0)
        };
        // Pushes: the `flatten`, `filter_map` and `collect` made 440 B of generic code.
        let strings = |key: &str| {
            let mut strings: Vec<&'static str> = Vec::new();
            for value in body
                .get(key)
                .and_then(Value::as_array)
                .map_or(&[][..], Vec::as_slice)
            {
                if let Some(s) = value.as_str() {
                    strings.push(s);
                }
            }
            strings
        };
        let mut node = Node {
            kind: Type::of(body.get("type").and_then(Value::as_str)),
            title: text("title"),
            required: strings("required"),
            min_items: number("minItems"),
            min_length: number("minLength"),
            allowed: strings("enum"),
            ..Node::default()
        };
        if let Some(properties) = body.get("properties").and_then(Value::as_object) {
            for (name, child) in properties {
                let child = self.compile(child);
                node.properties.push((name.as_str(), child));
            }
        }
        node.additional = match body.get("additionalProperties") {
            Some(Value::Bool(false)) => Some(None),
            Some(extra @ Value::Object(_)) => Some(Some(self.compile(extra))),
            _ => None,
        };
        if let Some(items) = body.get("items") {
            node.items = Some(self.compile(items));
        }
        self.nodes[index] = node;
        index
    }

    /// The node of property `key`: a dozen names at most, compared by length first.
    fn property(&self, node: &Node, key: &str) -> Option<&Node> {
        let (_, at) = node.properties.iter().find(|(name, _)| *name == key)?;
        self.nodes.get(*at)
    }

    fn child(&self, node: &Node, key: &str) -> Option<&Node> {
        match node.kind {
            Type::Object => self.property(node, key).or_else(|| match node.additional {
                Some(Some(extra)) => Some(&self.nodes[extra]),
                _ => None,
            }),
            Type::Array => {
                crate::number::parse::<usize>(key)?;
                node.items.map(|i| &self.nodes[i])
            }
            _ => None,
        }
    }
}

fn resolve(reference: &str) -> Option<&'static Map<String, Value>> {
    let pointer = reference.strip_prefix('#')?;
    crate::Pointer::value_at(schema(), pointer)?.as_object()
}

/// Walks `value` against the schema and reports its structural problems into `sink`.
pub(crate) fn check_structure(value: &Value, sink: &mut Sink) {
    if !value.is_object() {
        let message = cat!(
            "A letter must be a JSON object with its fields, not ",
            describe(value)
        );
        sink.push(
            Code::WrongType.as_str(),
            Severity::Error,
            Pointer::root(),
            message,
        );
        return;
    }
    let tree = compiled();
    // The path is a chain of steps: written out only for a value that has a problem.
    walk(tree, tree.root(), value, &Step::Root, sink);
}

fn walk(tree: &Tree, node: &Node, value: &Value, path: &Step<'_>, sink: &mut Sink) {
    let title = node.title.unwrap_or("This value");
    match (node.kind, value) {
        (Type::Object, Value::Object(object)) => walk_object(tree, node, object, path, sink),
        (Type::Array, Value::Array(items)) => {
            if (items.len() as u64) < node.min_items {
                missing(title, &path.pointer(), sink);
            }
            if let Some(item) = node.items.map(|i| &tree.nodes[i]) {
                for (index, element) in items.iter().enumerate() {
                    walk(tree, item, element, &Step::Index(path, index), sink);
                }
            }
        }
        (Type::String, Value::String(text)) => {
            if node.min_length > 0 && crate::letter::is_blank(text) {
                missing(title, &path.pointer(), sink);
            } else if !node.allowed.is_empty() && !node.allowed.contains(&text.as_str()) {
                let message = cat!(title, " must be one of: ", node.allowed.joined(", "));
                let code = Code::ValueNotAllowed;
                sink.push(code.as_str(), code.severity(), path.pointer(), message);
            }
        }
        (Type::Boolean, Value::Bool(_)) | (Type::Any, _) => {}
        (expected, _) => {
            let message = cat!(
                title,
                " must be ",
                expected_words(expected),
                ", not ",
                describe(value)
            );
            sink.push(
                Code::WrongType.as_str(),
                Code::WrongType.severity(),
                path.pointer(),
                message,
            );
        }
    }
}

fn walk_object(
    tree: &Tree,
    node: &Node,
    object: &Map<String, Value>,
    path: &Step<'_>,
    sink: &mut Sink,
) {
    for name in &node.required {
        if crate::letter::get(object, name).is_none() {
            let child_path = path.pointer().key(name);
            match tree.property(node, name) {
                Some(child) => report_missing(tree, child, &child_path, sink),
                None => missing("This value", &child_path, sink),
            }
        }
    }
    for (key, element) in object {
        if let Some(child) = tree.property(node, key) {
            walk(tree, child, element, &Step::Key(path, key), sink);
            continue;
        }
        match node.additional {
            Some(Some(extra)) => walk(
                tree,
                &tree.nodes[extra],
                element,
                &Step::Key(path, key),
                sink,
            ),
            Some(None) => {
                let mut names = Vec::new();
                for (name, _) in &node.properties {
                    names.push(*name);
                }
                let message = unknown_key_message(key, &names);
                sink.push(
                    Code::UnknownKey.as_str(),
                    Code::UnknownKey.severity(),
                    path.pointer().key(key),
                    message,
                );
            }
            None => {}
        }
    }
}

/// A required field is absent: for an object, report each of its required fields, so that a
/// form can put every message beside its own control.
fn report_missing(tree: &Tree, node: &Node, path: &Pointer, sink: &mut Sink) {
    if node.kind == Type::Object && !node.required.is_empty() {
        for name in &node.required {
            match tree.property(node, name) {
                Some(child) => report_missing(tree, child, &path.key(name), sink),
                None => missing("This value", &path.key(name), sink),
            }
        }
        return;
    }
    missing(node.title.unwrap_or("This value"), path, sink);
}

fn missing(title: &str, path: &Pointer, sink: &mut Sink) {
    let message = match path.as_str() {
        "/findings" => "Enter at least one finding".to_owned(),
        _ => cat!("Enter the ", lower_first(title)),
    };
    let code = Code::RequiredField;
    sink.push(code.as_str(), code.severity(), path, message);
}

fn unknown_key_message(key: &str, known: &[&str]) -> String {
    let shown = rules::text::truncate_chars(key, 40);
    match rules::text::closest(key, &mut known.iter().copied()) {
        Some(near) => cat!(
            "Remove “",
            shown,
            "” or rename it “",
            near,
            "”: a letter has no field called “",
            shown,
            "”"
        ),
        None if known.is_empty() => cat!("Remove “", shown, "”: nothing can be added here"),
        None => cat!(
            "Remove “",
            shown,
            "”: a letter has no field called “",
            shown,
            "” here"
        ),
    }
}

fn expected_words(kind: Type) -> &'static str {
    match kind {
        Type::Object => "a group of fields",
        Type::Array => "a list",
        Type::Boolean => "true or false",
        Type::String | Type::Any => "text",
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
        (Some(first), Some(second))
            if first.is_ascii_uppercase() && !second.is_ascii_uppercase() =>
        {
            let mut lowered = title.to_owned();
            lowered[..1].make_ascii_lowercase();
            lowered
        }
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
