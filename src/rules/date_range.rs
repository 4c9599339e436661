//! # A range of dates written with a dash
//!
//! ## What it checks
//! Findings, the previous inspection's summary and the outcome write a range of days, months,
//! years, weekdays or times with "to": not "12-13 April", "April–June", "30 June – 1 July",
//! "2010-11", "Mon-Fri" or "9.30am-5pm". Each gets a fix ("2010 to 2011"). Other numbers
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

/// What a word is to a range: a day of the month, a month, a year or a weekday (the ends of
/// a range are of one kind, or a day and a month: "30 June – 1 July").
const DAY: u8 = 1;
const MONTH: u8 = 2;
const YEAR: u8 = 3;
const WEEKDAY: u8 = 4;

fn end_of(word: &str) -> u8 {
    if word.len() == 4
        && crate::number::parse::<u32>(word).is_some_and(|y| y / 100 == 19 || y / 100 == 20)
    {
        YEAR
    } else if is_day(word) {
        DAY
    } else if is_month(word) {
        MONTH
    } else {
        // "Monday", "Mon".
        let weekday = WEEKDAYS.iter().any(|day| {
            day.eq_ignore_ascii_case(word)
                || word.len() == 3 && day.as_bytes()[..3].eq_ignore_ascii_case(word.as_bytes())
        });
        WEEKDAY * u8::from(weekday)
    }
}

/// The length of the time at the start of `bytes`: "9am", "9.30am", "12:15pm"; or, when
/// `bare` allows, without am or pm (the first end of "9.30-11am" or "2-4pm").
fn time_len(bytes: &[u8], bare: bool) -> Option<usize> {
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    if !matches!(at(0), b'1'..=b'9') {
        return None;
    }
    // The hour, 1 to 12, then the minutes.
    let mut n = 1 + usize::from(at(0) == b'1' && matches!(at(1), b'0'..=b'2'));
    if matches!(at(n), b'.' | b':')
        && matches!(at(n + 1), b'0'..=b'5')
        && at(n + 2).is_ascii_digit()
    {
        n += 3;
    }
    if matches!(at(n) | 0x20, b'a' | b'p') && at(n + 1) | 0x20 == b'm' {
        n += 2;
    } else if !bare {
        return None;
    }
    // The time ends a word.
    (!at(n).is_ascii_alphanumeric()).then_some(n)
}

/// The byte range of a range of times whose dash runs from `dash` to `after` ("9.30am-5pm",
/// "9:30 – 11am"), with its fix.
fn times(text: &str, dash: usize, after: usize) -> Option<(usize, usize, String)> {
    let bytes = text.as_bytes();
    let start = bytes[..dash]
        .iter()
        .rposition(|b| !(b.is_ascii_digit() || b".:apmAPM".contains(b)))
        .map_or(0, |p| p + 1);
    let end = after + time_len(&bytes[after..], false)?;
    let from = &text[start..dash];
    (time_len(from.as_bytes(), true)? == from.len())
        .then(|| (start, end, cat!(from, " to ", &text[after..end])))
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
    // months, years or weekdays; a year then a month ("April 2010 – March 2011").
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
            // The ends and the dash between them, and the word after the range.
            let (from, to, dash, after, end, next) = if word.tags & tag::HYPHEN != 0 {
                // "12-13 April", "April-June", "2010-11", "30am-5pm": a hyphen inside one word
                // (a time's hour before its minutes is a word of its own).
                let Some((from, to)) = word.text.split_once('-') else {
                    continue;
                };
                let dash = word.start + from.len();
                (from, to, dash, dash + 1, word.end, i + 1)
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
                if !matches!(dash, b"-" | b"\xe2\x80\x93" | b"\xe2\x80\x94") {
                    continue;
                }
                (word.text, next.text, word.end, next.start, next.end, i + 2)
            };
            let found = times(text, dash, after)
                .or_else(|| range(from, to, words.get(next)).map(|fix| (word.start, end, fix)));
            if let Some((start, end, fix)) = found {
                let message = cat!("Use “to” in a range: “", &fix, "”");
                cx.report(sink, Code::DateRange, field.path, message)
                    .with_span(text, start, end)
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
        assert_eq!(fixes("The team works Mon-Fri."), ["Mon to Fri"]);
        assert_eq!(fixes("It opens 9.30am-5pm."), ["9.30am to 5pm"]);
        assert_eq!(
            fixes("It opens 9:30am – 5:30pm daily."),
            ["9:30am to 5:30pm"]
        );
        assert_eq!(fixes("It opens 9am–5.30pm."), ["9am to 5.30pm"]);
        assert_eq!(
            fixes("Visits run 9.30-11am and 2-4pm."),
            ["9.30 to 11am", "2 to 4pm"]
        );
        assert_eq!(fixes("It opens 10.15am - 12pm."), ["10.15am to 12pm"]);
    }

    #[test]
    fn a_time_range_is_marked_from_its_hour() {
        // ASCII text: UTF-16 offsets are byte offsets.
        let text = "It opens 9.30am - 5.30pm daily.";
        let letter = crate::sample::letter_with_finding(text);
        let spans: Vec<&str> = crate::validate(&letter, &Default::default())
            .into_iter()
            .filter(|d| d.code == "date-range")
            .filter_map(|d| d.span.map(|s| &text[s.start..s.end]))
            .collect();
        assert_eq!(spans, ["9.30am - 5.30pm"]);
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
            "Scores of 3.5-4 were given.",
            "Workers see 1-2 families at 9am.",
            "Children aged 13-14am were seen.",
            "The 9.30-11.30 slot is used.",
            "Reports 10.2-11pmx were read.",
            "Monday-Fridays are busy.",
        ] {
            assert!(fixes(text).is_empty(), "{text}");
        }
    }
}
