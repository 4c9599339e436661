//! # A sentence of more than 25 words
//!
//! ## What it checks
//! Each sentence of a finding, of the previous inspection's summary and of the outcome has at
//! most 25 words.
//!
//! ## Why it matters
//! GOV.UK's style guide asks for sentences of 25 words or fewer: long sentences are harder to
//! read, and these letters are read by councillors, parents and the press as well as officers.
//!
//! ## Example
//! A finding with a sentence of 31 words gives `sentence-too-long` at its path, with a span on
//! the sentence: "This sentence has 31 words. Split it into sentences of 25 words or fewer".

use super::text::tag;
use super::words::MAX_SENTENCE_WORDS;
use super::{Code, Context, Prose};
use crate::diagnostic::{push_decimal, Sink};

/// Where sentences end in the gap `gap` between two words (or after the last): the first and
/// the last byte after a `.`, `?` or `!` that whitespace or the end of the text follows, as
/// [`super::text::sentences`] splits them.
fn ends_in(gap: &[u8], at_end: bool) -> Option<(usize, usize)> {
    let mut found: Option<(usize, usize)> = None;
    for (i, &b) in gap.iter().enumerate() {
        if matches!(b, b'.' | b'?' | b'!') && gap.get(i + 1).map_or(at_end, u8::is_ascii_whitespace)
        {
            found = Some((found.map_or(i + 1, |(first, _)| first), i + 1));
        }
    }
    found
}

pub(crate) fn sentence_too_long(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.prose() {
        // Fewer words than the limit cannot make a sentence over it.
        if field.words.len() <= MAX_SENTENCE_WORDS {
            continue;
        }
        // The tokenizer tags each word that a sentence end comes before: count the words
        // between those tags, and find the sentence's bounds only for a sentence to report.
        let mut first = 0;
        for (i, word) in field.words.iter().enumerate() {
            if word.tags & tag::AFTER_STOP != 0 {
                if i - first > MAX_SENTENCE_WORDS {
                    report(cx, sink, field, first, i);
                }
                first = i;
            }
        }
        if field.words.len() - first > MAX_SENTENCE_WORDS {
            report(cx, sink, field, first, field.words.len());
        }
    }
}

/// [`MAX_SENTENCE_WORDS`] as the message writes it (a test checks that they agree).
const LIMIT: &str = "25";

/// Reports the sentence of the words `first..last` of `field`: from after the end of the
/// sentence before it (or the text's start) to its own end (or the text's end).
fn report(cx: &Context<'_>, sink: &mut Sink, field: &Prose<'_>, first: usize, last: usize) {
    let (text, bytes, words) = (field.text, field.text.as_bytes(), field.words);
    let gap = |i: usize| {
        let from = i.checked_sub(1).map_or(0, |before| words[before].end);
        let to = words.get(i).map_or(bytes.len(), |w| w.start);
        (from, bytes.get(from..to).unwrap_or_default())
    };
    let (from, before) = gap(first);
    let start = from + ends_in(before, false).map_or(0, |(_, end)| end);
    let start = start
        + bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
    let (from, after) = gap(last);
    let end = match ends_in(after, last == words.len()) {
        Some((stop, _)) => from + stop,
        None => bytes.len(),
    };
    // Written piece by piece rather than formatted: a letter may get dozens of these.
    let mut message = String::with_capacity(80);
    message.push_str("This sentence has ");
    push_decimal(&mut message, last - first);
    message.push_str(" words. Split it into sentences of ");
    message.push_str(LIMIT);
    message.push_str(" words or fewer");
    cx.report(sink, Code::SentenceTooLong, field.path, message)
        .with_span(text, start, end);
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_message_gives_the_limit() {
        assert_eq!(super::LIMIT, super::MAX_SENTENCE_WORDS.to_string());
    }
}
