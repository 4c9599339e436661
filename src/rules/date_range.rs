//! # A range of dates written with a dash
//!
//! ## What it checks
//! Findings, the previous inspection's summary and the outcome write a range of days, months,
//! years, weekdays or times with "to": not "12-13 April", "April–June", "30 June – 1 July",
//! "2010-11", "Monday-Friday" or "9am-5pm". Each gets a fix ("2010 to 2011"). Other numbers
//! ("5-11 years old") and a dash between clauses are left alone.
//!
//! ## Why it matters
//! GOV.UK style: a dash can be misread or missed, and screen readers do not read it as "to".
//!
//! ## Example
//! "Contacts rose in April-June 2010." gives `date-range` with a span on "April-June" and the
//! fix "April to June".

use super::exact_date::{is_day, is_month};
use super::text::{tag, Word};
use super::{Code, Context};
use crate::dates::WEEKDAYS;
use crate::diagnostic::Sink;

/// What a word is to a range: a day of the month, a month, a year, a weekday or a time (the
/// ends of a range are of one kind, or a day and a month: "30 June – 1 July").
const DAY: u8 = 1;
const MONTH: u8 = 2;
const YEAR: u8 = 3;
const WEEKDAY: u8 = 4;
const TIME: u8 = 5;

fn end_of(word: &str) -> u8 {
    if word.len() == 4
        && crate::number::parse::<u32>(word).is_some_and(|y| y / 100 == 19 || y / 100 == 20)
    {
        YEAR
    } else if is_day(word) {
        DAY
    } else if is_month(word) {
        MONTH
    } else if WEEKDAYS.iter().any(|day| day.eq_ignore_ascii_case(word)) {
        WEEKDAY
    } else {
        // "9am", "12pm".
        let time = word
            .split_at_checked(word.len().saturating_sub(2))
            .is_some_and(|(hour, half)| {
                matches!(half.as_bytes(), [b'a' | b'p' | b'A' | b'P', b'm' | b'M'])
                    && crate::number::parse::<u32>(hour).is_some_and(|h| (1..=12).contains(&h))
            });
        TIME * u8::from(time)
    }
}

/// The fix for a range from `from` to `to`, when the two are the ends of one (`after` is the
/// word after `to`, which must be a month when `to` is a day).
fn range(from: &str, to: &str, after: Option<&Word<'_>>) -> Option<String> {
    let (a, b) = (end_of(from), end_of(to));
    if a == YEAR && to.len() == 2 {
        // "2010-11": the next year, written short.
        let next = crate::number::parse::<u32>(from)? + 1;
        if crate::number::parse::<u32>(to) == Some(next % 100) {
            return Some(cat!(from, " to ", next));
        }
    }
    // A day before a month ("12-13 April", "30 June – 1 July", "2010 – 31 March 2011"); two
    // months, years, weekdays or times; a year then a month ("April 2010 – March 2011").
    let ends = if b == DAY {
        (DAY..=YEAR).contains(&a) && after.is_some_and(|w| is_month(w.text))
    } else {
        a == b && a > DAY || a == YEAR && b == MONTH
    };
    ends.then(|| cat!(from, " to ", to))
}

pub(crate) fn date_range(cx: &Context<'_>, sink: &mut Sink) {
    for field in cx.prose_with(tag::HYPHEN | tag::DASH, 0) {
        let (text, words) = (field.text, field.words);
        for (i, word) in words.iter().enumerate() {
            let found = if word.tags & tag::HYPHEN != 0 {
                // "12-13 April", "April-June", "2010-11": a hyphen inside one word.
                word.text
                    .split_once('-')
                    .and_then(|(from, to)| range(from, to, words.get(i + 1)))
                    .map(|fix| (word.end, fix))
            } else {
                // "12 – 13 April", "April–June", "30 June - 1 July": a dash alone between two
                // words, a space either side or none (the tokenizer tags the word after it).
                let Some(next) = words.get(i + 1).filter(|n| n.tags & tag::DASH != 0) else {
                    continue;
                };
                let gap = &text.as_bytes()[word.end..next.start];
                let dash = match gap {
                    [b' ', inner @ .., b' '] => inner,
                    _ => gap,
                };
                matches!(dash, b"-" | b"\xe2\x80\x93" | b"\xe2\x80\x94")
                    .then(|| range(word.text, next.text, words.get(i + 2)))
                    .flatten()
                    .map(|fix| (next.end, fix))
            };
            if let Some((end, fix)) = found {
                let message = cat!("Use “to” in a range: “", &fix, "”");
                cx.report(sink, Code::DateRange, field.path, message)
                    .with_span(text, word.start, end)
                    .with_fix(fix);
            }
        }
    }
}

#[cfg(test)]
mod tests {

    /// The fixes `date-range` gives for a letter whose one finding is `text`.
    fn fixes(text: &str) -> Vec<String> {
        let letter = crate::sample::letter_with_finding(text);
        crate::validate(&letter, &Default::default())
            .into_iter()
            .filter(|d| d.code == "date-range")
            .filter_map(|d| d.fix.map(|f| f.replacement))
            .collect()
    }

    #[test]
    fn ranges_with_a_dash_get_to() {
        assert_eq!(
            fixes("Visits took place on 12-13 April 2011."),
            ["12 to 13"]
        );
        assert_eq!(
            fixes("Visits took place on 12 – 13 April 2011."),
            ["12 to 13"]
        );
        assert_eq!(
            fixes("Contacts rose in April–June 2010."),
            ["April to June"]
        );
        assert_eq!(
            fixes("Contacts rose in April-June 2010."),
            ["April to June"]
        );
        assert_eq!(fixes("Audits ran from 30 June - 1 July."), ["June to 1"]);
        assert_eq!(fixes("Figures for 2009-2010 show it."), ["2009 to 2010"]);
        assert_eq!(fixes("Figures for 2010-11 show it."), ["2010 to 2011"]);
        assert_eq!(fixes("Figures for 1999-00 show it."), ["1999 to 2000"]);
        assert_eq!(
            fixes("From April 2010 – March 2011 it rose."),
            ["2010 to March"]
        );
        assert_eq!(
            fixes("From 1 April 2010 - 31 March 2011 it rose."),
            ["2010 to 31"]
        );
        assert_eq!(
            fixes("Visits took place on 12th-13th April."),
            ["12th to 13th"]
        );
        assert_eq!(fixes("Figures for 2009—2010 show it."), ["2009 to 2010"]);
        assert_eq!(fixes("The team works Monday-Friday."), ["Monday to Friday"]);
        assert_eq!(fixes("The duty desk opens 9am-5pm."), ["9am to 5pm"]);
    }

    #[test]
    fn other_hyphens_and_dashes_are_left_alone() {
        for text in [
            "Children aged 5-11 years are seen.",
            "Workers see 1-2 families a day.",
            "Contacts rose in May – it was a busy month.",
            "A 14-year-old was seen.",
            "The report for 2010-12 was late.",
            "In 2010 – the last year – staff left.",
            "Visits took place on 12 and 13 April 2011.",
            "Follow-up visits are made.",
            "Cases opened pre-1 April 2011 were reviewed.",
            "In 2010 – 12 of them – the plans were late.",
            "On 12 - 13 of them there was a plan.",
            "The duty desk opens on Monday – 9am sharp.",
        ] {
            assert!(fixes(text).is_empty(), "{text}");
        }
    }
}
