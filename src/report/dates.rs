//! Calendar dates of the results and the report, and the one rule for the date an assessment speaks for
//! ([`assessment_date`]), which charts, file names and reports print.

use crate::model::{Answers, Lang};

/// A calendar date (proleptic Gregorian, UTC).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year, e.g. 2026.
    pub year: i32,
    /// Month 1-12.
    pub month: u32,
    /// Day 1-31.
    pub day: u32,
}

impl Date {
    /// The UTC date of a time in milliseconds since the Unix epoch.
    pub fn from_unix_ms(ms: f64) -> Date {
        let days = if ms.is_finite() {
            (ms / 86_400_000.0).floor() as i64
        } else {
            0
        };
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.trim().split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u32 = parts.next()?.parse().ok()?;
        let day: u32 = parts.next()?.parse().ok()?;
        if parts.next().is_some() || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        if !(1000..=9999).contains(&year) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// `12/05/2026` in Italian, `2026-05-12` in English (unambiguous).
    pub fn format(&self, lang: Lang) -> String {
        match lang {
            Lang::It => format!("{:02}/{:02}/{:04}", self.day, self.month, self.year),
            Lang::En => self.iso(),
        }
    }

    /// `2026-05-12`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The date an assessment speaks for, as charts, file names and reports print it: a day, or only the year when
/// that is all that is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssessmentDate {
    /// A calendar day.
    Day(Date),
    /// A year without a day (the questionnaire's year, edited in another year or never).
    Year(i32),
}

impl AssessmentDate {
    /// The year.
    pub fn year(&self) -> i32 {
        match self {
            AssessmentDate::Day(d) => d.year,
            AssessmentDate::Year(y) => *y,
        }
    }

    /// `12/05/2026` (Italian), `2026-05-12` (English), or the year alone.
    pub fn format(&self, lang: Lang) -> String {
        match self {
            AssessmentDate::Day(d) => d.format(lang),
            AssessmentDate::Year(y) => y.to_string(),
        }
    }
}

/// The date of an assessment: the one rule every output follows: the date of the assessment when the answers give
/// it (`assessed_on`, answers file version 2); otherwise the answers' year, and the day of the last edit when it
/// falls in that year or no year is given; nothing when neither is known, never today's date. `updated_ms` is the
/// last edit in milliseconds since the Unix epoch (none, or not positive, for answers read from a file).
pub fn assessment_date(answers: &Answers, updated_ms: Option<f64>) -> Option<AssessmentDate> {
    if let Some(d) = answers.assessed_on {
        return Some(AssessmentDate::Day(Date {
            year: i32::from(d.year),
            month: u32::from(d.month),
            day: u32::from(d.day),
        }));
    }
    let edited = updated_ms
        .filter(|ms| ms.is_finite() && *ms > 0.0)
        .map(Date::from_unix_ms);
    match (answers.comune.year.map(i32::from), edited) {
        (Some(y), Some(d)) if d.year == y => Some(AssessmentDate::Day(d)),
        (Some(y), _) => Some(AssessmentDate::Year(y)),
        (None, Some(d)) => Some(AssessmentDate::Day(d)),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_date_of_the_assessment_comes_first() {
        let mut a = Answers::new("Siena");
        a.comune.year = Some(2026);
        a.assessed_on = crate::model::IsoDate::parse("2026-03-15");
        let d = assessment_date(&a, Some(1_709_208_000_000.0)).unwrap();
        assert_eq!(d.format(Lang::It), "15/03/2026");
    }

    #[test]
    fn dates_from_the_epoch() {
        assert_eq!(
            Date::from_unix_ms(0.0),
            Date {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        // 2024-02-29T12:00:00Z
        let d = Date::from_unix_ms(1_709_208_000_000.0);
        assert_eq!(d.iso(), "2024-02-29");
        assert_eq!(d.format(Lang::It), "29/02/2024");
        assert_eq!(Date::parse_iso("2026-05-12").unwrap().iso(), "2026-05-12");
        assert!(Date::parse_iso("2026-13-01").is_none());
        assert!(Date::parse_iso("12/05/2026").is_none());
    }

    #[test]
    fn the_assessment_date_is_the_year_and_the_last_edit_never_today() {
        let may_2026 = 1_778_580_000_000.0; // 2026-05-12
        let mut a = Answers::new("Comune di Prova");
        a.comune.year = Some(2026);
        let day = Date::parse_iso("2026-05-12").unwrap();
        assert_eq!(
            assessment_date(&a, Some(may_2026)),
            Some(AssessmentDate::Day(day))
        );
        // Edited in another year than the assessment's: the year alone.
        a.comune.year = Some(2024);
        let d = assessment_date(&a, Some(may_2026)).unwrap();
        assert_eq!(d, AssessmentDate::Year(2024));
        assert_eq!((d.year(), d.format(Lang::It)), (2024, "2024".to_string()));
        // From a file (no edit time): the year, or nothing at all.
        assert_eq!(assessment_date(&a, None), Some(AssessmentDate::Year(2024)));
        a.comune.year = None;
        assert_eq!(assessment_date(&a, Some(0.0)), None);
        assert_eq!(assessment_date(&a, None), None);
        assert_eq!(
            assessment_date(&a, Some(may_2026)).map(|d| d.format(Lang::En)),
            Some("2026-05-12".to_string())
        );
    }
}
