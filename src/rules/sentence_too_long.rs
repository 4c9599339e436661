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

pub(crate) fn sentence_too_long(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.prose() {
        // Fewer words than the limit cannot make a sentence over it.
        if field.words.len() <= MAX_SENTENCE_WORDS {
            continue;
        }
        let mut words = field.words.iter().peekable();
        for (start, end) in super::text::sentences(field.text) {
            let mut count = 0;
            while words.next_if(|w| w.start < end).is_some() {
                count += 1;
            }
            if count > MAX_SENTENCE_WORDS {
                let message = format!("This sentence has {count} words. Split it into sentences of {MAX_SENTENCE_WORDS} words or fewer");
                cx.report(sink, Code::SentenceTooLong, field.path, message)
                    .with_span(field.text, start, end);
            }
        }
    }
}
