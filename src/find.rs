//! Finding a short piece of text in another: what `str::find`, `contains`, `split_once`,
//! `split`, `replace` and `trim_*_matches` do with a `&str` pattern (and `contains` with a
//! character outside ASCII), without the standard library's two-way searcher, which those bring
//! into the browser package (about 4.5 KB of code before compression). What the crate looks for is a few bytes long ("{areas}",
//! "conducted on ", "'s") in a line or a paragraph, where looking at each place the first byte
//! occurs is as quick. A `&str` pattern anywhere in the browser build brings the searcher back,
//! which `scripts/size-budget.sh` reports (it is more than the ceiling's margin).

/// The byte index of the first `needle` in `text`, like `text.find(needle)`.
pub fn find(text: &str, needle: &str) -> Option<usize> {
    let (text, needle) = (text.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        return Some(0);
    };
    let mut from = 0;
    while let Some(i) = text.get(from..)?.iter().position(|&b| b == first) {
        let at = from + i;
        // A match starts on a character's first byte, as `needle`'s first byte is one.
        if text[at + 1..].starts_with(rest) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Whether `text` holds `needle`, like `text.contains(needle)`.
pub fn contains(text: &str, needle: &str) -> bool {
    find(text, needle).is_some()
}

/// The text before and after the first `needle`, like `text.split_once(needle)`.
pub fn split_once<'a>(text: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    let at = find(text, needle)?;
    Some((&text[..at], &text[at + needle.len()..]))
}

/// The pieces of `text` between each `separator`, like `text.split(separator)` for a separator
/// that is not empty.
pub fn split<'a>(text: &'a str, separator: &'a str) -> impl Iterator<Item = &'a str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let now = rest?;
        match split_once(now, separator) {
            Some((piece, after)) if !separator.is_empty() => {
                rest = Some(after);
                Some(piece)
            }
            _ => {
                rest = None;
                Some(now)
            }
        }
    })
}

/// `text` with every `from` replaced by `to`, like `text.replace(from, to)` for a `from` that
/// is not empty.
pub fn replace(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pieces = split(text, from);
    if let Some(first) = pieces.next() {
        out.push_str(first);
    }
    for piece in pieces {
        out.push_str(to);
        out.push_str(piece);
    }
    out
}

/// `text` without every `prefix` at its start, like `text.trim_start_matches(prefix)`.
pub fn trim_start<'a>(mut text: &'a str, prefix: &str) -> &'a str {
    if prefix.is_empty() {
        return text;
    }
    while let Some(rest) = text.strip_prefix(prefix) {
        text = rest;
    }
    text
}

/// `text` without every `suffix` at its end, like `text.trim_end_matches(suffix)`.
pub fn trim_end<'a>(mut text: &'a str, suffix: &str) -> &'a str {
    if suffix.is_empty() {
        return text;
    }
    while let Some(rest) = text.strip_suffix(suffix) {
        text = rest;
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn chosen_cases_agree_with_the_standard_library() {
        let texts = [
            "",
            "a",
            "aaa",
            "abcabc",
            "ab ab  ab",
            "Jane's's",
            "x’s",
            "é{areas}é",
            "; and; ",
            "\n\n\n",
        ];
        let needles = [
            "a", "aa", "ab", "b", " ", "  ", "'s", "’s", "{areas}", "; ", "\n\n", "é", "zz",
        ];
        for text in texts {
            for needle in needles {
                assert_eq!(find(text, needle), text.find(needle), "{text:?} {needle:?}");
                assert_eq!(
                    split_once(text, needle),
                    text.split_once(needle),
                    "{text:?} {needle:?}"
                );
                assert_eq!(
                    split(text, needle).collect::<Vec<_>>(),
                    text.split(needle).collect::<Vec<_>>()
                );
                assert_eq!(replace(text, needle, "<>"), text.replace(needle, "<>"));
                assert_eq!(trim_start(text, needle), text.trim_start_matches(needle));
                assert_eq!(trim_end(text, needle), text.trim_end_matches(needle));
            }
        }
        assert_eq!(find("abc", ""), Some(0));
        assert_eq!(trim_end("abc", ""), "abc");
    }

    // Text and needles from a small alphabet, with a character of two, three and four bytes, so
    // that matches, near matches and character boundaries are common.
    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop::sample::select(vec!['a', 'b', ' ', 'é', '’', '😀']),
            0..40,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    fn needle() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop::sample::select(vec!['a', 'b', ' ', 'é', '’', '😀']),
            1..4,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        #[test]
        fn every_function_agrees_with_the_standard_library(text in text(), needle in needle()) {
            prop_assert_eq!(find(&text, &needle), text.find(&*needle));
            prop_assert_eq!(contains(&text, &needle), text.contains(&*needle));
            prop_assert_eq!(split_once(&text, &needle), text.split_once(&*needle));
            prop_assert_eq!(split(&text, &needle).collect::<Vec<_>>(), text.split(&*needle).collect::<Vec<_>>());
            prop_assert_eq!(replace(&text, &needle, "<>"), text.replace(&*needle, "<>"));
            prop_assert_eq!(trim_start(&text, &needle), text.trim_start_matches(&*needle));
            prop_assert_eq!(trim_end(&text, &needle), text.trim_end_matches(&*needle));
        }
    }
}
