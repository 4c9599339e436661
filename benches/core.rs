//! Native figures: reading JSON, `validate`, `render_html` and `render_text` on the seed and on generated
//! letters of 1, 10, 100 and 1,000 findings. `cargo bench --bench core`; method in BENCHMARKS.md.

use divan::{black_box, Bencher};
use inspection_letter::Value;
use inspection_letter::{sample, Options};

fn main() {
    divan::main();
}

fn seed() -> Value {
    serde_json::from_str(include_str!("../tests/fixtures/southend-2011.json")).unwrap()
}

const SIZES: [usize; 4] = [1, 10, 100, 1000];

#[divan::bench]
fn validate_seed(bencher: Bencher) {
    let letter = seed();
    let options = Options::default();
    bencher.bench(|| inspection_letter::validate(black_box(&letter), &options));
}

#[divan::bench]
fn render_html_seed(bencher: Bencher) {
    let letter = seed();
    let options = Options::default();
    bencher.bench(|| inspection_letter::render_html(black_box(&letter), &options));
}

#[divan::bench]
fn render_text_seed(bencher: Bencher) {
    let letter = seed();
    bencher.bench(|| inspection_letter::render_text(black_box(&letter)));
}

/// The seed's JSON text (compact, as `JSON.stringify` writes it) read by the browser package's
/// reader and, for comparison, by serde_json's.
#[divan::bench]
fn read_json_seed(bencher: Bencher) {
    let text = seed().to_string();
    bencher.bench(|| inspection_letter::json::parse(black_box(&text)));
}

#[divan::bench]
fn read_json_seed_serde(bencher: Bencher) {
    let text = seed().to_string();
    bencher.bench(|| serde_json::from_str::<serde_json::Value>(black_box(&text)));
}

#[divan::bench(args = SIZES)]
fn validate_findings(bencher: Bencher, n: usize) {
    let letter = sample::letter_with_findings(n);
    let options = Options::default();
    bencher.bench(|| inspection_letter::validate(black_box(&letter), &options));
}

/// Findings that are not near copies of one another, as in a real letter: the near-duplicate
/// rule compares few pairs.
#[divan::bench(args = SIZES)]
fn validate_unlike_findings(bencher: Bencher, n: usize) {
    let letter = sample::letter_with_unlike_findings(n);
    let options = Options::default();
    bencher.bench(|| inspection_letter::validate(black_box(&letter), &options));
}

#[divan::bench(args = SIZES)]
fn render_html_findings(bencher: Bencher, n: usize) {
    let letter = sample::letter_with_findings(n);
    let options = Options::default();
    bencher.bench(|| inspection_letter::render_html(black_box(&letter), &options));
}

#[divan::bench(args = SIZES)]
fn render_text_findings(bencher: Bencher, n: usize) {
    let letter = sample::letter_with_findings(n);
    bencher.bench(|| inspection_letter::render_text(black_box(&letter)));
}

#[divan::bench]
fn import_text_seed(bencher: Bencher) {
    let text = include_str!("../tests/fixtures/southend-2011.txt");
    bencher.bench(|| inspection_letter::import_text(black_box(text)));
}

#[divan::bench(args = SIZES)]
fn import_text_findings(bencher: Bencher, n: usize) {
    let text = inspection_letter::render_text(&sample::letter_with_findings(n));
    bencher.bench(|| inspection_letter::import_text(black_box(&text)));
}

/// Linear time on large hostile input: the seed's text repeated to 1 and 10 MB.
#[divan::bench(args = [1, 10], sample_count = 10)]
fn import_text_megabytes(bencher: Bencher, megabytes: usize) {
    let seed = include_str!("../tests/fixtures/southend-2011.txt");
    let text = seed.repeat(megabytes * 1_000_000 / seed.len());
    bencher.bench(|| inspection_letter::import_text(black_box(&text)));
}
