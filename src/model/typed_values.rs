//! What users type in text fields (the comune's name, ISTAT code, year, respondent, number of datasets,
//! open-format share), checked and read into values. The questionnaire and the what-if simulation both read
//! typed text only through these functions, so they accept the same values and refuse the others with the same
//! [`FieldError`] (whose message, in both languages, is in the questionnaire strings). The answers file checks a
//! comune's name and ISTAT code with the same functions ([`check_text`], [`is_istat_code`]).

/// Longest comune name and respondent, in characters (as in the answers file v1).
pub const MAX_NAME_CHARS: usize = 120;

/// Declares [`FieldError`] and [`FieldError::ALL`] from one list of variants, so that the list of every error
/// (which the test of the messages walks) cannot miss one.
macro_rules! field_errors {
    ($($(#[doc = $doc:expr])* $name:ident,)*) => {
        /// Why a typed value was refused. The message, in both languages, is in the questionnaire strings.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum FieldError {
            $($(#[doc = $doc])* $name,)*
        }

        impl FieldError {
            /// Every field error, in the order declared.
            pub const ALL: &'static [FieldError] = &[$(FieldError::$name),*];
        }
    };
}

field_errors! {
    /// The comune's name is empty.
    NameRequired,
    /// A text longer than [`MAX_NAME_CHARS`].
    TooLong,
    /// A text with line breaks, tabs or other control characters.
    ControlCharacters,
    /// A text with an invisible character that changes the direction of the text around it ([`is_bidi_control`]).
    DirectionCharacters,
    /// The ISTAT code is not 6 digits.
    IstatDigits,
    /// Not a whole number.
    NotAWholeNumber,
    /// A year outside 2000-2100.
    YearRange,
    /// A negative number of datasets.
    Negative,
    /// More datasets than the answers file can hold.
    TooLarge,
    /// Not a number at all.
    NotANumber,
    /// A share outside 0-100.
    ShareRange,
    /// Not a date (`2026-03-15` or `15/03/2026`, years 2000-2100).
    NotADate,
}

/// What is wrong with a name or respondent ([`check_text`]); the questionnaire reports it as a [`FieldError`], the
/// answers file as a `FormatErrorKind` with the field's path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextProblem {
    /// Nothing but spaces where a name is required.
    Empty,
    /// Line breaks, tabs or other control characters.
    ControlCharacters,
    /// An invisible character that changes the direction of the text around it ([`is_bidi_control`]).
    DirectionCharacter {
        /// Its code point.
        code: u32,
    },
    /// More than [`MAX_NAME_CHARS`] characters.
    TooLong {
        /// How many characters there are (after trimming).
        chars: usize,
    },
}

impl From<TextProblem> for FieldError {
    fn from(p: TextProblem) -> FieldError {
        match p {
            TextProblem::Empty => FieldError::NameRequired,
            TextProblem::ControlCharacters => FieldError::ControlCharacters,
            TextProblem::DirectionCharacter { .. } => FieldError::DirectionCharacters,
            TextProblem::TooLong { .. } => FieldError::TooLong,
        }
    }
}

/// Checks a comune name: trimmed, 1-120 characters, no control characters.
pub fn check_name(raw: &str) -> Result<String, FieldError> {
    Ok(check_text(raw, true)?)
}

/// Checks the respondent: optional, at most 120 characters, no control characters.
pub fn check_respondent(raw: &str) -> Result<String, FieldError> {
    Ok(check_text(raw, false)?)
}

/// The one rule for a comune's name (`required`) and the respondent: trimmed, at most [`MAX_NAME_CHARS`]
/// characters, no control characters, no direction characters; returns the trimmed text.
pub fn check_text(raw: &str, required: bool) -> Result<String, TextProblem> {
    let t = raw.trim();
    if required && t.is_empty() {
        return Err(TextProblem::Empty);
    }
    if t.chars().any(char::is_control) {
        return Err(TextProblem::ControlCharacters);
    }
    if let Some(c) = t.chars().find(|c| is_bidi_control(*c)) {
        return Err(TextProblem::DirectionCharacter { code: u32::from(c) });
    }
    let chars = t.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(TextProblem::TooLong { chars });
    }
    Ok(t.to_string())
}

/// Whether `c` is a bidirectional formatting character (embeddings and overrides U+202A-U+202E, isolates
/// U+2066-U+2069, the marks U+200E, U+200F and U+061C): invisible, they reorder the text around them, so a name
/// with one could show a date or a score reversed (in the app, a share link, an embed, an SVG, a PNG, a CSV).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Whether `code` is an ISTAT code: exactly 6 ASCII digits.
pub fn is_istat_code(code: &str) -> bool {
    code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit())
}

/// Reads an ISTAT code: empty clears it; otherwise exactly 6 digits (spaces around are ignored).
pub fn parse_istat(raw: &str) -> Result<Option<String>, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if is_istat_code(t) {
        Ok(Some(t.to_string()))
    } else {
        Err(FieldError::IstatDigits)
    }
}

/// Reads a year: empty clears it; otherwise a whole number 2000-2100.
pub fn parse_year(raw: &str) -> Result<Option<u16>, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let n = whole_number(t)?;
    if (2000..=2100).contains(&n) {
        Ok(Some(n as u16))
    } else {
        Err(FieldError::YearRange)
    }
}

/// Reads a number of datasets: empty clears it; otherwise a whole number from 0. Thousands separators (`1.200`,
/// `1,200`, `1 200`) are not accepted: a dot or comma would be ambiguous between the two languages.
pub fn parse_datasets(raw: &str) -> Result<Option<u32>, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let n = whole_number(t)?;
    if n < 0 {
        Err(FieldError::Negative)
    } else if n > i128::from(u32::MAX) {
        Err(FieldError::TooLarge)
    } else {
        Ok(Some(n as u32))
    }
}

/// Reads a share 0-100: empty clears it; a decimal comma or point is accepted, and a trailing `%`.
pub fn parse_share(raw: &str) -> Result<Option<f64>, FieldError> {
    let t = raw.trim().trim_end_matches('%').trim();
    if t.is_empty() {
        return Ok(None);
    }
    let normal = t.replace(',', ".");
    let ok_chars = normal
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == '-' || c == '+');
    let v: f64 = if ok_chars {
        super::decimal::parse_decimal(&normal).ok_or(FieldError::NotANumber)?
    } else {
        return Err(FieldError::NotANumber);
    };
    if !v.is_finite() || !(0.0..=100.0).contains(&v) {
        Err(FieldError::ShareRange)
    } else {
        Ok(Some(v))
    }
}

/// Reads a date: empty clears it; otherwise `YYYY-MM-DD`, or day, month and year separated by `/`, `.` or `-`
/// (`15/03/2026`, as Italians write it), a real date in 2000-2100.
pub fn parse_date(raw: &str) -> Result<Option<super::IsoDate>, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if let Some(d) = super::IsoDate::parse(t) {
        return Ok(Some(d));
    }
    let parts: Vec<&str> = t.split(['/', '.', '-']).collect();
    let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    match parts.as_slice() {
        [d, m, y] if digits(d, 1..=2) && digits(m, 1..=2) && digits(y, 4..=4) => {
            super::IsoDate::parse(&format!("{y}-{m:0>2}-{d:0>2}"))
                .map(Some)
                .ok_or(FieldError::NotADate)
        }
        _ => Err(FieldError::NotADate),
    }
}

/// A whole number in decimal digits with an optional sign.
fn whole_number(t: &str) -> Result<i128, FieldError> {
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        let looks_numeric = digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
        return Err(if looks_numeric && !digits.is_empty() {
            FieldError::NotAWholeNumber
        } else {
            FieldError::NotANumber
        });
    }
    if digits.len() > 30 {
        return Err(if t.starts_with('-') {
            FieldError::Negative
        } else {
            FieldError::TooLarge
        });
    }
    let n: i128 = digits.parse().map_err(|_| FieldError::NotANumber)?;
    Ok(if t.starts_with('-') { -n } else { n })
}

/// How a saved share is shown back in a text field: exactly as saved (never rounded, so that saving the field again
/// changes nothing), with a decimal comma in Italian.
pub fn share_text(v: f64, lang: super::Lang) -> String {
    super::number::exact(lang, v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn istat_codes_are_six_digits() {
        assert_eq!(parse_istat(" 052032 "), Ok(Some("052032".into())));
        assert_eq!(parse_istat(""), Ok(None));
        for bad in ["52032", "0520321", "05203a", "05 032", "５２０３２１"] {
            assert_eq!(parse_istat(bad), Err(FieldError::IstatDigits), "{bad}");
        }
    }

    #[test]
    fn years_are_2000_to_2100() {
        assert_eq!(parse_year("2025"), Ok(Some(2025)));
        assert_eq!(parse_year("2000"), Ok(Some(2000)));
        assert_eq!(parse_year("2100"), Ok(Some(2100)));
        assert_eq!(parse_year("  "), Ok(None));
        assert_eq!(parse_year("1999"), Err(FieldError::YearRange));
        assert_eq!(parse_year("2101"), Err(FieldError::YearRange));
        assert_eq!(parse_year("-2025"), Err(FieldError::YearRange));
        assert_eq!(parse_year("2025.5"), Err(FieldError::NotAWholeNumber));
        assert_eq!(parse_year("venti"), Err(FieldError::NotANumber));
    }

    #[test]
    fn datasets_are_whole_and_not_negative() {
        assert_eq!(parse_datasets("0"), Ok(Some(0)));
        assert_eq!(parse_datasets("+120"), Ok(Some(120)));
        assert_eq!(parse_datasets("4294967295"), Ok(Some(u32::MAX)));
        assert_eq!(parse_datasets("4294967296"), Err(FieldError::TooLarge));
        assert_eq!(parse_datasets("-3"), Err(FieldError::Negative));
        assert_eq!(parse_datasets("-0"), Ok(Some(0)));
        assert_eq!(parse_datasets("12,5"), Err(FieldError::NotAWholeNumber));
        assert_eq!(parse_datasets("1.200"), Err(FieldError::NotAWholeNumber));
        assert_eq!(parse_datasets("molti"), Err(FieldError::NotANumber));
        assert_eq!(parse_datasets("-"), Err(FieldError::NotANumber));
        assert_eq!(parse_datasets(&"9".repeat(40)), Err(FieldError::TooLarge));
    }

    #[test]
    fn shares_are_0_to_100_with_either_decimal_mark() {
        assert_eq!(parse_share("62,5"), Ok(Some(62.5)));
        assert_eq!(parse_share("62.5"), Ok(Some(62.5)));
        assert_eq!(parse_share("100 %"), Ok(Some(100.0)));
        assert_eq!(parse_share("0"), Ok(Some(0.0)));
        assert_eq!(parse_share(""), Ok(None));
        assert_eq!(parse_share("120"), Err(FieldError::ShareRange));
        assert_eq!(parse_share("-1"), Err(FieldError::ShareRange));
        assert_eq!(parse_share("1e2"), Err(FieldError::NotANumber));
        assert_eq!(parse_share("NaN"), Err(FieldError::NotANumber));
        assert_eq!(parse_share("inf"), Err(FieldError::NotANumber));
        assert_eq!(parse_share("1,2,3"), Err(FieldError::NotANumber));
        assert_eq!(share_text(62.5, crate::model::Lang::It), "62,5");
        assert_eq!(share_text(80.0, crate::model::Lang::En), "80");
        // Never rounded: saving the field again must not change the answer.
        assert_eq!(share_text(12.75, crate::model::Lang::It), "12,75");
    }

    #[test]
    fn names_are_trimmed_required_and_bounded() {
        assert_eq!(
            check_name("  Comune di Lucca "),
            Ok("Comune di Lucca".into())
        );
        assert_eq!(check_name("   "), Err(FieldError::NameRequired));
        assert_eq!(
            check_name(&"é".repeat(120)).map(|s| s.chars().count()),
            Ok(120)
        );
        assert_eq!(check_name(&"é".repeat(121)), Err(FieldError::TooLong));
        assert_eq!(check_name("a\tb"), Err(FieldError::ControlCharacters));
        assert_eq!(
            check_name("Comune \u{202e}6202"),
            Err(FieldError::DirectionCharacters)
        );
        assert_eq!(
            check_text("Comune \u{200f}x", true),
            Err(TextProblem::DirectionCharacter { code: 0x200F })
        );
        assert_eq!(
            check_respondent("Ufficio \u{2067}RTD"),
            Err(FieldError::DirectionCharacters)
        );
        assert_eq!(check_respondent(""), Ok(String::new()));
        let date = |s: &str| parse_date(s).map(|d| d.map(|d| d.to_string()));
        assert_eq!(date("2026-03-15"), Ok(Some("2026-03-15".into())));
        assert_eq!(date(" 5/3/2026 "), Ok(Some("2026-03-05".into())));
        assert_eq!(date("29.02.2024"), Ok(Some("2024-02-29".into())));
        assert_eq!(date(""), Ok(None));
        for bad in [
            "29/02/2023",
            "15/03/26",
            "2026/03/15",
            "marzo 2026",
            "1999-12-31",
        ] {
            assert_eq!(date(bad), Err(FieldError::NotADate), "{bad}");
        }
        assert_eq!(check_respondent(&"x".repeat(121)), Err(FieldError::TooLong));
    }

    proptest::proptest! {
        /// Saving a share field again without editing it keeps the answer, for every value it can hold (one typed
        /// or imported with all its digits), in both languages.
        #[test]
        fn a_saved_share_reads_back_as_itself(v in 0.0f64..=100.0) {
            for lang in [crate::model::Lang::It, crate::model::Lang::En] {
                proptest::prop_assert_eq!(parse_share(&share_text(v, lang)), Ok(Some(v)));
            }
        }
    }
}
