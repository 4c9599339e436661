//! # A case, file or reference number in a finding
//!
//! ## What it checks
//! Findings, the previous inspection's summary and the outcome hold no identifying number: a number
//! of 3 or more digits, or a code mixing letters and digits, after "case", "file", "reference",
//! "ref", "record", "ID", "number" or "no." (in parts too: "ref AB/1234/56"); "#1234"; or any run
//! of 5 or more digits. Counts ("in 7 of the 23 cases"), sections ("Section 47") and years
//! ("Children Act 1989") are allowed. A warning in a draft, an error in a letter marked `final`.
//!
//! ## Why it matters
//! A case or file number points at one child's record.
//!
//! ## Example
//! "In case 20456 the assessment was late." gives `reference-number` with a span on "20456".

use super::text::{tag, word_is, Word};
use super::{Code, Context};
use crate::diagnostic::Sink;
use crate::list::List;

use super::words::REFERENCE_LEADS as LEAD_WORDS;

fn is_code(word: &str) -> bool {
    let digits = word.bytes().filter(u8::is_ascii_digit).count();
    let letters = word.bytes().filter(u8::is_ascii_alphabetic).count();
    digits >= 3 || (digits >= 2 && letters >= 1 && word.len() >= 4)
}

/// The byte ranges of identifying numbers in `text`.
pub(crate) fn find_references(text: &str, words: &[Word<'_>]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    // Whether word `k` follows the one before it after a single "/", as in "AB/1234/56".
    let joined = |k: usize| {
        k > 0
            && words
                .get(k)
                .is_some_and(|w| w.start == words[k - 1].end + 1)
            && text.as_bytes()[words[k - 1].end] == b'/'
    };
    for (i, word) in words.iter().enumerate() {
        // Every identifying number holds a digit, and the words' tags say which do. A code in
        // parts is read from its last part that holds one.
        if word.tags & tag::DIGIT == 0 || (joined(i + 1) && words[i + 1].tags & tag::DIGIT != 0) {
            continue;
        }
        let digits = word.text.bytes().filter(u8::is_ascii_digit).count();
        if digits == 0 {
            continue;
        }
        let mut first = i;
        while joined(first) {
            first -= 1;
        }
        let code = &text[words[first].start..word.end];
        // "case 123", "case number 123", "file no. 456", "ref: AB12", "ref AB/1234/56"
        // (The lexicon tags the lead words, "number" and "no" among them.)
        let tagged = |k: usize| words.get(k).is_some_and(|w| w.tags & tag::LEAD != 0);
        let lead = |k: usize| tagged(k) && word_is(words, k, LEAD_WORDS);
        let mut j = first;
        while j >= 2 && tagged(j - 1) && word_is(words, j - 1, List("number|no")) && lead(j - 2) {
            j -= 1;
        }
        let after_lead = j > 0 && lead(j - 1);
        let start = words[first].start;
        let hashed = start > 0 && text.as_bytes()[start - 1] == b'#';
        let long_run = digits >= 5 && digits == word.text.len();
        if (after_lead && is_code(code)) || hashed || long_run {
            found.push((start - usize::from(hashed), word.end));
        }
    }
    found
}

pub(crate) fn reference_number(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.prose_with(tag::DIGIT, 0) {
        let references = find_references(field.text, field.words);
        if references.is_empty() {
            continue;
        }
        // NHS numbers, telephone numbers and postcodes are reported by their own rules.
        let mut taken = super::nhs_number::find_nhs_numbers(field.text, field.words);
        for (s, e, _) in super::contact_details::find_contact_details(field.text, field.words) {
            taken.push((s, e));
        }
        // Which bytes those rules take: one pass, however many numbers the text holds.
        let mut covered = vec![false; field.text.len()];
        for (s, e) in taken {
            covered[s..e].fill(true);
        }
        for (start, end) in references {
            if covered[start..end].iter().all(|c| *c) {
                continue;
            }
            let message = cat!(
                "Remove the reference “",
                &field.text[start..end],
                "”: it points at one child's record"
            );
            cx.report(sink, Code::ReferenceNumber, field.path, message)
                .with_span(field.text, start, end);
        }
    }
}
