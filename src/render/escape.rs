//! The one place where text becomes HTML: every piece of user text passes through
//! [`escape_into`] (or its `Display` wrapper [`Escaped`]).

use std::fmt;

use crate::rules::text::{first_marked, lowest_zero, ONES};

/// Appends `text` to `out` as inert HTML text, safe in element content and in a quoted
/// attribute value.
///
/// Markup characters become entities; text holding bidi embedding, override or isolate
/// controls is wrapped in `<bdi>`, so that a pasted U+202E cannot reverse the text around it.
///
/// ```
/// use inspection_letter::render::escape::escape_into;
/// let mut out = String::new();
/// escape_into(&mut out, "<b onclick=\"x\">&'");
/// assert_eq!(out, "&lt;b onclick=&quot;x&quot;&gt;&amp;&#39;");
/// out.clear();
/// escape_into(&mut out, "a\u{202E}b");
/// assert_eq!(out, "<bdi>a\u{202E}b</bdi>");
/// ```
pub fn escape_into(out: &mut String, text: &str) {
    let start = out.len();
    if escape(out, text) {
        // Rare: isolate the text, now that it is known to need it.
        out.insert_str(start, "<bdi>");
        out.push_str("</bdi>");
    }
}

/// Appends `text` escaped for a quoted attribute value (never wrapped in `<bdi>`).
pub fn escape_attribute_into(out: &mut String, text: &str) {
    escape(out, text);
}

/// Escapes `text` onto `out`; says whether it holds a bidi control (U+202A–U+202E or
/// U+2066–U+2069: in UTF-8 `E2 80 AA`–`E2 80 AE` and `E2 81 A6`–`E2 81 A9`).
fn escape(out: &mut String, text: &str) -> bool {
    out.reserve(text.len());
    let bytes = text.as_bytes();
    let mut bidi = false;
    let mut last = 0;
    let mut at = special_from(bytes, 0);
    while let Some(&byte) = bytes.get(at) {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            // 0xE2, which curly quotes start with too.
            _ => {
                bidi |= matches!(
                    (bytes.get(at + 1), bytes.get(at + 2)),
                    (Some(0x80), Some(0xAA..=0xAE)) | (Some(0x81), Some(0xA6..=0xA9))
                );
                at = special_from(bytes, at + 1);
                continue;
            }
        };
        out.push_str(&text[last..at]);
        out.push_str(entity);
        last = at + 1;
        at = special_from(bytes, last);
    }
    out.push_str(&text[last..]);
    bidi
}

/// Where the first byte from `at` on is one that `escape` acts on (`&`, `'`, `<`, `>`, `"`, or
/// 0xE2, which may start a bidi control), or the end of the text. Eight bytes at a time, as
/// `json::plain_end` does: in each, a byte equal to one sought becomes zero after an exclusive
/// or (`&` and `'` differ only in the lowest bit, `<` and `>` only in the next, so one test
/// finds each pair), and the lowest byte flagged by the borrow test is the first such byte.
fn special_from(bytes: &[u8], at: usize) -> usize {
    let marks = |eight: u64| {
        lowest_zero((eight | ONES) ^ (ONES * u64::from(b'\'')))
            | lowest_zero((eight | (ONES * 2)) ^ (ONES * u64::from(b'>')))
            | lowest_zero(eight ^ (ONES * u64::from(b'"')))
            | lowest_zero(eight ^ (ONES * 0xE2))
    };
    first_marked(bytes, at, marks, is_special)
}

/// Whether `byte` must become an entity or may start a bidi control: the bytes the `match`
/// in `escape` acts on.
fn is_special(byte: u8) -> bool {
    matches!(byte, b'&' | b'<' | b'>' | b'"' | b'\'' | 0xE2)
}

/// `Display` for text escaped by [`escape_into`].
pub struct Escaped<'a>(pub &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::with_capacity(self.0.len());
        escape_into(&mut out, self.0);
        f.write_str(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The eight-byte scan finds what a byte-by-byte one finds, from every start.
        #[test]
        fn special_from_finds_the_first_special_byte(
            bytes in proptest::collection::vec(
                prop_oneof![
                    Just(b'&'), Just(b'\''), Just(b'<'), Just(b'>'), Just(b'"'), Just(0xE2u8),
                    Just(b'%'), Just(b'('), Just(b'='), Just(b'?'), Just(b'!'), Just(0xE3u8),
                    Just(0x62u8), Just(0xA2u8), Just(0x3Fu8), Just(0x01u8),
                    any::<u8>(),
                ],
                0..40,
            ),
        ) {
            for at in 0..=bytes.len() {
                let expected = (at..bytes.len())
                    .find(|&i| is_special(bytes[i]))
                    .unwrap_or(bytes.len());
                prop_assert_eq!(special_from(&bytes, at), expected);
            }
        }
    }
}
