//! The command line: a thin shell over the library, as contract §3 describes.

use std::io::Write as _;
use std::process::ExitCode;

use inspection_letter::Value;
use inspection_letter::{Diagnostic, Options, Setting, Severity};

const USAGE: &str = "\
usage: inspection-letter <command> [options]

commands:
  check FILE.json [FILE.json ...]   print the diagnostics (one JSON array; one JSON line per file for several)
                                    (a FILE of - is standard input, for every command that reads one)
  render FILE.json --html|--text    print the letter as an HTML fragment or as plain text
  import FILE.txt                   print the JSON letter read from plain text; diagnostics on stderr
                                    (--format text for them as lines)
  fix FILE.json                     print the letter with the diagnostics' fixes applied (those
                                    the form offers as buttons); the diagnostics left on stderr
                                    (--format text for the fixes made and those left, as lines)
  schema                            print the letter's JSON Schema
  rules                             print the rule catalogue
  kinds                             print the letter kinds and their sections
  version                           print the version

options for check, fix and render:
  --today YYYY-MM-DD                today's date, for the rule on letters dated in the future
  --rule CODE=off|warning|error     change a rule's severity or turn it off (repeatable)
  --format json|text                check, and import's diagnostics: JSON (the default) or
                                    lines for people to read, each with its words and any fix

exit status: 0 no errors, 1 a letter has errors (for fix: left), 2 unreadable input or bad usage";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("inspection-letter: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let Some((command, rest)) = args.split_first() else {
        return Err(format!("no command given\n\n{USAGE}"));
    };
    // `inspection-letter check --help` asks for the usage as much as `inspection-letter --help`.
    if rest.iter().any(|a| a == "--help" || a == "-h") {
        return print(&format!("{USAGE}\n"));
    }
    let (files, flags, options, text) = parse_flags(rest)?;
    if files.iter().filter(|f| *f == "-").count() > 1 {
        return Err("standard input (-) can be read only once".into());
    }
    match command.as_str() {
        "check" => {
            if !flags.is_empty() {
                return Err("check takes no --html or --text: use --format text".into());
            }
            check(&files, &options, text)
        }
        "render" => {
            let [file] = files.as_slice() else {
                return Err("render takes one FILE.json".into());
            };
            let letter = read_json(file)?;
            if text {
                return Err("--format is for check; render takes --html or --text".into());
            }
            let output = match flags.as_slice() {
                [flag] if flag == "--text" => inspection_letter::render_text(&letter),
                [flag] if flag == "--html" => inspection_letter::render_html(&letter, &options),
                _ => return Err("render needs exactly one of --html or --text".into()),
            };
            print(&output)
        }
        "import" => {
            let [file] = files.as_slice() else {
                return Err("import takes one FILE.txt".into());
            };
            let imported = inspection_letter::import_text(&read_text(file)?);
            if text {
                eprint!(
                    "{}",
                    as_text(named(file), &imported.letter, &imported.diagnostics)
                );
            } else {
                eprintln!("{}", to_json(&imported.diagnostics)?);
            }
            print(&format!("{}\n", to_pretty_json(&imported.letter)?))
        }
        "fix" => {
            let [file] = files.as_slice() else {
                return Err("fix takes one FILE.json".into());
            };
            if !flags.is_empty() {
                return Err("fix takes no --html or --text: use --format text".into());
            }
            fix(file, &options, text)
        }
        "schema" => print(&format!(
            "{}\n",
            to_pretty_json(inspection_letter::schema())?
        )),
        "rules" => print(&format!(
            "{}\n",
            to_pretty_json(&inspection_letter::rules())?
        )),
        "kinds" => print(&format!(
            "{}\n",
            to_pretty_json(&inspection_letter::kinds())?
        )),
        "version" => print(&format!("{}\n", inspection_letter::version())),
        "help" | "--help" | "-h" => print(&format!("{USAGE}\n")),
        other => Err(format!("unknown command “{other}”\n\n{USAGE}")),
    }
}

/// Files, output flags (`--html`, `--text`), options, and whether `--format text` was asked for.
type Parsed = (Vec<String>, Vec<String>, Options, bool);

/// Splits arguments into files, output flags, options and the format.
fn parse_flags(args: &[String]) -> Result<Parsed, String> {
    let mut files = Vec::new();
    let mut flags = Vec::new();
    let mut options = Options::default();
    let mut text = false;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--html" | "--text" => flags.push(arg.clone()),
            "--format" => match iter.next().map(String::as_str) {
                Some("json") => text = false,
                Some("text") => text = true,
                _ => return Err("--format needs json or text".into()),
            },
            "--today" => {
                let today = iter.next().ok_or("--today needs a date as YYYY-MM-DD")?;
                let parsed =
                    Options::from_value(&Value::from(serde_json::json!({ "today": today })))?;
                options.today = parsed.today;
            }
            "--rule" => {
                let spec = iter.next().ok_or("--rule needs CODE=off|warning|error")?;
                let (code, setting) = spec
                    .split_once('=')
                    .ok_or("--rule needs CODE=off|warning|error")?;
                let setting = Setting::from_word(setting)
                    .ok_or(format!("--rule {code} must be off, warning or error"))?;
                options.set(code, setting);
            }
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option “{flag}”\n\n{USAGE}"))
            }
            file => files.push(file.to_owned()),
        }
    }
    Ok((files, flags, options, text))
}

fn check(files: &[String], options: &Options, text: bool) -> Result<ExitCode, String> {
    if files.is_empty() {
        return Err("check needs at least one FILE.json".into());
    }
    let mut any_error = false;
    let mut unreadable = false;
    let mut out = String::new();
    for file in files {
        match read_json(file) {
            Ok(letter) => {
                let diagnostics = inspection_letter::validate(&letter, options);
                any_error |= diagnostics.iter().any(|d| d.severity == Severity::Error);
                if text {
                    out.push_str(&as_text(named(file), &letter, &diagnostics));
                } else if let [_] = files {
                    // One file: its diagnostics as one JSON array.
                    out = format!("{}\n", to_json(&diagnostics)?);
                } else {
                    // Several: a JSON line each.
                    let line = serde_json::json!({ "file": file, "diagnostics": diagnostics });
                    out.push_str(&format!("{line}\n"));
                }
            }
            Err(message) => {
                eprintln!("inspection-letter: {message}");
                unreadable = true;
            }
        }
    }
    print(&out)?;
    Ok(if unreadable {
        ExitCode::from(2)
    } else if any_error {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The fixes of a letter's diagnostics applied, as the form's fix buttons apply them, until
/// none is left to apply (a fix can bring out another: an invisible character removed leaves a
/// double space); the letter printed, the diagnostics left on stderr.
fn fix(file: &str, options: &Options, text: bool) -> Result<ExitCode, String> {
    let mut letter = read_json(file)?;
    let mut made = String::new();
    let mut diagnostics = inspection_letter::validate(&letter, options);
    for _ in 0..4 {
        let fixed = apply_fixes(&mut letter, &diagnostics);
        if fixed.is_empty() {
            break;
        }
        for (path, before, after) in fixed {
            made.push_str(&format!(
                "{}: {path}: fixed “{}” to “{}”\n",
                named(file),
                shown(&before),
                shown(&after)
            ));
        }
        diagnostics = inspection_letter::validate(&letter, options);
    }
    if text {
        eprint!("{made}{}", as_text(named(file), &letter, &diagnostics));
    } else {
        eprintln!("{}", to_json(&diagnostics)?);
    }
    print(&format!("{}\n", to_pretty_json(&letter)?))?;
    Ok(
        if diagnostics.iter().any(|d| d.severity == Severity::Error) {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        },
    )
}

/// Applies the fix of each diagnostic whose value is a string, its span's part (or the whole
/// value) replaced; of fixes that overlap in one value, the one that starts last. Returns each
/// value changed: its path, before and after.
fn apply_fixes(letter: &mut Value, diagnostics: &[Diagnostic]) -> Vec<(String, String, String)> {
    // Each value's fixes as byte ranges, the last first.
    let mut edits: Vec<(&str, usize, usize, &str)> = diagnostics
        .iter()
        .filter_map(|d| {
            let replacement = d.fix.as_ref()?.replacement.as_str();
            let value = letter.pointer(&d.path)?.as_str()?;
            let (start, end) = d.span.as_ref().map_or((0, value.len()), |span| {
                (
                    utf16_offset(value, span.start),
                    utf16_offset(value, span.end),
                )
            });
            Some((d.path.as_str(), start, end.max(start), replacement))
        })
        .collect();
    edits.sort_by(|a, b| a.0.cmp(b.0).then(b.1.cmp(&a.1)));
    let mut changed = Vec::new();
    let mut at = 0;
    while at < edits.len() {
        let path = edits[at].0;
        let Some(Value::String(value)) = letter.pointer_mut(path) else {
            at += 1;
            continue;
        };
        let before = value.clone();
        let mut free_until = value.len();
        while at < edits.len() && edits[at].0 == path {
            let (_, start, end, replacement) = edits[at];
            if end <= free_until {
                value.replace_range(start..end, replacement);
                free_until = start;
            }
            at += 1;
        }
        if *value != before {
            changed.push((path.to_owned(), before, value.clone()));
        }
    }
    changed
}

/// The byte offset in `text` of a UTF-16 offset (a span's), as far as `text` goes.
fn utf16_offset(text: &str, units: usize) -> usize {
    let mut counted = 0;
    for (at, c) in text.char_indices() {
        if counted >= units {
            return at;
        }
        counted += c.len_utf16();
    }
    text.len()
}

/// The diagnostics of one file as lines for people: `FILE: PATH: severity [code] message`, then
/// the words the diagnostic is about and its fix, indented; a count at the end.
fn as_text(file: &str, letter: &Value, diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let path = if d.path.is_empty() {
            "(the letter)"
        } else {
            &d.path
        };
        out.push_str(&format!(
            "{file}: {path}: {} [{}] {}\n",
            d.severity, d.code, d.message
        ));
        // The words it is about: its span of the value, or the whole value.
        if let Some(value) = letter.pointer(&d.path).and_then(Value::as_str) {
            let words = d
                .span
                .as_ref()
                .map_or(value, |span| utf16_slice(value, span.start, span.end));
            if !words.is_empty() {
                out.push_str(&format!("    “{}”\n", shown(words)));
            }
        }
        match d.fix.as_ref().map(|fix| fix.replacement.as_str()) {
            Some("") => out.push_str("    fix: remove it\n"),
            Some(replacement) => out.push_str(&format!("    fix: “{}”\n", shown(replacement))),
            None => {}
        }
    }
    let count = |severity: Severity, one: &str, many: &str| {
        let n = diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count();
        format!("{n} {}", if n == 1 { one } else { many })
    };
    out.push_str(&if diagnostics.is_empty() {
        format!("{file}: no problems\n")
    } else {
        format!(
            "{file}: {}, {}\n",
            count(Severity::Error, "error", "errors"),
            count(Severity::Warning, "warning", "warnings")
        )
    });
    out
}

/// `text[start..end]` in UTF-16 code units (a span's offsets), as far as `text` goes.
fn utf16_slice(text: &str, start: usize, end: usize) -> &str {
    let from = utf16_offset(text, start);
    text.get(from..utf16_offset(text, end).max(from))
        .unwrap_or("")
}

/// Text for a terminal: at most 80 characters, control characters escaped, so that a line
/// break or an escape sequence in a letter cannot redraw the screen.
fn shown(text: &str) -> String {
    let mut out = String::new();
    for c in inspection_letter::rules::text::truncate_chars(text, 80).chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// `FILE` as messages name it: `-` is standard input.
fn named(file: &str) -> &str {
    if file == "-" {
        "standard input"
    } else {
        file
    }
}

/// The text of `file`, or of standard input for `-` (a server pipes a letter it holds).
fn read_text(file: &str) -> Result<String, String> {
    let bytes = if file == "-" {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map(|_| bytes)
    } else {
        std::fs::read(file)
    };
    let bytes = bytes.map_err(|e| format!("cannot read {}: {e}", named(file)))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{} is not UTF-8 text (first bad byte at offset {})",
            named(file),
            e.utf8_error().valid_up_to()
        )
    })
}

fn read_json(file: &str) -> Result<Value, String> {
    let text = read_text(file)?;
    // A byte-order mark, as Windows editors begin a file with one, is no part of the JSON
    // (RFC 8259 lets a reader ignore it); serde_json would call it "expected value".
    let json = text.strip_prefix('\u{feff}').unwrap_or(&text);
    serde_json::from_str(json).map_err(|e| format!("{} is not JSON: {e}", named(file)))
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string(value).map_err(|e| e.to_string())
}

fn to_pretty_json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value).map_err(|e| e.to_string())
}

/// Prints to stdout; a closed pipe (`| head`) is not an error worth a panic.
fn print(text: &str) -> Result<ExitCode, String> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(format!("cannot write the output: {e}")),
    }
}
