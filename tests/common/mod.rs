//! Helpers the integration tests share: the seed letter and fixture files that change it.
#![allow(dead_code)] // each test file uses a part

pub use inspection_letter::Value;

/// `json!` as serde_json's, giving the crate's [`Value`].
#[macro_export]
macro_rules! json {
    ($($json:tt)+) => {
        inspection_letter::Value::from(serde_json::json!($($json)+))
    };
}

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

/// A fixture case as a letter: a whole letter, or `{ "$seed": { pointer: value } }` (the seed with
/// those values set), with `"$repeat": { pointer: [text, count] }` for long texts.
pub fn load(case: &Value) -> Value {
    let mut letter = match case.get("$seed") {
        Some(Value::Object(changes)) => {
            let mut letter = seed();
            for (pointer, value) in changes {
                set(&mut letter, pointer, value.clone());
            }
            letter
        }
        _ => return case.clone(),
    };
    if let Some(Value::Object(repeats)) = case.get("$repeat") {
        for (pointer, spec) in repeats {
            let text = spec[0]
                .as_str()
                .unwrap()
                .repeat(spec[1].as_u64().unwrap() as usize);
            set(&mut letter, pointer, Value::String(text));
        }
    }
    letter
}
