//! Small text tools the rules share: suggestions for misspelt names, safe truncation.

/// The candidate closest to `word` by edit distance, when it is close enough to be a typo.
#[must_use]
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    if word.chars().count() > 64 {
        return None;
    }
    candidates
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, c)| *d > 0 && *d <= 2.max(c.chars().count() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance over chars.
#[must_use]
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
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
        Some((cut, _)) => format!("{}…", &text[..cut]),
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
            closest("recipent", fields.iter().copied()),
            Some("recipient")
        );
        assert_eq!(closest("colour", fields.iter().copied()), None);
        assert_eq!(truncate_chars("ééé", 2), "éé…");
    }
}

/// A word of running text: letters and digits, with apostrophes and hyphens inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

/// The words of `text` with their byte offsets. ASCII text, the common case, is scanned byte
/// by byte; other characters are decoded.
pub fn words(text: &str) -> impl Iterator<Item = Word<'_>> {
    let bytes = text.as_bytes();
    let mut at = 0;
    // (is it a letter or digit, the char, its length): ASCII without decoding.
    let char_at = move |i: usize| -> (bool, char, usize) {
        let b = bytes[i];
        if b < 0x80 {
            (b.is_ascii_alphanumeric(), char::from(b), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or('\0');
            (c.is_alphanumeric(), c, c.len_utf8())
        }
    };
    std::iter::from_fn(move || {
        while at < bytes.len() {
            let (alphanumeric, _, len) = char_at(at);
            if alphanumeric {
                break;
            }
            at += len;
        }
        if at >= bytes.len() {
            return None;
        }
        let start = at;
        while at < bytes.len() {
            let (alphanumeric, c, len) = char_at(at);
            // Apostrophes and hyphens belong to the word when a letter or digit follows.
            let joins = !alphanumeric
                && matches!(c, '\'' | '’' | '-')
                && at + len < bytes.len()
                && char_at(at + len).0;
            if !(alphanumeric || joins) {
                break;
            }
            at += len;
        }
        Some(Word {
            start,
            end: at,
            text: &text[start..at],
        })
    })
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

/// Whether the word starts with a capital letter.
#[must_use]
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod word_tests {
    use super::*;

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
pub fn word_is(words: &[Word<'_>], i: usize, options: &[&str]) -> bool {
    words
        .get(i)
        .is_some_and(|w| options.iter().any(|o| w.text.eq_ignore_ascii_case(o)))
}

/// Runs of all-digit words joined by single `separators` ("01702 215000", "943-476-5919"),
/// as byte ranges.
#[must_use]
pub fn digit_groups(text: &str, words: &[Word<'_>], separators: &[u8]) -> Vec<(usize, usize)> {
    let all_digits = |w: &Word<'_>| {
        w.text
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

/// A fast hasher for keys that are already hashes or small integers (`HashMap`'s default,
/// SipHash, is built to resist attacks on untrusted keys, which these are not: they are our own
/// hashes of the text). A multiply-xorshift mix of each word written.
#[derive(Default, Clone, Copy)]
pub struct MixHasher(u64);

impl std::hash::Hasher for MixHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        let x = (self.0.rotate_left(23) ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = x ^ (x >> 32);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// A `HashMap` keyed by our own hashes.
pub type MixMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<MixHasher>>;
