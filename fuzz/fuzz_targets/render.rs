//! `render_html` (with and without marks) and `render_text`: any bytes that are JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(letter) = serde_json::from_slice::<inspection_letter::Value>(data) {
        let options = inspection_letter::Options { highlight: true, ..inspection_letter::Options::default() };
        let _ = inspection_letter::render_html(&letter, &options);
        let _ = inspection_letter::render_text(&letter);
    }
});
