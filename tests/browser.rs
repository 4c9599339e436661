//! The browser boundary, in headless Chromium (wasm-bindgen-test): the exports called with
//! JavaScript values answer exactly as the native crate does.
//! `cargo test --target wasm32-unknown-unknown --test browser` (the runner is set in .cargo/config.toml).
#![cfg(target_family = "wasm")]

use inspection_letter::wasm;
use js_sys::JSON;
use serde_json::Value;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("fixtures/southend-2011.json");

/// The body of an insta snapshot file: what the native tests recorded.
fn snapshot(text: &str) -> &str {
    let body = text.splitn(3, "---\n").nth(2).unwrap_or("");
    body.strip_suffix('\n').unwrap_or(body)
}

fn js(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

fn to_value(value: &JsValue) -> Value {
    serde_json::from_str(&JSON::stringify(value).unwrap().as_string().unwrap()).unwrap()
}

#[wasm_bindgen_test]
fn the_seed_gives_the_native_diagnostics() {
    let recorded: Value = serde_json::from_str(snapshot(include_str!(
        "snapshots/diagnostics__fixture_letters@seed.json.snap"
    )))
    .unwrap();
    let diagnostics = wasm::validate(js(SEED), None).unwrap();
    assert_eq!(to_value(&diagnostics), recorded["diagnostics"]);
}

#[wasm_bindgen_test]
fn the_seed_gives_byte_identical_html_and_text() {
    let html = wasm::render_html(js(SEED), None).unwrap();
    assert_eq!(
        html,
        snapshot(include_str!("snapshots/render__html@seed.json.snap")).to_owned() + "\n"
    );
    let text = wasm::render_text(js(SEED));
    assert_eq!(
        text.trim_end(),
        snapshot(include_str!("snapshots/render__text@seed.json.snap")).trim_end()
    );
}

#[wasm_bindgen_test]
fn broken_letters_give_diagnostics_at_their_paths() {
    let mut letter: Value = serde_json::from_str(SEED).unwrap();
    letter["date"] = Value::from(17);
    letter["recipent"] = Value::Object(serde_json::Map::new());
    letter["recipient"]
        .as_object_mut()
        .unwrap()
        .remove("postcode");
    let diagnostics = to_value(&wasm::validate(js(&letter.to_string()), None).unwrap());
    let found: Vec<String> = diagnostics
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{} {}",
                d["code"].as_str().unwrap(),
                d["path"].as_str().unwrap()
            )
        })
        .collect();
    for expected in [
        "wrong-type /date",
        "unknown-key /recipent",
        "required-field /recipient/postcode",
    ] {
        assert!(
            found.iter().any(|f| f == expected),
            "{expected} not in {found:?}"
        );
    }
    for hostile in [
        "null",
        "17",
        "\"text\"",
        "[]",
        "{\"findings\": {\"x\": [[[[]]]]}}",
    ] {
        assert!(wasm::validate(js(hostile), None).unwrap().is_array());
    }
}

#[wasm_bindgen_test]
fn spans_are_utf16_offsets_on_non_ascii_text() {
    let mut letter: Value = serde_json::from_str(SEED).unwrap();
    let text = "“Zoë’s” café 😀 team: Oliver’s mother wasn’t contacted.";
    letter["status"] = Value::from("draft");
    letter["findings"]["strengths"][0]["text"] = Value::from(text);
    let diagnostics = to_value(&wasm::validate(js(&letter.to_string()), None).unwrap());
    let units: Vec<u16> = text.encode_utf16().collect();
    let selected = |code: &str| {
        let d = diagnostics
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["code"] == code)
            .unwrap();
        let (start, end) = (
            d["span"]["start"].as_u64().unwrap() as usize,
            d["span"]["end"].as_u64().unwrap() as usize,
        );
        String::from_utf16(&units[start..end]).unwrap()
    };
    assert_eq!(selected("personal-name"), "Oliver");
    assert_eq!(selected("negative-contraction"), "wasn’t");
}

#[wasm_bindgen_test]
fn a_large_letter_validates_and_renders() {
    let letter = inspection_letter::sample::letter_with_findings(1000);
    let value = js(&letter.to_string());
    let diagnostics = to_value(&wasm::validate(value.clone(), None).unwrap());
    assert_eq!(
        diagnostics,
        serde_json::to_value(inspection_letter::validate(
            &letter,
            &inspection_letter::Options::default()
        ))
        .unwrap()
    );
    let html = wasm::render_html(value, None).unwrap();
    assert_eq!(html.matches("<li class=\"il-finding\">").count(), 1000);
}

#[wasm_bindgen_test]
fn misused_options_are_an_error_not_a_panic() {
    assert!(wasm::validate(
        js(SEED),
        Some(js("{\"rules\": {\"wrong-type\": \"loud\"}}"))
    )
    .is_err());
    assert!(wasm::validate(js(SEED), Some(js("17"))).is_err());
}

#[wasm_bindgen_test]
fn lone_surrogates_become_replacement_characters_and_the_rest_is_kept() {
    // JSON.parse makes JavaScript strings holding a lone high and a lone low surrogate.
    let letter =
        js(r#"{"kind": "ucra-2011", "council": "Essex\ud800 County \udc00Council", "date": 17}"#);
    let diagnostics = to_value(&wasm::validate(letter.clone(), None).unwrap());
    let codes: Vec<&str> = diagnostics
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"wrong-type"),
        "the letter was read: {codes:?}"
    );
    assert!(wasm::render_text(letter).contains("Essex\u{FFFD} County \u{FFFD}Council"));
}
