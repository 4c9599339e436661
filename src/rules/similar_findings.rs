//! # Two findings that say nearly the same thing
//!
//! ## What it checks
//! No two findings share 80% or more of their words (Jaccard similarity of their word sets),
//! unless they are exact repeats, which `duplicate-finding` reports. Findings under 6 words
//! are left alone. Candidates are found by MinHash with banding, so a letter of thousands of
//! findings is checked in linear time; each finding is compared with the first finding of
//! each bucket it falls in.
//!
//! ## Why it matters
//! A finding edited after it was copied ("Most assessments are timely." and "Most assessments
//! are timely and thorough.") usually means one copy should have been deleted.
//!
//! ## Example
//! The two findings above give `similar-findings` at the second: "This finding is nearly the
//! same as the one at /findings/strengths/0/text. Check whether both are needed".

use super::text::MixMap;
use super::{Code, Context};
use crate::diagnostic::Sink;

const HASHES: usize = 8;
const ROWS: usize = 1;
const MIN_WORDS: usize = 6;
const THRESHOLD: f64 = 0.8;

/// A word's hash, ignoring ASCII case.
fn word_hash(word: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in word.bytes() {
        hash = (hash ^ u64::from(byte.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// One of `HASHES` hash functions over word hashes: a multiply-xorshift mix with its own seed.
fn mix(hash: u64, seed: u64) -> u64 {
    let mut x = hash ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 31)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^ (x >> 29)
}

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
    let mut buckets: MixMap<(usize, u64), usize> = MixMap::default();
    for (at, finding) in findings.iter().enumerate() {
        let mut words: Vec<u64> = finding.words.iter().map(|w| word_hash(w.text)).collect();
        words.sort_unstable();
        words.dedup();
        if words.len() < MIN_WORDS {
            continue;
        }
        let signature: Vec<u64> = (0..HASHES as u64)
            .map(|seed| words.iter().map(|w| mix(*w, seed)).min().unwrap_or(0))
            .collect();
        let index = entries.len();
        entries.push(Entry {
            exact: finding.words_hash,
            words,
        });
        owners.push(at);
        let mut reported = false;
        for (band, rows) in signature.chunks(ROWS).enumerate() {
            let key = (band, rows.iter().fold(0u64, |h, r| h.rotate_left(17) ^ r));
            match buckets.get(&key) {
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
                    buckets.insert(key, index);
                }
            }
        }
    }
}
