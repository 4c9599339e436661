//! Word lists kept as one text each, the entries separated by `|`.
//!
//! A slice of `&str` costs the browser package a pointer and a length for every entry: eight
//! bytes that compress badly, as many as the word itself. One text costs a byte an entry. The
//! lists are short and each is read only for a word the lexicon (`rules::text`) has already
//! tagged as one of its words, so a scan costs nothing a search would save.

/// A list of words or phrases: `List("one|two|three")`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct List(pub &'static str);

impl List {
    /// The entries in order.
    #[must_use]
    pub fn iter(self) -> Entries {
        Entries { rest: Some(self.0) }
    }

    /// Whether `word` is an entry, exactly.
    #[must_use]
    pub fn contains(self, word: &str) -> bool {
        self.iter().any(|entry| entry == word)
    }

    /// Whether `word` is an entry, ignoring ASCII case.
    #[must_use]
    pub fn contains_ignoring_case(self, word: &str) -> bool {
        self.iter().any(|entry| entry.eq_ignore_ascii_case(word))
    }

    /// The entries of a list of pairs, `List("aren't=are not|can't=cannot")`, as
    /// `(before, after)`; an entry without `=` has an empty `after`.
    pub fn pairs(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.iter().map(|entry| {
            let (before, after) = cut(entry, b'=');
            (before, after.unwrap_or_default())
        })
    }

    /// The entry at `index`, counting from 0.
    #[must_use]
    pub fn get(self, index: usize) -> Option<&'static str> {
        self.iter().nth(index)
    }
}

/// The entries of a [`List`]. A loop over the bytes rather than `str::split`, whose searcher
/// costs more than these short entries do to read.
#[derive(Debug, Clone)]
pub struct Entries {
    rest: Option<&'static str>,
}

impl Iterator for Entries {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        let (entry, rest) = cut(self.rest?, b'|');
        self.rest = rest;
        Some(entry)
    }
}

/// The text before the first `separator` (an ASCII byte), and after it when there is one.
fn cut(text: &'static str, separator: u8) -> (&'static str, Option<&'static str>) {
    match text.bytes().position(|b| b == separator) {
        Some(i) => (text.get(..i).unwrap_or_default(), text.get(i + 1..)),
        None => (text, None),
    }
}

#[cfg(test)]
mod tests {
    use super::List;

    const LIST: List = List("aren't=are not|Can't|e.g.=for example");

    #[test]
    fn entries_and_pairs() {
        assert_eq!(LIST.iter().count(), 3);
        assert!(LIST.contains("Can't") && !LIST.contains("can't") && !LIST.contains("Can"));
        assert!(LIST.contains_ignoring_case("CAN'T") && !LIST.contains_ignoring_case("an't"));
        let pairs: Vec<_> = LIST.pairs().collect();
        assert_eq!(
            pairs,
            [
                ("aren't", "are not"),
                ("Can't", ""),
                ("e.g.", "for example")
            ]
        );
        assert_eq!(LIST.get(1), Some("Can't"));
        assert_eq!(LIST.get(3), None);
        // As `str::split`: empty entries, and one empty entry for an empty list.
        for text in ["", "|", "a||b|", "é|ü=ß"] {
            let ours: Vec<&str> = List(text).iter().collect();
            let split: Vec<&str> = text.split('|').collect();
            assert_eq!(ours, split, "{text:?}");
        }
    }
}
