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
            if word.tags & tag::APOSTROPHE == 0
                || !(word.text.ends_with("n't") || word.text.ends_with("n’t"))
            {
                continue;
            }
            let straight = crate::find::replace(word.text, "’", "'").to_ascii_lowercase();
            let Some((_, full)) = NEGATIVE_CONTRACTIONS
                .pairs()
                .find(|(short, _)| *short == straight)
            else {
                continue;
            };
            let full = if word.text.starts_with(char::is_uppercase) {
                capitalise(full)
            } else {
                full.to_owned()
            };
            let message = cat!("Write “", full, "” instead of “", word.text, "”");
            cx.report(sink, Code::NegativeContraction, field.path, message)
                .with_span(field.text, word.start, word.end)
                .with_fix(full);
        }
    }
}

fn capitalise(text: &str) -> String {
    let mut out = text.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}
