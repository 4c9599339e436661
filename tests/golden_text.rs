#![cfg(not(target_family = "wasm"))]
//! The seed letter renders to the text of the published letter.

use inspection_letter::Value;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// Deletes bullet glyphs at line starts and collapses every run of whitespace to one space.
fn normalise(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .map(|line| {
            let trimmed = line.trim_start();
            trimmed.strip_prefix(['•', '-', 'ƒ']).unwrap_or(trimmed)
        })
        .collect();
    lines
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_seed_renders_as_published() {
    let letter: Value = serde_json::from_str(&fixture("southend-2011.json")).unwrap();
    let rendered = normalise(&inspection_letter::render_text(&letter));
    let published = normalise(&fixture("southend-2011.txt"));
    if rendered != published {
        let at = rendered
            .bytes()
            .zip(published.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        let from = at.saturating_sub(80);
        panic!(
            "differs at byte {at}:\nrendered:  …{}\npublished: …{}",
            &rendered[from..(at + 80).min(rendered.len())],
            &published[from..(at + 80).min(published.len())]
        );
    }
}

#[test]
fn normalising_does_not_hide_a_difference() {
    let published = normalise(&fixture("southend-2011.txt"));
    let letter: Value = serde_json::from_str(
        &fixture("southend-2011.json")
            .replace("17 May", "18 May")
            .replace("\"Cook\"", "\"Cooke\""),
    )
    .unwrap();
    assert_ne!(
        normalise(&inspection_letter::render_text(&letter)),
        published
    );
}
