//! # Double spaces, tabs or line breaks inside the text
//!
//! ## What it checks
//! Inside a value (not at its ends, which `surrounding-whitespace` checks), words are
//! separated by one space: no double spaces, tabs, line breaks or non-breaking spaces in runs.
//! Each run gets a fix that makes it one space.
//!
//! ## Why it matters
//! Text pasted from a PDF keeps the PDF's line breaks, which print as broken lines in the
//! published letter; GOV.UK style also asks for one space after a full stop.
//!
//! ## Example
//! `"text": "Most staff receive regular\nsupervision."` gives `stray-whitespace` at its path with
//! a span on the line break and the fix `" "`.

use super::text::has;
use super::{Code, Context};
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
}
