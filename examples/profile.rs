//! Runs one operation many times on the seed letter, for a profiler:
//! `cargo build --release --example profile && valgrind --tool=callgrind target/release/examples/profile validate 200`
//! (operations: validate, html, text, import, parse (serde_json), json (the package's reader), words; the second argument is the number of runs; a third,
//! when given, profiles a generated letter of that many findings instead of the seed, and a fourth,
//! `unlike`, makes those findings ones that are not near copies of one another).

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let letter: inspection_letter::Value = match args.get(3).and_then(|n| n.parse().ok()) {
        // A fourth argument, `unlike`, takes findings that are not near copies of one another.
        Some(n) if args.get(4).is_some_and(|a| a == "unlike") => {
            inspection_letter::sample::letter_with_unlike_findings(n)
        }
        Some(n) => inspection_letter::sample::letter_with_findings(n),
        None => serde_json::from_str(include_str!("../tests/fixtures/southend-2011.json")).unwrap(),
    };
    let runs: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(100);
    let options = inspection_letter::Options::default();
    let text = letter.to_string();
    let read = inspection_letter::Letter::from_value(&letter);
    let prose: Vec<String> = read
        .text_fields()
        .iter()
        .filter(|f| f.path.is_finding() || f.text.len() > 200)
        .map(|f| f.text.to_owned())
        .collect();
    let mut total = 0;
    for _ in 0..runs {
        total += match args.get(1).map(String::as_str) {
            Some("html") => inspection_letter::render_html(&letter, &options).len(),
            Some("text") => inspection_letter::render_text(&letter).len(),
            // The seed's plain text read back into a letter.
            Some("import") => {
                inspection_letter::import_text(include_str!("../tests/fixtures/southend-2011.txt"))
                    .diagnostics
                    .len()
            }
            // What the browser package does first with the JSON text it is given.
            // Splitting the letter's strings into tagged words, which validate does first.
            Some("words") => inspection_letter::Letter::from_value(&letter)
                .text_fields()
                .iter()
                .map(|f| inspection_letter::rules::text::words(f.text).count())
                .sum(),
            // Only the splitting into words, of the texts the rules split.
            Some("tok") => prose
                .iter()
                .map(|t| inspection_letter::rules::text::words(t).count())
                .sum(),
            Some("push") => {
                let mut out = Vec::with_capacity(1000);
                for t in &prose {
                    inspection_letter::rules::text::push_words(t, &mut out);
                }
                out.len()
            }
            Some("letter") => inspection_letter::Letter::from_value(&letter)
                .text_fields()
                .len(),
            Some("parse") => serde_json::from_str::<serde_json::Value>(&text)
                .map_or(0, |v| v.as_object().map_or(0, serde_json::Map::len)),
            // The browser package's own reader, on the same text.
            Some("json") => inspection_letter::json::parse(&text).map_or(0, |v| {
                v.as_object().map_or(0, inspection_letter::value::Map::len)
            }),
            _ => inspection_letter::validate(&letter, &options).len(),
        };
    }
    println!("{total}");
}
