//! Helpers the integration tests share: the seed letter and fixture files that change it.
#![allow(dead_code)] // each test file uses a part

use serde_json::{json, Value};

pub fn seed() -> Value {
    serde_json::from_str(include_str!("../fixtures/southend-2011.json")).unwrap()
}

/// Sets `value` at `pointer`, creating objects on the way; `null` removes the value.
pub fn set(letter: &mut Value, pointer: &str, value: Value) {
    let (parent, last) = pointer.rsplit_once('/').unwrap();
    let last = last.replace("~1", "/").replace("~0", "~");
    if letter.pointer(parent).is_none() {
        set(letter, parent, json!({}));
    }
    match letter.pointer_mut(parent).unwrap() {
        Value::Object(map) if value.is_null() => {
            map.remove(&last);
        }
        Value::Object(map) => {
            map.insert(last, value);
        }
        Value::Array(items) => {
            let index: usize = last.parse().unwrap();
            if value.is_null() {
                items.remove(index);
            } else if index == items.len() {
                items.push(value);
            } else {
                items[index] = value;
            }
        }
        other => panic!("cannot set {pointer} inside {other}"),
    }
}

pub fn load(case: &Value) -> Value {
    match case.get("$seed") {
        Some(Value::Object(changes)) => {
            let mut letter = seed();
            for (pointer, value) in changes {
                set(&mut letter, pointer, value.clone());
            }
            letter
        }
        _ => case.clone(),
    }
}
