//! Reading and `validate`: any bytes that are JSON, as a letter, with and without options.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(letter) = serde_json::from_slice::<serde_json::Value>(data) {
        let _ = inspection_letter::validate(&letter, &inspection_letter::Options::default());
        if let Ok(options) = inspection_letter::Options::from_value(&letter) {
            let _ = inspection_letter::validate(&letter, &options);
        }
    }
});
