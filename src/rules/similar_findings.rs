//! # Two findings that say nearly the same thing
//!
//! ## What it checks
//! No two findings share 80% or more of their words (Jaccard similarity of their word sets),
//! unless they are exact repeats, which `duplicate-finding` reports. Findings under 6 words
//! are left alone. A letter of 32 findings or fewer has every pair compared; in a longer one,
//! each finding is compared with at most 64 earlier findings that share its rarest words.
//!
//! ## Why it matters
//! A finding edited after it was copied ("Most assessments are timely." and "Most assessments
//! are timely and thorough.") usually means one copy should have been deleted.
//!
//! ## Example
//! The two findings above give `similar-findings` at the second: "This finding is nearly the
//! same as the one at /findings/strengths/0/text. Check whether both are needed".

// Candidates are found by prefix filtering: the words are put in one order for the whole
// letter, the words fewest findings hold first, and two sets that alike must share one of the
// first few words of each; so each finding is compared only with the earlier findings that
// share one of its first (rarest) words, and with at most 64 of them (the rarest words' lists
// first), which keeps a letter of thousands of findings linear.

use super::text::{mix, HashIndex, Word};
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

/// A finding's words as 256 bits, one set for each word (by its hash). Two findings 80% alike
/// differ in at most a ninth of their words together (`9k >= 4(n + m)` leaves
/// `n + m - 2k <= (n + m) / 9`), and their signatures in at most as many bits: a test of a few
/// instructions that passes over almost every pair of unlike findings.
fn signature(words: &[Word<'_>]) -> [u64; 4] {
    let mut bits = [0u64; 4];
    for word in words {
        // The word's hash is already mixed: its top bits pick the quarter, its low bits the bit.
        let h = word.hash;
        bits[(h >> 62) as usize] |= 1 << (h & 63);
    }
    bits
}

/// Whether two findings of `n` and `m` words (counting repeats, so at least their sets' sizes)
/// may be 80% alike, by their signatures.
fn may_be_alike(a: &[u64; 4], b: &[u64; 4], n: usize, m: usize) -> bool {
    // `9 * differ <= n + m`, given up as soon as a quarter of the bits passes it: unlike
    // findings (most pairs) differ in more bits in their first quarter than the whole allows.
    let allowed = (n + m) / 9;
    let mut differ = 0;
    for (x, y) in a.iter().zip(b) {
        differ += (x ^ y).count_ones() as usize;
        if differ > allowed {
            return false;
        }
    }
    true
}

/// Whether two findings of `n` and `m` words may be 80% alike, by how many bits their
/// signatures set: signatures differ in at least the difference of those counts, which parts
/// most pairs of findings of different lengths before their bits are compared.
fn counts_may_be_alike(a_bits: u32, b_bits: u32, n: usize, m: usize) -> bool {
    9 * a_bits.abs_diff(b_bits) as usize <= n + m
}

/// How many bits a signature sets.
fn bits_set(signature: &[u64; 4]) -> u32 {
    signature.iter().map(|x| x.count_ones()).sum()
}

/// A finding's words as a sorted set of their mixed hashes.
fn word_set(words: &[Word<'_>]) -> Vec<u64> {
    // By a heap sort: the slice's quicksort, built for this type alone, made the browser
    // package 1.2 KB larger, and a finding's words are few.
    let mut set = Vec::with_capacity(words.len());
    for w in words {
        set.push(mix(w.hash));
    }
    crate::heap_sort(&mut set, |a, b| a > b);
    set.dedup();
    set
}

pub(crate) fn similar_findings(cx: &Context<'_>, sink: &mut Sink) {
    let findings = cx.findings();
    let report = |sink: &mut Sink, this: usize, earlier: usize| {
        let message = cat!(
            "This finding is nearly the same as the one at ",
            findings[earlier].path,
            ". Check whether both are needed"
        );
        cx.report(sink, Code::SimilarFindings, findings[this].path, message);
    };
    let mut long: Vec<usize> = Vec::with_capacity(findings.len());
    for (at, finding) in findings.iter().enumerate() {
        if finding.words.len() >= MIN_WORDS {
            long.push(at);
        }
    }
    // A letter of a few findings: every pair, in order, costs less than an index; the
    // signatures leave few pairs to compare word by word, and sets are sorted only for those.
    if long.len() <= FEW {
        // What the pairs' filter reads, side by side in one list.
        let mut cards = Vec::with_capacity(long.len());
        for &at in &long {
            let finding = &findings[at];
            let signature = signature(finding.words);
            let bits = bits_set(&signature);
            cards.push((signature, finding.words_hash, finding.words.len(), bits));
        }
        let mut sets: Vec<Option<Vec<u64>>> = vec![None; long.len()];
        for (index, (signature, words_hash, len, bits)) in cards.iter().enumerate() {
            for (earlier, (other, other_hash, other_len, other_bits)) in
                cards[..index].iter().enumerate()
            {
                // An exact repeat is duplicate-finding's to report.
                if other_hash == words_hash
                    || !counts_may_be_alike(*other_bits, *bits, *other_len, *len)
                    || !may_be_alike(other, signature, *other_len, *len)
                {
                    continue;
                }
                let (this, that) = (&findings[long[index]], &findings[long[earlier]]);
                for (at, words) in [(earlier, that.words), (index, this.words)] {
                    if sets[at].is_none() {
                        sets[at] = Some(word_set(words));
                    }
                }
                let (Some(a), Some(b)) = (&sets[earlier], &sets[index]) else {
                    continue;
                };
                if a.len() >= MIN_WORDS && b.len() >= MIN_WORDS && alike(a, b) {
                    report(sink, long[index], long[earlier]);
                    break;
                }
            }
        }
        return;
    }
    // Each finding's word set, sorted (for comparing), and how many findings hold each word.
    let mut owners: Vec<usize> = Vec::with_capacity(long.len());
    let mut sets: Vec<Vec<u64>> = Vec::with_capacity(long.len());
    for at in long {
        let set = word_set(findings[at].words);
        if set.len() >= MIN_WORDS {
            sets.push(set);
            owners.push(at);
        }
    }
    let exact = |i: usize| findings[owners[i]].words_hash;
    let mut counts = HashIndex::default();
    for set in &sets {
        for word in set {
            *counts.get_or_insert(*word, 0) += 1;
        }
    }
    // The letter-wide order puts the words fewest findings hold first, so that each finding's
    // first words are ones few other findings hold, and the lists to compare with are short.
    // Each word's list of the findings whose first words hold it, newest first: the map gives
    // the list's head, `links` each entry and the next (`usize::MAX` ends a list).
    let mut heads = HashIndex::default();
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
            let key = (counts.get(*word).unwrap_or(0), *word);
            if first.len() == prefix && key >= first[prefix - 1] {
                continue;
            }
            let at = first.partition_point(|k| *k < key);
            first.insert(at, key);
            first.truncate(prefix);
        }
        let mut compared = 0;
        'probe: for (_, word) in &first {
            let mut link = heads.get(*word).unwrap_or(usize::MAX);
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
                    report(sink, owners[index], owners[earlier]);
                    break 'probe;
                }
            }
        }
        for (_, word) in &first {
            let head = heads.get_or_insert(*word, usize::MAX);
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
    fn signatures_never_part_findings_that_are_alike() {
        // Pairs of word lists from a small vocabulary, so that many pairs are near the
        // threshold: whenever the sets are 80% alike, the signatures must let the pair through.
        let text: String = (0..400).map(|i| format!("w{i} ")).collect();
        let vocabulary: Vec<Word<'_>> = super::super::text::words(&text).collect();
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            usize::try_from(seed % n).unwrap_or(0)
        };
        let (mut near, mut passed) = (0, 0);
        for _ in 0..20_000 {
            let n = MIN_WORDS + next(40);
            let base = next(300);
            let a: Vec<Word<'_>> = (0..n).map(|i| vocabulary[base + i]).collect();
            let mut b = a.clone();
            for _ in 0..next(6) {
                let at = next(b.len() as u64);
                b[at] = vocabulary[next(400)];
            }
            for _ in 0..next(3) {
                b.push(vocabulary[next(400)]);
            }
            let (sa, sb) = (word_set(&a), word_set(&b));
            if alike(&sa, &sb) {
                near += 1;
                let (ga, gb) = (signature(&a), signature(&b));
                assert!(may_be_alike(&ga, &gb, a.len(), b.len()), "{sa:?} {sb:?}");
                assert!(
                    counts_may_be_alike(bits_set(&ga), bits_set(&gb), a.len(), b.len()),
                    "{sa:?} {sb:?}"
                );
            }
            passed += usize::from(may_be_alike(
                &signature(&a),
                &signature(&b),
                a.len(),
                b.len(),
            ));
        }
        assert!(near > 1_000, "{near} pairs alike: the test must try many");
        assert!(passed < 20_000, "the filter must part some pairs");
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
