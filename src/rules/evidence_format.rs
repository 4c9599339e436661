//! # An item of evidence written as a sentence
//!
//! ## What it checks
//! Each item of evidence is a phrase in lower case with nothing at its end: "supervision files
//! and notes", not "Supervision files and notes;". The punctuation gets a fix; the capital a
//! message only, as the item may start with a name ("Ofsted data").
//!
//! ## Why it matters
//! The items are printed inside one sentence, joined by semicolons: "including: electronic
//! case records; supervision files and notes; and other information …".
//!
//! ## Example
//! `"supervision files and notes;"` gives `evidence-format` at `/inspection/evidence/0` with a
//! span on the ";" and a fix that removes it.

use super::text::{is_capital, is_capitalised};
use super::{Code, Context};
use crate::diagnostic::{FieldPath, Sink};

pub(crate) fn evidence_format(cx: &Context<'_>, sink: &mut Sink) {
    let path = FieldPath::root().key("inspection").key("evidence");
    for (i, item) in cx.letter.inspection.evidence.iter().enumerate() {
        let Some(item) = item.as_deref() else {
            continue;
        };
        let body = item.trim_end();
        // The item's words up to the punctuation at its end.
        let words = body.trim_end_matches(super::text::CLAUSE_MARKS).trim_end();
        if words.len() < body.len() {
            let message = "Remove the punctuation at the end of the item".into();
            cx.report(sink, Code::EvidenceFormat, path.index(i), message)
                .with_span(item, words.len(), body.len())
                .with_fix("");
        }
        // A capital that starts a sentence, not a name's or an initialism's ("Local
        // Safeguarding Children Board", "CAF"): the word goes on, and the next one, in lower case.
        let mut chars = words.chars();
        let first = chars.next().unwrap_or(' ');
        let mut parts = words.split(' ');
        parts.next();
        if is_capital(first)
            && !chars.next().is_some_and(is_capital)
            && parts.next().is_some_and(|next| !is_capitalised(next))
        {
            let message = "Start the item in lower case, unless it starts with a name".into();
            cx.report(sink, Code::EvidenceFormat, path.index(i), message)
                .with_span(item, 0, first.len_utf8());
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::value::Value;

    /// The `evidence-format` messages' first words, spans and fixes for the seed with these
    /// items of evidence.
    fn found(items: &[&str]) -> Vec<(String, String, usize, usize, Option<String>)> {
        let mut letter = crate::sample::letter_with_findings(1);
        letter["inspection"]["evidence"] =
            Value::Array(items.iter().map(|&item| item.into()).collect());
        crate::validate(&letter, &Default::default())
            .into_iter()
            .filter(|d| d.code == "evidence-format")
            .map(|d| {
                let span = d.span.expect("a span");
                let first = d.message.split(' ').next().unwrap_or_default().to_owned();
                (
                    d.path,
                    first,
                    span.start,
                    span.end,
                    d.fix.map(|f| f.replacement),
                )
            })
            .collect()
    }

    #[test]
    fn punctuation_at_the_end_and_a_sentence_capital_are_found() {
        let removed = Some(String::new());
        assert_eq!(
            found(&[
                "Electronic and paper case records",
                "supervision files and notes;",
                "observation of staff. ",
                "Évaluations of plans",
            ]),
            [
                ("/inspection/evidence/0".into(), "Start".into(), 0, 1, None),
                (
                    "/inspection/evidence/1".into(),
                    "Remove".into(),
                    27,
                    28,
                    removed.clone()
                ),
                (
                    "/inspection/evidence/2".into(),
                    "Remove".into(),
                    20,
                    21,
                    removed
                ),
                // The span is the whole first character, in UTF-16 units.
                ("/inspection/evidence/3".into(), "Start".into(), 0, 1, None),
            ]
        );
    }

    #[test]
    fn phrases_and_names_are_left_alone() {
        assert_eq!(
            found(&[
                "supervision files and notes",
                "Local Safeguarding Children Board minutes",
                "CAF assessments and plans",
                "",
            ]),
            []
        );
    }
}
