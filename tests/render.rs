#![cfg(not(target_family = "wasm"))]
//! The renderings: snapshots of sample letters in text and HTML, the highlight option, and
//! hostile text in every field coming out inert.

use std::collections::BTreeSet;

use inspection_letter::Options;
use inspection_letter::Value;
use scraper::{Html, Node};

#[macro_use]
mod common;
use common::{load, seed};

#[test]
fn sample_letters_render_as_snapshots() {
    insta::glob!("render/*.json", |path| {
        let letter = load(&serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap());
        insta::assert_snapshot!("text", inspection_letter::render_text(&letter));
        insta::assert_snapshot!(
            "html",
            inspection_letter::render_html(&letter, &Options::default())
        );
    });
}

#[test]
fn a_draft_shows_the_same_placeholders_in_text_and_html() {
    let draft = load(&serde_json::from_str(include_str!("render/draft.json")).unwrap());
    let text = inspection_letter::render_text(&draft);
    let html = inspection_letter::render_html(&draft, &Options::default());
    for label in [
        "[Recipient postcode]",
        "[Evidence]",
        "[Inspector's name]",
        "[Finding]",
    ] {
        assert!(text.contains(label), "text lacks {label}");
        let escaped = label.replace('\'', "&#39;");
        assert!(
            html.contains(&format!("{escaped}</span>")),
            "html lacks {label}"
        );
    }
    assert!(html.contains(r#"<span class="il-placeholder" data-path="/recipient/postcode">"#));
}

#[test]
fn highlight_marks_every_part_with_a_diagnostic() {
    let mut letter = seed();
    letter["recipient"]["postcode"] = json!("SS2 6EC");
    letter["date"] = json!("2011-04-12");
    let plain = inspection_letter::render_html(&letter, &Options::default());
    assert!(!plain.contains("il-flag"));
    let options = Options {
        highlight: true,
        ..Options::default()
    };
    let marked = inspection_letter::render_html(&letter, &options);
    // Each marked part says what is wrong with it in its title, for a pointer held over it.
    assert!(
        marked.contains(
            r#"<span class="il-flag il-flag--error" title="Enter a real postcode, like SS2 6ER" data-path="/recipient/postcode">SS2 6EC</span>"#
        ),
        "{marked}"
    );
    assert!(marked.contains(
        r#"<span class="il-flag il-flag--error" title="The letter date must be after the last inspection day, 13 April 2011" data-path="/date">12 April 2011</span>"#
    ));
    // Warnings are marked as warnings: "robust" is a word to avoid. A part with several
    // problems lists them one a line, escaped as any attribute is.
    assert!(marked.contains(
        r#"il-flag--warning" title="Avoid “robust”: use strong or reliable&#10;Avoid “in order to”: use to&#10;Avoid “facilitate”: use help or make possible" data-path="/findings/meets_requirements/1/text""#
    ), "{marked}");
    // A missing value's placeholder is marked with its message too.
    letter["recipient"]["postcode"] = json!("");
    let marked = inspection_letter::render_html(&letter, &options);
    assert!(
        marked.contains(r#"<span class="il-placeholder il-flag il-flag--error" title="#),
        "{marked}"
    );
}

const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "'><svg onload=alert(1)>",
    "javascript:alert(1)",
    "<style>body{display:none}</style>",
    "{{7*7}} ${7*7} <%= 7*7 %>",
    "\u{202E}gnp.exe",
    "<a href=\"javascript:alert(1)\">x</a>",
    "</article><iframe src=//evil>",
    "<!-- --><script>x</script>",
    "&lt;script&gt; &amp;",
    "x@example.com\"onmouseover=\"alert(1)",
    "www.example.com/\"onclick=alert(1)//",
];

/// Puts `payload` into every string of a full letter, and in a section key.
fn poisoned(payload: &str) -> Value {
    fn poison(value: &mut Value, payload: &str) {
        match value {
            Value::String(s)
                if s.len() > 4 && !s.starts_with("20") && s != "ucra-2011" && s != "final" =>
            {
                *s = format!("{s} {payload}")
            }
            Value::Array(items) => items.iter_mut().for_each(|v| poison(v, payload)),
            Value::Object(map) => map.values_mut().for_each(|v| poison(v, payload)),
            _ => {}
        }
    }
    let mut letter = seed();
    poison(&mut letter, payload);
    letter["findings"][payload] = json!([{ "text": payload }]);
    letter["sender"]["email"] = json!(payload);
    letter["sender"]["website"] = json!(payload);
    letter
}

fn elements_and_attributes(html: &str) -> (BTreeSet<String>, BTreeSet<String>, Vec<String>) {
    let document = Html::parse_fragment(html);
    let mut elements = BTreeSet::new();
    let mut attributes = BTreeSet::new();
    let mut hrefs = Vec::new();
    for node in document.tree.nodes() {
        if let Node::Element(element) = node.value() {
            elements.insert(element.name().to_owned());
            for (name, value) in element.attrs() {
                attributes.insert(name.to_owned());
                if name == "href" {
                    hrefs.push(value.to_owned());
                }
            }
        }
    }
    (elements, attributes, hrefs)
}

#[test]
fn hostile_text_in_every_field_comes_out_inert() {
    let clean = inspection_letter::render_html(
        &seed(),
        &Options {
            highlight: true,
            ..Options::default()
        },
    );
    let (allowed_elements, allowed_attributes, _) = elements_and_attributes(&clean);
    let allowed_elements: BTreeSet<String> = allowed_elements
        .into_iter()
        .chain(["bdi".to_owned()])
        .collect();
    let allowed_attributes: BTreeSet<String> = allowed_attributes
        .into_iter()
        .chain(["data-section".to_owned()])
        .collect();
    for payload in PAYLOADS {
        let letter = poisoned(payload);
        for options in [
            Options::default(),
            Options {
                highlight: true,
                ..Options::default()
            },
        ] {
            let html = inspection_letter::render_html(&letter, &options);
            let (elements, attributes, hrefs) = elements_and_attributes(&html);
            let extra: Vec<_> = elements.difference(&allowed_elements).collect();
            assert!(
                extra.is_empty(),
                "{payload:?} brought in elements {extra:?}"
            );
            let extra: Vec<_> = attributes.difference(&allowed_attributes).collect();
            assert!(
                extra.is_empty(),
                "{payload:?} brought in attributes {extra:?}"
            );
            for href in hrefs {
                assert!(
                    href.starts_with("mailto:") || href.starts_with("https://"),
                    "{payload:?} made a link {href}"
                );
                assert!(
                    !href.contains(['"', '<', '>', ' ']),
                    "{payload:?} made a link {href}"
                );
            }
            // The payload is still there, as text.
            let text: String = Html::parse_fragment(&html).root_element().text().collect();
            assert!(
                text.contains(payload.trim()),
                "{payload:?} was lost from the preview"
            );
        }
        let text = inspection_letter::render_text(&letter);
        assert!(text.contains(payload), "{payload:?} was lost from the text");
    }
}

#[test]
fn links_are_made_only_from_values_that_pass_their_format_rule() {
    let html = inspection_letter::render_html(&seed(), &Options::default());
    assert!(
        html.contains(r#"<a href="mailto:enquiries@ofsted.gov.uk">enquiries@ofsted.gov.uk</a>"#)
    );
    assert!(html.contains(r#"<a href="https://www.ofsted.gov.uk">www.ofsted.gov.uk</a>"#));
    let mut letter = seed();
    letter["sender"]["website"] = json!("javascript:alert(1)");
    letter["sender"]["email"] = json!("not an email");
    let html = inspection_letter::render_html(&letter, &Options::default());
    // Only the direct mailbox, which is a real address, is still a link.
    assert_eq!(html.matches("<a ").count(), 1, "{html}");
    assert!(html.contains(r#"<a href="mailto:Safeguarding.lookedafterchildren@ofsted.gov.uk">"#));
}
