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
            let lower = word.text.to_ascii_lowercase();
            // "e.g." and "i.e." are split by the full stops into "e", "g", "i", "e".
            let (end, written) = if (lower == "e" || lower == "i") && text[word.end..].len() >= 3 {
                let tail = &text[word.end..];
                let dotted = if lower == "e" { ".g." } else { ".e." };
                if tail.len() >= 3
                    && tail.is_char_boundary(3)
                    && tail[..3].eq_ignore_ascii_case(dotted)
                {
                    (word.end + 3, cat!(word.text, &tail[..3]))
                } else {
                    continue;
                }
            } else if matches!(lower.as_str(), "eg" | "ie" | "etc") {
                let end = if text[word.end..].starts_with('.') && lower == "etc" {
                    word.end + 1
                } else {
                    word.end
                };
                (end, text[word.start..end].to_owned())
            } else {
                continue;
            };
            let Some((_, instead)) = LATIN
                .pairs()
                .find(|(w, _)| w.eq_ignore_ascii_case(&written))
            else {
                continue;
            };
            match Some(instead).filter(|plain| !plain.is_empty()) {
                Some(plain) => {
                    let message = cat!("Write “", plain, "” instead of “", written, "”");
                    cx.report(sink, Code::LatinAbbreviation, field.path, message)
                        .with_span(text, word.start, end)
                        .with_fix(plain)
                }
                None => {
                    let message = cat!(
                        "Avoid “",
                        written,
                        "”: name the things meant, or say “and more” or “such as”"
                    );
                    cx.report(sink, Code::LatinAbbreviation, field.path, message)
                        .with_span(text, word.start, end)
                }
            };
        }
    }
}
