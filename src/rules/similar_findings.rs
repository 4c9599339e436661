//! # Two findings that say nearly the same thing
//!
//! ## What it checks
//! No two findings share 80% or more of their words (Jaccard similarity of their word sets),
//! unless they are exact repeats, which `duplicate-finding` reports. Findings under 6 words
//! are left alone. Candidates are found by prefix filtering: the words are put in one order
//! for the whole letter, the words fewest findings hold first, and two sets that alike must
//! share one of the first few words of each; so each finding is compared only with the
//! earlier findings that share one of its first (rarest) words, and with at most 64 of them
//! (the rarest words' lists first), which keeps a letter of thousands of findings linear. A letter
//! of 32 findings or fewer has every pair compared.
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

const MIN_WORDS: usize = 6;
/// The threshold, 80%, as a fraction.
const NUMERATOR: usize = 4;
const DENOMINATOR: usize = 5;
/// The most earlier findings one finding is compared with in full.
const MAX_COMPARISONS: usize = 64;
/// Up to this many findings, every pair is compared.
const FEW: usize = 32;

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

/// Whether two sorted sets share at least 80% of their union: `k` shared words out of
/// `n + m - k` needs `9k >= 4(n + m)`. The merge stops as soon as the words left cannot
/// make up the difference.
fn alike(a: &[u64], b: &[u64]) -> bool {
    // Sizes too far apart cannot be: |small| >= 4/5 |large| is needed.
    let (small, large) = (a.len().min(b.len()), a.len().max(b.len()));
    if DENOMINATOR * small < NUMERATOR * large {
        return false;
    }
    let needed = (NUMERATOR * (a.len() + b.len())).div_ceil(NUMERATOR + DENOMINATOR);
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if shared + (a.len() - i).min(b.len() - j) < needed {
            return false;
        }
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
    shared >= needed
}

pub(crate) fn similar_findings(cx: &Context<'_>, sink: &mut Sink) {
    let findings = cx.findings();
    // Each finding's word set, sorted (for comparing), and how many findings hold each word.
    let mut owners: Vec<usize> = Vec::with_capacity(findings.len());
    let mut sets: Vec<Vec<u64>> = Vec::with_capacity(findings.len());
    for (at, finding) in findings.iter().enumerate() {
        if finding.words.len() < MIN_WORDS {
            continue;
        }
        let mut set: Vec<u64> = finding.words.iter().map(|w| mix(w.hash)).collect();
        set.sort_unstable();
        set.dedup();
        if set.len() < MIN_WORDS {
            continue;
        }
        sets.push(set);
        owners.push(at);
    }
    let report = |sink: &mut Sink, this: usize, earlier: usize| {
        let message = format!(
            "This finding is nearly the same as the one at {}. Check whether both are needed",
            findings[owners[earlier]].path
        );
        cx.report(
            sink,
            Code::SimilarFindings,
            findings[owners[this]].path,
            message,
        );
    };
    let exact = |i: usize| findings[owners[i]].words_hash;
    // A letter of a few findings: every pair, in order, costs less than an index.
    if sets.len() <= FEW {
        for (index, set) in sets.iter().enumerate() {
            let earlier = (0..index).find(|&e| exact(e) != exact(index) && alike(&sets[e], set));
            if let Some(earlier) = earlier {
                report(sink, index, earlier);
            }
        }
        return;
    }
    let mut counts: MixMap<u64, usize> = MixMap::default();
    for set in &sets {
        for word in set {
            *counts.entry(*word).or_default() += 1;
        }
    }
    // The letter-wide order puts the words fewest findings hold first, so that each finding's
    // first words are ones few other findings hold, and the lists to compare with are short.
    // Each word's list of the findings whose first words hold it, newest first: the map gives
    // the list's head, `links` each entry and the next (`usize::MAX` ends a list).
    let mut heads: MixMap<u64, usize> = MixMap::default();
    let mut links: Vec<(usize, usize)> = Vec::new();
    let mut first: Vec<(usize, u64)> = Vec::new();
    // For each earlier finding, the last finding compared with it: a finding met in a second
    // list is not compared twice.
    let mut stamps: Vec<usize> = vec![usize::MAX; sets.len()];
    for (index, set) in sets.iter().enumerate() {
        // The first words, rarest first: kept in order by insertion, as there are few.
        let prefix = prefix_len(set.len());
        first.clear();
        for word in set {
            let key = (counts.get(word).copied().unwrap_or(0), *word);
            if first.len() == prefix && key >= first[prefix - 1] {
                continue;
            }
            let at = first.partition_point(|k| *k < key);
            first.insert(at, key);
            first.truncate(prefix);
        }
        let mut compared = 0;
        'probe: for (_, word) in &first {
            let mut link = heads.get(word).copied().unwrap_or(usize::MAX);
            while let Some(&(earlier, next)) = links.get(link) {
                link = next;
                if stamps[earlier] == index {
                    continue;
                }
                if compared == MAX_COMPARISONS {
                    break 'probe;
                }
                stamps[earlier] = index;
                compared += 1;
                // An exact repeat is duplicate-finding's to report.
                if exact(earlier) != exact(index) && alike(&sets[earlier], set) {
                    report(sink, index, earlier);
                    break 'probe;
                }
            }
        }
        for (_, word) in &first {
            let head = heads.entry(*word).or_insert(usize::MAX);
            links.push((index, *head));
            *head = links.len() - 1;
        }
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
