//! # Two findings that say nearly the same thing
//!
//! ## What it checks
//! No two findings share 80% or more of their words (Jaccard similarity of their word sets),
//! unless they are exact repeats, which `duplicate-finding` reports. Findings under 6 words
//! are left alone. Candidates are found by a bottom-k sketch (the eight smallest hashes of a
//! finding's words, each a bucket), so a letter of thousands of findings is checked in
//! n·log n time; each finding is compared with the first finding of each bucket it falls in.
//!
//! ## Why it matters
//! A finding edited after it was copied ("Most assessments are timely." and "Most assessments
//! are timely and thorough.") usually means one copy should have been deleted.
//!
//! ## Example
//! The two findings above give `similar-findings` at the second: "This finding is nearly the
//! same as the one at /findings/strengths/0/text. Check whether both are needed".

use super::text::{mix, MixMap};
use super::{Code, Context};
use crate::diagnostic::Sink;

/// How many of a finding's words stand for it: the ones whose mixed hashes are smallest.
const SKETCH: usize = 8;
const MIN_WORDS: usize = 6;
const THRESHOLD: f64 = 0.8;

struct Entry {
    /// The finding's word hashes, sorted and without repeats: its word set.
    words: Vec<u64>,
    exact: u64,
}

fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let all = a.len() + b.len() - common;
    if all == 0 {
        0.0
    } else {
        common as f64 / all as f64
    }
}

pub(crate) fn similar_findings(cx: &Context<'_>, sink: &mut Sink) {
    let findings = cx.findings();
    let mut entries: Vec<Entry> = Vec::with_capacity(findings.len());
    let mut owners: Vec<usize> = Vec::with_capacity(findings.len());
    let mut buckets: MixMap<u64, usize> = MixMap::default();
    for (at, finding) in findings.iter().enumerate() {
        // The word set as sorted mixed hashes: its first values are a bottom-k sketch (two
        // findings that share 80% of their words share one of their eight smallest values
        // but for a chance of about 0.2^8), found by the sort the comparison needs anyway.
        let mut words: Vec<u64> = finding.words.iter().map(|w| mix(w.hash)).collect();
        words.sort_unstable();
        words.dedup();
        if words.len() < MIN_WORDS {
            continue;
        }
        let index = entries.len();
        let sketch: [u64; SKETCH] = std::array::from_fn(|i| words.get(i).copied().unwrap_or(0));
        let kept = words.len().min(SKETCH);
        entries.push(Entry {
            exact: finding.words_hash,
            words,
        });
        owners.push(at);
        let mut reported = false;
        for key in &sketch[..kept] {
            match buckets.get(key) {
                Some(&first) if !reported => {
                    let (earlier, this) = (&entries[first], &entries[index]);
                    if earlier.exact != this.exact
                        && jaccard(&earlier.words, &this.words) >= THRESHOLD
                    {
                        let message = format!(
                            "This finding is nearly the same as the one at {}. Check whether both are needed",
                            findings[owners[first]].path
                        );
                        cx.report(sink, Code::SimilarFindings, finding.path, message);
                        reported = true;
                    }
                }
                Some(_) => {}
                None => {
                    buckets.insert(*key, index);
                }
            }
        }
    }
}
