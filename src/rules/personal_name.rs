//! # A person's name in a finding
//!
//! ## What it checks
//! Findings, the previous inspection's summary and the outcome name no one: a title before a
//! name ("Mr Smith"), a common given name of a child or a parent ("Jack", "Olivia", "Karen"; the
//! list is data in `src/rules/words.rs`), a capitalised word tied to a relative ("Tyler's
//! mother") or to a household ("the Smith family"), or a name after "named" or "called". The
//! span covers the whole name, the capitalised words that follow its first one a space apart
//! ("Mr John Smith"). The recipient, the signatory and the people on the copy list may be named,
//! by their own names only: "Ms Sue Jones" is someone other than "Ms Sue Cook"; a name inside a
//! school's ("St Peter's Primary School") is `school-or-placement`'s. A warning in a draft, an
//! error in a letter marked `final`.
//!
//! ## Why it matters
//! Published letters must not identify a child: Ofsted tells children "the inspectors will not
//! write anything that identifies you". No pattern proves a text anonymous, so this rule looks
//! for the likely slips and leaves the rest to the inspector's eye.
//!
//! ## Example
//! "Jack was not seen for six weeks." gives `personal-name` with a span on "Jack": "Remove the
//! name “Jack”: a published letter must not identify a child or family".

use super::text::{is_capitalised, tag, without_possessive, word_is, Word};
use super::words::{GIVEN_NAMES, NAME_TITLES, RELATIONS};
use super::{Code, Context};
use crate::diagnostic::Sink;
use crate::list::List;

/// Words for a people, a faith or a colour that end otherwise than "-ish", "-an", "-ese" or
/// "-i" (which are left alone too).
const PEOPLES: List = List("Black|White|Welsh|French|Dutch|Czech|Arab|Sikh|Hindu|Muslim|Catholic");

/// The words of the names the letter may use. A list looked through: it is asked only about
/// words that look like names, and a sorted list or a hash map costs the browser package more
/// than it saves.
pub(crate) struct Allowed<'a> {
    parts: Vec<&'a str>,
}

impl<'a> Allowed<'a> {
    pub(crate) fn new(names: &[&'a str]) -> Allowed<'a> {
        // A loop of pushes: `flat_map` and `collect` were 315 B of generic code.
        let mut parts = Vec::new();
        for name in names {
            for part in name.split_whitespace() {
                parts.push(part);
            }
        }
        Allowed { parts }
    }

    fn contains(&self, word: &str) -> bool {
        self.parts.contains(&word)
    }
}

/// The byte ranges of the names in `text`, leaving out the words of `allowed` names.
pub(crate) fn find_names(words: &[Word<'_>], allowed: &Allowed<'_>) -> Vec<(usize, usize)> {
    let is_allowed = |w: &str| allowed.contains(w);
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        // Every pattern here starts with a capital letter.
        if !is_capitalised(word.text) {
            i += 1;
            continue;
        }
        let next = words.get(i + 1);
        let bare = without_possessive(word.text);
        let titled =
            NAME_TITLES.contains(word.text) && next.is_some_and(|n| is_capitalised(n.text));
        // The lexicon tagged the word when its hash is a name's (also before "'s").
        let given = word.tags & tag::GIVEN != 0 && GIVEN_NAMES.contains(bare);
        let introduced = i > 0 && word_is(words, i - 1, List("named|called"));
        let possessive = bare.len() < word.text.len()
            && i > 0
            && next.is_some_and(|n| {
                n.tags & tag::RELATION != 0 && RELATIONS.contains_ignoring_case(n.text)
            });
        // "the Smith family", "the Nowak children": a surname before the people of a
        // household; not a people's, a faith's or a colour's word ("the Polish family", "the
        // Roma children", "the Muslim girls") nor an abbreviation ("the CAF children").
        let household = i > 0
            && word_is(words, i - 1, List("the"))
            && next.is_some_and(|n| n.tags & tag::PEOPLE != 0 && !is_capitalised(n.text))
            && word.tags & tag::GROUP == 0
            && word
                .text
                .as_bytes()
                .get(1)
                .is_some_and(u8::is_ascii_lowercase)
            && !["ish", "an", "ese", "i"]
                .iter()
                .any(|end| word.text.ends_with(end))
            && !PEOPLES.contains(word.text);
        if titled || given || introduced || possessive || household {
            // The name is the words after a title, or from this word on; it may be used only
            // when every word of it may ("Ms Sue Cook", the recipient; not "Ms Sue Jones").
            let first = i + usize::from(titled);
            let (last, end) = name_end(words, first);
            if !words[first..=last]
                .iter()
                .all(|w| is_allowed(without_possessive(w.text)))
            {
                found.push((word.start, end));
            }
            i = last;
        }
        i += 1;
    }
    found
}

pub(crate) fn personal_name(cx: &Context<'_>, sink: &mut Sink) {
    let could_name = tag::GIVEN | tag::TITLE | tag::INTRO | tag::RELATION;
    // The names the letter may use, gathered only when a text could name someone.
    let mut allowed = None;
    for field in cx.prose_with(could_name | tag::PEOPLE, 0) {
        // Most findings speak of children or families: a text with no other sign of a name is
        // read only when such a word follows a capital ("the Smith family").
        if field.tags & could_name == 0
            && !field
                .words
                .windows(2)
                .any(|w| w[1].tags & tag::PEOPLE != 0 && is_capitalised(w[0].text))
        {
            continue;
        }
        let allowed = allowed.get_or_insert_with(|| Allowed::new(&cx.letter.named_people()));
        // A name inside a school's or a placement's ("St Peter's Primary School") is that
        // rule's to report, whole.
        let places = if field.tags & tag::PLACE != 0 {
            super::school_or_placement::find_places(field.words)
        } else {
            Vec::new()
        };
        for (start, end) in find_names(field.words, allowed) {
            if places.iter().any(|&(from, to)| from <= start && end <= to) {
                continue;
            }
            let message = cat!(
                "Remove the name “",
                &field.text[start..end],
                "”: a published letter must not identify a child or family"
            );
            cx.report(sink, Code::PersonalName, field.path, message)
                .with_span(field.text, start, end);
        }
    }
}

/// The last word of a name whose word `at` is capitalised, and the byte where the name ends:
/// the capitalised words that follow it one space apart are its own ("Mr John Smith", "Jack
/// Smith"), so that the whole name is marked; a possessive ends it ("Jack Smith's mother").
fn name_end(words: &[Word<'_>], mut at: usize) -> (usize, usize) {
    while let [word, next, ..] = &words[at..] {
        if next.start != word.end + 1
            || !is_capitalised(next.text)
            || without_possessive(word.text).len() < word.text.len()
        {
            break;
        }
        at += 1;
    }
    let word = &words[at];
    (at, word.start + without_possessive(word.text).len())
}

#[cfg(test)]
mod tests {

    /// The codes and marked words of the privacy diagnostics of a finding.
    fn marked(text: &str) -> Vec<(String, String)> {
        let letter = crate::sample::letter_with_finding(text);
        crate::validate(&letter, &Default::default())
            .into_iter()
            .filter(|d| d.path == "/findings/strengths/0/text")
            .filter_map(|d| {
                let span = d.span?;
                let units: Vec<u16> = text.encode_utf16().collect();
                let words = String::from_utf16_lossy(&units[span.start..span.end]);
                Some((d.code, words))
            })
            .collect()
    }

    #[test]
    fn a_name_inside_a_school_s_is_reported_once_as_the_school() {
        let pair = |code: &str, words: &str| (code.to_owned(), words.to_owned());
        assert_eq!(
            marked("The head of St Peter's Primary School referred it."),
            [pair("school-or-placement", "St Peter's Primary School")]
        );
        assert_eq!(
            marked("A child at Oliver House Children's Home was seen."),
            [pair("school-or-placement", "Oliver House Children's Home")]
        );
        assert_eq!(
            marked("Jack was seen at St Mary's Primary School."),
            [
                pair("personal-name", "Jack"),
                pair("school-or-placement", "St Mary's Primary School")
            ]
        );
    }

    #[test]
    fn a_family_s_surname_is_a_name_and_a_people_s_word_is_not() {
        let names = |text: &str| -> Vec<String> {
            marked(text)
                .into_iter()
                .filter(|(code, _)| code == "personal-name")
                .map(|(_, words)| words)
                .collect()
        };
        for (text, name) in [
            ("The Smith family were not visited.", "Smith"),
            ("Workers did not see the Nowak children.", "Nowak"),
            ("In the Patel household, no one was seen.", "Patel"),
        ] {
            assert_eq!(names(text), [name], "{text}");
        }
        for text in [
            "The Polish family had an interpreter.",
            "The Somali children were seen.",
            "The Roma families were visited.",
            "The Afghan young people were placed.",
            "The Muslim girls were seen.",
            "The Black children are overrepresented.",
            "The CAF children are reviewed.",
            "The Family Intervention Project works well.",
            "The Sure Start children's centres refer well.",
        ] {
            assert_eq!(names(text), Vec::<String>::new(), "{text}");
        }
    }
}
