//! The one place where text becomes HTML: every piece of user text passes through [`Escaped`].

use std::fmt;

/// Text written into HTML as inert text, in element content or in a quoted attribute value.
///
/// Markup characters become entities; text holding bidi embedding, override or isolate
/// controls is wrapped in `<bdi>`, so that a pasted U+202E cannot reverse the text around it.
///
/// ```
/// use inspection_letter::render::escape::Escaped;
/// assert_eq!(Escaped("<b onclick=\"x\">&'").to_string(), "&lt;b onclick=&quot;x&quot;&gt;&amp;&#39;");
/// assert_eq!(Escaped("a\u{202E}b").to_string(), "<bdi>a\u{202E}b</bdi>");
/// ```
pub struct Escaped<'a>(pub &'a str);

/// Text for an attribute value: escaped the same way, never wrapped.
pub struct EscapedAttribute<'a>(pub &'a str);

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn write_escaped(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    let mut last = 0;
    for (i, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        f.write_str(&text[last..i])?;
        f.write_str(entity)?;
        last = i + 1;
    }
    f.write_str(&text[last..])
}

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.chars().any(is_bidi_control) {
            f.write_str("<bdi>")?;
            write_escaped(f, self.0)?;
            f.write_str("</bdi>")
        } else {
            write_escaped(f, self.0)
        }
    }
}

impl fmt::Display for EscapedAttribute<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_escaped(f, self.0)
    }
}
