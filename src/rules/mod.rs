//! The rule catalogue: one table of every rule with its stable code and default severity, and
//! the one pass that runs them all over a letter.
//!
//! Each rule lives in its own file named after the problem it finds; the `//!` comment that
//! opens the file is its documentation, served by [`rules`].

pub mod formats;
pub mod text;

mod required_field;
mod unknown_key;
mod unknown_option;
mod value_not_allowed;
mod wrong_type;

mod unknown_kind;
mod unknown_section;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::diagnostic::{Diagnostic, Pointer, Severity, Sink};
use crate::kinds::{self, Kind};
use crate::letter::{Letter, Status};
use crate::options::{Options, Setting};
use crate::schema;

/// Which family a rule belongs to; privacy rules become errors in a letter marked final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    Structure,
    Required,
    Format,
    Dates,
    Consistency,
    Findings,
    Style,
    Privacy,
    Options,
}

/// What a rule's check sees: the letter as read, the raw JSON, its kind and the options.
pub struct Context<'a> {
    pub letter: &'a Letter,
    pub value: &'a Value,
    /// The letter's kind, when it names one that exists.
    pub kind: Option<&'static Kind>,
    pub options: &'a Options,
}

type Check = fn(&Context<'_>, &mut Sink);

macro_rules! registry {
    ($($variant:ident => $code:literal, $severity:ident, $family:ident, $module:ident, $check:expr;)*) => {
        /// Every rule's code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Code { $($variant,)* }

        impl Code {
            /// The stable kebab-case code.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }

            /// The default severity.
            #[must_use]
            pub const fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }
        }

        /// The registry: code, default severity, family, the file that holds it, its check.
        /// Structural rules have no check of their own: the schema walk reports them.
        const RULES: &[(Code, Family, &str, Option<Check>)] = &[
            $((Code::$variant, Family::$family, stringify!($module), $check),)*
        ];
    };
}

registry! {
    RequiredField => "required-field", Error, Required, required_field, None;
    UnknownKey => "unknown-key", Error, Structure, unknown_key, None;
    UnknownKind => "unknown-kind", Error, Consistency, unknown_kind, Some(unknown_kind::unknown_kind);
    UnknownOption => "unknown-option", Warning, Options, unknown_option, None;
    UnknownSection => "unknown-section", Error, Consistency, unknown_section, Some(unknown_section::unknown_section);
    ValueNotAllowed => "value-not-allowed", Error, Structure, value_not_allowed, None;
    WrongType => "wrong-type", Error, Structure, wrong_type, None;
}

const RULE_DOCS: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/rule_docs.rs"));

/// What `rules()` says about one rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleInfo {
    pub code: String,
    pub severity: Severity,
    pub family: Family,
    /// The first line of the documentation.
    pub summary: String,
    /// The whole documentation, in Markdown: what it checks, why it matters, an example.
    pub docs: String,
}

fn docs_of(module: &str) -> &'static str {
    RULE_DOCS
        .iter()
        .find(|(name, _)| *name == module)
        .map_or("", |(_, docs)| docs)
}

/// The catalogue, sorted by code.
#[must_use]
pub fn rules() -> Vec<RuleInfo> {
    let mut infos: Vec<RuleInfo> = RULES
        .iter()
        .map(|(code, family, module, _)| {
            let docs = docs_of(module);
            RuleInfo {
                code: code.as_str().to_owned(),
                severity: code.severity(),
                family: *family,
                summary: docs
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .trim_start_matches("# ")
                    .to_owned(),
                docs: docs.to_owned(),
            }
        })
        .collect();
    infos.sort_by(|a, b| a.code.cmp(&b.code));
    infos
}

/// Whether a rule with this code exists.
#[must_use]
pub fn is_rule(code: &str) -> bool {
    RULES.iter().any(|(c, ..)| c.as_str() == code)
}

/// Runs every rule over the letter in one pass and returns the diagnostics in the contract's
/// order, with the options' severities applied.
#[must_use]
pub fn validate(value: &Value, options: &Options) -> Vec<Diagnostic> {
    let mut sink = Sink::new();
    schema::check_structure(value, &mut sink);
    let letter = Letter::from_value(value);
    let cx = Context {
        letter: &letter,
        value,
        kind: letter.kind.as_deref().and_then(kinds::kind),
        options,
    };
    for (_, _, _, check) in RULES {
        if let Some(check) = check {
            check(&cx, &mut sink);
        }
    }
    unknown_option::unknown_option(options, &mut sink);
    settle(&mut sink, letter.status, options);
    sink.into_sorted()
}

/// Applies the status and the options to each diagnostic's severity and drops rules turned off.
fn settle(sink: &mut Sink, status: Status, options: &Options) {
    sink.diagnostics_mut().retain_mut(|d| {
        if status == Status::Final && family_of(&d.code) == Some(Family::Privacy) {
            d.severity = Severity::Error;
        }
        match options.rules.get(d.code.as_str()) {
            Some(Setting::Off) => false,
            Some(Setting::Warning) => {
                d.severity = Severity::Warning;
                true
            }
            Some(Setting::Error) => {
                d.severity = Severity::Error;
                true
            }
            None => true,
        }
    });
}

fn family_of(code: &str) -> Option<Family> {
    RULES
        .iter()
        .find(|(c, ..)| c.as_str() == code)
        .map(|(_, family, ..)| *family)
}

impl Context<'_> {
    /// Reports a problem found by the rule `code`, at its default severity.
    pub fn report<'s>(
        &self,
        sink: &'s mut Sink,
        code: Code,
        path: &Pointer,
        message: String,
    ) -> &'s mut Diagnostic {
        sink.push(code.as_str(), code.severity(), path, message)
    }
}

/// The rules whose checks are in this table, for tests that every rule is documented.
#[must_use]
pub fn rule_files() -> BTreeMap<&'static str, &'static str> {
    RULES
        .iter()
        .map(|(code, _, module, _)| (code.as_str(), *module))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_kebab_case_and_documented() {
        let mut seen = std::collections::HashSet::new();
        for (code, _, module, _) in RULES {
            let code = code.as_str();
            assert!(seen.insert(code), "{code} is registered twice");
            assert!(
                code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{code} is not kebab-case"
            );
            assert_eq!(
                code.replace('-', "_"),
                *module,
                "the file of {code} must share its name"
            );
            let docs = docs_of(module);
            for heading in ["## What it checks", "## Why it matters", "## Example"] {
                assert!(
                    docs.contains(heading),
                    "{module}.rs lacks the heading {heading:?}"
                );
            }
        }
    }

    #[test]
    fn rules_are_listed_sorted() {
        let codes: Vec<String> = rules().into_iter().map(|r| r.code).collect();
        let mut sorted = codes.clone();
        sorted.sort();
        assert_eq!(codes, sorted);
        assert!(codes.iter().any(|c| c == "wrong-type"));
    }
}
