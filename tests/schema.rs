#![cfg(not(target_family = "wasm"))]
//! The JSON Schema: the seed passes it, wrong types fail it, and it agrees with the letter model.

use serde_json::{json, Map, Value};

fn seed() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/southend-2011.json"
    ))
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::new(&serde_json::Value::from(inspection_letter::schema()))
        .expect("the schema compiles as 2020-12")
}

#[test]
fn the_seed_passes_the_schema() {
    let errors: Vec<String> = validator()
        .iter_errors(&seed())
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn wrong_types_fail_the_schema_and_the_rules_alike() {
    for (pointer, bad) in [
        ("/date", json!(17)),
        ("/recipient/address", json!("Civic Centre")),
        (
            "/findings/areas_for_development/0/previously_identified",
            json!("yes"),
        ),
        ("/copies", json!({})),
    ] {
        let mut letter = seed();
        *letter.pointer_mut(pointer).unwrap() = bad;
        let schema_paths: Vec<String> = validator()
            .iter_errors(&letter)
            .map(|e| e.instance_path.to_string())
            .collect();
        assert!(
            schema_paths.contains(&pointer.to_owned()),
            "the schema misses {pointer}: {schema_paths:?}"
        );
        let diagnostics =
            inspection_letter::validate(&(&letter).into(), &inspection_letter::Options::default());
        assert!(
            diagnostics
                .iter()
                .any(|d| d.code == "wrong-type" && d.path == pointer),
            "validate misses {pointer}"
        );
    }
}

#[test]
fn unknown_keys_fail_the_schema_too() {
    let mut letter = seed();
    letter
        .as_object_mut()
        .unwrap()
        .insert("recipent".into(), json!({}));
    assert!(!validator().is_valid(&letter));
}

/// A letter with every field the schema describes, each with a distinct value.
fn everything(node: &Value, defs: &Value, counter: &mut usize) -> Value {
    if node.get("pattern").is_some() {
        return json!("2010-06");
    }
    let node = match node.get("$ref").and_then(Value::as_str) {
        Some(r) => defs.pointer(r.trim_start_matches('#')).unwrap(),
        None => node,
    };
    *counter += 1;
    match node["type"].as_str().unwrap() {
        "object" => {
            let mut out = Map::new();
            for (key, child) in node
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                out.insert(key.clone(), everything(child, defs, counter));
            }
            if let Some(extra @ Value::Object(_)) = node.get("additionalProperties") {
                out.insert("strengths".into(), everything(extra, defs, counter));
            }
            Value::Object(out)
        }
        "array" => json!([
            everything(&node["items"], defs, counter),
            everything(&node["items"], defs, counter)
        ]),
        "boolean" => json!(true),
        _ => match (node.get("enum"), node.get("format")) {
            (Some(values), _) => values.as_array().unwrap().last().unwrap().clone(),
            (None, Some(_)) => json!(format!("2011-04-{:02}", *counter % 28 + 1)),
            (None, None) => json!(format!("value {counter}")),
        },
    }
}

#[test]
fn the_model_reads_and_writes_every_field_the_schema_has() {
    let schema = serde_json::Value::from(inspection_letter::schema());
    let full = everything(&schema, &schema, &mut 0);
    let ours = inspection_letter::Value::from(&full);
    let read = inspection_letter::Letter::from_value(&ours);
    assert_eq!(
        read.to_value(),
        full,
        "a field of the schema is lost by the model"
    );
    assert!(validator().is_valid(&full));
}
