#![cfg(not(target_family = "wasm"))]
//! Properties over random letters and random JSON: no panic; the same diagnostics every time,
//! in the contract's order; paths that point into the letter; spans inside their strings on
//! UTF-16 boundaries; a preview that is balanced HTML holding every finding's text.

use inspection_letter::Value;
use inspection_letter::{render_html, render_text, validate, Diagnostic, Options};
use proptest::prelude::*;

#[macro_use]
mod common;
use common::seed;

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        any::<String>().prop_map(Value::String),
        "[a-z_]{1,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            proptest::collection::btree_map(
                "[a-z_]{1,14}|kind|date|findings|recipient|strengths|text",
                inner,
                0..8
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every string of the seed letter, by path.
fn string_paths() -> Vec<String> {
    let seed = seed();
    let letter = inspection_letter::Letter::from_value(&seed);
    letter
        .text_fields()
        .into_iter()
        .map(|f| f.path.to_string())
        .collect()
}

/// The seed with random text in every string field.
fn random_texts() -> impl Strategy<Value = Value> {
    let paths = string_paths();
    proptest::collection::vec(any::<String>(), paths.len()).prop_map(move |texts| {
        let mut letter = seed();
        for (path, text) in paths.iter().zip(texts) {
            *letter.pointer_mut(path).unwrap() = Value::String(text);
        }
        letter
    })
}

/// The seed with a random JSON value put at a random place.
fn random_graft() -> impl Strategy<Value = Value> {
    let places = [
        "",
        "/kind",
        "/date",
        "/recipient",
        "/recipient/address",
        "/findings",
        "/findings/strengths",
        "/findings/strengths/0",
        "/inspection/dates",
        "/copies",
        "/signatory/name",
        "/previous_inspection",
    ];
    (proptest::sample::select(places.to_vec()), any_json()).prop_map(|(place, value)| {
        let mut letter = seed();
        match letter.pointer_mut(place) {
            Some(slot) => *slot = value,
            None => letter = value,
        }
        letter
    })
}

fn check(letter: &Value) -> Result<(), TestCaseError> {
    let options = Options::default();
    let first = validate(letter, &options);
    prop_assert_eq!(
        &first,
        &validate(letter, &options),
        "validate is deterministic"
    );
    for pair in first.windows(2) {
        prop_assert!(
            pair[0].cmp_contract(&pair[1]).is_le(),
            "out of order: {:?} then {:?}",
            pair[0],
            pair[1]
        );
    }
    for d in &first {
        check_path(letter, d)?;
        check_span(letter, d)?;
    }
    let html = render_html(
        letter,
        &Options {
            highlight: true,
            ..Options::default()
        },
    );
    prop_assert!(balanced(&html), "unbalanced HTML: {html}");
    let text: String = scraper::Html::parse_fragment(&html)
        .root_element()
        .text()
        .collect();
    let read = inspection_letter::Letter::from_value(letter);
    for finding in read.finding_fields() {
        if !finding.text.trim().is_empty() {
            prop_assert!(
                text.contains(finding.text),
                "the preview lacks {:?}",
                finding.text
            );
        }
    }
    let _ = render_text(letter);
    let _ = inspection_letter::import_text(&render_text(letter));
    Ok(())
}

/// A path points at the value, or, for a required field that is missing, at the place the
/// schema gives that field (under a missing group, each of its required fields is reported at its
/// own path, so that a form can show each message beside its control).
fn check_path(letter: &Value, d: &Diagnostic) -> Result<(), TestCaseError> {
    if letter.pointer(&d.path).is_some() {
        return Ok(());
    }
    prop_assert_eq!(
        d.code.as_str(),
        "required-field",
        "{} points at nothing: {}",
        d.code,
        d.path
    );
    prop_assert!(
        inspection_letter::schema::label(&d.path) != "Value",
        "a required field the schema lacks: {}",
        d.path
    );
    Ok(())
}

fn check_span(letter: &Value, d: &Diagnostic) -> Result<(), TestCaseError> {
    let Some(span) = d.span else { return Ok(()) };
    let text = letter.pointer(&d.path).and_then(Value::as_str);
    prop_assert!(
        text.is_some(),
        "{} has a span but {} is not text",
        d.code,
        d.path
    );
    let units: Vec<u16> = text.unwrap_or_default().encode_utf16().collect();
    prop_assert!(
        span.start <= span.end && span.end <= units.len(),
        "{}: {:?} outside {} units",
        d.code,
        span,
        units.len()
    );
    let inside_pair = |i: usize| i > 0 && i < units.len() && (0xDC00..=0xDFFF).contains(&units[i]);
    prop_assert!(
        !inside_pair(span.start) && !inside_pair(span.end),
        "{}: {:?} splits a surrogate pair",
        d.code,
        span
    );
    Ok(())
}

/// Whether every element the preview opens is closed, in order (text is escaped, so `<` only
/// starts a tag).
fn balanced(html: &str) -> bool {
    let mut stack: Vec<&str> = Vec::new();
    for tag in html.split('<').skip(1) {
        let name_end = tag.find([' ', '>']).unwrap_or(tag.len());
        let name = &tag[..name_end];
        if let Some(closing) = name.strip_prefix('/') {
            if stack.pop() != Some(closing) {
                return false;
            }
        } else if name != "br" {
            stack.push(name);
        }
    }
    stack.is_empty()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_json_anywhere(letter in random_graft()) {
        check(&letter)?;
    }

    #[test]
    fn random_json_as_the_whole_letter(letter in any_json()) {
        check(&letter)?;
    }

    #[test]
    fn random_text_in_every_field(letter in random_texts()) {
        check(&letter)?;
    }
}

/// The sentences that `rules::text::sentences` splits, each holding the words that start in it.
type Ranges = Vec<(usize, usize)>;

/// Long sentences as `sentence-too-long` reports them, and as the definition finds them.
fn long_sentences(text: &str) -> (Ranges, Ranges) {
    use inspection_letter::rules::text::{sentences, words};
    let mut letter = seed();
    letter["findings"]["strengths"] = json!([{ "text": text }]);
    let reported: Vec<(usize, usize)> = validate(&letter, &Options::default())
        .into_iter()
        .filter(|d| d.code == "sentence-too-long" && d.path == "/findings/strengths/0/text")
        .filter_map(|d| d.span.map(|s| (s.start, s.end)))
        .collect();
    let all: Vec<_> = words(text).collect();
    let mut next = 0;
    let mut defined = Vec::new();
    if all.len() > 25 {
        for (start, end) in sentences(text) {
            let from = next;
            while next < all.len() && all[next].start < end {
                next += 1;
            }
            if next - from > 25 {
                defined.push((start, end));
            }
        }
    }
    (reported, defined)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The rule counts words between the gaps where sentences end; the definition splits the
    /// text first. ASCII only, so that UTF-16 offsets are byte offsets.
    #[test]
    fn long_sentences_are_found_as_defined(
        pieces in proptest::collection::vec(
            prop_oneof![
                12 => prop_oneof![Just("word "), Just("Word "), Just("a "), Just("x-y "), Just("don't "), Just("7 ")],
                4 => prop_oneof![Just(" "), Just("word"), Just(", "), Just("\n"), Just("e.g. ")],
                1 => prop_oneof![Just(". "), Just("."), Just("? "), Just("!"), Just(".\" "), Just("..."), Just(" . ")],
            ],
            0..200,
        )
    ) {
        let text: String = pieces.concat();
        let (reported, defined) = long_sentences(&text);
        prop_assert_eq!(reported, defined, "{:?}", text);
    }
}

#[test]
fn a_long_sentence_is_found_where_the_definition_finds_it() {
    let text = format!(
        ". {}end. Short one. {}last",
        "word ".repeat(30),
        "x ".repeat(26)
    );
    let (reported, defined) = long_sentences(&text);
    assert_eq!(reported.len(), 2);
    assert_eq!(reported, defined);
}

/// The blocks of Unicode that hold signs rather than letters (`rules::text::is_letter`).
const SIGN_BLOCKS: &[(char, char)] = &[
    ('\u{80}', '\u{bf}'),
    ('×', '×'),
    ('÷', '÷'),
    ('\u{2000}', '\u{2bff}'),
    ('\u{2e00}', '\u{2e7f}'),
    ('\u{3000}', '\u{303f}'),
    ('\u{e000}', '\u{f8ff}'),
    ('\u{fe00}', '\u{fe1f}'),
    ('\u{fe30}', '\u{fe6f}'),
    ('\u{feff}', '\u{feff}'),
    ('\u{ff00}', '\u{ff20}'),
    ('\u{ff3b}', '\u{ff40}'),
    ('\u{ff5b}', '\u{ff65}'),
    ('\u{ffe0}', '\u{ffff}'),
    ('\u{1f000}', '\u{1faff}'),
    ('\u{e0000}', '\u{e0fff}'),
    ('\u{f0000}', '\u{10ffff}'),
];

/// A letter (an ASCII one, or any character outside ASCII and outside [`SIGN_BLOCKS`]), an
/// ASCII digit, or one of the other digits a letter may hold.
fn word_char(c: char) -> bool {
    let letter = if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        !SIGN_BLOCKS.iter().any(|(a, b)| (*a..=*b).contains(&c))
    };
    letter
        || c.is_ascii_digit()
        || ['²', '³', '¹', '¼', '½', '¾'].contains(&c)
        || ('٠'..='٩').contains(&c)
        || ('۰'..='۹').contains(&c)
        || ('०'..='९').contains(&c)
        || ('\u{2070}'..='\u{2089}').contains(&c)
        || ('\u{2150}'..='\u{2188}').contains(&c)
        || ('０'..='９').contains(&c)
}

/// The words of a text as `rules::text::words` defines them, char by char: runs of letters and
/// digits ([`word_char`]), with `'`, `’` or `-` inside a word when a letter or digit follows.
/// With each word, whether it holds a digit, a hyphen, an apostrophe.
fn defined_words(text: &str) -> Vec<(usize, usize, bool, bool, bool)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !word_char(chars[i].1) {
            i += 1;
            continue;
        }
        let start = chars[i].0;
        let (mut digit, mut hyphen, mut apostrophe) = (false, false, false);
        while i < chars.len() {
            let c = chars[i].1;
            let next_alphanumeric = chars.get(i + 1).is_some_and(|(_, n)| word_char(*n));
            if word_char(c) {
                digit |= c.is_ascii_digit();
            } else if matches!(c, '\'' | '’' | '-') && next_alphanumeric {
                hyphen |= c == '-';
                apostrophe |= c != '-';
            } else {
                break;
            }
            i += 1;
        }
        let end = chars.get(i).map_or(text.len(), |(at, _)| *at);
        out.push((start, end, digit, hyphen, apostrophe));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// The tokenizer (a byte table, eight-byte loads for the hash) finds the words the
    /// definition finds, and hashes each as `word_hash` hashes its text.
    #[test]
    fn words_are_split_as_defined(
        pieces in proptest::collection::vec(
            prop_oneof![
                8 => prop_oneof![Just("Word"), Just("x"), Just("a1b2"), Just("Éloïse"), Just("naïve"), Just("2011"), Just("日本"), Just("2½"), Just("m²"), Just("١٢"), Just("๓"), Just("１４"), Just("e\u{301}"), Just("\u{f0b7}"), Just("£5"), Just("Ⅻ")].prop_map(str::to_owned),
                6 => prop_oneof![Just(" "), Just("-"), Just("'"), Just("’"), Just("."), Just("\u{200b}"), Just("😀"), Just("--")].prop_map(str::to_owned),
                1 => any::<String>(),
            ],
            0..40,
        )
    ) {
        use inspection_letter::rules::text::{tag, word_hash, words};
        let text: String = pieces.concat();
        let found: Vec<_> = words(&text)
            .map(|w| {
                prop_assert_eq!(w.text, &text[w.start..w.end]);
                prop_assert_eq!(w.hash, word_hash(w.text), "{:?}", w.text);
                Ok((w.start, w.end, w.tags & tag::DIGIT != 0, w.tags & tag::HYPHEN != 0, w.tags & tag::APOSTROPHE != 0))
            })
            .collect::<Result<_, _>>()?;
        prop_assert_eq!(found, defined_words(&text), "{:?}", text);
    }
}
