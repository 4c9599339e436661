//! Embeds the letter kinds (every `src/kinds/*.json`) and the rules' documentation (the `//!`
//! comment that opens every `src/rules/**/*.rs`), so that a new kind is a new data file and a
//! rule's doc comment is what `rules()` serves.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));

    let kinds_dir = root.join("src/kinds");
    println!("cargo:rerun-if-changed={}", kinds_dir.display());
    let mut kinds = String::from("&[\n");
    for path in files(&kinds_dir, "json") {
        writeln!(kinds, "    include_str!({:?}),", path.display().to_string()).unwrap();
    }
    kinds.push(']');
    fs::write(out.join("kinds.rs"), kinds).expect("write kinds.rs");

    let rules_dir = root.join("src/rules");
    println!("cargo:rerun-if-changed={}", rules_dir.display());
    let mut docs = String::from("&[\n");
    for path in files(&rules_dir, "rs") {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if name == "mod" {
            continue;
        }
        let text = fs::read_to_string(&path).expect("read rule file");
        let doc: Vec<&str> = text
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .map(|l| {
                l.trim_start_matches("//!")
                    .strip_prefix(' ')
                    .unwrap_or(l.trim_start_matches("//!"))
            })
            .collect();
        writeln!(docs, "    ({name:?}, {:?}),", doc.join("\n")).unwrap();
    }
    docs.push(']');
    fs::write(out.join("rule_docs.rs"), docs).expect("write rule_docs.rs");
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
