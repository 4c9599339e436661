//! Format checks shared by the format rules and by the preview, which only makes a link from a
//! value that passes them: WHATWG email addresses, websites, BS 7666 postcodes, UK telephone numbers.

/// Whether `text` is a "valid email address" as WHATWG HTML defines it for `<input type=email>`:
/// `^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@label(.label)*$`, each label 1 to 63 letters, digits or
/// hyphens, not starting or ending with a hyphen.
///
/// ```
/// use inspection_letter::rules::formats::is_email;
/// assert!(is_email("enquiries@ofsted.gov.uk"));
/// assert!(is_email("a@localhost"));
/// assert!(!is_email("enquiries@ofsted..gov.uk"));
/// assert!(!is_email("Sue Cook <sue@example.org>"));
/// ```
#[must_use]
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".!#$%&'*+/=?^_`{|}~-".contains(&b))
        && is_labels(domain)
}

/// Whether `host` is labels between dots: 1 to 63 letters, digits or hyphens each, without a
/// hyphen at either end. One pass over the bytes (a `split('.')` cost 200 B of generic code).
fn is_labels(host: &str) -> bool {
    let (mut len, mut last) = (0, b'.');
    for &b in host.as_bytes() {
        if b == b'.' {
            if len == 0 || last == b'-' {
                return false;
            }
            len = 0;
        } else if (b.is_ascii_alphanumeric() || b == b'-' && len > 0) && len < 63 {
            len += 1;
        } else {
            return false;
        }
        last = b;
    }
    len > 0 && last != b'-'
}

/// The `https://` address a website value links to, when it is a web address: an optional
/// `http://` or `https://`, a host of two or more labels ending in letters, and an optional
/// path with no spaces or control characters.
///
/// ```
/// use inspection_letter::rules::formats::website_href;
/// assert_eq!(website_href("www.ofsted.gov.uk").as_deref(), Some("https://www.ofsted.gov.uk"));
/// assert_eq!(website_href("http://example.org/a?b=c").as_deref(), Some("https://example.org/a?b=c"));
/// assert_eq!(website_href("javascript:alert(1)"), None);
/// assert_eq!(website_href("ofsted"), None);
/// ```
#[must_use]
pub fn website_href(text: &str) -> Option<String> {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
        .unwrap_or(text);
    let (host, path) = rest
        .bytes()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .map_or((rest, ""), |i| rest.split_at(i));
    let dot = host.bytes().rposition(|b| b == b'.')?;
    let tld = &host[dot + 1..];
    let ok = is_labels(host)
        && tld.len() >= 2
        && tld.bytes().all(|b| b.is_ascii_alphabetic())
        && path.chars().all(|c| {
            !c.is_whitespace() && !c.is_control() && !matches!(c, '"' | '<' | '>' | '\\' | '`')
        });
    ok.then(|| cat!("https://", host, path))
}

/// Whether `text` is a web address [`website_href`] can link to.
#[must_use]
pub fn is_website(text: &str) -> bool {
    website_href(text).is_some()
}

/// Whether `text` is a postcode in its normal form (capitals, one space) by the BS 7666 rules.
///
/// ```
/// use inspection_letter::rules::formats::is_postcode;
/// for good in ["SS2 6ER", "BS1 6NL", "EC1A 1BB", "W1A 0AX", "M1 1AE", "CR2 6XH", "GIR 0AA"] {
///     assert!(is_postcode(good), "{good}");
/// }
/// for bad in ["ss2 6er", "SS26ER", "QS2 6ER", "SS2 6EC", "W1Z 0AX", "XX1 1AA", "AAA 1AA"] {
///     assert!(!is_postcode(bad), "{bad}");
/// }
/// ```
#[must_use]
pub fn is_postcode(text: &str) -> bool {
    if text == "GIR 0AA" {
        return true;
    }
    let Some((outward, inward)) = text.split_once(' ') else {
        return false;
    };
    is_outward(outward.as_bytes()) && is_inward(inward.as_bytes())
}

fn is_inward(b: &[u8]) -> bool {
    let letter = |c: u8| c.is_ascii_uppercase() && !b"CIKMOV".contains(&c);
    b.len() == 3 && b[0].is_ascii_digit() && letter(b[1]) && letter(b[2])
}

fn is_outward(b: &[u8]) -> bool {
    let first = |c: u8| c.is_ascii_uppercase() && !b"QVX".contains(&c);
    let second = |c: u8| c.is_ascii_uppercase() && !b"IJZ".contains(&c);
    let d = |c: u8| c.is_ascii_digit();
    match *b {
        [a, n] => first(a) && d(n),
        [a, n, m] if d(n) && d(m) => first(a),
        [a, n, l] if d(n) => first(a) && b"ABCDEFGHJKSTUW".contains(&l),
        [a, b2, n] => first(a) && second(b2) && d(n),
        [a, b2, n, m] if d(m) => first(a) && second(b2) && d(n),
        [a, b2, n, l] => first(a) && second(b2) && d(n) && b"ABEHMNPRVWXY".contains(&l),
        _ => false,
    }
}

/// The normal form of a postcode typed any which way (`ss26er` → `SS2 6ER`), when that form
/// is a postcode.
#[must_use]
pub fn normal_postcode(text: &str) -> Option<String> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if !compact.is_ascii() || !(5..=7).contains(&compact.len()) {
        return None;
    }
    let normal = cat!(
        &compact[..compact.len() - 3],
        " ",
        &compact[compact.len() - 3..]
    );
    is_postcode(&normal).then_some(normal)
}

/// What is wrong with a UK telephone number, or `None` when it is one: a 0, then 10 or 11
/// digits in all (03 numbers always 11), grouped by spaces in any way.
#[must_use]
pub fn telephone_problem(text: &str) -> Option<&'static str> {
    if text.starts_with("+44") {
        return Some("starting with 0 instead of +44");
    }
    if text.chars().any(|c| !(c.is_ascii_digit() || c == ' ')) {
        return Some("in digits and spaces only");
    }
    let (digits, count) = digits_of(text);
    if digits[0] != b'0' {
        return Some("that starts with 0");
    }
    if digits[..2] == *b"03" && count != 11 {
        return Some("of 11 digits, as every 03 number has");
    }
    if !(10..=11).contains(&count) {
        return Some("of 10 or 11 digits");
    }
    None
}

/// The first twelve ASCII digits of `text` (zeros after the last of them), and how many digits
/// it holds in all: for telephone and NHS numbers, without a vector (a generic `collect` of
/// filtered bytes cost the browser package 274 B).
pub(crate) fn digits_of(text: &str) -> ([u8; 12], usize) {
    let (mut digits, mut count) = ([0u8; 12], 0);
    for b in text.bytes().filter(u8::is_ascii_digit) {
        if let Some(d) = digits.get_mut(count) {
            *d = b;
        }
        count += 1;
    }
    (digits, count)
}

#[cfg(test)]
mod tests {
    use super::{is_labels, telephone_problem};

    #[test]
    fn host_labels_are_read_as_split_read_them() {
        // The definition `is_labels` replaced: every `split('.')` part a label.
        let by_split = |host: &str| {
            host.split('.').all(|label| {
                let b = label.as_bytes();
                (1..=63).contains(&b.len())
                    && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
                    && b[0] != b'-'
                    && b[b.len() - 1] != b'-'
            })
        };
        let long = "a".repeat(63);
        let longer = "a".repeat(64);
        let mut hosts = vec![
            long.clone(),
            longer.clone(),
            format!("{long}.uk"),
            format!("{longer}.uk"),
        ];
        let pieces = [
            "", ".", "-", "a", "b-c", "é", "ofsted", "gov", "uk", "9", "_",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    hosts.push(format!("{a}{b}{c}"));
                    hosts.push(format!("{a}.{b}.{c}"));
                }
            }
        }
        for host in &hosts {
            assert_eq!(is_labels(host), by_split(host), "{host:?}");
        }
    }

    #[test]
    fn telephone_numbers_are_read_digit_by_digit() {
        for ok in [
            "0300 1231231",
            "03000 130570",
            "0117 9456333",
            "020 7946 0000",
            "0117945633",
        ] {
            assert_eq!(telephone_problem(ok), None, "{ok}");
        }
        for (bad, problem) in [
            ("+44 300 123 1231", "starting with 0 instead of +44"),
            ("0300-123-1231", "in digits and spaces only"),
            ("300 123 1231", "that starts with 0"),
            ("", "that starts with 0"),
            ("0300 123 123", "of 11 digits, as every 03 number has"),
            ("0 300123123", "of 11 digits, as every 03 number has"),
            ("0117 945", "of 10 or 11 digits"),
            ("01179 456 333 1", "of 10 or 11 digits"),
        ] {
            assert_eq!(telephone_problem(bad), Some(problem), "{bad}");
        }
    }
}
