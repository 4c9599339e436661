//! Calendar dates as the letter writes them: `17 May 2011`, `12 and 13 April 2011`, `June 2010`.
//!
//! Proleptic Gregorian arithmetic on day numbers; no time zones, no clock.

use std::fmt;

use crate::cat::Joined as _;
use crate::diagnostic::zero_padded;
use crate::list::List;

const MONTHS: List = List(
    "January|February|March|April|May|June|\
     July|August|September|October|November|December",
);

/// A calendar date that exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// A month of a year, as in `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    pub month: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`, only for a date that exists in the calendar.
    ///
    /// ```
    /// use inspection_letter::dates::Date;
    /// assert!(Date::parse_iso("2011-05-17").is_some());
    /// assert!(Date::parse_iso("2011-02-29").is_none());
    /// assert!(Date::parse_iso("2012-02-29").is_some());
    /// assert!(Date::parse_iso("17/05/2011").is_none());
    /// ```
    #[must_use]
    pub fn parse_iso(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if !text.is_ascii() || b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let YearMonth { year, month } = YearMonth::parse_iso(&text[..7])?;
        let day = digits(&text[8..10])?;
        Date::new(year, month, day)
    }

    /// The date, when it exists.
    #[must_use]
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        (day >= 1 && (1..=12).contains(&month) && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    #[must_use]
    pub fn day_number(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// 0 = Monday … 6 = Sunday.
    #[must_use]
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        u32::try_from((self.day_number() + 3).rem_euclid(7)).unwrap_or(0)
    }

    #[must_use]
    pub fn is_weekend(self) -> bool {
        self.weekday() >= 5
    }

    #[must_use]
    pub fn year_month(self) -> YearMonth {
        YearMonth {
            year: self.year,
            month: self.month,
        }
    }

    /// `YYYY-MM-DD`.
    #[must_use]
    pub fn iso(self) -> String {
        [
            zero_padded(self.year.into(), 4),
            zero_padded(self.month.into(), 2),
            zero_padded(self.day.into(), 2),
        ]
        .joined("-")
    }

    #[must_use]
    pub fn weekday_name(self) -> &'static str {
        WEEKDAYS[self.weekday() as usize % 7]
    }

    /// `17 May 2011`: day without a leading zero, month in full, no comma, no ordinal.
    #[must_use]
    pub fn words(self) -> String {
        cat!(self.day, " ", month_name(self.month), " ", self.year)
    }
}

/// The days of the week, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// `17 May 2011`: [`Date::words`].
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words())
    }
}

impl YearMonth {
    /// Parses `YYYY-MM`.
    #[must_use]
    pub fn parse_iso(text: &str) -> Option<YearMonth> {
        let b = text.as_bytes();
        if !text.is_ascii() || b.len() != 7 || b[4] != b'-' {
            return None;
        }
        let year = i32::try_from(digits(&text[..4])?).ok()?;
        let month = digits(&text[5..7])?;
        (1..=12)
            .contains(&month)
            .then_some(YearMonth { year, month })
    }

    /// Months from this one to `later` (negative when `later` is earlier).
    #[must_use]
    pub fn months_until(self, later: YearMonth) -> i64 {
        (i64::from(later.year) - i64::from(self.year)) * 12 + i64::from(later.month)
            - i64::from(self.month)
    }

    /// `June 2010`.
    #[must_use]
    pub fn words(self) -> String {
        cat!(month_name(self.month), " ", self.year)
    }

    /// `YYYY-MM`.
    #[must_use]
    pub fn iso(self) -> String {
        [
            zero_padded(self.year.into(), 4),
            zero_padded(self.month.into(), 2),
        ]
        .joined("-")
    }
}

/// `June 2010`: [`YearMonth::words`].
impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words())
    }
}

fn digits(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    crate::number::parse(text)
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The month's English name; `month` is 1 to 12.
#[must_use]
pub fn month_name(month: u32) -> &'static str {
    MONTHS
        .get((month.clamp(1, 12) - 1) as usize)
        .unwrap_or_default()
}

/// The month number of an English month name, in any case.
#[must_use]
pub fn month_number(name: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(name))
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// Days on site as the letter writes them: `12 and 13 April 2011`, `30 June and 1 July 2010`,
/// `31 December 2010 and 1 January 2011`. The month (and year) is written only where it
/// changes or at the end.
///
/// ```
/// use inspection_letter::dates::{Date, days_in_words};
/// let d = |s| Date::parse_iso(s).unwrap();
/// assert_eq!(days_in_words(&[d("2011-04-12"), d("2011-04-13")]), "12 and 13 April 2011");
/// assert_eq!(days_in_words(&[d("2010-06-30"), d("2010-07-01")]), "30 June and 1 July 2010");
/// ```
#[must_use]
pub fn days_in_words(days: &[Date]) -> String {
    // Loops of pushes: each `collect` was generic code of its own.
    let mut texts = Vec::new();
    for (i, day) in days.iter().enumerate() {
        texts.push(match days.get(i + 1) {
            None => day.words(),
            Some(next) if next.year != day.year => day.words(),
            Some(next) if next.month != day.month => {
                cat!(day.day, " ", month_name(day.month))
            }
            Some(_) => cat!(day.day),
        });
    }
    let mut parts = Vec::new();
    for text in &texts {
        parts.push(text.as_str());
    }
    crate::kinds::join_english(&parts, " and ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_are_right() {
        assert_eq!(
            Date::parse_iso("2011-04-12").unwrap().weekday_name(),
            "Tuesday"
        );
        assert_eq!(
            Date::parse_iso("2022-09-08").unwrap().weekday_name(),
            "Thursday"
        );
        assert_eq!(
            Date::parse_iso("2000-02-29").unwrap().weekday_name(),
            "Tuesday"
        );
        assert_eq!(Date::parse_iso("1970-01-01").unwrap().day_number(), 0);
    }

    #[test]
    fn dates_read_as_the_letter_writes_them() {
        let d = |s| Date::parse_iso(s).unwrap();
        assert_eq!(d("2011-05-07").to_string(), "7 May 2011");
        assert_eq!(
            days_in_words(&[d("2010-12-31"), d("2011-01-01")]),
            "31 December 2010 and 1 January 2011"
        );
        assert_eq!(
            days_in_words(&[d("2011-04-12"), d("2011-04-13"), d("2011-04-14")]),
            "12, 13 and 14 April 2011"
        );
        assert_eq!(
            YearMonth::parse_iso("2010-06").unwrap().to_string(),
            "June 2010"
        );
        assert_eq!(YearMonth::parse_iso("2010-13"), None);
        assert_eq!(Date::parse_iso("2011-4-12"), None);
        assert_eq!(Date::parse_iso("２０11-04-12"), None);
    }
}
