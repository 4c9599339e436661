//! # An age tied to a person
//!
//! ## What it checks
//! Findings, the previous inspection's summary and the outcome give no one's age: "a 14-year-old
//! girl", "a fourteen year old", "aged 7", "age 15", "8 months old", "a girl of 14", "the boy,
//! 14,", "who is 14", "a Year 9 pupil". Ranges that describe a group ("children aged under 5",
//! "aged between 11 and 16", "young people aged 16 and 17") are allowed. A warning in a draft,
//! an error in a letter marked `final`.
//!
//! ## Why it matters
//! In a council's caseload an age with a circumstance ("a 14-year-old girl who went missing")
//! can be enough for local people to recognise a child.
//!
//! ## Example
//! "A 14-year-old girl was not seen." gives `age-of-person` with a span on "14-year-old".

use super::text::{tag, word_is, Word};
use super::words::NUMBER_WORDS;
use super::{Code, Context};
use crate::diagnostic::Sink;
use crate::list::List;

fn is_number(word: &str) -> bool {
    if word.len() > 9 {
        return false;
    }
    (!word.is_empty() && word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()))
        || NUMBER_WORDS.contains_ignoring_case(word)
}

/// A quick test that rules out most words: numbers start with a digit, and one to eighteen in
/// words start with e, f, n, o, s or t.
fn could_be_number(word: &str) -> bool {
    let first = word.as_bytes()[0].to_ascii_lowercase();
    first.is_ascii_digit() || (word.len() <= 9 && b"efnost".contains(&first))
}

/// The units of an age, as in "14-year-old" (the lexicon tags them).
pub(crate) const UNITS: List = List("year|years|month|months|week|weeks");

/// The words before "aged" that make the age a group's ("children aged 11").
const GROUPS: List = List("children|people|pupils|girls|boys|siblings|teenagers|those|adults");

/// The byte ranges of ages tied to a person in `text`.
pub(crate) fn find_ages(words: &[Word<'_>]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if word.text.as_bytes().contains(&b'-') {
            // "14-year-old", "fourteen-month-old"
            let mut parts = word.text.split('-');
            if let (Some(n), Some(unit), Some(old), None) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            {
                if is_number(n)
                    && UNITS.contains_ignoring_case(unit)
                    && old.eq_ignore_ascii_case("old")
                {
                    found.push((word.start, word.end));
                }
            }
        } else if word_is(words, i + 1, UNITS)
            && word_is(words, i + 2, List("old"))
            && could_be_number(word.text)
            && is_number(word.text)
        {
            // "14 year old", "8 months old"
            found.push((word.start, words[i + 2].end));
        } else if word.text == "Year"
            && words.get(i + 1).is_some_and(|n| is_number(n.text))
            && word_is(words, i + 2, List("pupil|student|girl|boy|child"))
        {
            // "a Year 9 pupil": a school year is an age
            found.push((word.start, words[i + 2].end));
        } else if matches!(word.text.as_bytes()[0], b'a' | b'A')
            && word_is(words, i, List("aged|age"))
            && words.get(i + 1).is_some_and(|n| is_number(n.text))
            && !word_is(words, i + 2, List("and|or|to"))
            && !(i > 0 && word_is(words, i - 1, GROUPS))
        {
            // "aged 7", "age 15", but not "aged under 5", "aged between 11 and 16", "aged 16
            // and 17" or "young people aged 16": ages that describe a group; with its unit
            // ("aged 3 months")
            let last = i + 1 + usize::from(word_is(words, i + 2, UNITS));
            found.push((word.start, words[last].end));
        } else if word_is(words, i, List("who"))
            && word_is(words, i + 1, List("is|was"))
            && words.get(i + 2).is_some_and(|n| is_number(n.text))
            && !word_is(words, i + 3, UNITS)
        {
            // "the boy, who is 14, …" (not "young people who are 16": a group; "who was 5
            // weeks old" is the pattern above)
            found.push((word.start, words[i + 2].end));
        } else if word.tags & tag::AGE != 0
            && word_is(words, i + 1, List("of"))
            && words.get(i + 2).is_some_and(|n| is_number(n.text))
        {
            // "a girl of 14", "a baby of 6 weeks"
            let last = i + 2 + usize::from(word_is(words, i + 3, UNITS));
            found.push((word.start, words[last].end));
        } else if let Some(age) = words.get(i + 1).filter(|n| {
            word.tags & tag::AGE != 0
                && n.start == word.end + 2
                && words
                    .get(i + 2)
                    .is_none_or(|after| after.start == n.end + 2)
                && is_number(n.text)
        }) {
            // "the boy, 14, was", "a girl (15)": the age set off on both sides after the child
            // (not "every child, 5 days after")
            found.push((age.start, age.end));
        }
    }
    found
}

pub(crate) fn age_of_person(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.prose_with(tag::HYPHEN | tag::UNIT | tag::AGE, 0) {
        for (start, end) in find_ages(field.words) {
            let message = cat!(
                "Remove the age “",
                &field.text[start..end],
                "”: with the circumstances, an age can identify a child"
            );
            cx.report(sink, Code::AgeOfPerson, field.path, message)
                .with_span(field.text, start, end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        crate::rules::text::found_in(text, |words, found| {
            for (start, end) in find_ages(words) {
                found(start, end);
            }
        })
    }

    #[test]
    fn an_age_is_marked_with_its_unit() {
        for (text, age) in [
            ("A baby aged 3 months was not seen.", "aged 3 months"),
            (
                "A baby, aged seven weeks, was not seen.",
                "aged seven weeks",
            ),
            ("One child, aged 7, waited.", "aged 7"),
            ("A child aged 4 years was left alone.", "aged 4 years"),
            ("A girl of 14 was not seen.", "girl of 14"),
            ("A baby of 6 weeks was not seen.", "baby of 6 weeks"),
            ("The boy, who is 14, went missing.", "who is 14"),
            ("A baby who was 5 weeks old was left.", "5 weeks old"),
            ("An 8 months old baby was not seen.", "8 months old"),
        ] {
            assert_eq!(found(text), [age], "{text}");
        }
        for text in [
            "Children aged under 5 are seen.",
            "Young people aged 16 and 17 are seen.",
            "Young people who are 16 or 17 are housed.",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }
}
