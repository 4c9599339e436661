#![cfg(not(target_family = "wasm"))]
//! Fixture letters and their diagnostics, as snapshots: a new case is a new file in
//! `tests/letters/`. A file is either a whole letter (any JSON value) or
//! `{ "$seed": { "/json/pointer": value, ... } }`: the seed letter with those values set
//! (`null` removes the value), so that a case shows only what it changes.

use std::collections::BTreeSet;

use inspection_letter::Value;
use inspection_letter::{Options, Severity};

#[macro_use]
mod common;
use common::{load, seed, set};

fn options_of(case: &Value) -> Options {
    Options::from_value(case.get("$options").unwrap_or(&Value::Null)).unwrap()
}

#[test]
fn fixture_letters() {
    insta::glob!("letters/*.json", |path| {
        let case: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let diagnostics = inspection_letter::validate(&load(&case), &options_of(&case));
        insta::assert_json_snapshot!(json!({ "case": case, "diagnostics": diagnostics }));
    });
}

#[test]
fn the_seed_has_no_errors() {
    let diagnostics = inspection_letter::validate(&seed(), &Options::default());
    let errors: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn every_rule_fires_in_some_fixture() {
    let mut fired = BTreeSet::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/letters");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for d in inspection_letter::validate(&load(&case), &options_of(&case)) {
            fired.insert(d.code);
        }
    }
    // The importer's own rules are covered by the import tests.
    let missing: Vec<String> = inspection_letter::rules()
        .into_iter()
        .filter(|r| r.family != inspection_letter::rules::Family::Import)
        .map(|r| r.code)
        .filter(|c| !fired.contains(c))
        .collect();
    assert!(
        missing.is_empty(),
        "no fixture in tests/letters makes these rules fire: {missing:?}"
    );
}

#[test]
fn the_same_letter_gives_the_same_diagnostics_every_time() {
    let mut letter = seed();
    set(&mut letter, "/recipient/postcode", json!(17));
    set(&mut letter, "/recipent", json!({}));
    let first = inspection_letter::validate(&letter, &Options::default());
    for _ in 0..3 {
        assert_eq!(
            inspection_letter::validate(&letter, &Options::default()),
            first
        );
    }
}

#[test]
fn a_problem_repeated_many_times_in_one_text_is_listed_a_hundred_times_then_counted() {
    let mut letter = seed();
    let repeats = 20_000;
    set(
        &mut letter,
        "/findings/strengths/0/text",
        json!("Staff are robust. ".repeat(repeats)),
    );
    let path = "/findings/strengths/0/text";
    let found: Vec<_> = inspection_letter::validate(&letter, &Options::default())
        .into_iter()
        .filter(|d| d.code == "words-to-avoid" && d.path == path)
        .collect();
    assert_eq!(found.len(), inspection_letter::diagnostic::MAX_PER_PATH + 1);
    let left_out = repeats - inspection_letter::diagnostic::MAX_PER_PATH;
    assert!(found.iter().any(|d| d.span.is_none()
        && d.message == format!("{left_out} more like these in this text are not listed")));
    // Spans carried on from one to the next are still exact: the last listed "robust".
    let last = found.iter().filter_map(|d| d.span).max().unwrap();
    let at = 18 * (inspection_letter::diagnostic::MAX_PER_PATH - 1) + "Staff are ".len();
    assert_eq!((last.start, last.end), (at, at + "robust".len()));
}

#[test]
fn long_copy_lists_and_repeated_numbers_are_handled_in_one_pass() {
    let mut letter = seed();
    let mut copies: Vec<Value> = (0..20_000)
        .map(|i| json!({ "name": format!("Person{i} Example"), "organisation": "Council" }))
        .collect();
    copies.push(json!({ "name": "Jack Example", "organisation": "Council" }));
    set(&mut letter, "/copies", Value::Array(copies));
    set(
        &mut letter,
        "/findings/strengths/0/text",
        json!("Jack was seen. Call 01702 215000. ".repeat(10_000)),
    );
    let found = inspection_letter::validate(&letter, &Options::default());
    let at = |code: &str| {
        found
            .iter()
            .filter(|d| d.code == code && d.path == "/findings/strengths/0/text")
            .count()
    };
    // Jack is on the copy list, so may be named.
    assert_eq!(at("personal-name"), 0);
    // The telephone numbers are contact details, listed a hundred times and then counted, and
    // never reported again as reference numbers.
    assert_eq!(
        at("contact-details"),
        inspection_letter::diagnostic::MAX_PER_PATH + 1
    );
    assert_eq!(at("reference-number"), 0);
}

/// Near duplicates hidden among many findings are each found, and every pair reported is
/// truly 80% alike: the rule finds its candidates by prefix filtering, which must not lose a
/// pair that alike nor report one that is not.
#[test]
fn near_duplicates_are_found_among_many_findings() {
    use inspection_letter::rules::text::words;
    use inspection_letter::sample;
    let word_set = |text: &str| -> BTreeSet<String> {
        words(text).map(|w| w.text.to_ascii_lowercase()).collect()
    };
    let mut letter = sample::letter_with_findings(400);
    // Edited copies of every tenth finding, each one word longer, after the last section's
    // hundred findings.
    let list = letter["findings"]["areas_for_priority_action"]
        .as_array_mut()
        .unwrap();
    assert_eq!(list.len(), 100);
    for i in (0..400).step_by(10) {
        let text = sample::finding_text(i);
        list.push(json!({ "text": format!("{} overall.", text.trim_end_matches('.')) }));
    }
    let reported = inspection_letter::validate(&letter, &Options::default());
    let similar: Vec<_> = reported
        .iter()
        .filter(|d| d.code == "similar-findings")
        .collect();
    for copy in 100..140 {
        let path = format!("/findings/areas_for_priority_action/{copy}/text");
        assert!(similar.iter().any(|d| d.path == path), "{path} not found");
    }
    for d in similar {
        let earlier = d
            .message
            .split(" at ")
            .nth(1)
            .unwrap()
            .split(". ")
            .next()
            .unwrap();
        let text = |path: &str| letter.pointer(path).unwrap().as_str().unwrap().to_owned();
        let (a, b) = (word_set(&text(&d.path)), word_set(&text(earlier)));
        let shared = a.intersection(&b).count();
        let all = a.union(&b).count();
        assert!(
            5 * shared >= 4 * all,
            "{} and {earlier}: {shared} of {all}",
            d.path
        );
    }
}

#[test]
fn a_council_named_short_is_mended_in_the_council_not_in_the_address() {
    let found = |organisation: &str, council: &str| {
        let mut letter = seed();
        set(&mut letter, "/recipient/organisation", json!(organisation));
        set(&mut letter, "/council", json!(council));
        inspection_letter::validate(&letter, &Options::default())
            .into_iter()
            .filter(|d| d.code == "organisation-not-council")
            .map(|d| (d.path, d.fix.map(|f| f.replacement)))
            .collect::<Vec<_>>()
    };
    let at = |path: &str, fix: &str| vec![(path.to_owned(), Some(fix.to_owned()))];
    // The council typed short, the organisation in full: the subject line wants the full name.
    assert_eq!(
        found("Anytown Borough Council", "Anytown"),
        at("/council", "Anytown Borough Council")
    );
    assert_eq!(
        found("London Borough of Haringey", "Haringey"),
        at("/council", "London Borough of Haringey")
    );
    // The organisation short, or another council: the organisation is mended.
    assert_eq!(
        found("Anytown", "Anytown Borough Council"),
        at("/recipient/organisation", "Anytown Borough Council")
    );
    assert_eq!(
        found("Essex County Council", "Southend-on-Sea Borough Council"),
        at("/recipient/organisation", "Southend-on-Sea Borough Council")
    );
    // A name inside another word is not the council's.
    assert_eq!(
        found("Manytown Council", "Anytown"),
        at("/recipient/organisation", "Anytown")
    );
    assert_eq!(
        found(
            "the London Borough of Haringey",
            "London Borough of Haringey"
        ),
        []
    );
}
