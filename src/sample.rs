//! Synthetic letters for benchmarks and tests: the seed letter with its findings replaced by
//! `n` distinct, realistic ones spread over the sections.

use serde_json::{json, Value};

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

/// The seed letter with `n` generated findings spread over its four sections.
#[must_use]
pub fn letter_with_findings(n: usize) -> Value {
    let mut letter: Value = serde_json::from_str(SEED).unwrap_or(Value::Null);
    let keys = [
        "strengths",
        "meets_requirements",
        "areas_for_development",
        "areas_for_priority_action",
    ];
    let mut findings = serde_json::Map::new();
    for (k, key) in keys.iter().enumerate() {
        let list: Vec<Value> = (0..n)
            .filter(|i| i % keys.len() == k)
            .map(|i| json!({ "text": finding_text(i) }))
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
}
