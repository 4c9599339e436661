//! The command line as a user meets it (contract §3): what each command prints, its exit
//! status (0 no errors, 1 a letter with errors, 2 unreadable input or bad usage), and a clear
//! message on stderr for every mistake, never a panic.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod common;

const BIN: &str = env!("CARGO_BIN_EXE_inspection-letter");

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(name)
}

fn seed_path() -> String {
    fixture("fixtures/southend-2011.json").display().to_string()
}

/// A file of its own for one test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str, bytes: &[u8]) -> Scratch {
        let path = std::env::temp_dir().join(format!("il-cli-{}-{name}", std::process::id()));
        std::fs::write(&path, bytes).unwrap();
        Scratch(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn check_prints_the_libraries_diagnostics_and_exits_0_for_a_letter_without_errors() {
    let output = run(&["check", &seed_path()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let printed: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let expected = inspection_letter::validate(&common::seed(), &Default::default());
    assert_eq!(printed, serde_json::to_value(&expected).unwrap());
    assert!(!expected.is_empty(), "the seed has warnings to print");
    assert!(stderr(&output).is_empty());
}

#[test]
fn check_exits_1_for_a_letter_with_errors_and_still_prints_them() {
    let letter = Scratch::new("missing.json", br#"{"kind": "ucra-2011"}"#);
    let output = run(&["check", letter.path()]);
    assert_eq!(output.status.code(), Some(1));
    let printed: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert!(printed
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["code"] == "required-field" && d["path"] == "/council"));
}

#[test]
fn check_of_several_files_prints_a_json_line_each() {
    let broken = Scratch::new("several.json", br#"{"kind": "ucra-2011"}"#);
    let output = run(&["check", &seed_path(), broken.path()]);
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], seed_path().as_str());
    assert_eq!(lines[1]["file"], broken.path());
    assert!(lines[1]["diagnostics"].as_array().unwrap().len() > 5);
}

#[test]
fn options_reach_the_rules() {
    let output = run(&["check", &seed_path(), "--rule", "sentence-too-long=off"]);
    assert_eq!(output.status.code(), Some(0));
    let with_rule = stdout(&run(&["check", &seed_path()]));
    assert!(with_rule.contains("sentence-too-long"));
    assert!(!stdout(&output).contains("sentence-too-long"));
    // As an error, the rule makes the seed fail.
    let output = run(&["check", &seed_path(), "--rule", "sentence-too-long=error"]);
    assert_eq!(output.status.code(), Some(1));
    // A letter dated after "today" is a warning.
    let output = run(&["check", &seed_path(), "--today", "2011-01-01"]);
    assert!(stdout(&output).contains("letter-in-future"));
}

#[test]
fn unreadable_input_exits_2_with_a_message_that_names_the_file() {
    let not_json = Scratch::new("cut.json", br#"{"kind": "#);
    let not_utf8 = Scratch::new("latin1.json", b"{\"council\": \"Caf\xe9\"}");
    for (path, says) in [
        (not_json.path(), "is not JSON"),
        (
            not_utf8.path(),
            "is not UTF-8 text (first bad byte at offset 16)",
        ),
        ("/no/such/letter.json", "cannot read /no/such/letter.json"),
    ] {
        let output = run(&["check", path]);
        assert_eq!(output.status.code(), Some(2), "{path}");
        assert!(
            stderr(&output).contains(says),
            "{path}: {}",
            stderr(&output)
        );
        assert!(stdout(&output).is_empty(), "{path}");
    }
    // Among several files, the readable ones are still checked.
    let output = run(&["check", &seed_path(), not_json.path()]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output).lines().count(), 1);
    assert!(stderr(&output).contains("is not JSON"));
}

#[test]
fn bad_usage_exits_2_and_says_what_is_wrong() {
    let seed = seed_path();
    for (args, says) in [
        (vec![], "no command given"),
        (vec!["lint", seed.as_str()], "unknown command “lint”"),
        (vec!["check"], "check needs at least one FILE.json"),
        (
            vec!["check", seed.as_str(), "--verbose"],
            "unknown option “--verbose”",
        ),
        (
            vec!["check", seed.as_str(), "--rule"],
            "--rule needs CODE=off|warning|error",
        ),
        (
            vec!["check", seed.as_str(), "--rule", "loud"],
            "--rule needs CODE=off|warning|error",
        ),
        (
            vec!["check", seed.as_str(), "--rule", "sentence-too-long=loud"],
            "--rule sentence-too-long must be off, warning or error",
        ),
        (
            vec!["check", seed.as_str(), "--today"],
            "--today needs a date",
        ),
        (
            vec!["check", seed.as_str(), "--today", "2011-02-30"],
            "real date as YYYY-MM-DD",
        ),
        (
            vec!["render", seed.as_str()],
            "render needs exactly one of --html or --text",
        ),
        (
            vec!["render", seed.as_str(), "--html", "--text"],
            "render needs exactly one",
        ),
        (vec!["render", "--html"], "render takes one FILE.json"),
        (vec!["import"], "import takes one FILE.txt"),
        (
            vec!["check", seed.as_str(), "--format"],
            "--format needs json or text",
        ),
        (
            vec!["check", seed.as_str(), "--format", "yaml"],
            "--format needs json or text",
        ),
        (
            vec!["check", seed.as_str(), "--html"],
            "check takes no --html or --text: use --format text",
        ),
        (
            vec!["render", seed.as_str(), "--html", "--format", "text"],
            "--format is for check",
        ),
    ] {
        let output = run(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let message = stderr(&output);
        assert!(
            message.starts_with("inspection-letter: "),
            "{args:?}: {message}"
        );
        assert!(message.contains(says), "{args:?}: {message}");
    }
}

#[test]
fn help_anywhere_prints_the_usage_and_exits_0() {
    for args in [
        &["--help"][..],
        &["-h"],
        &["help"],
        &["check", "--help"],
        &["render", "x", "-h"],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert!(
            stdout(&output).starts_with("usage: inspection-letter"),
            "{args:?}"
        );
    }
}

#[test]
fn render_import_and_the_catalogues_print_what_the_library_gives() {
    let seed = common::seed();
    let html = run(&["render", &seed_path(), "--html"]);
    assert_eq!(html.status.code(), Some(0));
    assert_eq!(
        stdout(&html),
        inspection_letter::render_html(&seed, &Default::default())
    );
    let text = run(&["render", &seed_path(), "--text"]);
    assert_eq!(stdout(&text), inspection_letter::render_text(&seed));

    let imported = run(&[
        "import",
        fixture("fixtures/southend-2011.txt").to_str().unwrap(),
    ]);
    assert_eq!(imported.status.code(), Some(0));
    let letter: serde_json::Value = serde_json::from_str(&stdout(&imported)).unwrap();
    assert_eq!(letter, serde_json::Value::from(&seed));
    assert_eq!(stderr(&imported).trim(), "[]");

    let rules: serde_json::Value = serde_json::from_str(&stdout(&run(&["rules"]))).unwrap();
    assert_eq!(
        rules.as_array().unwrap().len(),
        inspection_letter::rules().len()
    );
    let kinds: serde_json::Value = serde_json::from_str(&stdout(&run(&["kinds"]))).unwrap();
    assert_eq!(kinds[0]["id"], "ucra-2010");
    let schema: serde_json::Value = serde_json::from_str(&stdout(&run(&["schema"]))).unwrap();
    assert_eq!(schema, serde_json::Value::from(inspection_letter::schema()));
    assert_eq!(
        stdout(&run(&["version"])).trim(),
        inspection_letter::version()
    );
}

#[test]
fn check_in_text_gives_a_line_a_diagnostic_with_its_words_and_fix_and_a_count() {
    let seed = seed_path();
    let output = run(&["check", "--format", "text", &seed]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let printed = stdout(&output);
    let expected = inspection_letter::validate(&common::seed(), &Default::default());
    let lines: Vec<&str> = printed.lines().filter(|l| !l.starts_with("    ")).collect();
    assert_eq!(lines.len(), expected.len() + 1, "{printed}");
    for (line, d) in lines.iter().zip(&expected) {
        assert_eq!(
            *line,
            format!(
                "{seed}: {}: {} [{}] {}",
                d.path, d.severity, d.code, d.message
            )
        );
    }
    assert_eq!(
        lines.last(),
        Some(&format!("{seed}: 0 errors, 9 warnings").as_str())
    );
    // Each words-to-avoid warning quotes the words, found through the span's UTF-16 offsets.
    assert!(
        printed.contains("Avoid “in order to”: use to\n    “in order to”\n"),
        "{printed}"
    );

    // Errors: exit 1; the value quoted when the diagnostic has no span; the fix; text outside
    // ASCII before a span; a control character escaped rather than sent to the terminal.
    let letter = Scratch::new(
        "text.json",
        "{\"kind\": \"ucra-2011\", \"council\": \"Bad\\u001b[2J Council\", \"recipient\": {\"postcode\": \"ss26er\"},
          \"findings\": {\"strengths\": [{\"text\": \"Staff 😀 are robust.\"}]}}"
            .as_bytes(),
    );
    let output = run(&["check", letter.path(), "--format", "text"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let printed = stdout(&output);
    let file = letter.path();
    assert!(printed.contains(&format!(
        "{file}: /recipient/postcode: error [postcode-format] Write the postcode in capitals with one space, like SS2 6ER\n    “ss26er”\n    fix: “SS2 6ER”\n"
    )), "{printed}");
    assert!(
        printed.contains("Avoid “robust”: use strong or reliable\n    “robust”\n"),
        "{printed}"
    );
    assert!(!printed.contains('\u{1b}'), "{printed}");
    assert!(printed.contains("[invisible-character] Remove the invisible character (U+001B) from the text\n    “\\u{1b}”\n    fix: remove it\n"), "{printed}");
    let count = printed.lines().last().unwrap();
    assert!(
        count.starts_with(&format!("{file}: ")) && count.contains(" errors, "),
        "{count}"
    );

    // Several files, one unreadable: the others are still reported, and the exit is 2.
    let output = run(&["check", "--format", "text", &seed, "/nonexistent.json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).ends_with(&format!("{seed}: 0 errors, 9 warnings\n")));
    assert!(stderr(&output).contains("cannot read /nonexistent.json"));
}

#[test]
fn import_in_text_gives_its_diagnostics_as_lines_on_stderr() {
    let text = Scratch::new(
        "cut.txt",
        b"17 May 2011\n\nMs Sue Cook\nDirector\nA Council\nCivic Centre\nSS2 6ER\n\nDear Ms Cook\n",
    );
    let output = run(&["import", text.path(), "--format", "text"]);
    assert_eq!(output.status.code(), Some(0));
    let letter: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(letter["recipient"]["surname"], "Cook");
    let said = stderr(&output);
    let file = text.path();
    assert!(
        said.contains(&format!(
            "{file}: /council: error [required-field] Enter the council\n"
        )),
        "{said}"
    );
    assert!(
        said.lines()
            .last()
            .unwrap()
            .starts_with(&format!("{file}: ")),
        "{said}"
    );
    assert!(!said.trim_start().starts_with('['), "not JSON: {said}");
}

/// The binary run with `input` on its standard input.
fn run_with_input(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write as _;
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // A command that fails before reading may close its end first: that is its answer.
    let _ = child.stdin.take().expect("stdin").write_all(input);
    child.wait_with_output().expect("the binary ends")
}

#[test]
fn a_file_of_dash_is_standard_input_for_check_render_and_import() {
    let seed = std::fs::read(seed_path()).unwrap();
    for args in [
        vec!["check"],
        vec!["check", "--format", "text"],
        vec!["render", "--text"],
        vec!["render", "--html"],
    ] {
        let from_file = run(&[args.as_slice(), &[seed_path().as_str()]].concat());
        let from_stdin = run_with_input(&[args.as_slice(), &["-"]].concat(), &seed);
        assert_eq!(
            from_stdin.status.code(),
            from_file.status.code(),
            "{args:?}"
        );
        let expected = stdout(&from_file).replace(&seed_path(), "standard input");
        assert_eq!(stdout(&from_stdin), expected, "{args:?}");
    }
    let text = std::fs::read(fixture("fixtures/southend-2011.txt")).unwrap();
    let imported = run_with_input(&["import", "-"], &text);
    assert_eq!(imported.status.code(), Some(0));
    let letter: serde_json::Value = serde_json::from_str(&stdout(&imported)).unwrap();
    assert_eq!(letter["council"], "Southend-on-Sea Borough Council");
}

#[test]
fn standard_input_that_is_not_a_letter_is_named_as_such_and_read_only_once() {
    let output = run_with_input(&["check", "-"], b"{ not json");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).starts_with("inspection-letter: standard input is not JSON: "),
        "{}",
        stderr(&output)
    );
    let output = run_with_input(&["check", "-"], b"\xff\xfe");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("standard input is not UTF-8 text"));
    let output = run_with_input(&["check", "-", "-"], b"{}");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("standard input (-) can be read only once"));
    assert!(stdout(&output).is_empty());
}

#[test]
fn a_json_file_from_a_windows_editor_with_a_byte_order_mark_is_read() {
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend(std::fs::read(seed_path()).unwrap());
    let scratch = Scratch::new("bom.json", &bytes);
    let with_bom = run(&["check", scratch.path()]);
    let without = run(&["check", &seed_path()]);
    assert_eq!(with_bom.status.code(), Some(0), "{}", stderr(&with_bom));
    assert_eq!(stdout(&with_bom), stdout(&without));
}

#[test]
fn fix_applies_the_fixes_and_says_what_is_left() {
    let mut letter: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(seed_path()).unwrap()).unwrap();
    letter["recipient"]["title"] = "Mr.".into();
    letter["recipient"]["postcode"] = "ss26er".into();
    letter["copies"][0]["name"] = "rob tinlin".into();
    // Four fixes in one value, one of them bringing out another: the invisible character
    // removed leaves two spaces together.
    letter["findings"]["strengths"][0]["text"] =
        "Managers are accessible \u{200b} Monday-Friday, 9am-5pm.Staff can't wait.".into();
    let file = Scratch::new("fix.json", letter.to_string().as_bytes());
    let output = run(&["fix", file.path()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let fixed: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(fixed["recipient"]["title"], "Mr");
    assert_eq!(fixed["recipient"]["postcode"], "SS2 6ER");
    assert_eq!(fixed["copies"][0]["name"], "Rob Tinlin");
    assert_eq!(
        fixed["findings"]["strengths"][0]["text"],
        "Managers are accessible Monday to Friday, 9am to 5pm. Staff cannot wait."
    );
    // The seed's own "Section 47" inside a sentence is put in lower case too.
    let section = &fixed["findings"]["meets_requirements"][4]["text"];
    assert!(section
        .as_str()
        .unwrap()
        .starts_with("Assessments, including section 47 enquiries"));
    // Nothing else changed, and the keys keep the file's order.
    for path in [
        "/recipient/title",
        "/recipient/postcode",
        "/copies/0/name",
        "/findings/strengths/0/text",
        "/findings/meets_requirements/4/text",
    ] {
        *letter.pointer_mut(path).unwrap() = fixed.pointer(path).unwrap().clone();
    }
    assert_eq!(
        stdout(&output),
        format!("{}\n", serde_json::to_string_pretty(&letter).unwrap())
    );
    // What is left, as check would print it: the seed's own warnings, which have no fix.
    let left: Vec<serde_json::Value> = serde_json::from_str(stderr(&output).trim()).unwrap();
    assert!(
        !left.is_empty() && left.iter().all(|d| d["fix"].is_null()),
        "{left:?}"
    );
    assert!(left.iter().all(|d| d["severity"] == "warning"));

    let output = run(&["fix", "--format", "text", file.path()]);
    let said = stderr(&output);
    assert!(
        said.contains(": /recipient/title: fixed “Mr.” to “Mr”\n"),
        "{said}"
    );
    assert!(said.contains(": 0 errors, "), "{said}");
}

#[test]
fn fix_exits_1_when_an_error_without_a_fix_is_left_and_2_for_bad_usage() {
    let mut letter: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(seed_path()).unwrap()).unwrap();
    letter["recipient"]["postcode"] = "SS2 6EC".into();
    let file = Scratch::new("fix-error.json", letter.to_string().as_bytes());
    let output = run(&["fix", file.path()]);
    assert_eq!(output.status.code(), Some(1));
    let fixed: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(
        fixed["recipient"]["postcode"], "SS2 6EC",
        "a postcode that is not real has no fix"
    );
    for args in [
        &["fix"][..],
        &["fix", "a.json", "b.json"],
        &["fix", "--html", "a.json"],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).starts_with("inspection-letter: fix "),
            "{}",
            stderr(&output)
        );
    }
}
