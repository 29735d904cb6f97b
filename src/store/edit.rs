//! One change to one answer of an assessment ([`Edit`]), and the checks of what users type in text fields.
//!
//! The questionnaire sends an [`Edit`] for every answer instead of a whole new [`Answers`]: the store applies it
//! to the answers it holds, so two quick changes can never overwrite each other with a stale copy.
//! Typed values go through the `parse_*` functions first; a value that does not pass is never written.

use crate::model::{
    Anpr, Answers, LevelAnswer, Licence, PaymentChannel, ServiceAnswer, SocialStatus,
};

use super::Assessment;

/// Longest comune name and respondent, in characters (as in the answers file v1).
pub const MAX_NAME_CHARS: usize = 120;

/// One change to one answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// The comune's name (already checked by [`check_name`]).
    Name(String),
    /// The ISTAT code, 6 digits, or `None` to clear it.
    IstatCode(Option<String>),
    /// The year, 2000-2100, or `None` to clear it.
    Year(Option<u16>),
    /// Who fills in the questionnaire (kept with the assessment, not in the answers file).
    Respondent(String),
    /// The level of a service. Going online (level 3 or 4) turns unanswered SPID/CIE flags into "no", which is
    /// what the unticked boxes then show.
    Level { service: String, level: LevelAnswer },
    /// Access to a service with SPID.
    Spid { service: String, value: bool },
    /// Access to a service with CIE.
    Cie { service: String, value: bool },
    /// Whether the comune is active on pagoPA.
    PagopaActive(bool),
    /// How a payment type is collected.
    Payment {
        payment: String,
        channel: PaymentChannel,
    },
    /// The ANPR migration state.
    Anpr(Anpr),
    /// Number of open datasets, or `None` to clear it.
    Datasets(Option<u32>),
    /// Share of datasets in open formats, 0-100, or `None` to clear it.
    OpenFormatShare(Option<f64>),
    /// Which datasets carry an open licence.
    Licence(Licence),
    /// DCAT-AP_IT metadata harvested by the national catalogue.
    DcatHarvested(bool),
    /// Access by API or bulk download.
    ApiOrBulk(bool),
    /// The comune's presence on a social network.
    Social {
        network: String,
        status: SocialStatus,
    },
}

impl Edit {
    /// Applies the change to an assessment's answers (and, for the respondent, to the assessment).
    pub fn apply(&self, assessment: &mut Assessment) {
        if let Edit::Respondent(who) = self {
            assessment.respondent = who.clone();
            return;
        }
        self.apply_to_answers(&mut assessment.answers);
    }

    /// Applies the change to answers (the respondent is not part of them and is ignored).
    pub fn apply_to_answers(&self, answers: &mut Answers) {
        match self {
            Edit::Name(name) => answers.comune.name = name.clone(),
            Edit::IstatCode(code) => answers.comune.istat_code = code.clone(),
            Edit::Year(year) => answers.comune.year = *year,
            Edit::Respondent(_) => {}
            Edit::Level { service, level } => {
                let entry = answers
                    .services
                    .entry(service.clone())
                    .or_insert(ServiceAnswer {
                        level: *level,
                        spid: None,
                        cie: None,
                    });
                entry.level = *level;
                if matches!(level, LevelAnswer::Level(l) if *l >= online_min_level()) {
                    entry.spid.get_or_insert(false);
                    entry.cie.get_or_insert(false);
                }
            }
            Edit::Spid { service, value } => {
                if let Some(s) = answers.services.get_mut(service) {
                    s.spid = Some(*value);
                }
            }
            Edit::Cie { service, value } => {
                if let Some(s) = answers.services.get_mut(service) {
                    s.cie = Some(*value);
                }
            }
            Edit::PagopaActive(active) => answers.pagopa.active = Some(*active),
            Edit::Payment { payment, channel } => {
                answers.pagopa.payments.insert(payment.clone(), *channel);
            }
            Edit::Anpr(state) => answers.anpr = Some(*state),
            Edit::Datasets(n) => answers.open_data.datasets = *n,
            Edit::OpenFormatShare(share) => answers.open_data.open_format_share = *share,
            Edit::Licence(licence) => answers.open_data.licence = Some(*licence),
            Edit::DcatHarvested(v) => answers.open_data.dcat_harvested = Some(*v),
            Edit::ApiOrBulk(v) => answers.open_data.api_or_bulk = Some(*v),
            Edit::Social { network, status } => {
                answers.social.insert(network.clone(), *status);
            }
        }
    }
}

/// The lowest "online" level of the current edition (SPID and CIE are asked from it).
pub fn online_min_level() -> u8 {
    crate::model::current()
        .params
        .online_min_level
        .value
        .round()
        .clamp(0.0, 4.0) as u8
}

/// Why a typed value was refused. The message, in both languages, is in the questionnaire strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    /// The comune's name is empty.
    NameRequired,
    /// A text longer than [`MAX_NAME_CHARS`].
    TooLong,
    /// A text with line breaks, tabs or other control characters.
    ControlCharacters,
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
}

/// Checks a comune name: trimmed, 1-120 characters, no control characters.
pub fn check_name(raw: &str) -> Result<String, FieldError> {
    check_text(raw, true)
}

/// Checks the respondent: optional, at most 120 characters, no control characters.
pub fn check_respondent(raw: &str) -> Result<String, FieldError> {
    check_text(raw, false)
}

fn check_text(raw: &str, required: bool) -> Result<String, FieldError> {
    let t = raw.trim();
    if required && t.is_empty() {
        return Err(FieldError::NameRequired);
    }
    if t.chars().any(char::is_control) {
        return Err(FieldError::ControlCharacters);
    }
    if t.chars().count() > MAX_NAME_CHARS {
        return Err(FieldError::TooLong);
    }
    Ok(t.to_string())
}

/// Reads an ISTAT code: empty clears it; otherwise exactly 6 digits (spaces around are ignored).
pub fn parse_istat(raw: &str) -> Result<Option<String>, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if t.len() == 6 && t.bytes().all(|b| b.is_ascii_digit()) {
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
        crate::model::decimal::parse_decimal(&normal).ok_or(FieldError::NotANumber)?
    } else {
        return Err(FieldError::NotANumber);
    };
    if !v.is_finite() || !(0.0..=100.0).contains(&v) {
        Err(FieldError::ShareRange)
    } else {
        Ok(Some(v))
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

/// How a saved share is shown back in a text field: no decimals when whole, a decimal comma in Italian.
pub fn share_text(v: f64, lang: crate::model::Lang) -> String {
    crate::model::score::fmt_num(v, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Step;

    fn blank() -> Assessment {
        Assessment::new("a", Answers::new("Siena"), 0.0)
    }

    #[test]
    fn going_online_turns_unanswered_flags_into_no_and_keeps_given_ones() {
        let mut a = blank();
        Edit::Level {
            service: "imu".into(),
            level: LevelAnswer::Level(2),
        }
        .apply(&mut a);
        assert_eq!(a.answers.services["imu"], ServiceAnswer::level(2));
        Edit::Level {
            service: "imu".into(),
            level: LevelAnswer::Level(3),
        }
        .apply(&mut a);
        assert_eq!(
            a.answers.services["imu"],
            ServiceAnswer::online(3, false, false)
        );
        Edit::Spid {
            service: "imu".into(),
            value: true,
        }
        .apply(&mut a);
        Edit::Level {
            service: "imu".into(),
            level: LevelAnswer::Level(1),
        }
        .apply(&mut a);
        Edit::Level {
            service: "imu".into(),
            level: LevelAnswer::Level(4),
        }
        .apply(&mut a);
        assert_eq!(
            a.answers.services["imu"],
            ServiceAnswer::online(4, true, false),
            "lowering then raising the level keeps the flags"
        );
        Edit::Level {
            service: "tari".into(),
            level: LevelAnswer::NotApplicable,
        }
        .apply(&mut a);
        assert_eq!(a.answers.services["tari"], ServiceAnswer::not_applicable());
    }

    #[test]
    fn flags_of_an_unanswered_service_are_ignored() {
        let mut a = blank();
        Edit::Cie {
            service: "imu".into(),
            value: true,
        }
        .apply(&mut a);
        assert!(a.answers.services.is_empty());
    }

    #[test]
    fn every_other_edit_lands_in_its_field() {
        let mut a = blank();
        for e in [
            Edit::Name("Lucca".into()),
            Edit::IstatCode(Some("046017".into())),
            Edit::Year(Some(2025)),
            Edit::Respondent("Ufficio RTD".into()),
            Edit::PagopaActive(true),
            Edit::Payment {
                payment: "tari".into(),
                channel: PaymentChannel::Other,
            },
            Edit::Anpr(Anpr::InProgress),
            Edit::Datasets(Some(12)),
            Edit::OpenFormatShare(Some(62.5)),
            Edit::Licence(Licence::Some),
            Edit::DcatHarvested(false),
            Edit::ApiOrBulk(true),
            Edit::Social {
                network: "x".into(),
                status: SocialStatus::Inactive,
            },
        ] {
            e.apply(&mut a);
        }
        let x = &a.answers;
        assert_eq!(x.comune.name, "Lucca");
        assert_eq!(x.comune.istat_code.as_deref(), Some("046017"));
        assert_eq!(x.comune.year, Some(2025));
        assert_eq!(a.respondent, "Ufficio RTD");
        assert_eq!(x.pagopa.active, Some(true));
        assert_eq!(x.pagopa.payments["tari"], PaymentChannel::Other);
        assert_eq!(x.anpr, Some(Anpr::InProgress));
        assert_eq!(x.open_data.datasets, Some(12));
        assert_eq!(x.open_data.open_format_share, Some(62.5));
        assert_eq!(x.open_data.licence, Some(Licence::Some));
        assert_eq!(x.open_data.dcat_harvested, Some(false));
        assert_eq!(x.open_data.api_or_bulk, Some(true));
        assert_eq!(x.social["x"], SocialStatus::Inactive);
        assert_eq!(a.step, Step::Comune, "edits do not move the step");
        Edit::IstatCode(None).apply(&mut a);
        Edit::Year(None).apply(&mut a);
        Edit::Datasets(None).apply(&mut a);
        assert_eq!(a.answers.comune.istat_code, None);
        assert_eq!(a.answers.comune.year, None);
        assert_eq!(a.answers.open_data.datasets, None);
    }

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
        assert_eq!(check_respondent(""), Ok(String::new()));
        assert_eq!(check_respondent(&"x".repeat(121)), Err(FieldError::TooLong));
    }
}
