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

use std::collections::{HashMap, HashSet};

use super::{Code, Context};
use crate::diagnostic::Sink;

const HASHES: usize = 16;
const ROWS: usize = 2;
const MIN_WORDS: usize = 6;
const THRESHOLD: f64 = 0.8;

/// FNV-1a, seeded: small, fast and the same on every platform (unlike `std`'s random hasher).
fn fnv(word: &str, seed: u64) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325 ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for byte in word.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

struct Entry {
    path: String,
    words: HashSet<String>,
    exact: String,
}

fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let common = a.intersection(b).count();
    let all = a.len() + b.len() - common;
    if all == 0 {
        0.0
    } else {
        common as f64 / all as f64
    }
}

pub(crate) fn similar_findings(cx: &Context<'_>, sink: &mut Sink) {
    let mut entries: Vec<Entry> = Vec::new();
    let mut buckets: HashMap<(usize, u64), usize> = HashMap::new();
    for field in cx.letter.finding_fields() {
        let exact = super::duplicate_finding::normalised(field.text);
        let words: HashSet<String> = exact
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        if words.len() < MIN_WORDS {
            continue;
        }
        let signature: Vec<u64> = (0..HASHES as u64)
            .map(|seed| words.iter().map(|w| fnv(w, seed)).min().unwrap_or(0))
            .collect();
        let index = entries.len();
        entries.push(Entry {
            path: field.path.to_string(),
            words,
            exact,
        });
        let mut reported = false;
        for (band, rows) in signature.chunks(ROWS).enumerate() {
            let key = (band, rows.iter().fold(0u64, |h, r| h.rotate_left(17) ^ r));
            match buckets.get(&key) {
                Some(&first) if !reported => {
                    let (earlier, this) = (&entries[first], &entries[index]);
                    if earlier.exact != this.exact
                        && jaccard(&earlier.words, &this.words) >= THRESHOLD
                    {
                        let message = format!("This finding is nearly the same as the one at {}. Check whether both are needed", earlier.path);
                        cx.report(sink, Code::SimilarFindings, &field.path, message);
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
