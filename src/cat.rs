//! Texts built by joining pieces: `cat!("The letter date, ", date, ", is after today, ", today)`
//! writes what `format!("The letter date, {date}, is after today, {today}")` would. The crate
//! writes its messages, paths and numbers this way because `format!` brings core's formatting
//! machinery into the browser package (taking it out, with the `Arguments` each call builds,
//! made the gzipped package 1.3 KB smaller); a piece here is pushed onto the text as it is.

use std::borrow::Cow;

use crate::dates::{Date, YearMonth};
use crate::diagnostic::{push_decimal, push_decimal_u64, FieldPath, Pointer};

/// Joins its pieces (anything that is a [`Piece`]) into one `String`.
macro_rules! cat {
    ($($piece:expr),* $(,)?) => {{
        let mut out = String::new();
        $( $crate::cat::Piece::push_to(&$piece, &mut out); )*
        out
    }};
}

/// Something that can be written as part of a text: its text as `Display` would write it.
pub(crate) trait Piece {
    fn push_to(&self, out: &mut String);
}

impl<T: Piece + ?Sized> Piece for &T {
    fn push_to(&self, out: &mut String) {
        (**self).push_to(out);
    }
}

impl Piece for str {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for String {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for Cow<'_, str> {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for char {
    fn push_to(&self, out: &mut String) {
        out.push(*self);
    }
}

impl Piece for Date {
    /// `17 May 2011`.
    fn push_to(&self, out: &mut String) {
        out.push_str(&self.words());
    }
}

impl Piece for YearMonth {
    /// `June 2010`.
    fn push_to(&self, out: &mut String) {
        out.push_str(&self.words());
    }
}

impl Piece for Pointer {
    fn push_to(&self, out: &mut String) {
        out.push_str(self.as_str());
    }
}

impl Piece for FieldPath<'_> {
    fn push_to(&self, out: &mut String) {
        out.push_str(self.pointer().as_str());
    }
}

macro_rules! unsigned_piece {
    ($($t:ty),*) => {$(
        impl Piece for $t {
            fn push_to(&self, out: &mut String) {
                push_decimal_u64(out, u64::from(*self));
            }
        }
    )*};
}
unsigned_piece!(u8, u16, u32, u64);

impl Piece for usize {
    fn push_to(&self, out: &mut String) {
        push_decimal(out, *self);
    }
}

macro_rules! signed_piece {
    ($($t:ty),*) => {$(
        impl Piece for $t {
            fn push_to(&self, out: &mut String) {
                if *self < 0 {
                    out.push('-');
                }
                push_decimal_u64(out, i64::from(*self).unsigned_abs());
            }
        }
    )*};
}
signed_piece!(i8, i16, i32, i64);

/// `join` for the crate's lists of texts (`&str`s or `String`s): one short loop, where the
/// standard library's `join` and `concat` are a long, unrolled copy for each element type.
pub(crate) trait Joined {
    /// The parts with `separator` between each two, as `join(separator)` gives them.
    fn joined(&self, separator: &str) -> String;
}

impl<S: AsRef<str>> Joined for [S] {
    fn joined(&self, separator: &str) -> String {
        let mut out = String::new();
        for (i, part) in self.iter().enumerate() {
            if i > 0 {
                out.push_str(separator);
            }
            out.push_str(part.as_ref());
        }
        out
    }
}

/// The words of `text` (split at any whitespace) with one space between each two: runs of
/// spaces, tabs and line breaks made single, and none at the ends.
pub(crate) fn single_spaced(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Appends `U+00A0`: a character's code point as Unicode writes it, in capital hexadecimal
/// digits, at least four (`format!("U+{:04X}", u32::from(c))`).
pub(crate) fn push_code_point(out: &mut String, c: char) {
    let n = u32::from(c);
    out.push_str("U+");
    // From the highest digit that is not 0, or the fourth.
    let mut shift = 20;
    while shift > 12 && n >> shift == 0 {
        shift -= 4;
    }
    loop {
        out.push(char::from(b"0123456789ABCDEF"[(n >> shift & 15) as usize]));
        if shift == 0 {
            break;
        }
        shift -= 4;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Numbers, characters and strings are written as `format!` writes them.
        #[test]
        fn pieces_are_written_as_format_writes_them(
            a in any::<i64>(), b in any::<u64>(), c in any::<i32>(), d in any::<usize>(),
            e in any::<char>(), f in ".*",
        ) {
            prop_assert_eq!(cat!(a, " ", b, c, d, e, f.as_str(), &f), format!("{a} {b}{c}{d}{e}{f}{f}"));
        }
    }

    proptest! {
        /// Zero-padded numbers are written as `format!("{n:0width$}")` writes them.
        #[test]
        fn padded_numbers_are_written_as_format_writes_them(n in any::<i32>(), width in 0usize..12) {
            prop_assert_eq!(crate::diagnostic::zero_padded(n.into(), width), format!("{n:0width$}"));
        }

        /// Lists are joined as the standard library joins them.
        #[test]
        fn lists_are_joined_as_join_joins_them(parts in proptest::collection::vec(".{0,4}", 0..6), separator in ".{0,3}") {
            prop_assert_eq!(parts.joined(&separator), parts.join(separator.as_str()));
            let borrowed: Vec<&str> = parts.iter().map(String::as_str).collect();
            prop_assert_eq!(borrowed.joined(&separator), borrowed.join(separator.as_str()));
        }
    }

    proptest! {
        /// Single spacing is what joining the words with a space gives.
        #[test]
        fn single_spacing_joins_the_words_with_one_space(text in "[ a\t\n\u{a0}\u{3000}b]{0,12}") {
            prop_assert_eq!(
                single_spaced(&text),
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            );
        }
    }

    #[test]
    fn code_points_are_written_as_unicode_writes_them() {
        for c in [
            '\0',
            'a',
            '\u{a0}',
            '\u{200b}',
            '\u{feff}',
            '\u{e0001}',
            '\u{10ffff}',
        ] {
            let mut written = String::new();
            push_code_point(&mut written, c);
            assert_eq!(written, format!("U+{:04X}", u32::from(c)));
        }
    }

    #[test]
    fn dates_and_pointers_are_written_as_display_writes_them() {
        let date = Date::parse_iso("2011-05-07").unwrap();
        let month = YearMonth::parse_iso("2010-06").unwrap();
        let pointer = Pointer::root().key("findings").key("a/b~c").index(3);
        assert_eq!(
            cat!(date, "|", month, "|", pointer),
            "7 May 2011|June 2010|/findings/a~1b~0c/3"
        );
        assert_eq!(
            cat!(i64::MIN, u64::MAX, 0u8),
            format!("{}{}0", i64::MIN, u64::MAX)
        );
    }
}
