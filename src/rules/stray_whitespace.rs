//! # Spaces out of place inside the text
//!
//! ## What it checks
//! Inside a value (not at its ends, which `surrounding-whitespace` checks), words are
//! separated by one space: no double spaces, tabs, line breaks or non-breaking spaces in runs.
//! In findings, the previous inspection's summary and the outcome, a full stop or comma has a
//! space after it and none before it: "skilled.Managers", "reviewed,and" and "clear ." are
//! marked; "1,000", "ofsted.gov.uk", "e.g." and "Ph.D" are not. Each gets a fix.
//!
//! ## Why it matters
//! Text pasted from a PDF keeps the PDF's line breaks, which print as broken lines in the
//! published letter; GOV.UK style also asks for one space after a full stop.
//!
//! ## Example
//! `"text": "Most staff receive regular\nsupervision."` gives `stray-whitespace` at its path with
//! a span on the line break and the fix `" "`.

use super::text::{has, is_capitalised, tag};
use super::{Code, Context, Prose};
use crate::diagnostic::Sink;

pub(crate) fn stray_whitespace(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.fields_holding(has::DOUBLE_SPACE | has::BREAK | has::OTHER_SPACE) {
        let inner_start = field.text.len() - field.text.trim_start().len();
        let inner_end = field.text.trim_end().len();
        for (start, end) in super::text::runs(field.text, char::is_whitespace) {
            if start < inner_start || end > inner_end || &field.text[start..end] == " " {
                continue;
            }
            let run = &field.text[start..end];
            let message = if run.contains(['\n', '\r']) {
                "Remove the line break: a finding is printed as one paragraph"
            } else if run.as_bytes().contains(&b'\t') {
                "Replace the tab with a space"
            } else {
                "Use one space between words"
            };
            cx.report(sink, Code::StrayWhitespace, field.path, message.to_owned())
                .with_span(field.text, start, end)
                .with_fix(" ");
        }
    }
    // A full stop or comma with no space after it, or a space before it: the tokenizer tags
    // the word after such a gap; a text's end is looked at on its own ("clear .").
    for field in cx.prose {
        let (text, words) = (field.text, field.words);
        let bytes = text.as_bytes();
        if let Some(last) = words.last() {
            if let [b' ', mark @ (b'.' | b',')] = bytes[last.end..] {
                misplaced(cx, sink, field, last.end, mark, true);
            }
        }
        if field.tags & (tag::TIGHT | tag::SPACED) == 0 {
            continue;
        }
        for (i, next) in words.iter().enumerate().skip(1) {
            let word = &words[i - 1];
            if next.tags & tag::SPACED != 0 {
                misplaced(cx, sink, field, word.end, bytes[word.end + 1], true);
            } else if next.tags & tag::TIGHT != 0 {
                let mark = bytes[word.end];
                // Not "1,000", "v2.1", "e.g", "Ph.D", "ofsted.gov", "www.Ofsted.gov", "Sue.Cook@".
                let after = |k: usize| bytes.get(next.end + k).copied().unwrap_or(0);
                let joined = if mark == b'.' {
                    !is_capitalised(next.text)
                        || word.text.len() < 2
                        || next.text.len() < 2
                        || after(0) == b'@'
                        || after(0) == b'.' && after(1).is_ascii_alphanumeric()
                } else {
                    next.tags & tag::DIGIT != 0
                };
                if !joined {
                    misplaced(cx, sink, field, word.end, mark, false);
                }
            }
        }
    }
}

/// Reports the full stop or comma at `at`, or after a space there when `spaced`.
fn misplaced(
    cx: &Context<'_>,
    sink: &mut Sink,
    field: &Prose<'_>,
    at: usize,
    mark: u8,
    spaced: bool,
) {
    let (message, fix) = match (mark, spaced) {
        (b'.', false) => ("Add a space after the full stop", ". "),
        (_, false) => ("Add a space after the comma", ", "),
        (b'.', true) => ("Remove the space before the full stop", "."),
        _ => ("Remove the space before the comma", ","),
    };
    cx.report(sink, Code::StrayWhitespace, field.path, message.to_owned())
        .with_span(field.text, at, at + 1 + usize::from(spaced))
        .with_fix(fix);
}
