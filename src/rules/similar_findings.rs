//! # Two findings that say nearly the same thing
//!
//! ## What it checks
//! No two findings share 80% or more of their words (Jaccard similarity of their word sets),
//! unless they are exact repeats, which `duplicate-finding` reports. Findings under 6 words
//! are left alone. Candidates are found by prefix filtering: the words are put in one order
//! for the whole letter (rarer words first, the commonest English words last), and two sets
//! that alike must share one of the first few words of each, so each finding is compared only
//! with the earlier findings that share one of its first words, and of those at most 512 (the
//! ones in the shortest lists first), which keeps a letter of thousands of findings linear.
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

const MIN_WORDS: usize = 6;
/// The threshold, 80%, as a fraction.
const NUMERATOR: usize = 4;
const DENOMINATOR: usize = 5;
/// The most earlier findings one finding is compared with in full.
const MAX_COMPARISONS: usize = 512;

/// A word's place in the letter-wide order: the commonest words last, the others by a mix of
/// their hash (which spreads them evenly, as rare as each other).
fn order_key(hash: u64, tags: u32) -> u64 {
    let common = u64::from(tags & tag::COMMON != 0) << 63;
    common | (mix(hash) >> 1)
}

/// The smallest `k` with `k / n >= 4 / 5`.
fn at_least(n: usize) -> usize {
    (NUMERATOR * n).div_ceil(DENOMINATOR)
}

/// How many of a set's first words another set at least 80% alike must share one of: if two
/// sets of sizes `n` and `m` share `k >= 4/5 (n + m - k)` words, they cannot both keep them
/// all past their first `n - at_least(n) + 1`.
fn prefix_len(n: usize) -> usize {
    n - at_least(n) + 1
}

/// Words in common between two sorted sets.
fn common(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// Whether two sorted sets share at least 80% of their union.
fn alike(a: &[u64], b: &[u64]) -> bool {
    // Sizes too far apart cannot be: |small| >= 4/5 |large| is needed.
    let (small, large) = (a.len().min(b.len()), a.len().max(b.len()));
    if DENOMINATOR * small < NUMERATOR * large {
        return false;
    }
    let shared = common(a, b);
    DENOMINATOR * shared >= NUMERATOR * (a.len() + b.len() - shared)
}

pub(crate) fn similar_findings(cx: &Context<'_>, sink: &mut Sink) {
    let findings = cx.findings();
    // Each finding's word set in the letter-wide order, and for each word, the findings whose
    // first words hold it.
    let mut sets: Vec<Vec<u64>> = Vec::with_capacity(findings.len());
    let mut owners: Vec<usize> = Vec::with_capacity(findings.len());
    let mut lists: MixMap<u64, Vec<usize>> = MixMap::default();
    let mut probes: Vec<(usize, u64)> = Vec::new();
    // For each earlier finding, the last finding compared with it: a finding met in a second
    // list is not compared twice.
    let mut stamps: Vec<usize> = Vec::with_capacity(findings.len());
    for (at, finding) in findings.iter().enumerate() {
        if finding.words.len() < MIN_WORDS {
            continue;
        }
        let mut set: Vec<u64> = finding
            .words
            .iter()
            .map(|w| order_key(w.hash, w.tags))
            .collect();
        set.sort_unstable();
        set.dedup();
        if set.len() < MIN_WORDS {
            continue;
        }
        let index = sets.len();
        let prefix = prefix_len(set.len());
        // The lists of this finding's first words, shortest first.
        probes.clear();
        probes.extend(
            set[..prefix]
                .iter()
                .filter_map(|key| lists.get(key).map(|list| (list.len(), *key))),
        );
        probes.sort_unstable();
        let mut compared = 0;
        'probe: for &(_, key) in &probes {
            for &earlier in lists.get(&key).map_or(&[][..], Vec::as_slice).iter().rev() {
                if stamps[earlier] == index {
                    continue;
                }
                if compared == MAX_COMPARISONS {
                    break 'probe;
                }
                stamps[earlier] = index;
                compared += 1;
                let other = &findings[owners[earlier]];
                if other.words_hash == finding.words_hash {
                    continue; // an exact repeat: duplicate-finding reports it
                }
                if alike(&sets[earlier], &set) {
                    let message = format!(
                        "This finding is nearly the same as the one at {}. Check whether both are needed",
                        other.path
                    );
                    cx.report(sink, Code::SimilarFindings, finding.path, message);
                    break 'probe;
                }
            }
        }
        for key in &set[..prefix] {
            lists.entry(*key).or_default().push(index);
        }
        sets.push(set);
        owners.push(at);
        stamps.push(usize::MAX);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_this_alike_share_a_first_word() {
        // Prefix filtering rests on this: two sets that alike share more words than either
        // holds past its first words, so the first common word (in the letter-wide order) is
        // among the first words of both. Checked for every pair of sizes up to 200.
        for n in MIN_WORDS..200 {
            for m in MIN_WORDS..200 {
                for k in 0..=n.min(m) {
                    if DENOMINATOR * k >= NUMERATOR * (n + m - k) {
                        assert!(
                            k > n - prefix_len(n) && k > m - prefix_len(m),
                            "{n} {m} {k}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn alike_is_the_threshold() {
        let set = |r: std::ops::Range<u64>| r.collect::<Vec<u64>>();
        assert!(alike(&set(0..8), &set(0..10))); // 8 of 10
        assert!(!alike(&set(0..7), &set(0..10))); // 7 of 10
        assert!(alike(&set(0..9), &set(1..10))); // 8 of 10
        assert!(!alike(&set(0..10), &set(2..12))); // 8 of 12
    }
}
