//! Embeds the letter kinds (every `src/kinds/*.json`) and the rules' documentation (the `//!`
//! comment that opens each rule's file, `src/rules/<module>.rs` for every module the registry
//! in `src/rules/mod.rs` names), so that a new kind is a new data file and a
//! rule's doc comment is what `rules()` serves.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

use serde_json::Value;

fn main() {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));

    let kinds_dir = root.join("src/kinds");
    println!("cargo:rerun-if-changed={}", kinds_dir.display());
    let mut kinds = String::from("&[\n");
    for path in files(&kinds_dir, "json") {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("read kind file");
        let value: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()));
        kinds.push_str(&kind_code(&value).unwrap_or_else(|e| panic!("{}: {e}", path.display())));
    }
    kinds.push(']');
    fs::write(out.join("kinds.rs"), kinds).expect("write kinds.rs");

    // The docs in the registry's order (the rules' order), as one text with a NUL after each:
    // a list of `&str` would cost the package a pointer and a length a rule, and the files'
    // names beside them.
    let rules_dir = root.join("src/rules");
    let registry_path = rules_dir.join("mod.rs");
    println!("cargo:rerun-if-changed={}", registry_path.display());
    let registry = fs::read_to_string(&registry_path).expect("read src/rules/mod.rs");
    let mut docs = String::new();
    for module in registry_modules(&registry) {
        let path = rules_dir.join(format!("{module}.rs"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: the registry names it, but {e}", path.display()));
        let doc: Vec<&str> = text
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .map(|l| {
                l.trim_start_matches("//!")
                    .strip_prefix(' ')
                    .unwrap_or(l.trim_start_matches("//!"))
            })
            .collect();
        let doc = doc.join("\n");
        assert!(!doc.contains('\0'), "{}: a NUL in its docs", path.display());
        // Each heading as one byte (`rules::with_headings` puts them back), in the order the
        // registry's test holds every rule's docs to.
        assert!(
            !doc.bytes().any(|b| (1..=3).contains(&b)),
            "{}: a control character in its docs",
            path.display()
        );
        let doc = doc
            .replace("\n\n## What it checks\n", "\u{1}")
            .replace("\n\n## Why it matters\n", "\u{2}")
            .replace("\n\n## Example\n", "\u{3}");
        docs.push_str(&doc);
        docs.push('\0');
    }
    fs::write(out.join("rule_docs.rs"), format!("{docs:?}")).expect("write rule_docs.rs");

    // The schema without its indentation: the same value in a third less of the package.
    let schema_path = root.join("src/schema/letter.schema.json");
    println!("cargo:rerun-if-changed={}", schema_path.display());
    let schema: Value =
        serde_json::from_str(&fs::read_to_string(&schema_path).expect("read letter.schema.json"))
            .expect("letter.schema.json is JSON");
    fs::write(out.join("letter.schema.min.json"), schema.to_string()).expect("write schema");
}

/// The module of every rule in `registry! { ... }` of src/rules/mod.rs, in its order: each
/// entry is a line `Variant => "code", Severity, Family, module[, walked];`.
fn registry_modules(registry: &str) -> Vec<&str> {
    let body = registry
        .split_once("registry! {\n")
        .and_then(|(_, rest)| rest.split_once("\n}"))
        .expect("src/rules/mod.rs holds `registry! { ... }`")
        .0;
    let modules: Vec<&str> = body
        .lines()
        .map(|line| {
            let fields: Vec<&str> = line.trim().trim_end_matches(';').split(',').collect();
            assert!(
                fields.len() >= 4 && fields[0].contains("=>"),
                "src/rules/mod.rs: not a registry entry: {line:?}"
            );
            fields[3].trim()
        })
        .collect();
    assert!(
        !modules.is_empty(),
        "src/rules/mod.rs: the registry is empty"
    );
    modules
}

/// A kind file as a `Kind` literal: the browser build then carries no JSON reader for kinds.
fn kind_code(kind: &Value) -> Result<String, String> {
    let object = kind.as_object().ok_or("a kind must be a JSON object")?;
    let known = [
        "id",
        "name",
        "letterhead",
        "subject",
        "council_takes_the",
        "paragraphs",
        "sections",
        "outcome",
        "closing",
        "valediction",
        "copy_label",
    ];
    if let Some(key) = object.keys().find(|k| !known.contains(&k.as_str())) {
        return Err(format!("unknown key {key:?}"));
    }
    let text = |v: &Value, key: &str| -> Result<String, String> {
        v.get(key)
            .and_then(Value::as_str)
            .map(|s| format!("{s:?}"))
            .ok_or(format!("{key:?} must be text"))
    };
    let texts = |v: &Value, key: &str| -> Result<String, String> {
        let items = v
            .get(key)
            .map_or(Some(Vec::new()), |l| l.as_array().cloned())
            .ok_or(format!("{key:?} must be a list"))?;
        let items: Result<Vec<String>, String> = items
            .iter()
            .map(|i| {
                i.as_str()
                    .map(|s| format!("{s:?}"))
                    .ok_or(format!("{key:?} must hold text"))
            })
            .collect();
        Ok(format!("&[{}]", items?.join(", ")))
    };
    let mut sections = String::new();
    for section in kind
        .get("sections")
        .and_then(Value::as_array)
        .ok_or("\"sections\" must be a list")?
    {
        let outcome = section
            .get("outcome")
            .ok_or("a section needs \"outcome\"")?;
        let group = match outcome.get("group").and_then(Value::as_str) {
            Some("identified") => "Identified",
            Some("with") => "With",
            _ => return Err("an outcome group must be \"identified\" or \"with\"".into()),
        };
        let closing = match section.get("closing") {
            None => "None".to_owned(),
            Some(_) => format!("Some({})", text(section, "closing")?),
        };
        write!(
            sections,
            "Section {{ key: {}, heading: {}, outcome: OutcomePart {{ group: OutcomeGroup::{group}, text: {} }}, closing: {closing}, previously_identified: {} }}, ",
            text(section, "key")?,
            text(section, "heading")?,
            text(outcome, "text")?,
            text(section, "previously_identified")?
        )
        .unwrap();
    }
    let outcome = kind.get("outcome").ok_or("a kind needs \"outcome\"")?;
    let direct_fax = kind
        .pointer("/letterhead/direct_fax")
        .and_then(Value::as_bool)
        .ok_or("\"letterhead\" needs \"direct_fax\": true or false")?;
    Ok(format!(
        "    Kind {{ id: {}, name: {}, letterhead: Letterhead {{ direct_fax: {direct_fax} }}, subject: {}, council_takes_the: {}, paragraphs: {}, \
         sections: &[{sections}], outcome: Outcome {{ lead: {}, with: {}, and: {}, end: {} }}, closing: {}, valediction: {}, copy_label: {} }},\n",
        text(kind, "id")?,
        text(kind, "name")?,
        text(kind, "subject")?,
        texts(kind, "council_takes_the")?,
        texts(kind, "paragraphs")?,
        text(outcome, "lead")?,
        text(outcome, "with")?,
        text(outcome, "and")?,
        text(outcome, "end")?,
        text(kind, "closing")?,
        text(kind, "valediction")?,
        text(kind, "copy_label")?,
    ))
}

/// Every file under `dir` (recursively) with the extension, sorted so that builds are repeatable.
fn files(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == extension) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}
