#![cfg(not(target_family = "wasm"))]
//! Importing plain text: the seed, what real PDF copies do to text, kinds, cut-off letters,
//! round trips, and hostile text.

use inspection_letter::Value;
use inspection_letter::{import_text, render_text};
use proptest::prelude::*;

#[macro_use]
mod common;
use common::{load, seed};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn render_fixture(name: &str) -> Value {
    load(&serde_json::from_str(&fixture(&format!("render/{name}.json"))).unwrap())
}

/// The letter as the model reads it, with every section of its kind (an absent section and an
/// empty one mean the same), and final (text copied from a published letter): the form a round
/// trip must give back.
fn normal(letter: &Value) -> Value {
    let mut letter = inspection_letter::Letter::from_value(letter).to_value();
    letter["status"] = json!("final");
    let kind = inspection_letter::kind(letter["kind"].as_str().unwrap()).unwrap();
    for section in kind.sections {
        let findings = letter["findings"].as_object_mut().unwrap();
        if !findings.contains_key(section.key) {
            findings.insert(section.key.to_owned(), json!([]));
        }
    }
    letter
}

#[test]
fn the_seed_imports_to_exactly_its_json() {
    let imported = import_text(&fixture("fixtures/southend-2011.txt"));
    assert_eq!(imported.letter, seed());
    assert_eq!(imported.diagnostics, vec![]);
}

#[test]
fn fixture_letters_survive_a_round_trip_through_text() {
    for name in ["seed", "every-section", "ucra-2010"] {
        let letter = normal(&render_fixture(name));
        let imported = import_text(&render_text(&letter));
        assert_eq!(imported.letter, letter, "{name}");
        assert!(
            imported.diagnostics.is_empty(),
            "{name}: {:?}",
            imported.diagnostics
        );
    }
}

#[test]
fn a_byte_order_mark_windows_line_ends_no_break_spaces_ligatures_and_soft_hyphens() {
    let text = fixture("fixtures/southend-2011.txt");
    let from_windows = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    // No-break spaces where a PDF viewer puts some (in the date, the salutation, a heading),
    // and everywhere; narrow ones too.
    let some = text
        .replace("17 May 2011", "17\u{a0}May\u{a0}2011")
        .replace("Dear Ms Cook", "Dear\u{a0}Ms\u{202f}Cook")
        .replace("Areas for development", "Areas for\u{a0}development");
    let all = text.replace(' ', "\u{a0}");
    // The typesetter's ligatures, and soft hyphens where the PDF hyphenated a word.
    let ligatures = text
        .replace("fi", "\u{fb01}")
        .replace("fl", "\u{fb02}")
        .replace("ff", "\u{fb00}");
    let soft_hyphens = text.replace("development", "devel\u{ad}opment");
    for (what, text) in [
        ("BOM and CRLF", from_windows),
        ("some", some),
        ("all", all),
        ("ligatures", ligatures),
        ("soft hyphens", soft_hyphens),
    ] {
        let imported = import_text(&text);
        assert_eq!(imported.letter, seed(), "{what}");
        assert_eq!(imported.diagnostics, vec![], "{what}");
    }
}

#[test]
fn bullets_of_every_kind_or_none() {
    let text = render_text(&seed());
    for bullet in [
        "- ",
        "ƒ ",
        "\u{F0B7} ",
        "• ",
        "– ",
        "* ",
        "· ",
        "◦ ",
        "○ ",
        "▪ ",
        "■ ",
        "➢ ",
        "✓ ",
        "\u{F0A7} ",
        "\u{F0D8} ",
    ] {
        let imported = import_text(&text.replace("• ", bullet));
        assert_eq!(imported.letter, seed(), "bullet {bullet:?}");
    }
    // Bullets lost: each finding on its own paragraph still reads as one finding.
    let lost = text.replace("• ", "\n");
    assert_eq!(import_text(&lost).letter, seed());
}

#[test]
fn a_finding_split_across_a_page_break() {
    let text = render_text(&seed()).replace(
        "from the referral and assessment services are flexible",
        "from the referral and assessment services\n\n\n\nPage 2\n\nare flexible",
    );
    let imported = import_text(&text);
    let findings = &imported.letter["findings"]["meets_requirements"];
    assert_eq!(findings.as_array().unwrap().len(), 13);
    let split = findings[11]["text"].as_str().unwrap();
    assert!(
        split.starts_with("Arrangements for transfer")
            && split.ends_with("are flexible and effective."),
        "{split}"
    );
    // The page's number is no part of the finding: it is reported, so that nothing is lost.
    assert!(!split.contains("Page 2"), "{split}");
    assert_unplaced(&imported, &["Page 2"]);
}

#[test]
fn a_page_number_between_findings_is_reported_and_kept_out_of_them() {
    for number in ["2", "Page 2", "Page 2 of 3"] {
        // A finding that ends a sentence at the page's end: the next page's sentence is a new
        // finding (the seed itself has one whose bullet was lost), and the number is no part
        // of either.
        let text = render_text(&seed()).replace(
            "are robust. This enables",
            &format!("are robust.\n\n\n{number}\n\n\nThis enables"),
        );
        let imported = import_text(&text);
        let findings = imported.letter["findings"]["meets_requirements"]
            .as_array()
            .unwrap();
        assert_eq!(findings.len(), 14, "{number}");
        assert!(
            findings[1]["text"]
                .as_str()
                .unwrap()
                .ends_with("are robust.")
                && findings[2]["text"]
                    .as_str()
                    .unwrap()
                    .starts_with("This enables"),
            "{number}"
        );
        assert_unplaced(&imported, &[number]);
    }
}

/// The importer reported these lines, and only these, as text it could not place.
fn assert_unplaced(imported: &inspection_letter::Imported, lines: &[&str]) {
    let reported: Vec<&str> = imported
        .diagnostics
        .iter()
        .map(|d| {
            assert_eq!(d.code, "import-unplaced-text", "{d:?}");
            d.message.as_str()
        })
        .collect();
    assert_eq!(reported.len(), lines.len(), "{reported:?}");
    for (message, line) in reported.iter().zip(lines) {
        assert!(message.contains(&format!("“{line}”")), "{message}");
    }
}

/// `text` with every line longer than `width` broken between words, as a PDF viewer copies
/// each printed line as a line of its own, the copy list too.
fn wrapped(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut length = 0;
        for (i, word) in line.split(' ').enumerate() {
            if i > 0 && length + 1 + word.len() > width {
                out.push('\n');
                length = 0;
            } else if i > 0 {
                out.push(' ');
                length += 1;
            }
            out.push_str(word);
            length += word.len();
        }
        out.push('\n');
    }
    out
}

#[test]
fn lines_broken_where_the_page_broke_them() {
    let seed_text = fixture("fixtures/southend-2011.txt");
    // (75 breaks the copy list inside a name: the next test.)
    for width in [60, 90, 110] {
        let text = wrapped(&seed_text, width);
        assert!(
            text.lines().count() > seed_text.lines().count() + 20,
            "{width}"
        );
        let imported = import_text(&text);
        assert_eq!(imported.letter, seed(), "at {width} characters a line");
        assert_eq!(imported.diagnostics, vec![], "at {width} characters a line");
    }
}

#[test]
fn a_copy_entry_broken_inside_its_name_is_reported_not_misread_in_silence() {
    // At 75 characters the copy list breaks inside a name: "… Borough Council Andrew" /
    // "Spencer, Department for Education". Which line the name's first part belongs to cannot
    // be told from an organisation with "Council" inside its name, so the entries stay apart
    // and the one left without an organisation is reported.
    let text = wrapped(&fixture("fixtures/southend-2011.txt"), 75);
    assert!(
        text.contains("Southend-on-Sea Borough Council Andrew\nSpencer, Department for Education")
    );
    let imported = import_text(&text);
    let paths: Vec<&str> = imported
        .diagnostics
        .iter()
        .map(|d| d.path.as_str())
        .collect();
    assert_eq!(
        paths,
        ["/copies/1/organisation"],
        "{:?}",
        imported.diagnostics
    );
    // Everything else is the seed.
    let mut letter = imported.letter.clone();
    letter["copies"] = seed()["copies"].clone();
    assert_eq!(letter, seed());
    // And a list whose entries are each on a line of their own keeps them apart.
    let listed = fixture("fixtures/southend-2011.txt").replace(
        "Borough Council Andrew Spencer",
        "Borough Council\nJane Doe, Children's Services Department\nAndrew Spencer",
    );
    let copies = import_text(&listed).letter["copies"].clone();
    assert_eq!(copies.as_array().map(Vec::len), Some(4), "{copies:?}");
    assert_eq!(copies[3], seed()["copies"][1]);
}

#[test]
fn a_closing_sentence_cut_short_does_not_take_the_signature() {
    let text = fixture("fixtures/southend-2011.txt");
    let closing_end = "children within your area.";
    assert!(text.contains(closing_end));
    // The sentence loses its end, and no blank line comes before "Yours sincerely".
    let text = text.replace(&format!("{closing_end}\n\nYours"), "children within\nYours");
    let imported = import_text(&text);
    assert_eq!(imported.letter["signatory"], seed()["signatory"]);
    assert_eq!(imported.letter["copies"], seed()["copies"]);
}

#[test]
fn letterhead_columns_interleaved_on_one_line() {
    let text = render_text(&render_fixture("ucra-2010"));
    let head_end = text.find("\n\n4 August 2010").unwrap();
    let one_line = text[..head_end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let imported = import_text(&format!("{one_line}{}", &text[head_end..]));
    let sender = &imported.letter["sender"];
    assert_eq!(
        sender["address"],
        json!(["Royal Exchange Buildings", "St Ann's Square", "Manchester"])
    );
    assert_eq!(sender["postcode"], "M2 7LA");
    assert_eq!(sender["telephone"], "0300 123 1231");
    assert_eq!(sender["direct_telephone"], "0161 618 8524");
    assert_eq!(sender["direct_fax"], "0161 618 8514");
    assert_eq!(sender["direct_email"], "north_apa@ofsted.gov.uk");
}

#[test]
fn a_letterhead_on_one_line_from_each_ofsted_office() {
    // A house number starts a line; a town after "33 Kingsway" is a line of its own.
    let seed_text = fixture("fixtures/southend-2011.txt");
    let rest = &seed_text[seed_text.find(" T 0300").unwrap()..];
    for (head, address, postcode) in [
        (
            "Freshford House Redcliffe Way Bristol BS1 6NL",
            &["Freshford House", "Redcliffe Way", "Bristol"][..],
            "BS1 6NL",
        ),
        (
            "Alexandra House 33 Kingsway London WC2B 6SE",
            &["Alexandra House", "33 Kingsway", "London"],
            "WC2B 6SE",
        ),
        (
            "Aviation House 125 Kingsway London WC2B 6SE",
            &["Aviation House", "125 Kingsway", "London"],
            "WC2B 6SE",
        ),
        (
            "Piccadilly Gate Store Street Manchester M1 2WD",
            &["Piccadilly Gate", "Store Street", "Manchester"],
            "M1 2WD",
        ),
        (
            "Agora 6 Cumberland Place Nottingham NG1 6HJ",
            &["Agora", "6 Cumberland Place", "Nottingham"],
            "NG1 6HJ",
        ),
        (
            "Cairns House 10 Station Road Warwick CV34 5AH",
            &["Cairns House", "10 Station Road", "Warwick"],
            "CV34 5AH",
        ),
    ] {
        let imported = import_text(&format!("{head}{rest}"));
        let sender = &imported.letter["sender"];
        assert_eq!(sender["address"], json!(address), "{head}");
        assert_eq!(sender["postcode"], postcode, "{head}");
        assert_eq!(sender["telephone"], "0300 1231231", "{head}");
        assert_eq!(imported.letter["recipient"], seed()["recipient"], "{head}");
    }
}

#[test]
fn signatory_name_and_role_on_one_line() {
    let text = render_text(&seed()).replace(
        "Pietro Battista\nHer Majesty's Inspector",
        "Pietro Battista Her Majesty's Inspector",
    );
    let imported = import_text(&text);
    assert_eq!(
        imported.letter["signatory"],
        json!({ "name": "Pietro Battista", "role": "Her Majesty's Inspector" })
    );
}

#[test]
fn copy_entries_run_together() {
    let text = render_text(&seed()).replace(
        "Borough Council\nAndrew Spencer",
        "Borough Council Andrew Spencer",
    );
    assert!(
        text.contains("Southend-on-Sea Borough Council Andrew Spencer, Department for Education")
    );
    assert_eq!(import_text(&text).letter["copies"], seed()["copies"]);
}

#[test]
fn curly_and_straight_apostrophes() {
    let curly = render_text(&seed()).replace('\'', "’");
    let imported = import_text(&curly);
    assert_eq!(imported.letter["kind"], "ucra-2011");
    assert_eq!(
        imported.letter["signatory"]["role"],
        "Her Majesty’s Inspector"
    );
    assert_eq!(
        imported.letter["findings"]["meets_requirements"][0]["text"]
            .as_str()
            .unwrap(),
        seed()["findings"]["meets_requirements"][0]["text"]
            .as_str()
            .unwrap()
            .replace('\'', "’")
    );
    assert_eq!(
        imported.letter["council"],
        "Southend-on-Sea Borough Council"
    );
}

#[test]
fn a_date_split_over_two_lines() {
    let text = render_text(&seed()).replace(
        "conducted on 12 and 13 April 2011.",
        "conducted on 12 and 13 April\n2011.",
    );
    assert_eq!(
        import_text(&text).letter["inspection"]["dates"],
        json!(["2011-04-12", "2011-04-13"])
    );
    let across = render_text(&render_fixture("ucra-2010"))
        .replace("30 June and 1 July 2010", "30 June and 1\nJuly 2010");
    assert_eq!(
        import_text(&across).letter["inspection"]["dates"],
        json!(["2010-06-30", "2010-07-01"])
    );
}

#[test]
fn the_2010_wording_imports_as_ucra_2010() {
    let imported = import_text(&render_text(&render_fixture("ucra-2010")));
    assert_eq!(imported.letter["kind"], "ucra-2010");
    assert_eq!(imported.letter["council"], "London Borough of Haringey");
    assert_eq!(
        imported.letter["findings"]["satisfactory_practice"][0]["text"],
        "Referrals are screened promptly by qualified social workers."
    );
}

#[test]
fn a_cut_off_letter_imports_what_it_has_and_says_what_is_missing() {
    let text = fixture("fixtures/southend-2011.txt");
    let cut = &text[..text.find("Areas for development\n").unwrap()];
    let imported = import_text(cut);
    assert_eq!(imported.letter["date"], "2011-05-17");
    assert_eq!(
        imported.letter["findings"]["meets_requirements"]
            .as_array()
            .unwrap()
            .len(),
        13
    );
    let missing: Vec<&str> = imported
        .diagnostics
        .iter()
        .filter(|d| d.code == "required-field")
        .map(|d| d.path.as_str())
        .collect();
    assert_eq!(missing, ["/signatory/name", "/signatory/role"]);
}

#[test]
fn a_letter_without_its_head_imports_its_body() {
    let text = fixture("fixtures/southend-2011.txt");
    let findings = |imported: &inspection_letter::Imported, section: &str| {
        imported.letter["findings"][section]
            .as_array()
            .map_or(0, Vec::len)
    };
    // Findings alone, as copied out of a draft: none of them is the letterhead's address.
    let imported = import_text(&text[text.find("Strengths\n").unwrap()..]);
    assert_eq!(imported.letter["sender"]["address"], json!(null));
    assert_eq!(findings(&imported, "strengths"), 1);
    assert_eq!(findings(&imported, "meets_requirements"), 13);
    assert_eq!(findings(&imported, "areas_for_development"), 5);
    assert_eq!(imported.letter["signatory"]["name"], "Pietro Battista");
    // From the subject line on, or from the lead-in: the council and the findings as well.
    for from in ["Annual unannounced", "From the evidence gathered"] {
        let imported = import_text(&text[text.find(from).unwrap()..]);
        assert_eq!(imported.letter["sender"]["address"], json!(null), "{from}");
        assert_eq!(findings(&imported, "meets_requirements"), 13, "{from}");
        if from == "Annual unannounced" {
            assert_eq!(imported.letter["council"], seed()["council"]);
            assert_eq!(imported.letter["inspection"], seed()["inspection"]);
        }
        let unplaced = imported
            .diagnostics
            .iter()
            .filter(|d| d.code == "import-unplaced-text");
        assert_eq!(unplaced.count(), 0, "{from}");
    }
    // A dated letter without its salutation: the recipient block stops where the body starts.
    let no_dear = text.replace("Dear Ms Cook\n", "");
    let imported = import_text(&no_dear);
    assert_eq!(imported.letter["recipient"], seed()["recipient"]);
    assert_eq!(imported.letter["council"], seed()["council"]);
    assert_eq!(findings(&imported, "meets_requirements"), 13);
    // A salutation before the date is read as no salutation, the rest as before.
    let early = text
        .replace("Dear Ms Cook\n", "")
        .replace("17 May 2011", "Dear Ms Cook\n\n17 May 2011");
    let imported = import_text(&early);
    assert_eq!(imported.letter["date"], "2011-05-17");
    assert_eq!(findings(&imported, "meets_requirements"), 13);
}

#[test]
fn text_that_cannot_be_placed_is_reported_with_its_line() {
    let text = render_text(&seed()).replace(
        "\nThe inspection identified",
        "\nThis paragraph belongs nowhere.\n\nThe inspection identified",
    );
    let imported = import_text(&text);
    let line = text
        .lines()
        .position(|l| l == "This paragraph belongs nowhere.")
        .unwrap()
        + 1;
    let unplaced: Vec<&str> = imported
        .diagnostics
        .iter()
        .filter(|d| d.code == "import-unplaced-text")
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(unplaced, [format!("Line {line} could not be placed in the letter: “This paragraph belongs nowhere.”. Add it to the right field by hand")]);
}

prop_compose! {
    fn arbitrary_letter()(
        counts in proptest::collection::vec(0usize..6, 4),
        previously in proptest::collection::vec(any::<bool>(), 24),
        previous_inspection in any::<bool>(),
        role_on_copy in any::<bool>(),
        kind_2010 in any::<bool>(),
        offset in 0usize..4000,
    ) -> Value {
        let mut letter = seed();
        let keys = if kind_2010 {
            letter["kind"] = json!("ucra-2010");
            ["strengths", "satisfactory_practice", "areas_for_development", "areas_for_priority_action"]
        } else {
            ["strengths", "meets_requirements", "areas_for_development", "areas_for_priority_action"]
        };
        let mut findings = inspection_letter::value::Map::new();
        let mut n = offset;
        for (key, count) in keys.iter().zip(&counts) {
            let list: Vec<Value> = (0..*count).map(|i| {
                n += 1;
                let mut f = json!({ "text": inspection_letter::sample::finding_text(n) });
                if previous_inspection && previously[i] { f["previously_identified"] = json!(true); }
                f
            }).collect();
            findings.insert((*key).to_owned(), Value::Array(list));
        }
        if counts.iter().all(|c| *c == 0) {
            findings.insert("strengths".into(), json!([{ "text": "Staff are well supported." }]));
        }
        letter["findings"] = Value::Object(findings);
        if !previous_inspection {
            letter.as_object_mut().unwrap().remove("previous_inspection");
        }
        if !role_on_copy {
            letter["copies"][0].as_object_mut().unwrap().remove("role");
        }
        normal(&letter)
    }
}

proptest! {
    #[test]
    fn generated_letters_survive_a_round_trip(letter in arbitrary_letter()) {
        let imported = import_text(&render_text(&letter));
        prop_assert_eq!(imported.letter, letter);
    }

    #[test]
    fn any_text_imports_without_panicking(text in "\\PC{0,400}") {
        let _ = import_text(&text);
    }

    #[test]
    fn mangled_letters_import_without_panicking(cut in 0usize..6000, insert in "\\PC{0,20}") {
        let mut text = fixture("fixtures/southend-2011.txt");
        let mut at = cut.min(text.len());
        while !text.is_char_boundary(at) { at -= 1; }
        text.insert_str(at, &insert);
        let _ = import_text(&text);
    }
}
