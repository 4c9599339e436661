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

use super::text::{mix, tag, MixMap};
use super::{Code, Context};
use crate::diagnostic::Sink;

/// How many of a finding's words stand for it: the ones whose mixed hashes are smallest.
const SKETCH: usize = 16;
/// How many of those are its buckets.
const BUCKETS: usize = 8;
const MIN_WORDS: usize = 6;
const THRESHOLD: f64 = 0.8;

struct Entry {
    /// The finding's mixed word hashes, in the finding's order: its word set, with repeats.
    words: Vec<u64>,
    /// The `SKETCH` smallest of them, in order (fewer when the finding has fewer words).
    sketch: Vec<u64>,
    exact: u64,
}

/// The smallest `SKETCH` distinct values of `words`, in order: one comparison for most words.
fn sketch(words: impl Iterator<Item = u64>) -> Vec<u64> {
    let mut least: Vec<u64> = Vec::with_capacity(SKETCH + 1);
    for w in words {
        if least.len() == SKETCH && w >= least[SKETCH - 1] {
            continue;
        }
        let at = least.partition_point(|x| *x < w);
        if least.get(at) != Some(&w) {
            least.insert(at, w);
            least.truncate(SKETCH);
        }
    }
    least
}

/// How many of the smallest `SKETCH` values of the union of two sets both sets hold, from
/// their sketches: an estimate of their similarity out of `SKETCH`.
fn shared_in_sketches(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut seen, mut shared) = (0, 0, 0, 0);
    while seen < SKETCH && i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
        seen += 1;
    }
    shared
}

fn distinct(words: &[u64]) -> usize {
    let mut sorted = words.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    sorted.len()
}

fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut a, mut b) = (a.to_vec(), b.to_vec());
    for set in [&mut a, &mut b] {
        set.sort_unstable();
        set.dedup();
    }
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

/// Whether two word sets could be 80% alike: of the sixteen smallest values of their union,
/// at least half are in both. For sets that alike each of the sixteen is in both four times
/// in five, so they fail this with a chance under 0.001; two findings that share only
/// common words ("the", "of") share two or three of sixteen and are not compared in full.
fn could_be_alike(a: &Entry, b: &Entry) -> bool {
    let union = (a.sketch.len() + b.sketch.len()).min(SKETCH);
    2 * shared_in_sketches(&a.sketch, &b.sketch) >= union
}

pub(crate) fn similar_findings(cx: &Context<'_>, sink: &mut Sink) {
    let findings = cx.findings();
    let mut entries: Vec<Entry> = Vec::with_capacity(findings.len());
    let mut owners: Vec<usize> = Vec::with_capacity(findings.len());
    let mut buckets: MixMap<u64, usize> = MixMap::default();
    buckets.reserve(findings.len() * SKETCH);
    for (at, finding) in findings.iter().enumerate() {
        if finding.words.len() < MIN_WORDS {
            continue;
        }
        // The word set as mixed hashes; its smallest values are a bottom-k sketch, and two
        // findings that share 80% of their words share one of their eight smallest values
        // (their buckets) but for a chance of about 0.2^8.
        let words: Vec<u64> = finding.words.iter().map(|w| mix(w.hash)).collect();
        // The sketch leaves out the commonest words, which every finding shares.
        let sketch = sketch(
            finding
                .words
                .iter()
                .zip(&words)
                .filter(|(w, _)| w.tags & tag::COMMON == 0)
                .map(|(_, h)| *h),
        );
        // Fewer than six distinct words.
        if sketch.len() < MIN_WORDS && distinct(&words) < MIN_WORDS {
            continue;
        }
        let index = entries.len();
        entries.push(Entry {
            exact: finding.words_hash,
            words,
            sketch,
        });
        owners.push(at);
        let mut reported = false;
        for slot in 0..entries[index].sketch.len().min(BUCKETS) {
            let key = &entries[index].sketch[slot];
            match buckets.get(key) {
                Some(&first) if !reported => {
                    let (earlier, this) = (&entries[first], &entries[index]);
                    if earlier.exact != this.exact
                        && could_be_alike(earlier, this)
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
