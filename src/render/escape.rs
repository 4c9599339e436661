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
    let isolate = has_bidi_control(text);
    if isolate {
        out.push_str("<bdi>");
    }
    escape_attribute_into(out, text);
    if isolate {
        out.push_str("</bdi>");
    }
}

/// Appends `text` escaped for a quoted attribute value (never wrapped in `<bdi>`).
pub fn escape_attribute_into(out: &mut String, text: &str) {
    out.reserve(text.len());
    let mut last = 0;
    for (i, &byte) in text.as_bytes().iter().enumerate() {
        // One table look-up per byte: most bytes need nothing.
        if !MARKUP[usize::from(byte)] {
            continue;
        }
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        };
        out.push_str(&text[last..i]);
        out.push_str(entity);
        last = i + 1;
    }
    out.push_str(&text[last..]);
}

/// The bytes that must become entities: `&`, `<`, `>`, `"` and `'`.
const MARKUP: [bool; 256] = {
    let mut table = [false; 256];
    table[b'&' as usize] = true;
    table[b'<' as usize] = true;
    table[b'>' as usize] = true;
    table[b'"' as usize] = true;
    table[b'\'' as usize] = true;
    table
};

/// Whether `text` holds U+202A–U+202E or U+2066–U+2069; all of them start with the byte 0xE2,
/// so plain text is ruled out by one fast scan.
fn has_bidi_control(text: &str) -> bool {
    text.as_bytes().contains(&0xE2)
        && text
            .chars()
            .any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
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
