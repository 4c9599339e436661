//! A JSON value: what a letter, an options object and the schema are read into.
//!
//! The same shape and method names as `serde_json::Value` (the crate used it until the
//! browser package had to fit in 100 KB), with an object kept as a list of its fields in the
//! order they came. serde_json's order-keeping map is an `IndexMap` with a SipHash table, about
//! 2 KB of the package for objects that hold a dozen fields, where a scan is as quick. Converts
//! to and from `serde_json::Value`, and is `Serialize` and `Deserialize`, so that a server can
//! hand the crate what serde gave it.
//!
//! A repeated key keeps its first place and its last value, as in serde_json. Reading an
//! object finds repeats through a hash table once it has more than a few fields (see
//! [`Map::from_fields`]), so that a hostile object of many fields is read in linear time.

use std::fmt;

use crate::rules::text::{exact_hash, HashIndex};

/// Any JSON value.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map<String, Value>),
}

/// A JSON number as serde_json keeps it: a whole number as an integer when it fits in 64 bits,
/// anything else as a finite `f64`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number(N);

#[derive(Debug, Clone, Copy, PartialEq)]
enum N {
    PosInt(u64),
    /// Always below zero.
    NegInt(i64),
    Float(f64),
}

impl Number {
    /// The number, when it is finite (JSON has no infinity and no NaN).
    #[must_use]
    pub fn from_f64(f: f64) -> Option<Number> {
        f.is_finite().then_some(Number(N::Float(f)))
    }

    #[must_use]
    pub fn as_u64(&self) -> Option<u64> {
        match self.0 {
            N::PosInt(n) => Some(n),
            _ => None,
        }
    }

    #[must_use]
    pub fn as_i64(&self) -> Option<i64> {
        match self.0 {
            N::PosInt(n) => i64::try_from(n).ok(),
            N::NegInt(n) => Some(n),
            N::Float(_) => None,
        }
    }

    #[must_use]
    #[allow(clippy::cast_precision_loss)]
    pub fn as_f64(&self) -> Option<f64> {
        Some(match self.0 {
            N::PosInt(n) => n as f64,
            N::NegInt(n) => n as f64,
            N::Float(f) => f,
        })
    }
}

impl From<u64> for Number {
    fn from(n: u64) -> Number {
        Number(N::PosInt(n))
    }
}

impl From<i64> for Number {
    fn from(n: i64) -> Number {
        match u64::try_from(n) {
            Ok(n) => Number(N::PosInt(n)),
            Err(_) => Number(N::NegInt(n)),
        }
    }
}

/// An object's fields in their order. `K` is always `String` (the parameter is there so that
/// code written for `serde_json::Map<String, Value>` reads the same).
#[derive(Clone)]
pub struct Map<K, V> {
    fields: Vec<(K, V)>,
}

impl Map<String, Value> {
    #[must_use]
    pub fn new() -> Map<String, Value> {
        Map { fields: Vec::new() }
    }

    /// The fields read in this order, a repeated key keeping its first place and its last
    /// value. Repeats are found by comparing keys while there are few, then through a table
    /// of the keys' hashes.
    #[must_use]
    pub fn from_fields(mut fields: Vec<(String, Value)>) -> Map<String, Value> {
        const FEW: usize = 8;
        // In place: the first `kept` fields are the map so far; a repeat gives its value to
        // the field kept before it, and the next new key moves down to `kept`. Without
        // repeats nothing moves.
        let mut kept = 0;
        let mut index: Option<HashIndex> = None;
        for i in 0..fields.len() {
            let (before, rest) = fields.split_at_mut(i);
            let key = &rest[0].0;
            let position = |k: &str| before[..kept].iter().position(|(other, _)| other == k);
            let at = if kept < FEW {
                position(key)
            } else {
                let index = index.get_or_insert_with(|| {
                    let mut index = HashIndex::with_capacity(FEW * 2);
                    for (j, (k, _)) in before[..kept].iter().enumerate() {
                        index.get_or_insert(exact_hash(k), j);
                    }
                    index
                });
                let hash = exact_hash(key);
                match index.get(hash) {
                    Some(j) if before[j].0 == *key => Some(j),
                    // Two keys with one hash: the table holds the first, so look at them all.
                    Some(_) => position(key),
                    None => {
                        index.get_or_insert(hash, kept);
                        None
                    }
                }
            };
            match at {
                Some(j) => before[j].1 = rest[0].1.take(),
                None => {
                    fields.swap(kept, i);
                    kept += 1;
                }
            }
        }
        fields.truncate(kept);
        Map { fields }
    }

    fn position(&self, key: &str) -> Option<usize> {
        self.fields.iter().position(|(k, _)| k == key)
    }

    /// Sets `key` to `value`: in its place when the map has it (returning the value it had),
    /// at the end otherwise. A scan: for maps the code builds, not for what it reads.
    pub fn insert(&mut self, key: String, value: Value) -> Option<Value> {
        match self.position(&key) {
            Some(i) => Some(std::mem::replace(&mut self.fields[i].1, value)),
            None => {
                self.fields.push((key, value));
                None
            }
        }
    }

    #[must_use]
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    #[must_use]
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.fields
            .iter_mut()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    #[must_use]
    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// Takes `key` out, keeping the order of the others.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        self.position(key).map(|i| self.fields.remove(i).1)
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.fields.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// The fields in order, as `(&key, &value)`.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&String, &Value)> + ExactSizeIterator {
        self.fields.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &String> + ExactSizeIterator {
        self.fields.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Value> + ExactSizeIterator {
        self.fields.iter().map(|(_, v)| v)
    }

    pub fn values_mut(
        &mut self,
    ) -> impl DoubleEndedIterator<Item = &mut Value> + ExactSizeIterator {
        self.fields.iter_mut().map(|(_, v)| v)
    }
}

impl Default for Map<String, Value> {
    fn default() -> Self {
        Map::new()
    }
}

/// Equal when they hold the same keys with equal values, in any order (as serde_json's maps).
impl PartialEq for Map<String, Value> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl fmt::Debug for Map<String, Value> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<'a> IntoIterator for &'a Map<String, Value> {
    type Item = (&'a String, &'a Value);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, Value)>,
        fn(&'a (String, Value)) -> (&'a String, &'a Value),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.fields.iter().map(|(k, v)| (k, v))
    }
}

impl FromIterator<(String, Value)> for Map<String, Value> {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(fields: I) -> Self {
        Map::from_fields(fields.into_iter().collect())
    }
}

impl Value {
    /// The field `key` of an object; `None` for anything else.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }

    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    #[must_use]
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    #[must_use]
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    #[must_use]
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    #[must_use]
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) => n.as_i64(),
            _ => None,
        }
    }

    #[must_use]
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => n.as_f64(),
            _ => None,
        }
    }

    #[must_use]
    pub fn as_array_mut(&mut self) -> Option<&mut Vec<Value>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    #[must_use]
    pub fn as_object(&self) -> Option<&Map<String, Value>> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    #[must_use]
    pub fn as_object_mut(&mut self) -> Option<&mut Map<String, Value>> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    #[must_use]
    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }

    #[must_use]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    #[must_use]
    pub fn is_string(&self) -> bool {
        matches!(self, Value::String(_))
    }

    #[must_use]
    pub fn is_array(&self) -> bool {
        matches!(self, Value::Array(_))
    }

    /// The value at a JSON Pointer (RFC 6901), as [`crate::Pointer::value_at`] finds it.
    #[must_use]
    pub fn pointer(&self, pointer: &str) -> Option<&Value> {
        crate::Pointer::value_at(self, pointer)
    }

    /// The value at a JSON Pointer, to change it.
    #[must_use]
    pub fn pointer_mut(&mut self, pointer: &str) -> Option<&mut Value> {
        if !pointer.is_empty() && !pointer.starts_with('/') {
            return None;
        }
        crate::Pointer::segments(pointer).try_fold(self, |node, segment| match node {
            Value::Object(map) => map.get_mut(&segment),
            Value::Array(list) => list.get_mut(crate::Pointer::list_index(&segment)?),
            _ => None,
        })
    }

    /// The value, leaving `Null` in its place.
    pub fn take(&mut self) -> Value {
        std::mem::take(self)
    }
}

static NULL: Value = Value::Null;

/// `value["key"]`: the field, or `Null` when there is none (as serde_json).
impl std::ops::Index<&str> for Value {
    type Output = Value;

    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
}

/// `value[3]`: the list's item, or `Null` when there is none (as serde_json).
impl std::ops::Index<usize> for Value {
    type Output = Value;

    fn index(&self, i: usize) -> &Value {
        self.as_array()
            .and_then(|items| items.get(i))
            .unwrap_or(&NULL)
    }
}

/// `value["key"] = …`: a `Null` becomes an empty object first, and a missing field is added
/// (as serde_json); panics on anything but an object or `Null`, as serde_json does.
impl std::ops::IndexMut<&str> for Value {
    fn index_mut(&mut self, key: &str) -> &mut Value {
        if self.is_null() {
            *self = Value::Object(Map::new());
        }
        let Value::Object(map) = self else {
            panic!("cannot index a JSON value that is not an object with {key:?}");
        };
        if !map.contains_key(key) {
            map.insert(key.to_owned(), Value::Null);
        }
        map.get_mut(key).unwrap_or_else(|| unreachable!())
    }
}

/// `value[3] = …`; panics when there is no such item, as serde_json does.
impl std::ops::IndexMut<usize> for Value {
    fn index_mut(&mut self, i: usize) -> &mut Value {
        match self {
            Value::Array(items) if i < items.len() => &mut items[i],
            _ => panic!("cannot index a JSON value with {i}: not a list that long"),
        }
    }
}

impl PartialEq<str> for Value {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}

impl PartialEq<&str> for Value {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl PartialEq<bool> for Value {
    fn eq(&self, other: &bool) -> bool {
        self.as_bool() == Some(*other)
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value::String(text.to_owned())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Value {
        Value::String(text)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Value {
        Value::Number(n.into())
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Number(n.into())
    }
}

impl From<i32> for Value {
    fn from(n: i32) -> Value {
        Value::Number(i64::from(n).into())
    }
}

/// A finite number; `Null` for infinity and NaN, as serde_json.
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Number::from_f64(f).map_or(Value::Null, Value::Number)
    }
}

impl From<Vec<Value>> for Value {
    fn from(items: Vec<Value>) -> Value {
        Value::Array(items)
    }
}

impl From<Map<String, Value>> for Value {
    fn from(map: Map<String, Value>) -> Value {
        Value::Object(map)
    }
}

/// The compact JSON text, as the crate writes it (and as serde_json does).
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::json::to_string(self))
    }
}

impl From<&serde_json::Value> for Value {
    fn from(value: &serde_json::Value) -> Value {
        match value {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Number(match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => Number::from(u),
                (None, Some(i)) => Number::from(i),
                // serde_json's numbers are finite.
                _ => Number::from_f64(n.as_f64().unwrap_or_default()).unwrap_or(Number::from(0u64)),
            }),
            serde_json::Value::String(s) => Value::String(s.clone()),
            serde_json::Value::Array(items) => {
                Value::Array(items.iter().map(Value::from).collect())
            }
            serde_json::Value::Object(map) => Value::Object(Map {
                fields: map
                    .iter()
                    .map(|(k, v)| (k.clone(), Value::from(v)))
                    .collect(),
            }),
        }
    }
}

impl From<serde_json::Value> for Value {
    fn from(value: serde_json::Value) -> Value {
        Value::from(&value)
    }
}

impl From<&Value> for serde_json::Value {
    fn from(value: &Value) -> serde_json::Value {
        match value {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(Number(n)) => match *n {
                N::PosInt(u) => u.into(),
                N::NegInt(i) => i.into(),
                N::Float(f) => {
                    serde_json::Number::from_f64(f).map_or(serde_json::Value::Null, Into::into)
                }
            },
            Value::String(s) => serde_json::Value::String(s.clone()),
            Value::Array(items) => {
                serde_json::Value::Array(items.iter().map(serde_json::Value::from).collect())
            }
            Value::Object(map) => serde_json::Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), serde_json::Value::from(v)))
                    .collect(),
            ),
        }
    }
}

impl From<Value> for serde_json::Value {
    fn from(value: Value) -> serde_json::Value {
        serde_json::Value::from(&value)
    }
}

/// Equal to serde_json's value of the same JSON (objects in any order). A convenience for
/// tests, which converts the other value first.
#[allow(clippy::cmp_owned)]
impl PartialEq<serde_json::Value> for Value {
    fn eq(&self, other: &serde_json::Value) -> bool {
        *self == Value::from(other)
    }
}

#[allow(clippy::cmp_owned)]
impl PartialEq<Value> for serde_json::Value {
    fn eq(&self, other: &Value) -> bool {
        *other == Value::from(self)
    }
}

impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap as _, SerializeSeq as _};
        match self {
            Value::Null => serializer.serialize_unit(),
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Number(Number(N::PosInt(n))) => serializer.serialize_u64(*n),
            Value::Number(Number(N::NegInt(n))) => serializer.serialize_i64(*n),
            Value::Number(Number(N::Float(f))) => serializer.serialize_f64(*f),
            Value::String(s) => serializer.serialize_str(s),
            Value::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Value::Object(map) => {
                let mut out = serializer.serialize_map(Some(map.len()))?;
                for (k, v) in map {
                    out.serialize_entry(k, v)?;
                }
                out.end()
            }
        }
    }
}

impl<'de> serde::Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> serde::de::Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        serde::Deserialize::deserialize(d)
    }

    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }

    fn visit_f64<E>(self, f: f64) -> Result<Value, E> {
        Ok(Number::from_f64(f).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut fields = Vec::new();
        while let Some(field) = access.next_entry::<String, Value>()? {
            fields.push(field);
        }
        Ok(Value::Object(Map::from_fields(fields)))
    }
}

#[cfg(test)]
mod tests {
    use super::{Map, Value};
    use proptest::prelude::*;

    fn key() -> impl Strategy<Value = String> {
        // Few distinct keys, so that repeats are common, and long ones past eight bytes.
        prop_oneof!["[a-d]", "[a-z]{1,3}", "(same_prefix_){1,2}[0-9]{1,2}"]
    }

    proptest! {
        /// Whatever the number of fields and repeats, the map holds what serde_json's holds, in
        /// its order.
        #[test]
        fn fields_are_kept_as_serde_json_keeps_them(
            fields in proptest::collection::vec((key(), 0u64..1000), 0..60)
        ) {
            let ours = Map::from_fields(
                fields.iter().map(|(k, n)| (k.clone(), Value::Number((*n).into()))).collect(),
            );
            let mut theirs = serde_json::Map::new();
            for (k, n) in &fields {
                theirs.insert(k.clone(), (*n).into());
            }
            let ours_in_order: Vec<(String, u64)> =
                ours.iter().map(|(k, v)| (k.clone(), v.as_u64().unwrap())).collect();
            let theirs_in_order: Vec<(String, u64)> =
                theirs.iter().map(|(k, v)| (k.clone(), v.as_u64().unwrap())).collect();
            prop_assert_eq!(ours_in_order, theirs_in_order);
        }
    }

    /// A hostile object of many fields, repeats among them: read with each repeat found through
    /// the table (comparing every key with every other would take minutes here).
    #[test]
    fn many_fields_are_read_in_linear_time() {
        let n = 200_000;
        let mut text = String::from("{");
        for i in 0..n {
            text.push_str(&format!("\"key number {i}\":{i},"));
        }
        text.push_str("\"key number 7\":\"again\"}");
        let value = crate::json::parse(&text).unwrap();
        let map = value.as_object().unwrap();
        assert_eq!(map.len(), n);
        assert_eq!(map.keys().nth(7).map(String::as_str), Some("key number 7"));
        assert_eq!(value["key number 7"], "again");
        assert_eq!(value["key number 199999"].as_u64(), Some(199_999));
    }

    #[test]
    fn a_pointer_to_change_finds_what_a_pointer_finds() {
        let value = Value::from(serde_json::json!({ "a/b": [10, { "c~": 20 }], "": 1 }));
        for pointer in [
            "",
            "/",
            "/a~1b",
            "/a~1b/1/c~0",
            "/a~1b/01",
            "/a~1b/2",
            "/x",
            "a",
            "/a~1b/1/c~",
        ] {
            let mut copy = value.clone();
            let found = copy.pointer_mut(pointer).map(|v| v.clone());
            assert_eq!(found.as_ref(), value.pointer(pointer), "{pointer:?}");
        }
        let mut copy = value.clone();
        *copy.pointer_mut("/a~1b/1/c~0").unwrap() = Value::from("changed");
        assert_eq!(copy["a/b"][1]["c~"], "changed");
    }

    #[test]
    fn indexing_and_equality_as_serde_json() {
        let mut value = Value::from(serde_json::json!({ "a": [1, "two"], "b": { "c": true } }));
        assert_eq!(value["a"][1], "two");
        assert!(value["a"][2].is_null() && value["x"]["y"].is_null());
        value["b"]["d"] = Value::from("new");
        value["a"][0] = Value::Null;
        assert_eq!(
            value,
            serde_json::json!({ "b": { "d": "new", "c": true }, "a": [null, "two"] })
        );
        assert_ne!(value, serde_json::json!({ "a": [null, "two"] }));
        let back = serde_json::Value::from(&value);
        assert_eq!(serde_json::to_string(&back).unwrap(), value.to_string());
        let read: Value = serde_json::from_str(r#"{"k":1,"j":-2,"k":2.5}"#).unwrap();
        assert_eq!(read.to_string(), r#"{"k":2.5,"j":-2}"#);
    }
}
