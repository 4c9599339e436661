//! # The same finding twice
//!
//! ## What it checks
//! No two findings anywhere in the letter say the same thing, ignoring case, punctuation and
//! spacing. Found in linear time with a hash of each finding's words.
//!
//! ## Why it matters
//! A finding pasted twice, or under two sections, makes the letter contradict itself or read
//! as careless; under two different headings it also misstates the verdict.
//!
//! ## Example
//! The same sentence under `strengths` and `areas_for_development` gives `duplicate-finding` at
//! the second one: "This finding repeats the one at /findings/strengths/0/text. Remove one of them".

use std::collections::HashMap;

use super::{Code, Context};
use crate::diagnostic::Sink;

/// A finding's words in lower case, joined by single spaces: what two findings that say the same thing share.
pub(crate) fn normalised(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in super::text::words(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.text.chars().flat_map(char::to_lowercase));
    }
    out
}

pub(crate) fn duplicate_finding(cx: &Context<'_>, sink: &mut Sink) {
    let mut first_seen: HashMap<String, String> = HashMap::new();
    for field in cx.letter.finding_fields() {
        let key = normalised(field.text);
        if key.is_empty() {
            continue;
        }
        match first_seen.get(&key) {
            Some(first) => {
                let message =
                    format!("This finding repeats the one at {first}. Remove one of them");
                cx.report(sink, Code::DuplicateFinding, &field.path, message);
            }
            None => {
                first_seen.insert(key, field.path.to_string());
            }
        }
    }
}
