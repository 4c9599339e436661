//! # An exact date in a finding
//!
//! ## What it checks
//! Findings, the previous inspection's summary and the outcome give no exact day: "3 March 2011",
//! "3rd March", "the 3rd of March", "12-13 March", "March 3", "03/03/2011", "2011-03-03", "on
//! 3/3", "Christmas Day 2010", or the words "date of birth", "DOB", "born on" or "born in" a
//! month. A month and year alone ("in June 2010") is allowed. A warning in a draft, an error in
//! a letter marked `final`.
//!
//! ## Why it matters
//! A date of birth or the date of an incident can be matched with local news or school
//! records to identify a child.
//!
//! ## Example
//! "The referral on 3 March 2011 was not followed up." gives `exact-date` with a span on
//! "3 March 2011".

use super::text::{tag, word_is, Word};
use super::words::SHORT_MONTHS;
use super::{Code, Context};
use crate::dates::month_number;
use crate::diagnostic::Sink;
use crate::list::List;

/// "3", "03", "3rd", "31st": one or two digits, 1 to 31, and perhaps an ordinal's letters.
pub(crate) fn is_day(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &word[digits..];
    (1..=2).contains(&digits)
        && crate::number::parse::<u32>(&word[..digits]).is_some_and(|d| (1..=31).contains(&d))
        && (suffix.is_empty() || List("st|nd|rd|th").contains_ignoring_case(suffix))
}

pub(crate) fn is_month(word: &str) -> bool {
    (3..=9).contains(&word.len())
        && word.as_bytes()[0].is_ascii_alphabetic()
        && (month_number(word).is_some() || SHORT_MONTHS.contains_ignoring_case(word))
}

/// Numeric dates: `03/03/2011`, `3.3.11`, `2011-03-03`, read from each word that starts with a digit.
fn numeric_dates(text: &str, words: &[Word<'_>], found: &mut Vec<(usize, usize)>) {
    let bytes = text.as_bytes();
    let mut covered = 0;
    for (i, word) in words.iter().enumerate() {
        // A word with no digit (most words) cannot start one: its tag says so.
        if word.tags & tag::DIGIT == 0
            || word.start < covered
            || !word.text.as_bytes()[0].is_ascii_digit()
        {
            continue;
        }
        let mut end = word.start;
        while end < bytes.len()
            && (bytes[end].is_ascii_digit() || matches!(bytes[end], b'/' | b'.' | b'-'))
        {
            end += 1;
        }
        covered = end;
        // Without the separators after the last digit, three runs of digits apart.
        while !bytes[end - 1].is_ascii_digit() {
            end -= 1;
        }
        let mut lengths = [0usize; 3];
        let mut separators = [0u8; 3];
        let mut part = 0;
        for &b in &bytes[word.start..end] {
            if b.is_ascii_digit() {
                lengths[part] += 1;
            } else {
                separators[part] = b;
                part += 1;
                if part == 3 {
                    break;
                }
            }
        }
        let [a, b, c] = lengths;
        // "on 3/3": a day and a month without a year, after "on" (not "3/4 of cases").
        let day_and_month = part == 1
            && a <= 2
            && b <= 2
            && bytes[word.start + a] == b'/'
            && i > 0
            && words[i - 1].text.eq_ignore_ascii_case("on");
        // One separator throughout: "9.30-11" (a time) and "3.5-4" (scores) are no dates.
        let date = part == 2
            && separators[0] == separators[1]
            && b > 0
            && c > 0
            && (a == 4 || (a <= 2 && b <= 2));
        if date || day_and_month {
            found.push((word.start, end));
        }
    }
}

/// The byte ranges of exact dates and birth-date words in `text`.
pub(crate) fn find_dates(text: &str, words: &[Word<'_>]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        // Every pattern below needs a digit in this word or the next, or a birth word here:
        // the tags tell, so that most words are passed over at once.
        let next_tags = words.get(i + 1).map_or(0, |n| n.tags);
        if (w.tags | next_tags) & tag::DIGIT == 0 && w.tags & tag::BIRTH == 0 {
            i += 1;
            continue;
        }
        let year_at = |j: usize| {
            words
                .get(j)
                .filter(|y| y.text.len() == 4 && y.text.bytes().all(|b| b.is_ascii_digit()))
        };
        // A day holds a digit, and the words' tags say which do, without reading them.
        // "12-13 April" is two days.
        let day = |d: &Word<'_>| {
            d.tags & tag::DIGIT != 0
                && (is_day(d.text)
                    || d.text
                        .split_once('-')
                        .is_some_and(|(a, b)| is_day(a) && is_day(b)))
        };
        // "3 March", "3rd of March".
        let month_at = i + 1 + usize::from(word_is(words, i + 1, List("of")));
        if day(&w) && words.get(month_at).is_some_and(|m| is_month(m.text)) {
            let end = year_at(month_at + 1).map_or(words[month_at].end, |y| y.end);
            found.push((w.start, end));
            i = month_at + 1;
            continue;
        }
        if words
            .get(i + 1)
            .is_some_and(|d| day(d) && d.text.len() <= 4)
            && is_month(w.text)
        {
            let end = year_at(i + 2).map_or(words[i + 1].end, |y| y.end);
            found.push((w.start, end));
            i += 2;
            continue;
        }
        // "dob", "date of birth", "born on", "Christmas Day": each starts with a word tagged as
        // one of them.
        if w.tags & tag::BIRTH == 0 {
            i += 1;
            continue;
        }
        if word_is(words, i, List("dob")) {
            found.push((w.start, w.end));
        } else if word_is(words, i, List("date"))
            && word_is(words, i + 1, List("of"))
            && word_is(words, i + 2, List("birth"))
        {
            found.push((w.start, words[i + 2].end));
        } else if word_is(words, i, List("born")) && word_is(words, i + 1, List("on")) {
            found.push((w.start, words[i + 1].end));
        } else if word_is(words, i, List("born"))
            && word_is(words, i + 1, List("in"))
            && words.get(i + 2).is_some_and(|m| is_month(m.text))
        {
            // "born in March 2011": the month of a birth.
            found.push((w.start, year_at(i + 3).map_or(words[i + 2].end, |y| y.end)));
        } else if word_is(words, i, List("christmas|boxing")) && word_is(words, i + 1, List("day"))
        {
            // "Christmas Day 2010": a day by its name, with its year (without one, any year's).
            if let Some(year) = year_at(i + 2) {
                found.push((w.start, year.end));
            }
        }
        i += 1;
    }
    numeric_dates(text, words, &mut found);
    found
}

pub(crate) fn exact_date(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.prose_with(tag::DIGIT | tag::BIRTH, 0) {
        for (start, end) in find_dates(field.text, field.words) {
            let message = cat!(
                "Remove the exact date “",
                &field.text[start..end],
                "”: give the month or the period instead"
            );
            cx.report(sink, Code::ExactDate, field.path, message)
                .with_span(field.text, start, end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::text::words;

    fn dates(text: &str) -> Vec<&str> {
        let words: Vec<Word<'_>> = words(text).collect();
        find_dates(text, &words)
            .into_iter()
            .map(|(start, end)| &text[start..end])
            .collect()
    }

    #[test]
    fn numeric_dates_are_three_runs_of_digits() {
        assert_eq!(dates("On 03/03/2011. Then"), ["03/03/2011"]);
        assert_eq!(
            dates("On 3.3.11, and 2011-03-03."),
            ["3.3.11", "2011-03-03"]
        );
        assert_eq!(dates("On 12-13 April 2011"), ["12-13 April 2011"]);
        assert_eq!(dates("A strategy meeting on 3/3 was late."), ["3/3"]);
        for text in [
            "1.2.3.4",
            "3//4/2011",
            "1/2",
            "12/2011/3",
            "v2.1.3",
            "10,000",
            "Drop-in sessions run 9.30-11am.",
            "Scores of 3.5-4 were given.",
        ] {
            assert_eq!(dates(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn a_day_named_with_its_year_is_exact() {
        assert_eq!(
            dates("An incident on Christmas Day 2010 was not followed up."),
            ["Christmas Day 2010"]
        );
        assert_eq!(
            dates("She was seen on Boxing Day 2010."),
            ["Boxing Day 2010"]
        );
        // Without a year it is any year's: the out-of-hours service on Christmas Day.
        assert_eq!(
            dates("The duty team is staffed on Christmas Day and Boxing Day."),
            Vec::<&str>::new()
        );
    }
}
