//! # An abbreviation that is never spelled out
//!
//! ## What it checks
//! Findings, the previous inspection's summary and the outcome spell out each abbreviation in
//! capitals ("CAF", "LSCB") somewhere, with the abbreviation in brackets after it: "the Common
//! Assessment Framework (CAF)". One that is never in brackets is marked where it is first used.
//! Abbreviations everyone knows ("UK", "NHS", "HMI", "GP") and letters before a number ("AB
//! 123456") are left alone.
//!
//! ## Why it matters
//! GOV.UK style: a published letter is read by parents and the public, who do not know a
//! service's shorthand; spelled out once, the letter can use it after.
//!
//! ## Example
//! "Referrals to the MASH are screened promptly." gives `abbreviation-unexplained` with a span on
//! "MASH": "Spell out “MASH” the first time it is used, with “MASH” in brackets after it".

use super::text::{tag, Word};
use super::{Code, Context, Prose};
use crate::diagnostic::Sink;
use crate::list::List;

/// Abbreviations a reader knows without being told.
const KNOWN: List = List("UK|EU|NHS|HMI|HM|GP|MP|IT|ICT|TV|OK|UN|BBC");

/// Whether the word is an abbreviation in capitals: two to six letters A to Z (its tag says
/// only that it has no digit and no lower-case letter).
fn is_abbreviation(word: &Word<'_>) -> bool {
    (2..=6).contains(&word.text.len()) && word.text.bytes().all(|b| b.is_ascii_uppercase())
}

pub(crate) fn abbreviation_unexplained(cx: &Context<'_>, sink: &mut Sink) {
    // Each abbreviation's first use (the field and the word), and whether any use is in
    // brackets.
    let mut seen: Vec<(&str, &Prose<'_>, Word<'_>, bool)> = Vec::new();
    for field in cx.prose_with(tag::CAPITALS, 0) {
        let bytes = field.text.as_bytes();
        for (i, word) in field.words.iter().enumerate() {
            if word.tags & tag::CAPITALS == 0
                || !is_abbreviation(word)
                || KNOWN.contains(word.text)
                // The letters of a reference ("AB 123456"), not a name.
                || field.words.get(i + 1).is_some_and(|n| n.tags & tag::DIGIT != 0)
            {
                continue;
            }
            let bracketed = word.start > 0
                && bytes[word.start - 1] == b'('
                && bytes.get(word.end) == Some(&b')');
            match seen.iter_mut().find(|(text, ..)| *text == word.text) {
                Some(first) => first.3 |= bracketed,
                None => seen.push((word.text, field, *word, bracketed)),
            }
        }
    }
    for (text, field, word, bracketed) in seen {
        if bracketed {
            continue;
        }
        let message = cat!(
            "Spell out “",
            text,
            "” the first time it is used, with “",
            text,
            "” in brackets after it"
        );
        cx.report(sink, Code::AbbreviationUnexplained, field.path, message)
            .with_span(field.text, word.start, word.end);
    }
}

#[cfg(test)]
mod tests {
    fn marked(texts: &[&str]) -> Vec<(String, String)> {
        use crate::value::{Map, Value};
        let mut letter = crate::sample::letter_with_finding("");
        let mut list = Vec::new();
        for text in texts {
            list.push(Value::Object(Map::from_iter([(
                "text".to_owned(),
                (*text).into(),
            )])));
        }
        letter["findings"]["strengths"] = Value::Array(list);
        crate::validate(&letter, &Default::default())
            .into_iter()
            .filter(|d| d.code == "abbreviation-unexplained")
            .map(|d| {
                let span = d.span.unwrap();
                let text = letter.pointer(&d.path).and_then(|v| v.as_str()).unwrap();
                (d.path, text[span.start..span.end].to_owned())
            })
            .collect()
    }

    #[test]
    fn an_abbreviation_never_spelled_out_is_marked_where_it_is_first_used() {
        let at = |i: usize, text: &str| (format!("/findings/strengths/{i}/text"), text.to_owned());
        assert_eq!(
            marked(&[
                "Referrals to the MASH are screened.",
                "The MASH and the LSCB meet."
            ]),
            [at(0, "MASH"), at(1, "LSCB")]
        );
        // Spelled out once, anywhere: used freely.
        assert_eq!(
            marked(&[
                "A CAF is used well.",
                "The Common Assessment Framework (CAF) is understood."
            ]),
            []
        );
    }

    #[test]
    fn known_abbreviations_numbers_and_words_in_capitals_with_digits_are_not() {
        assert_eq!(
            marked(&[
                "The NHS, GPs and the UK Border Agency refer well.",
                "A number such as AB 123456 C is reported by another rule.",
                "Postcodes like SS2 6ER are another rule's.",
                "Section 47 enquiries are timely, and I saw a plan.",
            ]),
            []
        );
    }
}
