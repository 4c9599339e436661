//! Letter kinds as data: every `src/kinds/*.json` is embedded at build time and read here.
//!
//! A kind holds the subject template, the fixed paragraphs with their `{slots}`, the ordered
//! sections, the pieces of the outcome sentence and the closing sentence. A new kind of letter
//! is a new data file; no code changes.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

const KIND_FILES: &[&str] = include!(concat!(env!("OUT_DIR"), "/kinds.rs"));

/// One letter kind, as read from its data file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kind {
    /// The id a letter names in `/kind`, like `ucra-2011`.
    pub id: String,
    /// A human name for pickers.
    pub name: String,
    pub letterhead: Letterhead,
    /// The subject line, with a `{council}` slot.
    pub subject: String,
    /// Council names starting with one of these take "the" in the subject and paragraphs.
    #[serde(default)]
    pub council_takes_the: Vec<String>,
    /// The paragraphs before the sections, in order. Slots: `{council}`, `{dates}`,
    /// `{evidence}`, `{outcome}`, `{previous_inspection}`. A paragraph that is only an
    /// optional slot is left out when the letter has nothing for it.
    pub paragraphs: Vec<String>,
    /// The finding sections, in the order they are printed.
    pub sections: Vec<Section>,
    pub outcome: Outcome,
    /// The closing sentence, with an `{areas}` slot naming the sections that have findings and
    /// a `closing` name. Left out when none has.
    pub closing: String,
    pub valediction: String,
    pub copy_label: String,
}

/// What the letterhead of this kind carries beyond the common lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Letterhead {
    /// Letters of this kind print a `Direct F` fax line.
    pub direct_fax: bool,
}

/// One section of findings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The key under `/findings`.
    pub key: String,
    pub heading: String,
    /// This section's part in the outcome sentence.
    pub outcome: OutcomePart,
    /// How the closing sentence names this section, when it brings the closing sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing: Option<String>,
    /// The sentence added to a finding marked `previously_identified`.
    pub previously_identified: String,
}

/// A section's words in the outcome sentence, and which half of the sentence they go in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomePart {
    pub group: OutcomeGroup,
    pub text: String,
}

/// The outcome sentence has two halves: "identified A and B" and ", with C and D".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OutcomeGroup {
    Identified,
    With,
}

/// The fixed words of the outcome sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub lead: String,
    pub with: String,
    pub and: String,
    pub end: String,
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
        let words = |group: OutcomeGroup| -> Vec<&str> {
            self.sections
                .iter()
                .filter(|s| s.outcome.group == group && has_findings(&s.key))
                .map(|s| s.outcome.text.as_str())
                .collect()
        };
        let identified = words(OutcomeGroup::Identified);
        let with = words(OutcomeGroup::With);
        if identified.is_empty() && with.is_empty() {
            return None;
        }
        let o = &self.outcome;
        let mut sentence = format!("{} ", o.lead);
        sentence.push_str(&join_english(&identified, &o.and));
        if !with.is_empty() {
            if !identified.is_empty() {
                sentence.push_str(&o.with);
            }
            sentence.push_str(&join_english(&with, &o.and));
        }
        sentence.push_str(&o.end);
        Some(sentence)
    }

    /// The closing sentence, or `None` when no section that brings it has findings.
    #[must_use]
    pub fn closing_sentence(&self, has_findings: impl Fn(&str) -> bool) -> Option<String> {
        let areas: Vec<&str> = self
            .sections
            .iter()
            .filter(|s| has_findings(&s.key))
            .filter_map(|s| s.closing.as_deref())
            .collect();
        if areas.is_empty() {
            return None;
        }
        Some(
            self.closing
                .replace("{areas}", &join_english(&areas, &self.outcome.and)),
        )
    }

    /// The council's name as it reads in running text: "the London Borough of Haringey".
    #[must_use]
    pub fn council_in_text(&self, council: &str) -> String {
        if self
            .council_takes_the
            .iter()
            .any(|p| council.starts_with(p.as_str()))
        {
            format!("the {council}")
        } else {
            council.to_owned()
        }
    }
}

/// "a", "a and b", "a, b and c".
#[must_use]
pub fn join_english(items: &[&str], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    }
}

/// Every kind, sorted by id.
#[must_use]
pub fn kinds() -> &'static [Kind] {
    static KINDS: OnceLock<Vec<Kind>> = OnceLock::new();
    KINDS.get_or_init(|| {
        // The files are this crate's own and a test parses every one, so none is skipped in a
        // build that passed its tests.
        let mut kinds: Vec<Kind> = KIND_FILES
            .iter()
            .filter_map(|text| serde_json::from_str(text).ok())
            .collect();
        kinds.sort_by(|a, b| a.id.cmp(&b.id));
        kinds
    })
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
}

/// The kinds and their sections, for pickers and form builders.
#[must_use]
pub fn kind_infos() -> Vec<KindInfo> {
    kinds()
        .iter()
        .map(|k| KindInfo {
            id: k.id.clone(),
            name: k.name.clone(),
            sections: k
                .sections
                .iter()
                .map(|s| SectionInfo {
                    key: s.key.clone(),
                    heading: s.heading.clone(),
                })
                .collect(),
        })
        .collect()
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
    fn every_kind_file_parses() {
        for text in KIND_FILES {
            if let Err(e) = serde_json::from_str::<Kind>(text) {
                panic!("a kind file does not parse: {e}");
            }
        }
        assert_eq!(kinds().len(), KIND_FILES.len());
        assert_eq!(
            kinds().iter().map(|k| k.id.as_str()).collect::<Vec<_>>(),
            ["ucra-2010", "ucra-2011"]
        );
    }

    #[test]
    fn kinds_are_consistent() {
        for kind in kinds() {
            let mut keys: Vec<&str> = kind.sections.iter().map(|s| s.key.as_str()).collect();
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
            for paragraph in &kind.paragraphs {
                let mut rest = paragraph.as_str();
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
