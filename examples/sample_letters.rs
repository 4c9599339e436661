//! Writes the benchmark letters as JSON: the seed and generated letters of 1, 10, 100 and
//! 1,000 findings. `cargo run --release --example sample_letters -- DIR`

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/bench-letters".into());
    std::fs::create_dir_all(&dir).expect("create the output folder");
    let seed: inspection_letter::Value =
        serde_json::from_str(include_str!("../tests/fixtures/southend-2011.json"))
            .expect("the seed is JSON");
    let mut letters = vec![("seed".to_owned(), seed)];
    for n in [1, 10, 100, 1000] {
        letters.push((
            format!("findings-{n}"),
            inspection_letter::sample::letter_with_findings(n),
        ));
    }
    for (name, letter) in letters {
        let path = format!("{dir}/{name}.json");
        std::fs::write(&path, letter.to_string()).expect("write a letter");
        println!("{path}");
    }
}
