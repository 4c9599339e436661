//! The browser boundary, in headless Chromium (wasm-bindgen-test): the exports called with
//! JavaScript values answer exactly as the native crate does.
//! `cargo test --target wasm32-unknown-unknown --test browser` (the runner is set in .cargo/config.toml).
#![cfg(target_family = "wasm")]

use inspection_letter::wasm;
use inspection_letter::Value;
use js_sys::JSON;
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
    letter["recipent"] = Value::Object(inspection_letter::value::Map::new());
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

/// The browser build's allocator (`src/wasm/alloc.rs`): blocks of every size class and many
/// alignments, filled, grown, shrunk and freed in a scrambled order, keep their bytes and their
/// alignment, and freed blocks are reused.
#[wasm_bindgen_test]
fn the_allocator_keeps_every_block_apart() {
    use std::alloc::{alloc, dealloc, realloc, Layout};
    let mut seed = 0x9e37_79b9_u32;
    let mut next = move |n: u32| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed % n
    };
    // The bytes written and checked: each block's first and last 64 and one in every 509 (all
    // of a small block), enough to see two blocks overlap without a debug build taking minutes.
    let marked = |n: usize| {
        (0..n.min(64))
            .chain(n.saturating_sub(64)..n)
            .chain((0..n).step_by(509))
    };
    let fill = |p: *mut u8, n: usize, tag: u8| {
        for i in marked(n) {
            unsafe { *p.add(i) = tag.wrapping_add(i as u8) };
        }
    };
    let holds = |p: *const u8, n: usize, tag: u8| {
        marked(n).all(|i| unsafe { *p.add(i) } == tag.wrapping_add(i as u8))
    };
    let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
    for round in 0..3_000u32 {
        let size = match next(10) {
            0 => 1 + next(8) as usize,
            1..=6 => 1 + next(300) as usize,
            7 | 8 => 1 + next(70_000) as usize,
            _ => 1 + next(400_000) as usize,
        };
        let align = 1usize << next(8);
        let layout = Layout::from_size_align(size, align).unwrap();
        let p = unsafe { alloc(layout) };
        assert!(!p.is_null());
        assert_eq!(p as usize % align, 0, "alignment {align}");
        let tag = round as u8;
        fill(p, size, tag);
        live.push((p, layout, tag));
        if next(3) == 0 && !live.is_empty() {
            let at = next(live.len() as u32) as usize;
            let (p, layout, tag) = live.swap_remove(at);
            assert!(holds(p, layout.size(), tag), "a block was overwritten");
            if next(2) == 0 {
                let grown = layout.size() * 2 + next(100) as usize;
                let q = unsafe { realloc(p, layout, grown) };
                assert!(!q.is_null());
                assert_eq!(q as usize % layout.align(), 0);
                assert!(holds(q, layout.size(), tag), "realloc kept the bytes");
                let grown = Layout::from_size_align(grown, layout.align()).unwrap();
                fill(q, grown.size(), tag);
                live.push((q, grown, tag));
            } else {
                unsafe { dealloc(p, layout) };
            }
        }
        if live.len() > 200 {
            for (p, layout, tag) in live.drain(..100) {
                assert!(holds(p, layout.size(), tag), "a block was overwritten");
                unsafe { dealloc(p, layout) };
            }
        }
    }
    for (p, layout, tag) in live.drain(..) {
        assert!(holds(p, layout.size(), tag), "a block was overwritten");
        unsafe { dealloc(p, layout) };
    }
    // A freed block of a class is the next one that class gives.
    let layout = Layout::from_size_align(48, 8).unwrap();
    let a = unsafe { alloc(layout) };
    unsafe { dealloc(a, layout) };
    assert_eq!(unsafe { alloc(layout) }, a);
    unsafe { dealloc(a, layout) };
}

/// The package keeps the last letter it read: a letter that changes between calls, back and
/// forth, gets the answers of the letter it is now, never those of the one before.
#[wasm_bindgen_test]
fn the_kept_letter_is_never_the_wrong_one() {
    let seed: Value = serde_json::from_str(SEED).unwrap();
    let mut changed = seed.clone();
    changed["recipient"]["postcode"] = Value::from("ss2 6er");
    let native = |letter: &Value| {
        let options = inspection_letter::Options::default();
        (
            serde_json::to_value(inspection_letter::validate(letter, &options)).unwrap(),
            inspection_letter::render_html(letter, &options),
            inspection_letter::render_text(letter),
        )
    };
    let (seed_native, changed_native) = (native(&seed), native(&changed));
    assert_ne!(seed_native.0, changed_native.0);
    for letter in [&seed, &changed, &changed, &seed, &changed, &seed, &seed] {
        let expected = if letter == &seed {
            &seed_native
        } else {
            &changed_native
        };
        let text = letter.to_string();
        assert_eq!(
            to_value(&wasm::validate(js(&text), None).unwrap()),
            expected.0
        );
        assert_eq!(wasm::render_html(js(&text), None).unwrap(), expected.1);
        assert_eq!(wasm::render_text(js(&text)), expected.2);
    }
    // Undefined and unreadable letters in between are answered as themselves.
    assert_eq!(
        wasm::render_text(JsValue::UNDEFINED),
        inspection_letter::render_text(&Value::Null)
    );
    assert_eq!(
        to_value(&wasm::validate(js(&seed.to_string()), None).unwrap()),
        seed_native.0
    );
}
