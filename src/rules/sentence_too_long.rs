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

use super::words::MAX_SENTENCE_WORDS;
use super::{Code, Context};
use crate::diagnostic::Sink;

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
        let (text, bytes) = (field.text, field.text.as_bytes());
        let skip_space = |from: usize| {
            from + bytes[from..]
                .iter()
                .take_while(|b| b.is_ascii_whitespace())
                .count()
        };
        // Full stops before the first word end empty sentences.
        let before = &bytes[..field.words[0].start];
        let mut start = skip_space(ends_in(before, false).map_or(0, |(_, last)| last));
        let mut count = 0;
        // Sentences end only between words: count the words and look at the gaps.
        for (i, word) in field.words.iter().enumerate() {
            count += 1;
            let gap_end = field
                .words
                .get(i + 1)
                .map_or(bytes.len(), |next| next.start);
            // Most gaps are a space or a comma and a space.
            let gap = bytes.get(word.end..gap_end).unwrap_or_default();
            if !gap.iter().any(|&b| matches!(b, b'.' | b'?' | b'!')) {
                continue;
            }
            let Some((first, last)) = ends_in(&bytes[word.end..gap_end], gap_end == bytes.len())
            else {
                continue;
            };
            if count > MAX_SENTENCE_WORDS {
                report(cx, sink, field.path, text, count, start, word.end + first);
            }
            count = 0;
            start = skip_space(word.end + last);
        }
        if count > MAX_SENTENCE_WORDS {
            report(cx, sink, field.path, text, count, start, bytes.len());
        }
    }
}

fn report(
    cx: &Context<'_>,
    sink: &mut Sink,
    path: crate::diagnostic::FieldPath<'_>,
    text: &str,
    count: usize,
    start: usize,
    end: usize,
) {
    let message = format!("This sentence has {count} words. Split it into sentences of {MAX_SENTENCE_WORDS} words or fewer");
    cx.report(sink, Code::SentenceTooLong, path, message)
        .with_span(text, start, end);
}
