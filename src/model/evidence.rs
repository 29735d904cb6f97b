//! What version 2 of the answers file adds so that an assessment can be checked and followed over the years: a
//! note and a verification address ("evidence") per item ([`Item`], [`ItemNote`]), the date of the assessment
//! ([`IsoDate`]) and who answered each section ([`Section`], [`Respondent`]). None of it is scored.
//!
//! The checks of what users type (and of what a file carries) are here, once: [`check_note`] (plain text, at most
//! [`MAX_NOTE_CHARS`] characters), [`check_address`] (only `http:` and `https:` addresses with a host, never
//! `javascript:` or `data:`), [`IsoDate::parse`]. The questionnaire, the file parser and the share link all use
//! them, so that they accept the same values.

use super::typed_values::{check_text, is_bidi_control, TextProblem};

/// The longest note, in characters (Unicode scalar values).
pub const MAX_NOTE_CHARS: usize = 500;
/// The longest verification address, in characters.
pub const MAX_ADDRESS_CHARS: usize = 2000;

/// The note and verification address of one item; at least one of them is given (an entry with neither is
/// removed).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ItemNote {
    /// Plain text ([`check_note`]): where the answer comes from, what is planned.
    pub note: Option<String>,
    /// An `http:`/`https:` address where the answer can be checked ([`check_address`]).
    pub evidence: Option<String>,
}

impl ItemNote {
    /// Whether neither is given.
    pub fn is_empty(&self) -> bool {
        self.note.is_none() && self.evidence.is_none()
    }
}

/// Who answered a section: a name, an office, or both (each checked like a comune's name, at most 120
/// characters; empty is absent).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Respondent {
    /// A person.
    pub name: String,
    /// An office ("Ufficio tributi", "SUAP").
    pub office: String,
}

impl Respondent {
    /// Whether neither is given.
    pub fn is_empty(&self) -> bool {
        self.name.is_empty() && self.office.is_empty()
    }
}

/// Which part of a [`Respondent`] an edit changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RespondentField {
    /// [`Respondent::name`].
    Name,
    /// [`Respondent::office`].
    Office,
}

/// A calendar date, years 2000-2100 (as the comune's `year`), written `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IsoDate {
    /// 2000-2100.
    pub year: u16,
    /// 1-12.
    pub month: u8,
    /// 1-31, within the month.
    pub day: u8,
}

impl IsoDate {
    /// Reads exactly `YYYY-MM-DD` (ASCII digits, a real date, years 2000-2100); anything else is `None`.
    pub fn parse(text: &str) -> Option<IsoDate> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u16> {
            let part = &text[r];
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let date = IsoDate {
            year,
            month: u8::try_from(month).ok()?,
            day: u8::try_from(day).ok()?,
        };
        let valid = (2000..=2100).contains(&year)
            && (1..=12).contains(&date.month)
            && date.day >= 1
            && date.day <= days_in_month(year, date.month);
        valid.then_some(date)
    }
}

impl std::fmt::Display for IsoDate {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// What is wrong with a note.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteProblem {
    /// More than [`MAX_NOTE_CHARS`] characters.
    TooLong {
        /// How many (after trimming).
        chars: usize,
    },
    /// Control characters other than line breaks (tabs, NUL...).
    ControlCharacters,
    /// A character that changes the direction of the text around it.
    DirectionCharacter {
        /// Its code point.
        code: u32,
    },
}

/// Checks a note: plain text, trimmed, line breaks allowed (`\r\n` becomes `\n`), no other control characters
/// and no direction characters, at most [`MAX_NOTE_CHARS`] characters. Empty is no note (`None`).
pub fn check_note(raw: &str) -> Result<Option<String>, NoteProblem> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let t = t.replace("\r\n", "\n");
    if t.chars().any(|c| c.is_control() && c != '\n') {
        return Err(NoteProblem::ControlCharacters);
    }
    if let Some(c) = t.chars().find(|c| is_bidi_control(*c)) {
        return Err(NoteProblem::DirectionCharacter { code: u32::from(c) });
    }
    let chars = t.chars().count();
    if chars > MAX_NOTE_CHARS {
        return Err(NoteProblem::TooLong { chars });
    }
    Ok(Some(t))
}

/// Checks a respondent's name or office: optional, the rule of a comune's name ([`check_text`]).
pub fn check_respondent_text(raw: &str) -> Result<String, TextProblem> {
    check_text(raw, false)
}

/// What is wrong with a verification address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddressProblem {
    /// Not an `http:` or `https:` address (`javascript:`, `data:`, `ftp:`, or no scheme at all): `scheme` is what
    /// stands before the first `:` (at most 20 characters), empty when there is none.
    NotWeb {
        /// The scheme found.
        scheme: String,
    },
    /// No host after `//` (`https:///x`, `http:example.org`).
    NoHost,
    /// Spaces or control characters inside.
    Spaces,
    /// A user name or password before the host (`https://user@host`), which hides the real host.
    Credentials,
    /// Longer than [`MAX_ADDRESS_CHARS`].
    TooLong {
        /// How many characters.
        chars: usize,
    },
}

/// Checks a verification address: trimmed; empty is none (`None`); otherwise `http://` or `https://` (any
/// letter case), then a host without user name or password, no spaces or control characters, at most
/// [`MAX_ADDRESS_CHARS`] characters. Kept as written.
pub fn check_address(raw: &str) -> Result<Option<String>, AddressProblem> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let scheme_end = t.find(':');
    let scheme = scheme_end.map_or("", |i| &t[..i]);
    let web = scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http");
    if !web {
        return Err(AddressProblem::NotWeb {
            scheme: scheme.chars().take(20).collect(),
        });
    }
    let chars = t.chars().count();
    if chars > MAX_ADDRESS_CHARS {
        return Err(AddressProblem::TooLong { chars });
    }
    if t.chars()
        .any(|c| c.is_whitespace() || c.is_control() || is_bidi_control(c))
    {
        return Err(AddressProblem::Spaces);
    }
    let authority = authority(t).ok_or(AddressProblem::NoHost)?;
    if authority.contains('@') {
        return Err(AddressProblem::Credentials);
    }
    if host_of(authority).is_empty() {
        return Err(AddressProblem::NoHost);
    }
    Ok(Some(t.to_string()))
}

/// What follows `scheme://` up to the path, query or fragment; `None` without `//`.
fn authority(address: &str) -> Option<&str> {
    let rest = &address[address.find(':')? + 1..];
    let rest = rest.strip_prefix("//")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    Some(&rest[..end])
}

/// The host of an authority (`host:port` → `host`, `[::1]:8080` → `[::1]`).
fn host_of(authority: &str) -> &str {
    if authority.starts_with('[') {
        return authority.find(']').map_or(authority, |i| &authority[..=i]);
    }
    authority.split(':').next().unwrap_or_default()
}

/// The host of a checked address, lower case, for showing beside the link ("comune.siena.it"); empty for an
/// address that [`check_address`] refuses. A host typed in Unicode (`https://Città.it`) has its Latin letters in
/// lower case, the letters the `.it` registry allows in a name ([`lower_case`](super::text_case::lower_case));
/// letters of other scripts are shown as typed (the link itself is the address as typed, which the browser maps).
pub fn host(address: &str) -> String {
    match check_address(address) {
        Ok(Some(a)) => authority(&a)
            .map(|auth| super::text_case::lower_case(host_of(auth)))
            .unwrap_or_default(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_web_addresses_with_a_host() {
        assert_eq!(
            check_address(" https://www.comune.siena.it/servizi?x=1#a "),
            Ok(Some("https://www.comune.siena.it/servizi?x=1#a".into()))
        );
        assert_eq!(
            check_address("HTTP://example.org"),
            Ok(Some("HTTP://example.org".into()))
        );
        assert_eq!(check_address("  "), Ok(None));
        for (bad, scheme) in [
            ("javascript:alert(1)", "javascript"),
            ("JavaScript://%0aalert(1)", "JavaScript"),
            ("data:text/html,<script>", "data"),
            ("ftp://example.org", "ftp"),
            ("www.comune.it", ""),
            ("vbscript:x", "vbscript"),
        ] {
            assert_eq!(
                check_address(bad),
                Err(AddressProblem::NotWeb {
                    scheme: scheme.into()
                }),
                "{bad}"
            );
        }
        assert_eq!(check_address("https:///path"), Err(AddressProblem::NoHost));
        assert_eq!(
            check_address("http:example.org"),
            Err(AddressProblem::NoHost)
        );
        assert_eq!(check_address("https://a b.it"), Err(AddressProblem::Spaces));
        assert_eq!(
            check_address("https://comune.it@evil.example/"),
            Err(AddressProblem::Credentials)
        );
        let long = format!("https://example.org/{}", "a".repeat(2000));
        assert!(matches!(
            check_address(&long),
            Err(AddressProblem::TooLong { .. })
        ));
    }

    #[test]
    fn the_host_is_shown_lower_case_without_port() {
        assert_eq!(
            host("https://WWW.Comune.Siena.it:8443/a?b"),
            "www.comune.siena.it"
        );
        assert_eq!(host("http://[::1]:8080/"), "[::1]");
        assert_eq!(host("javascript:alert(1)"), "");
        assert_eq!(host("https://CITTÀ.Forlì.IT/x"), "città.forlì.it");
        assert_eq!(host("https://ΠΑΡΆΔΕΙΓΜΑ.gr"), "ΠΑΡΆΔΕΙΓΜΑ.gr");
    }

    #[test]
    fn notes_are_plain_text_up_to_500_characters() {
        assert_eq!(check_note("  "), Ok(None));
        assert_eq!(
            check_note(" riga uno\r\nriga due "),
            Ok(Some("riga uno\nriga due".into()))
        );
        assert_eq!(check_note("a\tb"), Err(NoteProblem::ControlCharacters));
        assert_eq!(
            check_note("a\u{202E}b"),
            Err(NoteProblem::DirectionCharacter { code: 0x202E })
        );
        assert_eq!(check_note(&"è".repeat(500)).map(|n| n.is_some()), Ok(true));
        assert_eq!(
            check_note(&"è".repeat(501)),
            Err(NoteProblem::TooLong { chars: 501 })
        );
    }

    #[test]
    fn dates_are_real_iso_dates() {
        let d = IsoDate::parse("2024-02-29").unwrap();
        assert_eq!(d.to_string(), "2024-02-29");
        for bad in [
            "2023-02-29",
            "2026-13-01",
            "2026-04-31",
            "1999-12-31",
            "2026-1-01",
            "2026/01/01",
            "+026-01-01",
            "2026-01-01T00:00",
            "",
        ] {
            assert_eq!(IsoDate::parse(bad), None, "{bad}");
        }
    }
}
