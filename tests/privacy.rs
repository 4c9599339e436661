#![cfg(not(target_family = "wasm"))]
//! The privacy rules measured on a fixed set of sentences: those that must set off a named rule
//! and those that no privacy rule may set off. `cargo test --test privacy -- --nocapture`
//! prints the counts reported in the README.

use inspection_letter::rules::Family;
use inspection_letter::Value;
use inspection_letter::{Options, Severity};

fn seed_with_finding(text: &str, status: &str) -> Value {
    let mut letter: Value =
        serde_json::from_str(include_str!("fixtures/southend-2011.json")).unwrap();
    letter["status"] = status.into();
    letter["findings"]["areas_for_development"][0]["text"] = text.into();
    letter
}

fn privacy_codes() -> Vec<String> {
    inspection_letter::rules()
        .into_iter()
        .filter(|r| r.family == Family::Privacy)
        .map(|r| r.code)
        .collect()
}

/// The privacy diagnostics on the finding that holds `text`.
fn fired(text: &str, status: &str) -> Vec<inspection_letter::Diagnostic> {
    let codes = privacy_codes();
    inspection_letter::validate(&seed_with_finding(text, status), &Options::default())
        .into_iter()
        .filter(|d| d.path == "/findings/areas_for_development/0/text" && codes.contains(&d.code))
        .collect()
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

#[test]
fn sentences_that_must_fire_do() {
    let mut missed = Vec::new();
    let mut total = 0;
    for line in lines(include_str!("privacy/must-fire.txt")) {
        let (code, sentence) = line.split_once('\t').expect("code<TAB>sentence");
        total += 1;
        let found = fired(sentence, "draft");
        if !found.iter().any(|d| d.code == code) {
            missed.push(format!(
                "{code}: {sentence} (got {:?})",
                found.iter().map(|d| &d.code).collect::<Vec<_>>()
            ));
        }
        // Always with a span on the words, always a warning in a draft.
        for d in &found {
            let span = d.span.expect("privacy diagnostics carry a span");
            assert!(
                span.start < span.end && span.end <= sentence.encode_utf16().count(),
                "{sentence}: {span:?}"
            );
            assert_eq!(d.severity, Severity::Warning);
        }
    }
    println!(
        "privacy: {}/{total} sentences that must fire were caught",
        total - missed.len()
    );
    assert!(missed.is_empty(), "missed:\n{}", missed.join("\n"));
}

#[test]
fn sentences_that_must_not_fire_do_not() {
    let mut false_alarms = Vec::new();
    let mut total = 0;
    for sentence in lines(include_str!("privacy/must-not-fire.txt")) {
        total += 1;
        let found = fired(sentence, "draft");
        if !found.is_empty() {
            false_alarms.push(format!(
                "{sentence}: {:?}",
                found.iter().map(|d| &d.message).collect::<Vec<_>>()
            ));
        }
    }
    println!(
        "privacy: {}/{total} sentences that must not fire stayed quiet",
        total - false_alarms.len()
    );
    assert!(
        false_alarms.is_empty(),
        "false alarms:\n{}",
        false_alarms.join("\n")
    );
}

#[test]
fn privacy_findings_are_errors_in_a_final_letter() {
    let found = fired("Jack was not seen.", "final");
    assert!(!found.is_empty());
    assert!(found.iter().all(|d| d.severity == Severity::Error));
}

#[test]
fn options_still_override_the_final_status() {
    let mut options = Options::default();
    options.set("personal-name", inspection_letter::Setting::Warning);
    let letter = seed_with_finding("Jack was not seen.", "final");
    let d = inspection_letter::validate(&letter, &options)
        .into_iter()
        .find(|d| d.code == "personal-name")
        .unwrap();
    assert_eq!(d.severity, Severity::Warning);
}

/// The words a personal-name diagnostic marks in `sentence` (ASCII, so its UTF-16 span is
/// its byte range).
fn names_marked(sentence: &str) -> Vec<String> {
    fired(sentence, "draft")
        .into_iter()
        .filter(|d| d.code == "personal-name")
        .map(|d| {
            let span = d.span.expect("a span");
            sentence[span.start..span.end].to_owned()
        })
        .collect()
}

#[test]
fn the_whole_name_is_marked_not_its_first_word() {
    for (sentence, marked) in [
        ("Mr John Smith, aged 14, was seen.", "Mr John Smith"),
        ("Jack Smith was not seen for six weeks.", "Jack Smith"),
        (
            "A boy called Tyler Jones Brown was moved.",
            "Tyler Jones Brown",
        ),
        ("Mrs Amy Jones's mother was not told.", "Mrs Amy Jones"),
        ("Jack Smith's mother was not told.", "Jack Smith"),
        // A sentence's end, or a comma, ends the name.
        ("The worker saw Mr Smith. Then the case closed.", "Mr Smith"),
        ("Olivia, Social care staff were told.", "Olivia"),
    ] {
        assert_eq!(names_marked(sentence), [marked], "{sentence}");
    }
}

#[test]
fn the_people_the_letter_may_name_are_named_by_their_own_names_only() {
    // The seed's recipient is Ms Sue Cook; Rob Tinlin and Andrew Spencer are on its copy list.
    for sentence in [
        "Ms Sue Cook was told at once.",
        "Ms Cook's team was told at once.",
        "Sue Cook and Andrew Spencer were told at once.",
    ] {
        assert_eq!(names_marked(sentence), Vec::<String>::new(), "{sentence}");
    }
    for (sentence, marked) in [
        ("Ms Sue Jones was not told.", "Ms Sue Jones"),
        ("Andrew Jones was not told.", "Andrew Jones"),
        ("Mr Andrew Smith was not told.", "Mr Andrew Smith"),
    ] {
        assert_eq!(names_marked(sentence), [marked], "{sentence}");
    }
}
