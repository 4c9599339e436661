//! # A school or placement named in a finding
//!
//! ## What it checks
//! Findings, the previous inspection's summary and the outcome name no school or placement:
//! capitalised words before "School", "Academy", "College", "Nursery", "Children's Home",
//! "Pupil Referral Unit" or "Young Offender Institution" ("St Mary's Primary School"), or in
//! lower case with the kind of place ("Oakfield primary school was"). "The Pupil Referral Unit",
//! "the Virtual School" and "Southend secondary school staff" are allowed. A warning in a draft,
//! an error in a letter marked `final`.
//!
//! ## Why it matters
//! With the rest of the letter, a child's school or placement can be enough to identify them.
//!
//! ## Example
//! "A child at Rosewood Children's Home was not seen." gives `school-or-placement` with a span
//! on "Rosewood Children's Home".

use super::text::{is_capitalised, tag, without_possessive, word_is, Word};
use super::words::BEFORE_PLACE;
use super::{Code, Context};
use crate::diagnostic::Sink;
use crate::list::List;

const OPENER: usize = 0;
const KIND: usize = 1;
const GENERIC: usize = 2;
const NAME: usize = 3;

/// Which group of [`BEFORE_PLACE`] the word is in: [`OPENER`], [`KIND`], [`GENERIC`] or none
/// of them, [`NAME`].
fn group(word: &str) -> usize {
    let word = without_possessive(word);
    let mut group = OPENER;
    for entry in BEFORE_PLACE.iter() {
        if entry == "=" {
            group += 1;
        } else if entry.eq_ignore_ascii_case(word) {
            return group;
        }
    }
    NAME
}

/// The byte ranges of named schools and placements in `text`.
pub(crate) fn find_places(words: &[Word<'_>]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (i, head) in words.iter().enumerate() {
        // Most words are no place word, and their tags say so without reading them.
        if head.tags & tag::PLACE == 0 || i == 0 {
            continue;
        }
        // "School Improvement", "Home Office": the place word describes what follows it. In
        // lower case, a place word ends a name only after a kind of place and before a word
        // that is never part of one or a comma or full stop ("Oakfield primary school was",
        // not "Ofsted's school inspection" or "Southend secondary school staff").
        let next_is = |lower_case: bool| {
            words.get(i + 1).is_some_and(|n| {
                n.start == head.end + 1
                    && if lower_case {
                        group(n.text) != OPENER
                    } else {
                        is_capitalised(n.text)
                    }
            })
        };
        let describes = if is_capitalised(head.text) {
            next_is(false)
        } else {
            is_capitalised(words[i - 1].text) || group(words[i - 1].text) != KIND || next_is(true)
        };
        if describes {
            continue;
        }
        // A home is a placement only as a children's home; a unit only as a pupil referral
        // unit (a "Multi-Agency Referral Unit" is the council's) or a secure unit.
        let unit = word_is(words, i, List("unit"));
        let school_unit = |at: usize| word_is(words, at, List("secure|pupil"));
        if unit && !(school_unit(i - 1) || i > 1 && school_unit(i - 2))
            || word_is(words, i, List("home")) && group(words[i - 1].text) != KIND
        {
            continue;
        }
        // The capitalised words before it, a space apart ("of" and "and" between two of them,
        // kinds of place in any case): a name when one of them is neither a kind of place nor
        // a word a sentence opens with.
        let (mut first, mut named) = (i, false);
        while let Some(at) = first.checked_sub(1) {
            let word = words[at];
            let inner =
                word_is(words, at, List("of|and")) && at > 0 && is_capitalised(words[at - 1].text);
            let of_group = if inner { KIND } else { group(word.text) };
            if word.end + 1 != words[first].start
                || !(is_capitalised(word.text) || of_group == KIND)
            {
                break;
            }
            match of_group {
                OPENER => break,
                GENERIC => {
                    named = false;
                    break;
                }
                group => named |= group == NAME,
            }
            first = at;
        }
        // "Each Southend primary school", "a Southend primary school": any of a town's schools.
        let any = !is_capitalised(head.text)
            && first > 0
            && word_is(
                words,
                first - 1,
                List("a|an|each|every|any|all|most|some|no|one"),
            );
        if named && !any {
            found.push((words[first].start, head.end));
        }
    }
    found
}

pub(crate) fn school_or_placement(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.prose_with(tag::PLACE, 0) {
        for (start, end) in find_places(field.words) {
            let message = cat!(
                "Remove the name “",
                &field.text[start..end],
                "”: a published letter must not identify a child or family"
            );
            cx.report(sink, Code::SchoolOrPlacement, field.path, message)
                .with_span(field.text, start, end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::text::words;

    fn places(text: &str) -> Vec<&str> {
        let words: Vec<Word<'_>> = words(text).collect();
        find_places(&words)
            .into_iter()
            .map(|(start, end)| &text[start..end])
            .collect()
    }

    #[test]
    fn named_schools_and_placements_are_found_whole() {
        for (text, name) in [
            (
                "Chalkwell Hall Junior School was not told.",
                "Chalkwell Hall Junior School",
            ),
            (
                "One young person was held at Feltham Young Offender Institution.",
                "Feltham Young Offender Institution",
            ),
            (
                "The head of St Mary's Primary School referred it.",
                "St Mary's Primary School",
            ),
            (
                "A child at Rosewood Children's Home was not seen.",
                "Rosewood Children's Home",
            ),
            (
                "Oakfield Pupil Referral Unit staff were not asked.",
                "Oakfield Pupil Referral Unit",
            ),
            (
                "Southend High School for Boys referred a pupil.",
                "Southend High School",
            ),
            (
                "A pupil of Cecil Jones Academy was missing.",
                "Cecil Jones Academy",
            ),
            (
                "At Sts Peter and Paul School the pupil was seen.",
                "Sts Peter and Paul School",
            ),
            (
                "Staff at Kids Castle Nursery made a referral.",
                "Kids Castle Nursery",
            ),
            (
                "A child at Oakfield primary school was not seen.",
                "Oakfield primary school",
            ),
            (
                "Staff at Rosewood children's home, the carers, were told.",
                "Rosewood children's home",
            ),
            (
                "Pupils at Oakfield pupil referral unit.",
                "Oakfield pupil referral unit",
            ),
        ] {
            assert_eq!(places(text), [name], "{text}");
        }
    }

    #[test]
    fn kinds_of_place_and_the_councils_services_are_not_names() {
        for text in [
            "Staff at the Pupil Referral Unit were consulted.",
            "Young people in a young offender institution are visited.",
            "Staff at the Young Offender Institution were consulted.",
            "The Virtual School head attends strategy meetings.",
            "Southend-on-Sea Borough Council's Virtual School tracks attendance.",
            "School nurses contribute to assessments.",
            "The School Improvement Service trains designated teachers.",
            "Primary School staff make referrals.",
            "Most Primary School staff are trained.",
            "Further Education College staff attended.",
            "Schools and health visitors refer appropriately.",
            "The council's Children's Home was inspected.",
            "The Home Office was informed.",
            "A Care Home was not used.",
            "The Multi-Agency Referral Unit screens contacts within a day.",
            "The Behaviour and Attendance Unit supports pupils.",
            "Children at home were seen. School staff were told.",
            "Most children attend a local primary school.",
            "Ofsted's school inspection team was told.",
            "Southend secondary school staff were trained.",
            "The council's children's home was inspected.",
            "Children in the residential care home were seen.",
            "Each Southend primary school has a lead for safeguarding.",
        ] {
            assert_eq!(places(text), Vec::<&str>::new(), "{text}");
        }
    }
}
