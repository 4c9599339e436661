//! Reading a decimal integer as `str::parse` does, for every integer type with one reader: the
//! standard library's parser is generic, and the crate read four types with it (`i32`, `u32`,
//! `u64`, `usize`), each a copy of it in the browser package.

/// `text` read as `text.parse::<T>()` reads it: an optional `+` (or `-` for a signed type) and
/// ASCII digits, `None` for anything else or a number `T` cannot hold.
pub(crate) fn parse<T: TryFrom<u64> + TryFrom<i64>>(text: &str) -> Option<T> {
    let (negative, magnitude) = magnitude(text)?;
    if !negative {
        return T::try_from(magnitude).ok();
    }
    // An unsigned type takes no minus sign, not even before a zero.
    T::try_from(-1i64).ok()?;
    T::try_from(0i64.checked_sub_unsigned(magnitude)?).ok()
}

/// The sign and the digits' value, or `None` when `text` is not a sign and digits or the value
/// passes `u64::MAX`.
fn magnitude(text: &str) -> Option<(bool, u64)> {
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() {
        return None;
    }
    let mut value = 0u64;
    for b in digits.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        value = value.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    Some((negative, value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn agrees(text: &str) {
        assert_eq!(parse::<i32>(text), text.parse::<i32>().ok(), "i32 {text:?}");
        assert_eq!(parse::<u32>(text), text.parse::<u32>().ok(), "u32 {text:?}");
        assert_eq!(parse::<i64>(text), text.parse::<i64>().ok(), "i64 {text:?}");
        assert_eq!(parse::<u64>(text), text.parse::<u64>().ok(), "u64 {text:?}");
        assert_eq!(
            parse::<usize>(text),
            text.parse::<usize>().ok(),
            "usize {text:?}"
        );
    }

    #[test]
    fn chosen_numbers_are_read_as_the_standard_library_reads_them() {
        for text in [
            "",
            "+",
            "-",
            "0",
            "-0",
            "+0",
            "007",
            "2011",
            "-2011",
            "+-1",
            "1 ",
            " 1",
            "1.0",
            "٣",
            "2147483647",
            "2147483648",
            "-2147483648",
            "-2147483649",
            "4294967295",
            "4294967296",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "-9223372036854775809",
            "18446744073709551615",
            "18446744073709551616",
            "000000000000000000000000000001",
        ] {
            agrees(text);
        }
    }

    proptest! {
        #[test]
        fn numbers_are_read_as_the_standard_library_reads_them(text in "[+-]?[0-9]{0,22}[a ]?") {
            agrees(&text);
        }

        #[test]
        fn any_text_is_read_as_the_standard_library_reads_it(text in ".{0,6}") {
            agrees(&text);
        }
    }
}
