//! Small text tools the rules share: suggestions for misspelt names, safe truncation.

use crate::find;
use crate::list::List;

/// The candidate closest to `word` by edit distance, when it is close enough to be a typo.
/// (The candidates as a `dyn Iterator`: one copy of this in the browser package, not one for
/// each caller's kind of iterator.)
#[must_use]
pub fn closest<'a>(word: &str, candidates: &mut dyn Iterator<Item = &'a str>) -> Option<&'a str> {
    if char_count(word) > 64 {
        return None;
    }
    candidates
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, c)| *d > 0 && *d <= 2.max(char_count(c) / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// How many characters `text` holds: its bytes that do not continue a character. (The
/// standard library's count is built for long texts and is larger in the browser build.)
#[must_use]
pub fn char_count(text: &str) -> usize {
    text.bytes().filter(|b| b & 0xc0 != 0x80).count()
}

/// Levenshtein distance over bytes: the candidates are ASCII names (keys, codes, kinds), so a
/// character outside ASCII in `a` is never one of theirs and counts as two to four edits rather
/// than one (which only makes a suggestion for it less likely). Over bytes, the browser
/// package needs no decoder and no list of chars here.
#[must_use]
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b = b.as_bytes();
    let mut row = Vec::with_capacity(b.len() + 1);
    for j in 0..=b.len() {
        row.push(j);
    }
    for (i, ca) in a.bytes().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

/// At most `max` chars of `text`, with an ellipsis when cut.
#[must_use]
pub fn truncate_chars(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => cat!(&text[..cut], "…"),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_find_their_field() {
        let fields = ["recipient", "sender", "date"];
        assert_eq!(
            closest("recipent", &mut fields.iter().copied()),
            Some("recipient")
        );
        assert_eq!(closest("colour", &mut fields.iter().copied()), None);
        assert_eq!(truncate_chars("ééé", 2), "éé…");
    }
}

/// A word of running text: letters and digits, with apostrophes and hyphens inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// A hash of the word in ASCII lower case ([`word_hash`]): equal for "Robust" and "robust".
    pub hash: u64,
    /// What the word is made of and which of the rules' word lists hold it: [`tag`] bits.
    pub tags: u32,
}

/// What a word can be, found once when the text is split into words: each rule that looks for
/// particular words first asks whether a text holds any word with its tag, and passes over the
/// texts that hold none (most texts, for most rules).
pub mod tag {
    /// The word holds an ASCII digit.
    pub const DIGIT: u32 = 1 << 0;
    /// The word holds a hyphen.
    pub const HYPHEN: u32 = 1 << 1;
    /// The word holds an apostrophe, straight or curly.
    pub const APOSTROPHE: u32 = 1 << 2;
    /// A word to avoid, or the first word of a phrase to avoid.
    pub const AVOID: u32 = 1 << 3;
    /// A word to avoid on its own (not only as the start of a phrase).
    pub const AVOID_ALONE: u32 = 1 << 4;
    /// The second word of a phrase to avoid.
    pub const AVOID_NEXT: u32 = 1 << 5;
    /// "eg", "ie", "etc", or the "e" and "i" of "e.g." and "i.e.".
    pub const LATIN: u32 = 1 << 6;
    /// "age", "aged".
    pub const AGE: u32 = 1 << 7;
    /// "year", "month", "week" and their plurals.
    pub const UNIT: u32 = 1 << 8;
    /// "dob", "date", "born"; "Christmas" and "Boxing", which name a day.
    pub const BIRTH: u32 = 1 << 9;
    /// The last word of a street name.
    pub const STREET: u32 = 1 << 10;
    /// A common given name (also when followed by "'s").
    pub const GIVEN: u32 = 1 << 11;
    /// A title before a surname.
    pub const TITLE: u32 = 1 << 12;
    /// A relative or carer.
    pub const RELATION: u32 = 1 << 13;
    /// "named", "called".
    pub const INTRO: u32 = 1 << 14;
    /// A sentence ends in the gap before the word: a `.`, `?` or `!` that whitespace follows.
    pub const AFTER_STOP: u32 = 1 << 15;
    /// A word that introduces a reference number: "case", "file", "ref", "number"…
    pub const LEAD: u32 = 1 << 16;
    /// The last word of a school's or a placement's name: "School", "Home"…
    pub const PLACE: u32 = 1 << 17;
    /// A small count: "one" to "five", "only", "both".
    pub const FEW: u32 = 1 << 18;
    /// A group few children belong to: "Traveller", "disabled", "asylum"…
    pub const GROUP: u32 = 1 << 19;
    /// People a count can count: "children", "young", "families"…
    pub const PEOPLE: u32 = 1 << 20;
    /// The gap before the word is a full stop or comma that the word before touches: a space
    /// left out ("skilled.Managers", "1,000").
    pub const TIGHT: u32 = 1 << 21;
    /// The gap before the word is a space, a full stop or comma, and a space: a space out of
    /// place ("clear . Plans").
    pub const SPACED: u32 = 1 << 22;
    /// The gap before the word holds a hyphen, an en dash or an em dash ("April–June").
    pub const DASH: u32 = 1 << 23;
    /// No digit and no ASCII lower-case letter: "CAF", "LSCB" (and "I", "A", and words of
    /// other scripts, which the rules that ask for it look at again).
    pub const CAPITALS: u32 = 1 << 24;
}

/// The hash of a word in ASCII lower case: eight bytes at a time, lower-cased together.
#[must_use]
pub fn word_hash(word: &str) -> u64 {
    hash_in(word.as_bytes(), 0, word.len())
}

/// Bit 5 of every byte: set in `a`-`z`, the digits, `'` and `-`, clear in `A`-`Z`, so that
/// setting it makes the bytes of an ASCII word small. In the bytes of other characters it
/// folds the case of the Latin-1 letters (`É` and `é` differ only there) and makes a few other
/// pairs share a hash, which only makes a rule look closer.
const CASE: u64 = 0x2020_2020_2020_2020;

/// The eight bytes at `at`, the first in the lowest byte, when the text has them.
#[inline(always)]
pub(crate) fn eight_at(bytes: &[u8], at: usize) -> Option<u64> {
    let eight = bytes.get(at..)?.first_chunk::<8>()?;
    Some(u64::from_le_bytes(*eight))
}

/// A one in every byte: `ONES * b` is the byte `b` eight times over.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The top bit of every byte.
pub(crate) const HIGH: u64 = ONES * 0x80;

/// The top bit of each byte of `x` that is zero, and of no other byte.
#[inline(always)]
pub(crate) fn zero_bytes(x: u64) -> u64 {
    const LOW: u64 = ONES * 0x7F;
    !(((x & LOW) + LOW) | x | LOW)
}

/// The borrow test: the top bit of the lowest byte of `x` that is zero, exactly, and perhaps
/// of bytes above it (a borrow only marks bytes above a real zero), which is all
/// [`first_marked`] needs and cheaper than [`zero_bytes`].
#[inline(always)]
pub(crate) fn lowest_zero(x: u64) -> u64 {
    x.wrapping_sub(ONES) & !x
}

/// The index of the first byte from `at` on that a search marks, or the end of `bytes`. Eight
/// bytes at a time: `marks` gives the top bit of each marked byte of eight ([`lowest_zero`] is
/// enough: it marks the lowest such byte exactly); then the last few bytes
/// one at a time through `is_marked`. The browser build compiles a plain byte loop byte by byte.
#[inline(always)]
pub(crate) fn first_marked(
    bytes: &[u8],
    mut at: usize,
    marks: impl Fn(u64) -> u64,
    is_marked: impl Fn(u8) -> bool,
) -> usize {
    while let Some(eight) = eight_at(bytes, at) {
        let found = marks(eight) & HIGH;
        if found != 0 {
            return at + (found.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while bytes.get(at).is_some_and(|&b| !is_marked(b)) {
        at += 1;
    }
    at
}

/// A multiply-xorshift mix: every bit of the input reaches every bit of the output, and
/// distinct inputs give distinct outputs.
#[must_use]
#[inline(always)]
pub fn mix(x: u64) -> u64 {
    let x = (x ^ (x >> 31)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^ (x >> 29)
}

/// The rules' word lists as one table from [`word_hash`] to [`tag`] bits, built on first use:
/// one lookup per word tells every rule whether the word is one of its words. A hash that two
/// words share only makes a rule look closer; each rule still compares the words themselves.
/// The first word of a phrase to avoid also has where its first phrase starts in
/// `words::TO_AVOID`, so that the rule reads only the phrases that start with it.
struct Lexicon {
    slots: Box<[Slot; Lexicon::SIZE]>,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    hash: u64,
    tags: u32,
    /// 1 + the byte offset in `words::TO_AVOID` of the first phrase that starts with the word;
    /// 0 for none.
    avoid: u16,
}

impl Lexicon {
    const SIZE: usize = 2048;

    fn build() -> Lexicon {
        use super::words;
        let mut lexicon = Lexicon {
            slots: Box::new([Slot::default(); Self::SIZE]),
        };
        let list = words::TO_AVOID.0;
        for (phrase, _) in words::TO_AVOID.pairs() {
            let mut parts = phrase.split(' ');
            let first = parts.next().unwrap_or(phrase);
            let at = match parts.next() {
                Some(second) => {
                    lexicon.add(second, tag::AVOID_NEXT);
                    lexicon.add(first, tag::AVOID)
                }
                None => lexicon.add(first, tag::AVOID | tag::AVOID_ALONE),
            };
            // The list is sorted: the first phrase of a word comes before its others. (A
            // phrase starts where its entry does.)
            let offset = phrase.as_ptr() as usize - list.as_ptr() as usize;
            let slot = &mut lexicon.slots[at];
            if slot.avoid == 0 {
                slot.avoid = u16::try_from(offset + 1).unwrap_or(0);
            }
        }
        let mut add = |word: &str, tag: u32| {
            lexicon.add(word, tag);
        };
        // The words of the rules that look for a few words each, as one text a tag (a list of
        // `&str`s costs a pointer and a length a word in the browser package).
        for (list, tag) in [
            (List("e|i|eg|ie|etc"), tag::LATIN),
            // "aged 7"; "a girl of 14".
            (
                List("age|aged|boy|girl|child|baby|toddler|teenager"),
                tag::AGE,
            ),
            (super::age_of_person::UNITS, tag::UNIT),
            (List("dob|date|born|christmas|boxing"), tag::BIRTH),
            (List("named|called"), tag::INTRO),
            (List("one|two|three|four|five|only|both|single"), tag::FEW),
            (words::STREET_WORDS, tag::STREET),
            (words::GIVEN_NAMES, tag::GIVEN),
            (words::NAME_TITLES, tag::TITLE),
            (words::RELATIONS, tag::RELATION),
            (words::PLACE_WORDS, tag::PLACE),
            (words::SMALL_GROUPS, tag::GROUP),
            (words::FEW_PEOPLE, tag::PEOPLE),
            (words::REFERENCE_LEADS, tag::LEAD),
        ] {
            list.iter().for_each(|w| add(w, tag));
        }
        lexicon
    }

    /// Adds `tag` to the word's slot, and says which slot that is.
    fn add(&mut self, word: &str, tag: u32) -> usize {
        let hash = word_hash(word);
        let mut at = Self::slot(hash);
        while self.slots[at].tags != 0 && self.slots[at].hash != hash {
            at = (at + 1) % Self::SIZE;
        }
        self.slots[at].hash = hash;
        self.slots[at].tags |= tag;
        at
    }

    fn slot(hash: u64) -> usize {
        (hash >> 53) as usize % Self::SIZE
    }

    /// The word's slot (an empty one when the lexicon does not have it).
    #[inline(always)]
    fn find(&self, hash: u64) -> Slot {
        let mut at = Self::slot(hash);
        loop {
            let slot = self.slots[at];
            if slot.tags == 0 || slot.hash == hash {
                return slot;
            }
            at = (at + 1) % Self::SIZE;
        }
    }

    #[inline(always)]
    fn tags(&self, hash: u64) -> u32 {
        self.find(hash).tags
    }
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

/// The phrases to avoid from the first that starts with the word of this [`word_hash`] (and
/// then the others, in order): `words::TO_AVOID` from there, or nothing when no phrase starts
/// with the word.
#[must_use]
pub fn phrases_to_avoid_from(hash: u64) -> List {
    let list = super::words::TO_AVOID.0;
    let at = usize::from(lexicon().find(hash).avoid);
    List(list.get(at.max(1) - 1..).filter(|_| at > 0).unwrap_or(""))
}

/// What each byte is to the tokenizer ([`class`] bits), by one lookup.
const CLASS: [u8; 256] = {
    let mut classes = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        classes[b] = match b as u8 {
            b'0'..=b'9' => class::WORD | class::DIGIT,
            b'a'..=b'z' => class::WORD | class::LOWER,
            b'A'..=b'Z' => class::WORD,
            b'\'' | b'-' => class::JOIN,
            b'.' | b'?' | b'!' => class::STOP,
            b',' => class::COMMA,
            0x80..=0xff => class::WIDE,
            _ => 0,
        };
        b += 1;
    }
    classes
};

/// The byte classes of the tokenizer (not to be confused with the words' [`tag`] bits).
mod class {
    /// An ASCII letter or digit.
    pub const WORD: u8 = 1;
    /// An ASCII digit.
    pub const DIGIT: u8 = 2;
    /// `'` or `-`, which join two parts of a word.
    pub const JOIN: u8 = 4;
    /// A byte of a character outside ASCII, which is decoded.
    pub const WIDE: u8 = 8;
    /// `.`, `?` or `!`, which end a sentence when whitespace follows.
    pub const STOP: u8 = 16;
    /// `,`.
    pub const COMMA: u8 = 32;
    /// An ASCII lower-case letter.
    pub const LOWER: u8 = 64;
}

/// [`word_hash`] of `bytes[start..end]`, eight bytes at a time, reading the last bytes with one
/// load when the text goes on for eight bytes past them (the common case: a short word inside a
/// text). Inlined into the tokenizer, where it runs once a word.
#[inline(always)]
fn hash_in(bytes: &[u8], start: usize, end: usize) -> u64 {
    hash_bytes(bytes, start, end, CASE)
}

/// The hash of `text`'s bytes exactly, case and all (for an object's keys).
#[must_use]
pub fn exact_hash(text: &str) -> u64 {
    hash_bytes(text.as_bytes(), 0, text.len(), 0)
}

/// The hash of `bytes[start..end]` with `fold` set in every eight bytes ([`CASE`] to ignore
/// ASCII case, 0 for the bytes as they are).
#[inline(always)]
fn hash_bytes(bytes: &[u8], start: usize, end: usize, fold: u64) -> u64 {
    let mut hash = (end - start) as u64;
    let mut from = start;
    while end - from > 8 {
        hash = mix(hash ^ (eight_at(bytes, from).unwrap_or_default() | fold));
        from += 8;
    }
    let rest = end - from;
    if rest > 0 {
        // The `rest` low bytes: the same value as gathering them one by one.
        let keep = u64::MAX >> (8 * (8 - rest));
        let x = match eight_at(bytes, from) {
            Some(x) => x,
            None => bytes[from..end]
                .iter()
                .rev()
                .fold(0u64, |x, &b| (x << 8) | u64::from(b)),
        };
        hash = mix(hash ^ ((x | fold) & keep));
    }
    hash
}

/// The words of `text` with their byte offsets, hashes and tags: runs of letters (any script)
/// and digits (see [`is_wide_word_char`]), with an apostrophe (straight or curly) or a hyphen
/// inside a word when a letter or digit follows it. ASCII bytes are classed by one table
/// lookup; other characters are decoded.
pub fn words(text: &str) -> impl Iterator<Item = Word<'_>> {
    let lexicon = lexicon();
    let mut at = 0;
    std::iter::from_fn(move || next_word(text, lexicon, &mut at))
}

/// The texts a rule's finder of byte ranges finds in `text`, for the rules' tests:
/// `found_in(text, |words, found| find_counts(words, found))`.
#[cfg(test)]
pub(crate) fn found_in(
    text: &str,
    find: impl Fn(&[Word<'_>], &mut dyn FnMut(usize, usize)),
) -> Vec<&str> {
    let words: Vec<Word<'_>> = words(text).collect();
    let mut found = Vec::new();
    find(&words, &mut |start, end| found.push(&text[start..end]));
    found
}

/// Whether `c` is a letter. Outside ASCII, by the blocks of Unicode that hold signs rather than
/// letters (Latin-1's signs and `×` `÷`, general punctuation, currency, arrows, mathematical and
/// technical signs, shapes, dingbats, CJK punctuation, private use, where a PDF's bullets are,
/// variation selectors, full-width signs, specials, emoji), not by `char::is_alphabetic`, whose
/// table of every script's letters is 1.5 KB of the gzipped browser package. Combining accents
/// count as letters (an "é" typed as "e" and U+0301 stays one word), and so do the few signs of
/// other scripts' own blocks (an Arabic comma).
#[must_use]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    !matches!(c,
        '\u{80}'..='\u{bf}' | '\u{d7}' | '\u{f7}' | '\u{2000}'..='\u{2bff}'
        | '\u{2e00}'..='\u{2e7f}' | '\u{3000}'..='\u{303f}' | '\u{e000}'..='\u{f8ff}'
        | '\u{fe00}'..='\u{fe1f}' | '\u{fe30}'..='\u{fe6f}' | '\u{feff}' | '\u{ff00}'..='\u{ff20}'
        | '\u{ff3b}'..='\u{ff40}' | '\u{ff5b}'..='\u{ff65}' | '\u{ffe0}'..='\u{ffff}'
        | '\u{1f000}'..='\u{1faff}' | '\u{e0000}'..='\u{e0fff}' | '\u{f0000}'..)
}

/// Whether a character outside ASCII belongs to a word: a letter ([`is_letter`]), or a digit
/// of the kinds a letter may hold (full-width, Arabic-Indic, Devanagari, superscripts,
/// subscripts, fractions, Roman numerals). Not `char::is_alphanumeric`, whose table of every
/// script's digits is 0.6 KB of the gzipped browser package; the digits of other scripts are
/// in their scripts' blocks, and [`is_letter`] takes them.
#[must_use]
pub fn is_wide_word_char(c: char) -> bool {
    is_letter(c)
        || matches!(c,
            '\u{b2}' | '\u{b3}' | '\u{b9}' | '\u{bc}'..='\u{be}' | '\u{660}'..='\u{669}'
            | '\u{6f0}'..='\u{6f9}' | '\u{966}'..='\u{96f}' | '\u{2070}'..='\u{2089}'
            | '\u{2150}'..='\u{2188}' | '\u{ff10}'..='\u{ff19}')
}

/// The word of `text` that starts at or after `*at`, with `*at` moved past it.
#[inline(always)]
fn next_word<'a>(text: &'a str, lexicon: &Lexicon, at: &mut usize) -> Option<Word<'a>> {
    let bytes = text.as_bytes();
    let char_at = |i: usize| text.get(i..).and_then(|t| t.chars().next()).unwrap_or('\0');
    // Whether a letter or digit starts at `i`.
    let alphanumeric_at = |i: usize| match bytes.get(i) {
        Some(&b) if b < 0x80 => CLASS[usize::from(b)] & class::WORD != 0,
        Some(_) => is_wide_word_char(char_at(i)),
        None => false,
    };
    let mut here = *at;
    // Up to the next letter or digit, noting whether a sentence ends on the way.
    let mut tags = 0;
    loop {
        let kind = CLASS[usize::from(*bytes.get(here)?)];
        if kind & class::WORD != 0 {
            break;
        }
        if kind & class::WIDE == 0 {
            if kind & class::JOIN != 0 && bytes[here] == b'-' {
                tags |= tag::DASH;
            } else if kind & (class::STOP | class::COMMA) != 0 {
                let after = bytes.get(here + 1).copied().unwrap_or(0);
                if kind & class::STOP != 0 && after.is_ascii_whitespace() {
                    tags |= tag::AFTER_STOP;
                }
                // Right after the word before ("skilled.Managers", "reviewed,and"), or one
                // space after it ("clear . Plans").
                if here > 0 && here == *at && CLASS[usize::from(after)] & class::WORD != 0 {
                    tags |= tag::TIGHT;
                } else if here > 1 && here == *at + 1 && bytes[*at] == b' ' && after == b' ' {
                    tags |= tag::SPACED;
                }
            }
            here += 1;
            continue;
        }
        let c = char_at(here);
        if is_wide_word_char(c) {
            break;
        }
        if matches!(c, '–' | '—') {
            tags |= tag::DASH;
        }
        here += c.len_utf8();
    }
    let start = here;
    let mut seen = 0u8;
    loop {
        // The ASCII letters and digits, the bulk of any word, one lookup each: eight at a time
        // while the text has eight more bytes, which spares a bounds check a byte.
        let mut b = 0;
        'run: {
            while let Some(eight) = bytes.get(here..).and_then(<[u8]>::first_chunk::<8>) {
                for (k, &next) in eight.iter().enumerate() {
                    let kind = CLASS[usize::from(next)];
                    seen |= kind;
                    if kind & class::WORD == 0 {
                        here += k;
                        b = next;
                        break 'run;
                    }
                }
                here += 8;
            }
            while let Some(&next) = bytes.get(here) {
                let kind = CLASS[usize::from(next)];
                seen |= kind;
                if kind & class::WORD == 0 {
                    b = next;
                    break;
                }
                here += 1;
            }
        }
        if b < 0x80 {
            // Apostrophes and hyphens belong to the word when a letter or digit follows.
            // (At the end of the text `b` is 0, which is no joiner.)
            if CLASS[usize::from(b)] & class::JOIN == 0 || !alphanumeric_at(here + 1) {
                break;
            }
            tags |= if b == b'-' {
                tag::HYPHEN
            } else {
                tag::APOSTROPHE
            };
            here += 1;
        } else {
            let c = char_at(here);
            let len = c.len_utf8();
            if c == '’' && alphanumeric_at(here + len) {
                tags |= tag::APOSTROPHE;
            } else if !is_wide_word_char(c) {
                break;
            }
            here += len;
        }
    }
    if seen & class::DIGIT != 0 {
        tags |= tag::DIGIT;
    } else if seen & class::LOWER == 0 {
        tags |= tag::CAPITALS;
    }
    // Both ends are character boundaries: the loops above stop only before an ASCII byte,
    // after a whole decoded character, or at the end of the text. The property tests over
    // random Unicode run with this assertion on.
    debug_assert!(start <= here && text.is_char_boundary(start) && text.is_char_boundary(here));
    // SAFETY: `start..here` is in bounds and on character boundaries, as asserted above; this
    // runs once a word, where the checked slice cost a tenth of the tokenizer's time.
    let word = unsafe { text.get_unchecked(start..here) };
    let hash = hash_in(bytes, start, here);
    tags |= lexicon.tags(hash);
    if tags & tag::APOSTROPHE != 0 {
        // "Tom's": the name without its "'s".
        let bare = without_possessive(word);
        if bare.len() < word.len() {
            tags |= lexicon.tags(word_hash(bare)) & tag::GIVEN;
        }
    }
    *at = here;
    Some(Word {
        start,
        end: here,
        text: word,
        hash,
        tags,
    })
}

/// "Tom's" or "Tom’s" without its possessive ending.
#[must_use]
pub(crate) fn without_possessive(word: &str) -> &str {
    find::trim_end(find::trim_end(word, "'s"), "’s")
}

/// Appends the words of `text` to `out`. Kept out of line: inlined into its caller, the
/// tokenizer's loops were compiled into more instructions a word.
#[inline(never)]
pub fn push_words<'a>(text: &'a str, out: &mut Vec<Word<'a>>) {
    let lexicon = lexicon();
    let mut at = 0;
    while let Some(word) = next_word(text, lexicon, &mut at) {
        out.push(word);
    }
}

/// What a text holds, found in one pass over its bytes so that the rules that look for rare
/// characters pass over the texts without them: [`has`] bits.
pub mod has {
    /// An `@`.
    pub const AT: u8 = 1 << 0;
    /// Two spaces together.
    pub const DOUBLE_SPACE: u8 = 1 << 1;
    /// A tab or a line break.
    pub const BREAK: u8 = 1 << 2;
    /// A whitespace character outside ASCII (a no-break space, an em space…).
    pub const OTHER_SPACE: u8 = 1 << 3;
    /// An invisible or control character (see `invisible_character`).
    pub const INVISIBLE: u8 = 1 << 4;
}

/// The [`has`] bits of `text`. Eight bytes at a time (the browser build, at `opt-level = "z"`,
/// compiles a loop over bytes byte by byte); only texts with a control character or one
/// outside ASCII are looked at again, character by character.
#[must_use]
pub fn scan(text: &str) -> u8 {
    let bytes = text.as_bytes();
    let mut found = 0u8;
    // Whether a byte is a control character, DEL or outside ASCII; whether one is `@`; the
    // spaces that end the last eight bytes' last byte; whether two spaces come together.
    let (mut unusual, mut at_sign, mut space_before, mut doubled) = (0, 0, 0, 0);
    let mut at = 0;
    while let Some(eight) = eight_at(bytes, at) {
        unusual |= eight | zero_bytes(eight & (ONES * 0x60)) | zero_bytes(eight ^ (ONES * 0x7F));
        at_sign |= zero_bytes(eight ^ (ONES * u64::from(b'@')));
        let spaces = zero_bytes(eight ^ (ONES * u64::from(b' ')));
        doubled |= spaces & (spaces << 8 | space_before);
        space_before = spaces >> 56;
        at += 8;
    }
    let mut unusual = unusual & HIGH != 0;
    found |= has::AT * u8::from(at_sign != 0);
    let mut doubled = doubled != 0;
    let mut previous_space = space_before != 0;
    for &b in &bytes[at..] {
        unusual |= b.wrapping_sub(0x20) >= 0x5f;
        found |= has::AT * u8::from(b == b'@');
        doubled |= previous_space & (b == b' ');
        previous_space = b == b' ';
    }
    found |= has::DOUBLE_SPACE * u8::from(doubled);
    if unusual {
        for c in text.chars().filter(|c| !matches!(c, ' '..='~')) {
            found |= match c {
                '\t' | '\n' | '\r' => has::BREAK,
                c if super::invisible_character::is_invisible(c) => has::INVISIBLE,
                c if c.is_whitespace() => has::OTHER_SPACE,
                _ => 0,
            };
        }
    }
    found
}

#[cfg(test)]
mod scan_tests {
    use super::*;
    use proptest::prelude::*;

    /// `scan` one byte at a time, as it was written before it took eight.
    fn scan_bytewise(text: &str) -> u8 {
        let bytes = text.as_bytes();
        let mut found = 0u8;
        if bytes.contains(&b'@') {
            found |= has::AT;
        }
        if bytes.windows(2).any(|w| w == b"  ") {
            found |= has::DOUBLE_SPACE;
        }
        for c in text.chars().filter(|c| !matches!(c, ' '..='~')) {
            found |= match c {
                '\t' | '\n' | '\r' => has::BREAK,
                c if super::super::invisible_character::is_invisible(c) => has::INVISIBLE,
                c if c.is_whitespace() => has::OTHER_SPACE,
                _ => 0,
            };
        }
        found
    }

    proptest! {
        /// The same bits as a byte-by-byte scan, with the characters it looks for at every
        /// place around the eight-byte boundaries.
        #[test]
        fn scan_finds_what_a_byte_by_byte_scan_finds(
            chars in proptest::collection::vec(
                prop_oneof![
                    Just(' '), Just(' '), Just('@'), Just('a'), Just('`'), Just('~'), Just('\u{7f}'),
                    Just('\t'), Just('\n'), Just('\u{0}'), Just('\u{1f}'), Just('\u{a0}'),
                    Just('\u{200b}'), Just('\u{2003}'), Just('’'), Just('\u{60}'), Just('\u{40}'),
                    Just('\u{e0}'), Just('\u{c0}'), any::<char>(),
                ],
                0..40,
            ),
        ) {
            let text: String = chars.into_iter().collect();
            prop_assert_eq!(scan(&text), scan_bytewise(&text), "{:?}", text);
        }
    }
}

/// The sentences of `text` as byte ranges: each ends after `.`, `?` or `!` followed by
/// whitespace or the end of the text.
pub fn sentences(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    std::iter::from_fn(move || {
        while start < bytes.len() && bytes[start].is_ascii_whitespace() {
            start += 1;
        }
        if start >= bytes.len() {
            return None;
        }
        i = i.max(start);
        while i < bytes.len() {
            let b = bytes[i];
            i += 1;
            if matches!(b, b'.' | b'?' | b'!')
                && (i == bytes.len() || bytes[i].is_ascii_whitespace())
            {
                let range = (start, i);
                start = i;
                return Some(range);
            }
        }
        let range = (start, bytes.len());
        start = bytes.len();
        Some(range)
    })
}

/// Whether `word` is `other`, ignoring ASCII case.
#[must_use]
pub fn is_word(word: &str, other: &str) -> bool {
    word.eq_ignore_ascii_case(other)
}

/// The marks that end a clause or a sentence, as a pattern to trim: one array type for every
/// such trim, so that the browser package has one searcher for them all (each type of pattern
/// brings its own).
pub const CLAUSE_MARKS: [char; 4] = ['.', ',', ';', ':'];

/// Whether the word starts with a capital letter.
#[must_use]
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(is_capital)
}

/// Whether `c` is a capital letter of the Latin, Greek or Cyrillic alphabets (the scripts of
/// the names a letter to an English council holds): what `char::is_uppercase` says of them,
/// without its table of every script's capitals (0.5 KB of the gzipped browser package). The
/// capitals of other scripts (Armenian, Georgian, Cherokee, Coptic, Glagolitic…), and the few
/// irregular ones of Latin Extended-B outside Romanian's Ș and Ț, count as no capitals.
#[must_use]
pub fn is_capital(c: char) -> bool {
    let even = c as u32 % 2 == 0;
    match c {
        'A'..='Z' | '\u{400}'..='\u{42f}' | 'Ÿ' | 'Ӏ' | 'ẞ' => true,
        'À'..='Þ' => c != '×',
        // Latin Extended-A, Cyrillic's supplements, Latin Extended Additional: capital and
        // small in pairs, the capital first; a few runs start at an odd code point.
        'Ā'..='ķ'
        | 'Ŋ'..='ŷ'
        | 'Ȁ'..='ȳ'
        | 'Ѡ'..='ҁ'
        | 'Ҋ'..='ҿ'
        | 'Ӑ'..='ԯ'
        | 'Ḁ'..='ẕ'
        | 'Ạ'..='ỿ' => even,
        'Ĺ'..='ň' | 'Ź'..='ž' | 'Ӂ'..='ӎ' => !even,
        'Ά' | 'Έ'..='Ί' | 'Ό' | 'Ύ' | 'Ώ' | 'Α'..='Ϋ' => c != '\u{3a2}',
        _ => false,
    }
}

#[cfg(test)]
mod word_tests {
    use super::*;

    #[test]
    fn capitals_of_latin_greek_and_cyrillic_are_the_standard_librarys() {
        let blocks = [
            '\0'..='\u{24f}',
            '\u{370}'..='\u{3ff}',
            '\u{400}'..='\u{52f}',
            '\u{1e00}'..='\u{1eff}',
        ];
        for c in blocks.into_iter().flatten() {
            // Latin Extended-B is irregular: only Romanian's Ș and Ț and their neighbours
            // (U+0200 to U+0233) are known; the Greek block's archaic letters and symbols
            // (U+03CF and after) too.
            let known = !('\u{180}'..='\u{1ff}').contains(&c)
                && !('\u{234}'..='\u{24f}').contains(&c)
                && !('\u{370}'..='\u{385}').contains(&c)
                && !('\u{3cf}'..='\u{3ff}').contains(&c);
            if known {
                assert_eq!(is_capital(c), c.is_uppercase(), "{c:?} U+{:04X}", c as u32);
            }
        }
        assert!(is_capital('Ș') && is_capital('Ț') && !is_capital('ș'));
        assert!(!is_capital('Ա') && !is_capital('中') && !is_capital('1'));
    }

    #[test]
    fn letters_by_block() {
        for c in [
            'a', 'Z', 'é', 'ł', 'ж', 'Ω', '中', 'ا', '\u{301}', 'ﬁ', 'Ａ',
        ] {
            assert!(is_letter(c), "{c:?}");
        }
        for c in [
            '1', '.', '“', '–', '•', '…', '£', '€', '×', '÷', '✓', '■', '😀', '\u{a0}', '\u{ad}',
            '\u{200b}', '\u{202e}', '\u{f0b7}', '\u{fe0f}', '\u{feff}', '\u{fffd}', '，',
        ] {
            assert!(!is_letter(c), "{c:?}");
        }
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        let found: Vec<&str> = words("Children’s 14-year-old don't, end- x")
            .map(|w| w.text)
            .collect();
        assert_eq!(found, ["Children’s", "14-year-old", "don't", "end", "x"]);
    }

    #[test]
    fn sentences_split_at_full_stops() {
        let text = "One two. Three four? Five";
        let found: Vec<&str> = sentences(text).map(|(s, e)| &text[s..e]).collect();
        assert_eq!(found, ["One two.", "Three four?", "Five"]);
    }
}

/// The byte ranges of the maximal runs of characters for which `pick` is true.
pub fn runs(text: &str, pick: impl Fn(char) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (pick(c), open) {
            (true, None) => open = Some(i),
            (false, Some(start)) => {
                out.push((start, i));
                open = None;
            }
            _ => {}
        }
    }
    if let Some(start) = open {
        out.push((start, text.len()));
    }
    out
}

/// Whether the word at `i` is one of `options`, ignoring ASCII case.
#[must_use]
pub fn word_is(words: &[Word<'_>], i: usize, options: List) -> bool {
    words
        .get(i)
        .is_some_and(|w| options.contains_ignoring_case(w.text))
}

/// Runs of all-digit words joined by single `separators` ("01702 215000", "943-476-5919"),
/// as byte ranges.
#[must_use]
pub fn digit_groups(text: &str, words: &[Word<'_>], separators: &[u8]) -> Vec<(usize, usize)> {
    // A word without the digit tag (most words) is passed over without reading it.
    let all_digits = |w: &Word<'_>| {
        w.tags & tag::DIGIT != 0
            && w.text
                .bytes()
                .all(|b| b.is_ascii_digit() || separators.contains(&b))
    };
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !all_digits(&words[i]) {
            i += 1;
            continue;
        }
        let start = words[i].start;
        let mut end = words[i].end;
        i += 1;
        while i < words.len()
            && all_digits(&words[i])
            && words[i].start == end + 1
            && separators.contains(&bytes[end])
        {
            end = words[i].end;
            i += 1;
        }
        out.push((start, end));
    }
    out
}

/// A map from the crate's 64-bit hashes (of words and findings) to indices: open addressing
/// with linear probing in a table kept at most half full. The keys are already well mixed, so
/// a multiplication spreads them over the table; the standard `HashMap` with its entry API was
/// about 2 KB of the browser package for the same work.
#[derive(Default)]
pub struct HashIndex {
    slots: Vec<Option<(u64, usize)>>,
    len: usize,
}

impl HashIndex {
    /// Room for `n` keys before the table grows.
    #[must_use]
    pub fn with_capacity(n: usize) -> HashIndex {
        HashIndex {
            slots: vec![None; (n * 2).next_power_of_two().max(16)],
            len: 0,
        }
    }

    /// Where `key` is, or the empty slot where it would go.
    fn slot(&self, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        // The table's length is a power of two: its index is the product's top bits, which
        // every bit of the key reaches.
        let bits = self.slots.len().trailing_zeros();
        let mut at = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - bits)) as usize;
        while let Some((k, _)) = self.slots[at] {
            if k == key {
                break;
            }
            at = (at + 1) & mask;
        }
        at
    }

    /// The value of `key`.
    #[must_use]
    pub fn get(&self, key: u64) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        self.slots[self.slot(key)].map(|(_, value)| value)
    }

    /// The value of `key`, set to `value` first when the map does not hold it.
    pub fn get_or_insert(&mut self, key: u64, value: usize) -> &mut usize {
        if (self.len + 1) * 2 > self.slots.len() {
            let size = (self.slots.len() * 2).max(16);
            let old = std::mem::replace(&mut self.slots, vec![None; size]);
            for (k, v) in old.into_iter().flatten() {
                let at = self.slot(k);
                self.slots[at] = Some((k, v));
            }
        }
        let at = self.slot(key);
        if self.slots[at].is_none() {
            self.len += 1;
        }
        &mut self.slots[at].get_or_insert((key, value)).1
    }
}

#[cfg(test)]
mod hash_index_tests {
    use super::HashIndex;
    use proptest::prelude::*;
    use std::collections::HashMap;

    proptest! {
        /// The map holds what a `HashMap` holds, through growth and with colliding keys.
        #[test]
        fn the_index_agrees_with_a_hash_map(
            keys in proptest::collection::vec(prop_oneof![0u64..40, any::<u64>(), Just(u64::MAX)], 0..300),
            start in 0usize..40,
        ) {
            let mut ours = if start % 2 == 0 { HashIndex::default() } else { HashIndex::with_capacity(start) };
            let mut theirs: HashMap<u64, usize> = HashMap::new();
            for (i, &key) in keys.iter().enumerate() {
                *ours.get_or_insert(key, i) += 1;
                *theirs.entry(key).or_insert(i) += 1;
            }
            for key in keys.iter().copied().chain([1_000_000, 7]) {
                prop_assert_eq!(ours.get(key), theirs.get(&key).copied());
            }
        }
    }
}

#[cfg(test)]
mod lexicon_tests {
    use super::*;

    #[test]
    fn the_lexicon_has_room_and_tags_its_words() {
        let lexicon = lexicon();
        let used = lexicon.slots.iter().filter(|slot| slot.tags != 0).count();
        // Open addressing needs empty slots to end a probe: keep the table under half full.
        assert!(
            used * 2 < Lexicon::SIZE,
            "{used} of {} slots",
            Lexicon::SIZE
        );
        let tags_of = |w: &str| words(w).next().map_or(0, |w| w.tags);
        assert_ne!(tags_of("Robust") & tag::AVOID_ALONE, 0);
        assert_ne!(tags_of("in") & tag::AVOID, 0);
        assert_eq!(tags_of("in") & tag::AVOID_ALONE, 0);
        assert_ne!(tags_of("order") & tag::AVOID_NEXT, 0);
        assert_ne!(tags_of("Oliver's") & tag::GIVEN, 0);
        assert_ne!(tags_of("aged") & tag::AGE, 0);
        assert_ne!(tags_of("14-year-old") & tag::HYPHEN, 0);
        assert_ne!(tags_of("A12") & tag::DIGIT, 0);
        assert_eq!(tags_of("assessment"), 0);
        assert_eq!(word_hash("ROBUST"), word_hash("robust"));
        assert_ne!(exact_hash("ROBUST"), exact_hash("robust"));
        assert_eq!(
            exact_hash("a key past eight bytes"),
            exact_hash("a key past eight bytes")
        );
        assert_ne!(
            exact_hash("a key past eight bytes"),
            exact_hash("a key past eight byteS")
        );
        assert_ne!(word_hash("robust"), word_hash("robusT "));
        assert_eq!(
            word_hash("Disincentivise"),
            word_hash("disincentivise"),
            "longer than eight bytes"
        );
    }
}
