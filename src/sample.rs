//! Synthetic letters for benchmarks and tests: the seed letter with its findings replaced by
//! `n` distinct, realistic ones spread over the sections (so alike that many are near copies of
//! one another), or by `n` made-up ones that are not.

use crate::value::{Map, Value};

const SEED: &str = include_str!("../tests/fixtures/southend-2011.json");

const SUBJECTS: [&str; 20] = [
    "Assessments",
    "Strategy discussions",
    "Referrals from schools",
    "Case records",
    "Supervision notes",
    "Management decisions",
    "Core assessments",
    "Initial assessments",
    "Contacts from the police",
    "Transfers between teams",
    "Chronologies",
    "Child protection enquiries",
    "Plans for children in need",
    "Visits by social workers",
    "Records of children's views",
    "Audits of practice",
    "Handovers from the out of hours service",
    "Decisions on thresholds",
    "Reviews of cases",
    "Notifications of domestic violence",
];
const VERBS: [&str; 20] = [
    "are completed on time",
    "are recorded clearly",
    "are shared with partners",
    "are overseen by managers",
    "are written in plain language",
    "are checked by team managers",
    "are reviewed regularly",
    "are acted on promptly",
    "are analysed with care",
    "are kept up to date",
    "are signed off by managers",
    "are linked to plans",
    "are discussed in supervision",
    "are sent to referrers",
    "are consistent across teams",
    "are tracked by the council",
    "are understood by staff",
    "are agreed with families",
    "are followed by visits",
    "are stored securely",
];
const QUALIFIERS: [&str; 20] = [
    "in most cases",
    "in nearly all cases",
    "in some cases",
    "for most children",
    "across the service",
    "in the referral team",
    "in the assessment teams",
    "for disabled children",
    "for children in need",
    "for young people who go missing",
    "in the out of hours service",
    "at the front door",
    "for unborn babies",
    "for children with a plan",
    "in complex cases",
    "for brothers and sisters",
    "for children new to the area",
    "for families known before",
    "in urgent cases",
    "for children at risk of exploitation",
];

/// The text of the `i`-th generated finding; distinct for `i` below 8,000.
#[must_use]
pub fn finding_text(i: usize) -> String {
    let (s, v, q) = (i % 20, (i / 20) % 20, (i / 400) % 20);
    format!("{} {} {}.", SUBJECTS[s], VERBS[v], QUALIFIERS[q])
}

/// The text of the `i`-th finding of a letter whose findings are not near copies of one
/// another: twelve made-up words drawn by a fixed scramble of `i` from a thousand, so that two
/// findings share a word or two at most. The made-up words are on none of the rules' lists.
#[must_use]
pub fn unlike_finding_text(i: usize) -> String {
    const SYLLABLES: [&str; 10] = ["ba", "de", "fi", "go", "ku", "la", "me", "ni", "po", "ru"];
    let mut state = (i as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let words: Vec<String> = (0..12)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let w = (state % 1000) as usize;
            [
                SYLLABLES[w % 10],
                SYLLABLES[w / 10 % 10],
                SYLLABLES[w / 100],
            ]
            .concat()
        })
        .collect();
    let mut text = words.join(" ");
    text[..1].make_ascii_uppercase();
    text.push('.');
    text
}

/// The seed letter with `n` generated findings spread over its four sections.
#[must_use]
pub fn letter_with_findings(n: usize) -> Value {
    letter_with(n, finding_text)
}

/// The seed letter with one finding, `text`, its only strength.
#[must_use]
pub fn letter_with_finding(text: &str) -> Value {
    let mut letter = letter_with_findings(0);
    letter["findings"]["strengths"] = Value::Array(vec![Value::Object(
        crate::value::Map::from_iter([("text".to_owned(), text.into())]),
    )]);
    letter
}

/// The seed letter with `n` findings that are not near copies of one another
/// ([`unlike_finding_text`]), spread over its four sections.
#[must_use]
pub fn letter_with_unlike_findings(n: usize) -> Value {
    letter_with(n, unlike_finding_text)
}

fn letter_with(n: usize, text: fn(usize) -> String) -> Value {
    let mut letter = crate::json::parse(SEED).unwrap_or(Value::Null);
    let keys = [
        "strengths",
        "meets_requirements",
        "areas_for_development",
        "areas_for_priority_action",
    ];
    let mut findings = Map::new();
    for (k, key) in keys.iter().enumerate() {
        let list: Vec<Value> = (0..n)
            .filter(|i| i % keys.len() == k)
            .map(|i| Value::Object(Map::from_iter([("text".to_owned(), text(i).into())])))
            .collect();
        findings.insert((*key).to_owned(), Value::Array(list));
    }
    letter["findings"] = Value::Object(findings);
    letter
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_findings_are_distinct_and_clean() {
        let texts: std::collections::HashSet<String> = (0..8000).map(finding_text).collect();
        assert_eq!(texts.len(), 8000);
        let letter = letter_with_findings(100);
        let diagnostics = crate::validate(&letter, &crate::Options::default());
        let errors: Vec<_> = diagnostics
            .iter()
            .filter(|d| d.severity == crate::Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }

    #[test]
    fn unlike_findings_draw_no_diagnostic() {
        // No rule has anything to say of them: not near copies, not names, not long. (The
        // seed's own previous-inspection summary keeps its long sentence.)
        let letter = letter_with_unlike_findings(1000);
        let diagnostics = crate::validate(&letter, &crate::Options::default());
        let on_findings: Vec<_> = diagnostics
            .iter()
            .filter(|d| d.path.starts_with("/findings"))
            .collect();
        assert!(on_findings.is_empty(), "{on_findings:#?}");
        assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    }
}
