//! # A word GOV.UK style asks writers to avoid
//!
//! ## What it checks
//! Findings, the previous inspection's summary and the outcome do not use the words and phrases
//! the GOV.UK content style guide lists as unclear ("robust", "facilitate", "in order to",
//! "key", "tackle" and others; the list is data in `src/rules/words.rs`), and write the
//! sections of the Children Act as "section 47", not "s47", "s.47" or, inside a sentence,
//! "Section 47". Each use gets a span and the plainer words to use instead; the sections get
//! a fix ("section 47", or "Section 47" to start a sentence).
//!
//! ## Why it matters
//! Published letters are read by the public. These words are vague or jargon; plain words say
//! what was found. Letters from 2011 predate GOV.UK and use some of them, so this is a warning
//! a council may turn off.
//!
//! ## Example
//! "Processes for screening … are robust." gives `words-to-avoid` with a span on "robust":
//! "Avoid “robust”: use strong or reliable".

use super::text::{self, is_capitalised, tag, Word};
use super::{Code, Context};
use crate::diagnostic::Sink;

pub(crate) fn words_to_avoid(cx: &Context<'_>, sink: &mut Sink) {
    // A match needs a word to avoid on its own, or a phrase's second word.
    for field in cx.prose_with(tag::AVOID_ALONE | tag::AVOID_NEXT, 0) {
        let words = &field.words;
        for (i, word) in words.iter().enumerate() {
            if word.tags & tag::AVOID == 0 {
                continue;
            }
            // A word to avoid on its own, or one that starts a phrase and is followed by the
            // phrase's second word ("in" is looked at only before "order").
            let next = words.get(i + 1).map_or(0, |w| w.tags);
            if word.tags & tag::AVOID_ALONE == 0 && next & tag::AVOID_NEXT == 0 {
                continue;
            }
            for (phrase, instead) in phrases_from(&words[i..]) {
                let Some(end) = matches_phrase(&words[i..], phrase) else {
                    continue;
                };
                // "foster" is the right word about fostering children.
                if phrase == "foster"
                    && words.get(i + 1).is_some_and(|n| {
                        [
                            "carer",
                            "carers",
                            "care",
                            "placement",
                            "placements",
                            "children",
                        ]
                        .iter()
                        .any(|w| n.text.eq_ignore_ascii_case(w))
                    })
                {
                    continue;
                }
                // An entry that is its own plainer choice ("section 47") is the style itself:
                // only a capital inside a sentence is marked.
                let section = phrase == instead;
                let opens_sentence = i == 0 || word.tags & tag::AFTER_STOP != 0;
                if section && (!is_capitalised(word.text) || opens_sentence) {
                    continue;
                }
                // Joined rather than formatted: a letter may get dozens of these.
                let said = field.text.get(word.start..end).unwrap_or_default();
                let message = if section {
                    cat!("Write “", instead, "” in lower case inside a sentence")
                } else {
                    cat!("Avoid “", said, "”: use ", instead)
                };
                let mut reported = cx.report(sink, Code::WordsToAvoid, field.path, message);
                reported.with_span(field.text, word.start, end);
                // "s47" and "Section 47" have one right form: a fix, with a capital when the
                // sentence starts there. (The other entries' words need a person's choice.)
                if instead.starts_with("section") {
                    if opens_sentence {
                        reported.with_fix(cat!("S", &instead[1..]));
                    } else {
                        reported.with_fix(instead);
                    }
                }
            }
        }
    }
}

/// The phrases of `words::TO_AVOID` whose first word is `words[0]`, ignoring case (the rest is
/// compared by `matches_phrase`): the lexicon says where the first of them is, and the list is
/// sorted, so they are together there.
fn phrases_from<'a>(
    words: &'a [Word<'_>],
) -> impl Iterator<Item = (&'static str, &'static str)> + 'a {
    let word = words[0].text.as_bytes();
    text::phrases_to_avoid_from(words[0].hash)
        .pairs()
        .take_while(move |(phrase, _)| {
            // The phrase starts with the word and then ends or goes on after a space.
            let phrase = phrase.as_bytes();
            phrase.len() >= word.len()
                && phrase[..word.len()].eq_ignore_ascii_case(word)
                && phrase.get(word.len()).is_none_or(|b| *b == b' ')
        })
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
    fn each_phrase_is_found_from_its_first_word() {
        use crate::rules::text::{phrases_to_avoid_from, word_hash};
        for (phrase, instead) in crate::rules::words::TO_AVOID.pairs() {
            let first = phrase.split(' ').next().unwrap();
            let from: Vec<_> = phrases_to_avoid_from(word_hash(&first.to_uppercase()))
                .pairs()
                .take_while(|(p, _)| p.split(' ').next() == Some(first))
                .collect();
            assert!(
                from.contains(&(phrase, instead)),
                "{phrase:?} from {first:?}: {from:?}"
            );
        }
        assert_eq!(
            phrases_to_avoid_from(word_hash("assessment")).iter().next(),
            Some("")
        );
    }

    #[test]
    fn the_list_is_sorted_and_in_lower_case() {
        // Sorted, a word's phrases are together, where the lexicon says the first is; and
        // the rule compares `phrase == "foster"` in lower case.
        let phrases: Vec<&str> = crate::rules::words::TO_AVOID
            .pairs()
            .map(|(p, _)| p)
            .collect();
        let mut sorted = phrases.clone();
        sorted.sort_unstable();
        assert_eq!(phrases, sorted);
        assert!(phrases
            .iter()
            .all(|p| !p.bytes().any(|b| b.is_ascii_uppercase())));
    }
}
