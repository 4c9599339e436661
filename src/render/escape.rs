//! The one place where text becomes HTML: every piece of user text passes through
//! [`escape_into`] (or its `Display` wrapper [`Escaped`]).

use std::fmt;

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
    let mut i = 0;
    while i < bytes.len() {
        // Sixteen bytes at a time (the compiler compares them together); only a block that
        // holds markup or a byte 0xE2 (curly quotes start with it too) is read byte by byte.
        let end = (i + 16).min(bytes.len());
        let block = &bytes[i..end];
        if block.len() == 16 && !block.iter().fold(false, |any, &b| any | is_special(b)) {
            i = end;
            continue;
        }
        for (at, &byte) in (i..end).zip(block) {
            let entity = match byte {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                b'\'' => "&#39;",
                0xE2 => {
                    bidi |= matches!(
                        (bytes.get(at + 1), bytes.get(at + 2)),
                        (Some(0x80), Some(0xAA..=0xAE)) | (Some(0x81), Some(0xA6..=0xA9))
                    );
                    continue;
                }
                _ => continue,
            };
            out.push_str(&text[last..at]);
            out.push_str(entity);
            last = at + 1;
        }
        i = end;
    }
    out.push_str(&text[last..]);
    bidi
}

/// Whether `byte` must become an entity or may start a bidi control: the bytes the `match`
/// in `escape` acts on, as comparisons so that sixteen can be tested together.
fn is_special(byte: u8) -> bool {
    (byte == b'&')
        | (byte == b'<')
        | (byte == b'>')
        | (byte == b'"')
        | (byte == b'\'')
        | (byte == 0xE2)
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
