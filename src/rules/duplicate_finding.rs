//! # The same finding twice
//!
//! ## What it checks
//! No two findings anywhere in the letter say the same thing, ignoring case, punctuation and
//! spacing.
//!
//! ## Why it matters
//! A finding pasted twice, or under two sections, makes the letter contradict itself or read
//! as careless; under two different headings it also misstates the verdict.
//!
//! ## Example
//! The same sentence under `strengths` and `areas_for_development` gives `duplicate-finding` at
//! the second one: "This finding repeats the one at /findings/strengths/0/text. Remove one of them".

// Found in linear time with a hash of each finding's words.

use super::text::{mix, HashIndex, Word};
use super::{Code, Context};
use crate::diagnostic::Sink;

/// A hash of a finding's words in lower case: equal for two findings that say the same thing
/// in different case, spacing or punctuation. Made of the words' own hashes (ASCII case only:
/// Unicode case tables would cost the browser build more than they catch).
///
/// The words' hashes are already mixed: each is turned by its place and the whole mixed once
/// (two findings that only share a hash are still compared word by word).
pub(crate) fn words_hash(words: &[Word<'_>]) -> u64 {
    mix(words.iter().fold(words.len() as u64, |hash, word| {
        hash.rotate_left(7) ^ word.hash
    }))
}

/// Whether two findings have the same words, ignoring case.
pub(crate) fn same_words(a: &[Word<'_>], b: &[Word<'_>]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x.text.eq_ignore_ascii_case(y.text))
}

pub(crate) fn duplicate_finding(cx: &Context<'_>, sink: &mut Sink) {
    let findings = cx.findings();
    let mut first_seen = HashIndex::with_capacity(findings.len());
    for (index, finding) in findings.iter().enumerate() {
        if finding.words.is_empty() {
            continue;
        }
        let first = *first_seen.get_or_insert(finding.words_hash, index);
        if first != index && same_words(findings[first].words, finding.words) {
            let message = cat!(
                "This finding repeats the one at ",
                findings[first].path,
                ". Remove one of them"
            );
            cx.report(sink, Code::DuplicateFinding, finding.path, message);
        }
    }
}
