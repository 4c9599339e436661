//! # A finding about one child or one case
//!
//! ## What it checks
//! Findings and the previous inspection's summary speak of patterns, not of one child: "in one
//! case", "one child", "one of the young people", "only one family". "One in five children"
//! (a proportion) and "one family support worker" (a worker) are allowed.
//!
//! ## Why it matters
//! A letter is published. One child's case, told with its circumstances, can be enough to
//! identify the child. Say how often it happens ("in a few cases", "in some cases").
//!
//! ## Example
//! "In one case, the child was not seen alone." gives `one-case` with a span on "one case".

use super::text::{tag, without_possessive, word_is, Word};
use super::words::NOT_A_CHILD;
use super::{Code, Context};
use crate::diagnostic::Sink;
use crate::list::List;

/// Words for one child or one case ("one case", "one of the children").
const ONE_OF: List = List(
    "case|cases|child|children|baby|babies|family|families|girl|girls|boy|boys|infant|\
     teenager|toddler|pupil|sibling|instance|young",
);

/// Hands `found` the byte range of each mention of one child or case in `words`.
pub(crate) fn find_one(words: &[Word<'_>], mut found: impl FnMut(usize, usize)) {
    for (i, one) in words.iter().enumerate() {
        if one.tags & tag::FEW == 0 || !one.text.eq_ignore_ascii_case("one") {
            continue;
        }
        // "one of the children": the words for them after "of the".
        let mut at = i + 1;
        if word_is(words, at, List("of")) && word_is(words, at + 1, List("the|these|those")) {
            at += 2;
        }
        let Some(what) = words.get(at) else {
            continue;
        };
        // "one child's plan" is about one child too.
        let bare = without_possessive(what.text);
        let young = bare.eq_ignore_ascii_case("young");
        if ONE_OF.contains_ignoring_case(bare)
            && !word_is(words, at + 1, NOT_A_CHILD)
            && (!young || word_is(words, at + 1, List("person|people")))
        {
            // "one young person": to the end of "person".
            found(
                one.start,
                words
                    .get(at + usize::from(young))
                    .map_or(what.end, |w| w.end),
            );
        }
    }
}

pub(crate) fn one_case(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.prose_with(tag::FEW, 0) {
        find_one(field.words, |start, end| {
            let message = cat!(
                "Say how often it happens rather than “",
                &field.text[start..end],
                "”: one child's case can identify the child"
            );
            cx.report(sink, Code::OneCase, field.path, message)
                .with_span(field.text, start, end);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        crate::rules::text::found_in(text, |words, found| find_one(words, found))
    }

    #[test]
    fn one_child_or_case_is_found() {
        for (text, one) in [
            ("In one case, the child was not seen alone.", "one case"),
            ("One child waited six weeks for a visit.", "One child"),
            (
                "One of the children seen had no plan.",
                "One of the children",
            ),
            (
                "One of the young people was not visited.",
                "One of the young people",
            ),
            ("One child's plan was not reviewed.", "One child's"),
            ("Only one family was seen.", "one family"),
            ("One young person had no plan.", "One young person"),
        ] {
            assert_eq!(found(text), [one], "{text}");
        }
    }

    #[test]
    fn patterns_proportions_and_workers_are_not() {
        for text in [
            "In most cases, children are seen alone.",
            "One in five children waits a month.",
            "One family support worker leads the service.",
            "One child protection team covers the borough.",
            "One manager oversees the duty team.",
            "One children's home was visited.",
            "One case audit found gaps in recording.",
            "Each one of the teams meets weekly.",
            "One young carers' group meets weekly.",
            "In 7 of the 23 cases sampled, assessments were late.",
            "No single agency holds the records.",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }
}
