//! # A small count of children in a small group
//!
//! ## What it checks
//! Findings, the previous inspection's summary and the outcome give no count of one to five
//! children or families of a group few belong to: "two Traveller children", "one child with a
//! disability", "the only unaccompanied asylum-seeking child", "a single Roma family", "three
//! young people who were privately fostered", "Of the six children seen, two were disabled" (the
//! groups are data in `src/rules/words.rs`). "Two teams for disabled children" counts teams and
//! "one in five disabled children" is a proportion: both are allowed. A warning in a draft, an
//! error in a letter marked `final`.
//!
//! ## Why it matters
//! In one council's caseload, a count this small in a group this small can be enough to
//! identify a child. Say "some" or "a few", or leave the count out.
//!
//! ## Example
//! "Two Traveller children were not seen." gives `small-group-count` with a span on "Two
//! Traveller children".

use super::text::{tag, word_is, Word};
use super::words::{NOT_A_CHILD, NUMBER_WORDS};
use super::{Code, Context};
use crate::diagnostic::Sink;
use crate::list::List;

/// Hands `found` the byte range of each small count of people in a small group: a count of one
/// to five, then words for the group, "of the" or numbers, then a word for people, and a
/// group's word among them or after them, within eight words of the count and in the same
/// sentence; or a sentence that opens "Of the six Traveller children" and then counts them.
pub(crate) fn find_counts(words: &[Word<'_>], mut found: impl FnMut(usize, usize)) {
    // The first word of the sentence.
    let mut opening = 0;
    for (i, count) in words.iter().enumerate() {
        if count.tags & tag::AFTER_STOP != 0 {
            opening = i;
        }
        // "one" to "five", "Both", "1" to "5", and "only" or "single" after "the" or "a".
        // (The tags first: most words are none of these.)
        let few = if count.tags & tag::FEW == 0 {
            matches!(count.text.as_bytes(), [b'1'..=b'5'])
        } else if word_is(words, i, List("only|single")) {
            i > 0 && word_is(words, i - 1, List("the|a"))
        } else {
            true
        };
        // Not the "five" of a proportion, "one in five".
        let proportion = i > 1
            && words[i - 1].text.eq_ignore_ascii_case("in")
            && words[i - 2].tags & (tag::FEW | tag::DIGIT) != 0;
        if !few || proportion {
            continue;
        }
        let (mut group, mut people, mut last) = (0, 0, count.end);
        for (at, word) in words.iter().enumerate().skip(i + 1).take(8) {
            if word.tags & tag::AFTER_STOP != 0 {
                break;
            }
            if word.tags & tag::GROUP != 0 {
                group = word.end;
            } else if people == 0 {
                // "Two of the deaf children", "four of the six"; not "two teams for disabled
                // children", "two child protection conferences" or "two Roma family support
                // workers".
                if word.tags & (tag::AGE | tag::RELATION | tag::PEOPLE) != 0
                    && !word_is(words, at + 1, NOT_A_CHILD)
                {
                    people = word.end;
                } else if word.start != last + 1
                    || !(word_is(words, at, List("of|the|was|were|is|are|from"))
                        || word.tags & tag::DIGIT != 0
                        || NUMBER_WORDS.contains_ignoring_case(word.text))
                {
                    break;
                }
            }
            if people != 0 && group != 0 {
                break;
            }
            last = word.end;
        }
        // "Both disabled children" opening a sentence; not "for both disabled children and
        // young carers", two groups.
        if people != 0 && group != 0 && count.text != "both" {
            found(count.start, people.max(group));
            continue;
        }
        // "Of the six Traveller children (in the sample), two …": a sentence that opens with
        // "of", then "the", numbers and the group's words up to the people, then the count.
        let (mut group_before, mut people_before) = (false, false);
        let framed = i > opening + 2
            && word_is(words, opening, List("of"))
            && words[opening + 1..i].iter().enumerate().all(|(k, w)| {
                group_before |= w.tags & tag::GROUP != 0;
                let was_people = people_before;
                people_before |= w.tags & (tag::AGE | tag::PEOPLE) != 0;
                was_people
                    || w.tags & (tag::GROUP | tag::AGE | tag::PEOPLE | tag::DIGIT) != 0
                    || word_is(words, opening + 1 + k, List("the"))
                    || NUMBER_WORDS.contains_ignoring_case(w.text)
            });
        // "Of the six children seen, two were disabled": the group after the count (the end
        // the scan above found, if any) will do.
        if framed && people_before && (group_before || group != 0) {
            found(words[opening].start, group.max(count.end));
        }
    }
}

pub(crate) fn small_group_count(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.prose_with(tag::GROUP, 0) {
        find_counts(field.words, |start, end| {
            let message = cat!(
                "Remove the count in “",
                &field.text[start..end],
                "”: a small number in a small group can identify a child"
            );
            cx.report(sink, Code::SmallGroupCount, field.path, message)
                .with_span(field.text, start, end);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(text: &str) -> Vec<&str> {
        crate::rules::text::found_in(text, |words, found| find_counts(words, found))
    }

    #[test]
    fn small_counts_in_small_groups_are_found() {
        for (text, count) in [
            (
                "Two Traveller children were not seen.",
                "Two Traveller children",
            ),
            (
                "In one case, one child with a disability waited.",
                "one child with a disability",
            ),
            (
                "The only unaccompanied asylum-seeking child had no plan.",
                "only unaccompanied asylum-seeking child",
            ),
            (
                "Three young people who were privately fostered were not visited.",
                "Three young people who were privately",
            ),
            (
                "Of the cases, 2 families from the Roma community waited.",
                "2 families from the Roma",
            ),
            (
                "Two of the deaf children had no interpreter.",
                "Two of the deaf children",
            ),
            (
                "Four of the six deaf children had no interpreter.",
                "Four of the six deaf children",
            ),
            (
                "Seen late. Of the six Traveller children seen, two had no plan.",
                "Of the six Traveller children seen, two",
            ),
            (
                "Delays in five disabled children were found.",
                "five disabled children",
            ),
            ("Both Roma children were seen late.", "Both Roma children"),
            (
                "A single Roma family was not visited.",
                "single Roma family",
            ),
            (
                "Two were from Traveller families.",
                "Two were from Traveller families",
            ),
            (
                "Of the children seen, two were from Traveller families.",
                "two were from Traveller families",
            ),
            (
                "Of the 20 children seen, one was disabled.",
                "Of the 20 children seen, one was disabled",
            ),
        ] {
            assert_eq!(counts(text), [count], "{text}");
        }
    }

    #[test]
    fn large_counts_other_counts_and_groups_alone_are_not() {
        for text in [
            "Services for disabled children are good.",
            "In 7 of the 23 cases sampled, assessments were late.",
            "Two teams for disabled children share a manager.",
            "Two social workers are trained to work with deaf children.",
            "Twelve Traveller children were seen.",
            "Two children were seen. The team for disabled children is good.",
            "Only children with a plan are reviewed.",
            "A single point of contact serves disabled children.",
            "Two Roma family support workers are employed.",
            "A single Traveller family worker visits the sites.",
            "Single Traveller families are rare.",
            "One manager leads the service for unaccompanied children.",
            "Two child protection conferences for disabled children were late.",
            "Of the services for disabled children, two were good.",
            "Of the children seen, two teams were late.",
            "Of the 23 cases, two were late.",
            "Staff at two children's homes for disabled children were interviewed.",
            "One in five disabled children waits a month; 1 in 4 Traveller children waits.",
            "Of the referrals sampled, two were from disabled children's services.",
            "Services for both disabled children and young carers are good.",
            "Two were trained to work with deaf children.",
            "Of the teams seen, two were for disabled children.",
            "Of the children seen, two were late.",
            "Two were late, and disabled children waited.",
        ] {
            assert_eq!(counts(text), Vec::<&str>::new(), "{text}");
        }
    }
}
