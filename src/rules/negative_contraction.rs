//! # A negative contraction such as "don't"
//!
//! ## What it checks
//! Findings, the previous inspection's summary and the outcome do not use negative
//! contractions ("don't", "can't", "isn't" and others, with straight or curly apostrophes).
//!
//! ## Why it matters
//! GOV.UK style avoids them because they are easy to misread as the positive; in a finding,
//! "staff don't always record" and "staff always record" must never be confused.
//!
//! ## Example
//! "Managers don't always record decisions." gives `negative-contraction` with a span on
//! "don't" and the fix "do not".

use super::text::tag;
use super::words::NEGATIVE_CONTRACTIONS;
use super::{Code, Context};
use crate::diagnostic::Sink;

pub(crate) fn negative_contraction(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.prose_with(tag::APOSTROPHE, 0) {
        for word in field.words {
            // The word without its "n't" (straight or curly), compared with each entry's.
            let Some(stem) = (word.tags & tag::APOSTROPHE != 0)
                .then(|| {
                    word.text
                        .strip_suffix("n't")
                        .or_else(|| word.text.strip_suffix("n’t"))
                })
                .flatten()
            else {
                continue;
            };
            let Some((_, full)) = NEGATIVE_CONTRACTIONS.pairs().find(|(short, _)| {
                short.len() == stem.len() + 3 && short[..stem.len()].eq_ignore_ascii_case(stem)
            }) else {
                continue;
            };
            let mut full = full.to_owned();
            if word.text.as_bytes()[0].is_ascii_uppercase() {
                full[..1].make_ascii_uppercase();
            }
            let message = cat!("Write “", &full, "” instead of “", word.text, "”");
            cx.report(sink, Code::NegativeContraction, field.path, message)
                .with_span(field.text, word.start, word.end)
                .with_fix(full);
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_contraction_is_written_out_as_it_was_written() {
        let text =
            "Don't wait: staff won’t and Wouldn't; they can't. Ain't and n't are not on the list.";
        let letter = crate::sample::letter_with_finding(text);
        let found: Vec<(String, String)> = crate::validate(&letter, &Default::default())
            .into_iter()
            .filter(|d| d.code == "negative-contraction")
            .map(|d| (d.message, d.fix.map(|f| f.replacement).unwrap_or_default()))
            .collect();
        let expected = [
            ("Write “Do not” instead of “Don't”", "Do not"),
            ("Write “will not” instead of “won’t”", "will not"),
            ("Write “Would not” instead of “Wouldn't”", "Would not"),
            ("Write “cannot” instead of “can't”", "cannot"),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(m, f)| ((*m).to_owned(), (*f).to_owned()))
            .collect();
        assert_eq!(found, expected);
    }
}
