//! # "eg", "ie" or "etc"
//!
//! ## What it checks
//! Findings, the previous inspection's summary and the outcome do not use "eg", "ie" or "etc"
//! (with or without full stops).
//!
//! ## Why it matters
//! GOV.UK style avoids them: not everyone knows them, and screen readers read them badly.
//! "for example" and "that is" say the same thing plainly.
//!
//! ## Example
//! "Some records, eg supervision notes, are late." gives `latin-abbreviation` with a span on
//! "eg" and the fix "for example".

use super::text::tag;
use super::words::LATIN;
use super::{Code, Context};
use crate::diagnostic::Sink;

pub(crate) fn latin_abbreviation(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.prose_with(tag::LATIN, 0) {
        let text = field.text;
        for word in field.words {
            // Only "e", "i", "eg", "ie" and "etc" can start one.
            if word.tags & tag::LATIN == 0 {
                continue;
            }
            // "e.g." and "i.e." are split by the full stops into "e", "g", "i", "e": a word of
            // one letter takes the full stop, the letter and the full stop after it. "etc"
            // (the only word of three) takes its full stop; "eg." ends a sentence.
            let end = match text.as_bytes()[word.end..] {
                [b'.', b, b'.', ..] if word.text.len() == 1 && b.is_ascii_alphabetic() => {
                    word.end + 3
                }
                [b'.', ..] if word.text.len() == 3 => word.end + 1,
                _ => word.end,
            };
            let written = &text[word.start..end];
            let Some((_, instead)) = LATIN.pairs().find(|(w, _)| w.eq_ignore_ascii_case(written))
            else {
                continue;
            };
            if instead.is_empty() {
                let message = cat!(
                    "Avoid “",
                    written,
                    "”: name the things meant, or say “and more” or “such as”"
                );
                cx.report(sink, Code::LatinAbbreviation, field.path, message)
                    .with_span(text, word.start, end);
            } else {
                let message = cat!("Write “", instead, "” instead of “", written, "”");
                cx.report(sink, Code::LatinAbbreviation, field.path, message)
                    .with_span(text, word.start, end)
                    .with_fix(instead);
            }
        }
    }
}
