//! The rule catalogue: one table of every rule with its stable code and default severity, and
//! the one pass that runs them all over a letter.
//!
//! Each rule lives in its own file named after the problem it finds; the `//!` comment that
//! opens the file is its documentation, served by [`rules`].

pub mod formats;
pub mod text;

mod abbreviation_unexplained;
mod address_line_start;
mod address_too_long;
mod address_too_short;
mod address_trailing_comma;
mod age_of_person;
mod contact_details;
mod date_format;
mod date_range;
mod duplicate_finding;
mod email_format;
mod evidence_format;
mod exact_date;
mod finding_not_sentence;
mod forename_needed;
mod import_unplaced_text;
mod inspection_dates_order;
mod inspection_days_apart;
mod inspection_on_weekend;
mod inspector_role;
mod invisible_character;
mod latin_abbreviation;
mod letter_before_inspection;
mod letter_in_future;
mod letter_long_after_inspection;
mod month_format;
mod name_format;
mod national_insurance_number;
mod negative_contraction;
mod nhs_number;
mod no_findings;
mod no_fixed_abode;
mod one_case;
mod organisation_not_council;
mod outcome_mismatch;
mod pasted_bullet;
mod personal_name;
mod postcode_format;
mod previous_inspection_after;
mod previous_inspection_not_a_year_before;
mod previously_identified_without_previous;
mod reference_number;
mod required_field;
mod school_or_placement;
mod sentence_too_long;
mod similar_findings;
mod small_group_count;
mod stray_whitespace;
mod surrounding_whitespace;
mod telephone_format;
mod text_too_long;
mod unknown_key;
mod unknown_kind;
mod unknown_option;
mod unknown_section;
mod value_not_allowed;
mod website_format;
pub mod words;
mod words_to_avoid;
mod wrong_type;

use serde::{Deserialize, Serialize};

use crate::dates::{Date, YearMonth};
use crate::diagnostic::{Diagnostic, FieldPath, Place, Reported, Severity, Sink};
use crate::kinds::{self, Kind};
use crate::letter::{Field, Letter, Status};
use crate::options::{Options, Setting};
use crate::schema;
use crate::value::Value;

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
    Import,
}

impl Family {
    /// The family's name in JSON, as `rules()` gives it.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Family::Structure => "structure",
            Family::Required => "required",
            Family::Format => "format",
            Family::Dates => "dates",
            Family::Consistency => "consistency",
            Family::Findings => "findings",
            Family::Style => "style",
            Family::Privacy => "privacy",
            Family::Options => "options",
            Family::Import => "import",
        }
    }
}

/// What a rule's check sees: the letter as read, the raw JSON, its kind and the options, with
/// the dates read once for all the date rules.
pub struct Context<'a> {
    pub letter: &'a Letter<'a>,
    pub value: &'a Value,
    /// The letter's kind, when it names one that exists.
    pub kind: Option<&'static Kind>,
    pub options: &'a Options,
    letter_date: Option<Date>,
    /// The inspection days that are real dates, with their indexes.
    days: Vec<(usize, Date)>,
    previous_month: Option<YearMonth>,
    /// Every string of the letter, with its path: listed once for all the rules.
    fields: &'a [Field<'a>],
    /// What each field's text holds ([`text::has`] bits), in the order of `fields`.
    scans: &'a [u8],
    /// The prose (findings first), split into words once for all the rules.
    prose: &'a [Prose<'a>],
    findings: usize,
}

/// A piece of prose with its words.
pub struct Prose<'a> {
    pub path: FieldPath<'a>,
    pub text: &'a str,
    pub words: &'a [text::Word<'a>],
    /// A hash of the words in lower case, shared by the duplicate and near-duplicate rules.
    pub words_hash: u64,
    /// Every [`text::tag`] of its words.
    pub tags: u32,
    /// What the text holds: [`text::has`] bits.
    pub has: u8,
}

type Check = fn(&Context<'_>, &mut Sink);

macro_rules! registry {
    (@check $module:ident) => { Some($module::$module as Check) };
    (@check $module:ident walked) => { None };
    ($($variant:ident => $code:literal, $severity:ident, $family:ident, $module:ident $(, $walked:ident)?;)*) => {
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

        /// The registry: code, family, check. Rules marked `walked` have no check of their
        /// own: the schema walk or the importer reports them.
        const RULES: &[(Code, Family, Option<Check>)] = &[
            $((Code::$variant, Family::$family, registry!(@check $module $($walked)?)),)*
        ];

        /// The file that holds each rule (build.rs reads the same names from this registry).
        #[cfg(test)]
        const MODULES: &[&str] = &[$(stringify!($module),)*];
    };
}

registry! {
    AbbreviationUnexplained => "abbreviation-unexplained", Warning, Style, abbreviation_unexplained;
    AddressLineStart => "address-line-start", Error, Required, address_line_start;
    AddressTooLong => "address-too-long", Warning, Required, address_too_long;
    AddressTooShort => "address-too-short", Error, Required, address_too_short;
    AddressTrailingComma => "address-trailing-comma", Warning, Required, address_trailing_comma;
    AgeOfPerson => "age-of-person", Warning, Privacy, age_of_person;
    ContactDetails => "contact-details", Warning, Privacy, contact_details;
    DateFormat => "date-format", Error, Format, date_format;
    DateRange => "date-range", Warning, Style, date_range;
    DuplicateFinding => "duplicate-finding", Error, Findings, duplicate_finding;
    EmailFormat => "email-format", Error, Format, email_format;
    EvidenceFormat => "evidence-format", Warning, Format, evidence_format;
    ExactDate => "exact-date", Warning, Privacy, exact_date;
    FindingNotSentence => "finding-not-sentence", Warning, Findings, finding_not_sentence;
    ForenameNeeded => "forename-needed", Error, Required, forename_needed;
    ImportUnplacedText => "import-unplaced-text", Warning, Import, import_unplaced_text, walked;
    InspectionDatesOrder => "inspection-dates-order", Error, Dates, inspection_dates_order;
    InspectionDaysApart => "inspection-days-apart", Warning, Dates, inspection_days_apart;
    InspectionOnWeekend => "inspection-on-weekend", Warning, Dates, inspection_on_weekend;
    InspectorRole => "inspector-role", Error, Consistency, inspector_role;
    InvisibleCharacter => "invisible-character", Error, Findings, invisible_character;
    LatinAbbreviation => "latin-abbreviation", Warning, Style, latin_abbreviation;
    LetterBeforeInspection => "letter-before-inspection", Error, Dates, letter_before_inspection;
    LetterInFuture => "letter-in-future", Warning, Dates, letter_in_future;
    LetterLongAfterInspection => "letter-long-after-inspection", Warning, Dates, letter_long_after_inspection;
    MonthFormat => "month-format", Error, Format, month_format;
    NameFormat => "name-format", Warning, Format, name_format;
    NationalInsuranceNumber => "national-insurance-number", Warning, Privacy, national_insurance_number;
    NegativeContraction => "negative-contraction", Warning, Style, negative_contraction;
    NhsNumber => "nhs-number", Warning, Privacy, nhs_number;
    NoFindings => "no-findings", Error, Consistency, no_findings;
    NoFixedAbode => "no-fixed-abode", Error, Required, no_fixed_abode;
    OneCase => "one-case", Warning, Findings, one_case;
    OrganisationNotCouncil => "organisation-not-council", Warning, Consistency, organisation_not_council;
    OutcomeMismatch => "outcome-mismatch", Error, Consistency, outcome_mismatch;
    PastedBullet => "pasted-bullet", Warning, Findings, pasted_bullet;
    PersonalName => "personal-name", Warning, Privacy, personal_name;
    PostcodeFormat => "postcode-format", Error, Format, postcode_format;
    PreviousInspectionAfter => "previous-inspection-after", Error, Dates, previous_inspection_after;
    PreviousInspectionNotAYearBefore => "previous-inspection-not-a-year-before", Warning, Dates, previous_inspection_not_a_year_before;
    PreviouslyIdentifiedWithoutPrevious => "previously-identified-without-previous", Error, Consistency, previously_identified_without_previous;
    ReferenceNumber => "reference-number", Warning, Privacy, reference_number;
    RequiredField => "required-field", Error, Required, required_field, walked;
    SchoolOrPlacement => "school-or-placement", Warning, Privacy, school_or_placement;
    SentenceTooLong => "sentence-too-long", Warning, Style, sentence_too_long;
    SimilarFindings => "similar-findings", Warning, Findings, similar_findings;
    SmallGroupCount => "small-group-count", Warning, Privacy, small_group_count;
    StrayWhitespace => "stray-whitespace", Warning, Findings, stray_whitespace;
    SurroundingWhitespace => "surrounding-whitespace", Warning, Required, surrounding_whitespace;
    TelephoneFormat => "telephone-format", Error, Format, telephone_format;
    TextTooLong => "text-too-long", Error, Required, text_too_long;
    UnknownKey => "unknown-key", Error, Structure, unknown_key, walked;
    UnknownKind => "unknown-kind", Error, Consistency, unknown_kind;
    UnknownOption => "unknown-option", Warning, Options, unknown_option, walked;
    UnknownSection => "unknown-section", Error, Consistency, unknown_section;
    ValueNotAllowed => "value-not-allowed", Error, Structure, value_not_allowed, walked;
    WebsiteFormat => "website-format", Error, Format, website_format;
    WordsToAvoid => "words-to-avoid", Warning, Style, words_to_avoid;
    WrongType => "wrong-type", Error, Structure, wrong_type, walked;
}

/// Every rule's documentation (the `//!` comment of its file), in the registry's order, each
/// followed by a NUL (build.rs).
const RULE_DOCS: &str = include!(concat!(env!("OUT_DIR"), "/rule_docs.rs"));

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

/// The catalogue, sorted by code (the registry's own order, which a test keeps sorted).
#[must_use]
pub fn rules() -> Vec<RuleInfo> {
    // A loop of pushes: `zip`, `map` and `collect` made 730 B of generic code.
    let mut infos = Vec::with_capacity(RULES.len());
    let mut docs = RULE_DOCS.split('\0');
    for (code, family, _) in RULES {
        let docs = with_headings(docs.next().unwrap_or_default());
        infos.push(RuleInfo {
            code: code.as_str().to_owned(),
            severity: code.severity(),
            family: *family,
            summary: crate::find::trim_start(docs.lines().next().unwrap_or_default(), "# ")
                .to_owned(),
            docs,
        });
    }
    infos
}

/// A rule's documentation with its three headings back in place: build.rs stores each as one
/// byte, 1 to 3 (the 159 headings cost the browser package 250 B gzipped, even repeated).
fn with_headings(docs: &str) -> String {
    const HEADINGS: [&str; 3] = [
        "\n\n## What it checks\n",
        "\n\n## Why it matters\n",
        "\n\n## Example\n",
    ];
    let mut out = String::with_capacity(docs.len() + 64);
    let mut from = 0;
    for (at, byte) in docs.bytes().enumerate() {
        if let Some(heading) = HEADINGS.get(usize::from(byte).wrapping_sub(1)) {
            out.push_str(&docs[from..at]);
            out.push_str(heading);
            from = at + 1;
        }
    }
    out.push_str(&docs[from..]);
    out
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
    let fields = letter.text_fields();
    let scans: Vec<u8> = fields.iter().map(|f| text::scan(f.text)).collect();
    let (words, pieces) = split_prose(&fields);
    let prose = prose_of(&fields, &scans, &words, &pieces);
    let findings = pieces.iter().filter(|p| p.finding).count();
    // The inspection days that are dates, with their places (pushes: `filter_map` and
    // `collect` made 268 B of generic code).
    let mut days = Vec::new();
    for (i, d) in letter.inspection.dates.iter().enumerate() {
        if let Some(day) = d.as_deref().and_then(|d| Date::parse_iso(d.trim())) {
            days.push((i, day));
        }
    }
    let cx = Context {
        letter: &letter,
        value,
        kind: letter.kind.as_deref().and_then(kinds::kind),
        options,
        letter_date: letter
            .date
            .as_deref()
            .and_then(|d| Date::parse_iso(d.trim())),
        days,
        previous_month: letter
            .previous_inspection
            .as_ref()
            .and_then(|p| YearMonth::parse_iso(p.month.as_deref()?.trim())),
        fields: &fields,
        scans: &scans,
        prose: &prose,
        findings,
    };
    for (_, _, check) in RULES {
        if let Some(check) = check {
            check(&cx, &mut sink);
        }
    }
    unknown_option::unknown_option(options, &mut sink);
    settle(&mut sink, options);
    sink.into_sorted()
}

/// A piece of prose: which field, which of the words, whether it is a finding.
struct Piece {
    field: usize,
    words: std::ops::Range<usize>,
    finding: bool,
}

/// The prose among the letter's fields, split into words once into one list: the findings
/// first, then the previous inspection's summary and the outcome.
fn split_prose<'a>(fields: &[Field<'a>]) -> (Vec<text::Word<'a>>, Vec<Piece>) {
    use crate::diagnostic::Part::Key;
    let is_finding = |p: &FieldPath<'_>| p.is_finding();
    let is_other = |p: &FieldPath<'_>| {
        matches!(
            p.parts(),
            [Key("previous_inspection"), Key("summary")] | [Key("outcome")]
        )
    };
    let bytes: usize = fields.iter().map(|f| f.text.len()).sum();
    let mut words = Vec::with_capacity(bytes / 5 + 8);
    let mut pieces = Vec::with_capacity(fields.len());
    for (pass, finding) in [
        (is_finding as fn(&FieldPath<'_>) -> bool, true),
        (is_other, false),
    ] {
        for (at, field) in fields.iter().enumerate() {
            if pass(&field.path) {
                let from = words.len();
                text::push_words(field.text, &mut words);
                pieces.push(Piece {
                    field: at,
                    words: from..words.len(),
                    finding,
                });
            }
        }
    }
    (words, pieces)
}

fn prose_of<'a>(
    fields: &'a [Field<'a>],
    scans: &[u8],
    words: &'a [text::Word<'a>],
    pieces: &[Piece],
) -> Vec<Prose<'a>> {
    pieces
        .iter()
        .map(|piece| {
            let field = &fields[piece.field];
            let words = &words[piece.words.clone()];
            Prose {
                path: field.path,
                text: field.text,
                words_hash: duplicate_finding::words_hash(words),
                tags: words.iter().fold(0, |tags, w| tags | w.tags),
                has: scans[piece.field],
                words,
            }
        })
        .collect()
}

/// Applies the options to each diagnostic's severity and drops the rules turned off. (A final
/// letter's privacy findings are errors from the start: see [`Context::report`].)
fn settle(sink: &mut Sink, options: &Options) {
    if options.rules.is_empty() {
        return;
    }
    sink.diagnostics_mut()
        .retain_mut(|d| match options.setting(&d.code) {
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
        });
}

impl<'a> Context<'a> {
    /// Every string the letter holds, with its path.
    #[must_use]
    pub fn fields(&self) -> &[Field<'a>] {
        self.fields
    }

    /// The prose a person writes (findings, the previous inspection's summary, the outcome), with words.
    #[must_use]
    pub fn prose(&self) -> &[Prose<'a>] {
        self.prose
    }

    /// The fields whose text holds any of `what` ([`text::has`] bits).
    pub fn fields_holding(&self, what: u8) -> impl Iterator<Item = &Field<'a>> {
        self.fields
            .iter()
            .zip(self.scans)
            .filter(move |(_, has)| *has & what != 0)
            .map(|(field, _)| field)
    }

    /// The prose with a word tagged with any of `tags` ([`text::tag`] bits) or holding any of
    /// `what` ([`text::has`] bits): the only prose a rule that looks for those need read.
    pub fn prose_with(&self, tags: u32, what: u8) -> impl Iterator<Item = &Prose<'a>> {
        self.prose
            .iter()
            .filter(move |p| p.tags & tags != 0 || p.has & what != 0)
    }

    /// The findings' texts, with words.
    #[must_use]
    pub fn findings(&self) -> &[Prose<'a>] {
        &self.prose[..self.findings]
    }

    /// The letter's date, when it is a real date.
    #[must_use]
    pub fn letter_date(&self) -> Option<Date> {
        self.letter_date
    }

    /// The inspection days that are real dates, with their indexes in `/inspection/dates`.
    #[must_use]
    pub fn inspection_days(&self) -> &[(usize, Date)] {
        &self.days
    }

    /// The previous inspection's month, when it is a real month.
    #[must_use]
    pub fn previous_month(&self) -> Option<YearMonth> {
        self.previous_month
    }

    /// Reports a problem found by the rule `code`, at its default severity.
    pub fn report<'s>(
        &self,
        sink: &'s mut Sink,
        code: Code,
        path: impl Place,
        message: String,
    ) -> Reported<'s> {
        sink.push(code.as_str(), self.severity(code), path, message)
    }

    /// The severity of the rule `code` in this letter: in a final letter, a finding that could
    /// identify a child blocks submission. (Out of line: `report` is built once for each kind
    /// of path and inlined into every rule.)
    #[inline(never)]
    fn severity(&self, code: Code) -> Severity {
        // The registry lists the codes in the order of `Code` (a test checks it).
        let family = RULES.get(code as usize).map(|(_, family, ..)| *family);
        if self.letter.status == Status::Final && family == Some(Family::Privacy) {
            Severity::Error
        } else {
            code.severity()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_kebab_case_and_documented() {
        let mut seen = std::collections::HashSet::new();
        let docs: Vec<String> = RULE_DOCS.split('\0').map(with_headings).collect();
        assert_eq!(
            docs.len(),
            RULES.len() + 1,
            "one doc a rule, each ended by a NUL"
        );
        assert_eq!(docs.last().map(String::as_str), Some(""));
        for (((code, ..), module), docs) in RULES.iter().zip(MODULES).zip(docs) {
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
            let file = std::fs::read_to_string(format!("src/rules/{module}.rs")).unwrap();
            let comment: Vec<&str> = file
                .lines()
                .map_while(|l| l.strip_prefix("//!"))
                .map(|l| l.strip_prefix(' ').unwrap_or(l))
                .collect();
            assert_eq!(
                comment.join("\n"),
                docs,
                "{code}'s docs are not those of {module}.rs"
            );
            for heading in ["## What it checks", "## Why it matters", "## Example"] {
                assert!(
                    docs.contains(heading),
                    "{module}.rs lacks the heading {heading:?}"
                );
            }
        }
    }

    #[test]
    fn the_registry_lists_each_code_at_its_own_index() {
        for (at, (code, ..)) in RULES.iter().enumerate() {
            assert_eq!(*code as usize, at, "{}", code.as_str());
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
