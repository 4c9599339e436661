//! # A name in lower case, or a title with a full stop
//!
//! ## What it checks
//! The names the letter prints (the recipient's title, names and organisation, the council, the
//! signatory, the copy list) have their capitals ("Rob Tinlin", not "rob tinlin"), and a title
//! no full stop ("Mr", not "Mr."). Each gets a fix. A name with any capital ("de Souza") or a
//! letter outside ASCII is left alone.
//!
//! ## Why it matters
//! They are printed as typed, in the address, the salutation, the subject line and the copy
//! list. GOV.UK style writes Mr, Mrs, Ms and Dr without full stops.
//!
//! ## Example
//! `"title": "Mr."` gives `name-format` at `/recipient/title` with the fix "Mr".

use super::{Code, Context};
use crate::diagnostic::{Part, Sink};
use crate::list::List;

pub(crate) fn name_format(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.fields() {
        let Some(Part::Key(
            key @ ("title" | "forename" | "surname" | "name" | "organisation" | "council"),
        )) = field.path.parts().last()
        else {
            continue;
        };
        let text = field.text.trim_ascii();
        let bytes = text.as_bytes();
        let (message, fix) = if *key == "title" {
            let Some(bare) = text.strip_suffix('.') else {
                continue;
            };
            ("Write the title without a full stop", bare.to_owned())
        } else if bytes.iter().any(u8::is_ascii_lowercase)
            && !bytes
                .iter()
                .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
        {
            ("Write the name with its capitals", capitalised(text))
        } else {
            continue;
        };
        cx.report(sink, Code::NameFormat, field.path, message.to_owned())
            .with_fix(fix);
    }
}

/// `text` (ASCII) with a capital at the start of each word and each part of a hyphenated word,
/// but for the small words inside a name: "Southend-on-Sea", "London Borough of Haringey".
fn capitalised(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = text.to_owned();
    let mut start = 0;
    for end in 0..=bytes.len() {
        if end < bytes.len() && bytes[end] != b' ' && bytes[end] != b'-' {
            continue;
        }
        if end > start && (start == 0 || !SMALL_WORDS.contains(&text[start..end])) {
            out[start..=start].make_ascii_uppercase();
        }
        start = end + 1;
    }
    out
}

/// The words a name keeps in lower case after its first.
const SMALL_WORDS: List = List("of|on|the|and|for|upon|in|by|de|la|le|van|von|der|du|da");

#[cfg(test)]
mod tests {
    use crate::value::Value;

    /// The `name-format` fixes for the seed with `path` set to `text`.
    fn fixes(path: &str, text: &str) -> Vec<(String, String)> {
        let mut letter = crate::sample::letter_with_findings(1);
        *letter.pointer_mut(path).expect("the sample has the path") = Value::from(text);
        crate::validate(&letter, &Default::default())
            .into_iter()
            .filter(|d| d.code == "name-format")
            .map(|d| (d.path, d.fix.map(|f| f.replacement).unwrap_or_default()))
            .collect()
    }

    #[test]
    fn titles_lose_their_full_stop_and_names_get_capitals() {
        let one = |path: &str, fix: &str| vec![(path.to_owned(), fix.to_owned())];
        assert_eq!(
            fixes("/recipient/title", "Mr."),
            one("/recipient/title", "Mr")
        );
        assert_eq!(
            fixes("/recipient/title", "Dr. "),
            one("/recipient/title", "Dr")
        );
        assert_eq!(
            fixes("/recipient/surname", "cook"),
            one("/recipient/surname", "Cook")
        );
        assert_eq!(
            fixes("/copies/0/name", "rob tinlin"),
            one("/copies/0/name", "Rob Tinlin")
        );
        assert_eq!(
            fixes("/council", "southend-on-sea borough council"),
            one("/council", "Southend-on-Sea Borough Council")
        );
        assert_eq!(
            fixes("/recipient/organisation", "london borough of haringey"),
            one("/recipient/organisation", "London Borough of Haringey")
        );
        assert_eq!(
            fixes("/signatory/name", "maria de souza"),
            one("/signatory/name", "Maria de Souza")
        );
    }

    #[test]
    fn names_with_a_capital_and_other_fields_are_left_alone() {
        for (path, text) in [
            ("/recipient/title", "Mr"),
            ("/recipient/surname", "de Souza"),
            ("/recipient/surname", "McDonald"),
            ("/recipient/forename", "émile"),
            ("/recipient/role", "director of children's services"),
            ("/council", "NSPCC"),
            ("/recipient/surname", "O'Neil"),
        ] {
            assert_eq!(fixes(path, text), [], "{path} {text}");
        }
    }
}
