//! Reading and `validate`: any bytes that are JSON, as a letter, with and without options. The
//! browser package's reader (`json::parse`) is held to serde_json's on every input: the same
//! value, its fields in the same order, when serde_json reads it, and a refusal when serde_json refuses, but for the lone
//! surrogates that the package reads as U+FFFD on purpose.
#![no_main]

use inspection_letter::{json, validate, Options};
use libfuzzer_sys::fuzz_target;
use inspection_letter::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let ours = json::parse(text);
    let letter = match serde_json::from_str::<serde_json::Value>(text) {
        Ok(theirs) => {
            let letter = Value::from(&theirs);
            assert_eq!(ours.as_ref(), Ok(&letter), "the readers differ on {text:?}");
            // The same fields in the same order (`==` on objects ignores the order).
            assert_eq!(
                letter.to_string(),
                serde_json::to_string(&theirs).unwrap_or_default(),
                "the readers order {text:?} differently"
            );
            letter
        }
        Err(e) => {
            let e = e.to_string();
            let lone = e.contains("surrogate") || e.contains("end of hex escape");
            assert!(lone || ours.is_err(), "only this reader read {text:?}: {e}");
            match ours {
                Ok(letter) => letter,
                Err(_) => return,
            }
        }
    };
    let _ = validate(&letter, &Options::default());
    if let Ok(options) = Options::from_value(&letter) {
        let _ = validate(&letter, &options);
    }
});
