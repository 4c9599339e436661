//! Letter kinds as data: every `src/kinds/*.json` is checked and embedded at build time (by
//! `build.rs`, as constants, so that the browser build needs no reader for them).
//!
//! A kind holds the subject template, the fixed paragraphs with their `{slots}`, the ordered
//! sections, the pieces of the outcome sentence and the closing sentence. A new kind of letter
//! is a new data file; no code changes.

use std::borrow::Cow;

use crate::cat::Joined as _;
use serde::{Deserialize, Serialize};

/// Every kind file, sorted by file name (`ucra-2010.json`, `ucra-2011.json`, …).
static KINDS: &[Kind] = include!(concat!(env!("OUT_DIR"), "/kinds.rs"));

/// One letter kind, as read from its data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kind {
    /// The id a letter names in `/kind`, like `ucra-2011`.
    pub id: &'static str,
    /// A human name for pickers.
    pub name: &'static str,
    pub letterhead: Letterhead,
    /// The subject line, with a `{council}` slot.
    pub subject: &'static str,
    /// Council names starting with one of these take "the" in the subject and paragraphs.
    pub council_takes_the: &'static [&'static str],
    /// The paragraphs before the sections, in order. Slots: `{council}`, `{dates}`,
    /// `{evidence}`, `{outcome}`, `{previous_inspection}`. A paragraph that is only an
    /// optional slot is left out when the letter has nothing for it.
    pub paragraphs: &'static [&'static str],
    /// The finding sections, in the order they are printed.
    pub sections: &'static [Section],
    pub outcome: Outcome,
    /// The closing sentence, with an `{areas}` slot naming the sections that have findings and
    /// a `closing` name. Left out when none has.
    pub closing: &'static str,
    pub valediction: &'static str,
    pub copy_label: &'static str,
}

/// What the letterhead of this kind carries beyond the common lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letterhead {
    /// Letters of this kind print a `Direct F` fax line.
    pub direct_fax: bool,
}

/// One section of findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The key under `/findings`.
    pub key: &'static str,
    pub heading: &'static str,
    /// This section's part in the outcome sentence.
    pub outcome: OutcomePart,
    /// How the closing sentence names this section, when it brings the closing sentence.
    pub closing: Option<&'static str>,
    /// The sentence added to a finding marked `previously_identified`.
    pub previously_identified: &'static str,
}

/// A section's words in the outcome sentence, and which half of the sentence they go in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomePart {
    pub group: OutcomeGroup,
    pub text: &'static str,
}

/// The outcome sentence has two halves: "identified A and B" and ", with C and D".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutcomeGroup {
    Identified,
    With,
}

/// The fixed words of the outcome sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub lead: &'static str,
    pub with: &'static str,
    pub and: &'static str,
    pub end: &'static str,
}

impl Kind {
    /// The section with this key.
    #[must_use]
    pub fn section(&self, key: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.key == key)
    }

    /// The outcome sentence for a letter whose non-empty sections are those for which
    /// `has_findings` is true, or `None` when no section has findings.
    ///
    /// ```
    /// let kind = inspection_letter::kind("ucra-2011").unwrap();
    /// let sentence = kind.outcome_sentence(|key| key != "areas_for_priority_action").unwrap();
    /// assert_eq!(sentence, "The inspection identified areas of strength and areas of practice \
    ///     that met requirements, with some areas for development.");
    /// ```
    #[must_use]
    pub fn outcome_sentence(&self, has_findings: impl Fn(&str) -> bool) -> Option<String> {
        // Pushes, not `filter`, `map` and `collect`: this function has a copy for each caller's
        // `has_findings`, and so had each its own generic `collect`.
        let words = |group: OutcomeGroup| {
            let mut words = Vec::new();
            for s in self.sections {
                if s.outcome.group == group && has_findings(s.key) {
                    words.push(s.outcome.text);
                }
            }
            words
        };
        let identified = words(OutcomeGroup::Identified);
        let with = words(OutcomeGroup::With);
        if identified.is_empty() && with.is_empty() {
            return None;
        }
        let o = &self.outcome;
        let mut sentence = cat!(o.lead, " ");
        sentence.push_str(&join_english(&identified, o.and));
        if !with.is_empty() {
            if !identified.is_empty() {
                sentence.push_str(o.with);
            }
            sentence.push_str(&join_english(&with, o.and));
        }
        sentence.push_str(o.end);
        Some(sentence)
    }

    /// The closing sentence, or `None` when no section that brings it has findings.
    #[must_use]
    pub fn closing_sentence(&self, has_findings: impl Fn(&str) -> bool) -> Option<String> {
        // Pushes, as in `outcome_sentence`.
        let mut areas = Vec::new();
        for s in self.sections {
            if let Some(closing) = s.closing.filter(|_| has_findings(s.key)) {
                areas.push(closing);
            }
        }
        if areas.is_empty() {
            return None;
        }
        Some(crate::find::replace(
            self.closing,
            "{areas}",
            &join_english(&areas, self.outcome.and),
        ))
    }

    /// The council's name as it reads in running text: "the London Borough of Haringey".
    #[must_use]
    pub fn council_in_text<'a>(&self, council: &'a str) -> Cow<'a, str> {
        if self
            .council_takes_the
            .iter()
            .any(|p| council.starts_with(p))
        {
            Cow::Owned(cat!("the ", council))
        } else {
            Cow::Borrowed(council)
        }
    }
}

/// "a", "a and b", "a, b and c".
#[must_use]
pub fn join_english(items: &[&str], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => cat!(&*init.joined(", "), and, last),
    }
}

/// Every kind, in the order of their file names.
#[must_use]
pub fn kinds() -> &'static [Kind] {
    KINDS
}

/// The kind a letter is read and rendered with: its own, or `ucra-2011` when it names none
/// that exists (the `unknown-kind` rule says so).
#[must_use]
pub fn kind_or_default(id: Option<&str>) -> &'static Kind {
    id.and_then(kind)
        .or_else(|| kind("ucra-2011"))
        .unwrap_or(&KINDS[0])
}

/// The kind with this id.
#[must_use]
pub fn kind(id: &str) -> Option<&'static Kind> {
    kinds().iter().find(|k| k.id == id)
}

/// What `kinds()` tells JavaScript about a kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindInfo {
    pub id: String,
    pub name: String,
    pub sections: Vec<SectionInfo>,
}

/// A section as `kinds()` describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionInfo {
    pub key: String,
    pub heading: String,
    /// The sentence the letter adds to a finding of this section marked
    /// `previously_identified` (a form that reads findings from text recognises it by this).
    pub previously_identified: String,
}

/// The kinds and their sections, for pickers and form builders.
#[must_use]
pub fn kind_infos() -> Vec<KindInfo> {
    // Loops of pushes: a `collect` is generic code of its own.
    let mut infos = Vec::new();
    for k in kinds() {
        let mut sections = Vec::new();
        for s in k.sections {
            sections.push(SectionInfo {
                key: s.key.to_owned(),
                heading: s.heading.to_owned(),
                previously_identified: s.previously_identified.to_owned(),
            });
        }
        infos.push(KindInfo {
            id: k.id.to_owned(),
            name: k.name.to_owned(),
            sections,
        });
    }
    infos
}

#[cfg(test)]
mod tests {
    use super::*;

    const SLOTS: [&str; 5] = [
        "{council}",
        "{dates}",
        "{evidence}",
        "{outcome}",
        "{previous_inspection}",
    ];

    #[test]
    fn every_kind_file_is_embedded_under_its_own_name() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/kinds");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.unwrap().file_name().into_string().ok())
            .filter_map(|name| name.strip_suffix(".json").map(str::to_owned))
            .collect();
        files.sort();
        assert_eq!(kinds().iter().map(|k| k.id).collect::<Vec<_>>(), files);
    }

    #[test]
    fn kinds_are_consistent() {
        for kind in kinds() {
            let mut keys: Vec<&str> = kind.sections.iter().map(|s| s.key).collect();
            keys.sort_unstable();
            keys.dedup();
            assert_eq!(
                keys.len(),
                kind.sections.len(),
                "{}: duplicate section keys",
                kind.id
            );
            assert!(
                kind.closing.contains("{areas}"),
                "{}: closing needs {{areas}}",
                kind.id
            );
            for paragraph in kind.paragraphs {
                let mut rest = *paragraph;
                while let Some(open) = rest.find('{') {
                    let close = rest[open..].find('}').map_or(rest.len(), |c| open + c + 1);
                    let slot = &rest[open..close];
                    assert!(SLOTS.contains(&slot), "{}: unknown slot {slot}", kind.id);
                    rest = &rest[close..];
                }
            }
        }
    }

    #[test]
    fn outcome_sentence_follows_the_sections() {
        let k2011 = kind("ucra-2011").unwrap();
        let only = |keys: &'static [&'static str]| move |k: &str| keys.contains(&k);
        assert_eq!(
            k2011.outcome_sentence(only(&["strengths", "meets_requirements"])).unwrap(),
            "The inspection identified areas of strength and areas of practice that met requirements."
        );
        assert_eq!(
            k2011.outcome_sentence(only(&["strengths", "meets_requirements", "areas_for_development", "areas_for_priority_action"])).unwrap(),
            "The inspection identified areas of strength and areas of practice that met requirements, with some areas for development and some areas for priority action."
        );
        assert_eq!(
            k2011
                .outcome_sentence(only(&["areas_for_priority_action"]))
                .unwrap(),
            "The inspection identified some areas for priority action."
        );
        assert_eq!(k2011.outcome_sentence(only(&[])), None);
        let k2010 = kind("ucra-2010").unwrap();
        assert_eq!(
            k2010.outcome_sentence(only(&["strengths", "satisfactory_practice", "areas_for_development"])).unwrap(),
            "The inspection identified areas of strength and satisfactory practice, with some areas for development."
        );
    }

    #[test]
    fn closing_names_both_kinds_of_area() {
        let k = kind("ucra-2011").unwrap();
        assert_eq!(k.closing_sentence(|s| s == "strengths"), None);
        let both = k.closing_sentence(|s| s.starts_with("areas")).unwrap();
        assert!(
            both.starts_with(
                "Any areas for development and areas for priority action identified above"
            ),
            "{both}"
        );
    }

    #[test]
    fn london_boroughs_take_the() {
        let k = kind("ucra-2011").unwrap();
        assert_eq!(
            k.council_in_text("London Borough of Haringey"),
            "the London Borough of Haringey"
        );
        assert_eq!(
            k.council_in_text("Southend-on-Sea Borough Council"),
            "Southend-on-Sea Borough Council"
        );
    }
}
