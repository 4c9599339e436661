//! # A word GOV.UK style asks writers to avoid
//!
//! ## What it checks
//! Findings, the previous inspection's summary and the outcome do not use the words and phrases
//! the GOV.UK content style guide lists as unclear ("robust", "facilitate", "in order to",
//! "key", "tackle" and others; the list is data in `src/rules/words.rs`). Each use gets a span
//! and the plainer words to use instead.
//!
//! ## Why it matters
//! Published letters are read by the public. These words are vague or jargon; plain words say
//! what was found. Letters from 2011 predate GOV.UK and use some of them, so this is a warning
//! a council may turn off.
//!
//! ## Example
//! "Processes for screening … are robust." gives `words-to-avoid` with a span on "robust":
//! "Avoid “robust”: use strong or reliable".

use std::cmp::Ordering;

use super::text::Word;
use super::words::TO_AVOID;
use super::{Code, Context};
use crate::diagnostic::Sink;

pub(crate) fn words_to_avoid(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.letter.prose_fields() {
        let words: Vec<Word<'_>> = super::text::words(field.text).collect();
        for (i, word) in words.iter().enumerate() {
            // The list is sorted, so the phrases starting with this word are found by bisection.
            let from = TO_AVOID.partition_point(|(phrase, _)| {
                cmp_ascii_nocase(first_word(phrase), word.text).is_lt()
            });
            for (phrase, instead) in TO_AVOID[from..]
                .iter()
                .take_while(|(p, _)| cmp_ascii_nocase(first_word(p), word.text).is_eq())
            {
                let Some(end) = matches_phrase(&words[i..], phrase) else {
                    continue;
                };
                // "foster" is the right word about fostering children.
                let next = words.get(i + 1).map(|w| w.text.to_ascii_lowercase());
                if *phrase == "foster"
                    && next.as_deref().is_some_and(|n| {
                        [
                            "carer",
                            "carers",
                            "care",
                            "placement",
                            "placements",
                            "children",
                        ]
                        .contains(&n)
                    })
                {
                    continue;
                }
                let message = format!("Avoid “{}”: use {instead}", &field.text[word.start..end]);
                cx.report(sink, Code::WordsToAvoid, &field.path, message)
                    .with_span(field.text, word.start, end);
            }
        }
    }
}

fn first_word(phrase: &str) -> &str {
    phrase.split(' ').next().unwrap_or(phrase)
}

fn cmp_ascii_nocase(a: &str, b: &str) -> Ordering {
    a.bytes()
        .map(|c| c.to_ascii_lowercase())
        .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}

/// The end of `phrase` when the words starting at `words[0]` spell it, ignoring case.
fn matches_phrase(words: &[Word<'_>], phrase: &str) -> Option<usize> {
    let mut end = None;
    let mut parts = 0;
    for (part, word) in phrase.split(' ').zip(words) {
        if !word.text.eq_ignore_ascii_case(part) {
            return None;
        }
        end = Some(word.end);
        parts += 1;
    }
    if parts == phrase.split(' ').count() {
        end
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_list_is_sorted_for_bisection() {
        let phrases: Vec<&str> = super::TO_AVOID.iter().map(|(p, _)| *p).collect();
        let mut sorted = phrases.clone();
        sorted.sort_unstable();
        assert_eq!(phrases, sorted);
    }
}
