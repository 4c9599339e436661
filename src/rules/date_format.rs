//! # A date that is not a real date as YYYY-MM-DD
//!
//! ## What it checks
//! The letter's date and each inspection day is written `YYYY-MM-DD` and exists in the
//! calendar (no 30 February). A date written another way that can be read (`17/05/2011`,
//! `17 May 2011`) gets the `YYYY-MM-DD` form as a fix.
//!
//! ## Why it matters
//! The letter prints dates as `17 May 2011` and checks them against each other; a date it
//! cannot read can be neither printed nor checked.
//!
//! ## Example
//! `"date": "2011-02-30"` gives `date-format` at `/date`: "Letter date must be a real date";
//! `"date": "17/05/2011"` gives "Write the letter date as YYYY-MM-DD" with the fix `2011-05-17`.

use super::{Code, Context};
use crate::dates::{month_number, Date};
use crate::diagnostic::{FieldPath, Sink};
use crate::letter::filled;
use crate::schema;

pub(crate) fn date_format(cx: &Context<'_>, sink: &mut Sink) {
    let root = FieldPath::root();
    let dates = root.key("inspection").key("dates");
    let fields = std::iter::once((root.key("date"), cx.letter.date.as_ref())).chain(
        cx.letter
            .inspection
            .dates
            .iter()
            .enumerate()
            .map(|(i, d)| (dates.index(i), d.as_ref())),
    );
    for (path, value) in fields {
        let Some(text) = filled(value) else { continue };
        if Date::parse_iso(text.trim()).is_some() {
            continue;
        }
        let label = schema::label(path.pointer().as_str());
        match read_loosely(text) {
            Some(date) => {
                let message = cat!(
                    "Write the ",
                    schema::lower_first(label),
                    " as YYYY-MM-DD, like ",
                    date.iso()
                );
                cx.report(sink, Code::DateFormat, path, message)
                    .with_fix(date.iso());
            }
            None => {
                let message = cat!(label, " must be a real date as YYYY-MM-DD, like 2011-05-17");
                cx.report(sink, Code::DateFormat, path, message);
            }
        }
    }
}

/// Reads `17/05/2011`, `17-05-2011`, `17.05.2011` and `17 May 2011` (UK order only).
pub(crate) fn read_loosely(text: &str) -> Option<Date> {
    let parts: Vec<&str> = text
        .split(|c: char| c == '/' || c == '-' || c == '.' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    let [day, month, year] = parts.as_slice() else {
        return None;
    };
    // "17th": the digits, then letters only.
    let digits = day.bytes().take_while(u8::is_ascii_digit).count();
    if !day.as_bytes()[digits..].iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    let day: u32 = crate::number::parse(&day[..digits])?;
    let month = crate::number::parse(month).or_else(|| month_number(month))?;
    let year: i32 = crate::number::parse(year).filter(|y| (1000..=9999).contains(y))?;
    Date::new(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::read_loosely;

    #[test]
    fn dates_in_uk_order_are_read_loosely() {
        for (text, iso) in [
            ("17/05/2011", "2011-05-17"),
            ("17-5-2011", "2011-05-17"),
            ("17.05.2011", "2011-05-17"),
            ("17 May 2011", "2011-05-17"),
            ("17th May 2011", "2011-05-17"),
            ("1st  June 2010", "2010-06-01"),
        ] {
            assert_eq!(
                read_loosely(text).map(|d| d.iso()),
                Some(iso.to_owned()),
                "{text}"
            );
        }
        for text in [
            "1a7/05/2011",
            "th/05/2011",
            "32/05/2011",
            "17/05",
            "17/05/11",
            "May 17 2011",
        ] {
            assert_eq!(read_loosely(text), None, "{text}");
        }
    }
}
