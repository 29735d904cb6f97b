//! One change to one answer ([`Edit`]): the only way answers change. The questionnaire sends one per control,
//! the improvement plan expresses each of its steps as a list of them, the what-if simulation applies them to
//! its copy: the same rules everywhere, in [`Edit::apply`].
//!
//! **SPID and CIE when a service goes online** (decided here, once). Choosing an online level (3 or 4, see
//! [`Edition::is_online`]) turns SPID/CIE flags that are still unanswered into "no", and keeps flags already
//! given. Why "no" and not "yes": the questionnaire and the what-if show the flags as checkboxes, and an unticked
//! box reads as "no"; writing "no" makes the saved answer what the screen shows, and the service is answered
//! (the result is not left provisional for two flags nobody was shown as missing). Access with SPID or CIE is a
//! claim the comune makes by ticking a box, never one the app makes for it. The plan, whose step is "the service
//! goes online *with* SPID and CIE" (going online without them lowers P1/P2), says so explicitly with three
//! edits: the level, then SPID yes, then CIE yes.
//!
//! The store applies each edit to the answers it holds (rather than taking a whole new [`Answers`] from a
//! view), so two quick changes can never overwrite each other with a stale copy.
//!
//! Typed values (names, codes, numbers) are read by [`super::typed_values`] first, notes and addresses by
//! [`super::evidence`]: a value that does not pass is never turned into an edit.

use super::answer_keys::{AnswerKey, Section};
use super::evidence::{IsoDate, RespondentField};
use super::{Anpr, Answers, Edition, LevelAnswer, Licence, PaymentChannel, SocialStatus};

/// One change to one answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// The comune's name (already checked by [`super::typed_values::check_name`]).
    Name(String),
    /// The ISTAT code, 6 digits, or `None` to clear it.
    IstatCode(Option<String>),
    /// The year, 2000-2100, or `None` to clear it.
    Year(Option<u16>),
    /// Who fills in the questionnaire: kept with the saved assessment, not in the answers, so
    /// [`Edit::apply`] ignores it (the store applies it).
    Respondent(String),
    /// The level of a service. Going online turns unanswered SPID/CIE flags into "no" (see the module
    /// documentation).
    Level { service: String, level: LevelAnswer },
    /// Access to a service with SPID (ignored for an unanswered service).
    Spid { service: String, value: bool },
    /// Access to a service with CIE (ignored for an unanswered service).
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
    /// The note of a question (checked by [`super::evidence::check_note`]), or `None` to remove it.
    Note {
        key: AnswerKey,
        note: Option<String>,
    },
    /// The verification address of a question (checked by [`super::evidence::check_address`]), or `None` to
    /// remove it.
    Evidence {
        key: AnswerKey,
        address: Option<String>,
    },
    /// The date of the assessment, or `None` to clear it.
    AssessedOn(Option<IsoDate>),
    /// The name or office of who answered a section (checked by
    /// [`super::evidence::check_respondent_text`]); empty clears it.
    SectionRespondent {
        section: Section,
        field: RespondentField,
        value: String,
    },
}

impl Edit {
    /// Applies the change to `answers` (of `edition`, whose parameters say which levels are online).
    pub fn apply(&self, edition: &Edition, answers: &mut Answers) {
        match self {
            Edit::Name(name) => answers.comune.name.clone_from(name),
            Edit::IstatCode(code) => answers.comune.istat_code.clone_from(code),
            Edit::Year(year) => answers.comune.year = *year,
            Edit::Respondent(_) => {}
            Edit::Level { service, level } => {
                let entry = match answers.services.get_mut(service) {
                    Some(entry) => entry,
                    None => answers.services.entry(service.clone()).or_default(),
                };
                entry.level = *level;
                if edition.is_online(*level) {
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
            Edit::Note { key, note } => {
                let entry = answers.notes.entry(key.clone()).or_default();
                entry.note.clone_from(note);
                if entry.is_empty() {
                    answers.notes.remove(key);
                }
            }
            Edit::Evidence { key, address } => {
                let entry = answers.notes.entry(key.clone()).or_default();
                entry.evidence.clone_from(address);
                if entry.is_empty() {
                    answers.notes.remove(key);
                }
            }
            Edit::AssessedOn(date) => answers.assessed_on = *date,
            Edit::SectionRespondent {
                section,
                field,
                value,
            } => {
                let entry = answers.respondents.entry(*section).or_default();
                match field {
                    RespondentField::Name => entry.name.clone_from(value),
                    RespondentField::Office => entry.office.clone_from(value),
                }
                if entry.is_empty() {
                    answers.respondents.remove(section);
                }
            }
        }
    }
}

/// `answers` with every edit applied, in order.
pub fn applied<'a>(
    edition: &Edition,
    answers: &Answers,
    edits: impl IntoIterator<Item = &'a Edit>,
) -> Answers {
    let mut out = answers.clone();
    for e in edits {
        e.apply(edition, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{current, ServiceAnswer};

    fn level(service: &str, l: u8) -> Edit {
        Edit::Level {
            service: service.into(),
            level: LevelAnswer::Level(l),
        }
    }

    #[test]
    fn going_online_turns_unanswered_flags_into_no_and_keeps_given_ones() {
        let e = current();
        let mut a = Answers::new("Siena");
        level("imu", 2).apply(e, &mut a);
        assert_eq!(a.services["imu"], ServiceAnswer::level(2));
        level("imu", 3).apply(e, &mut a);
        assert_eq!(a.services["imu"], ServiceAnswer::online(3, false, false));
        Edit::Spid {
            service: "imu".into(),
            value: true,
        }
        .apply(e, &mut a);
        level("imu", 1).apply(e, &mut a);
        level("imu", 4).apply(e, &mut a);
        assert_eq!(
            a.services["imu"],
            ServiceAnswer::online(4, true, false),
            "lowering then raising the level keeps the flags"
        );
        Edit::Level {
            service: "tari".into(),
            level: LevelAnswer::NotApplicable,
        }
        .apply(e, &mut a);
        assert_eq!(a.services["tari"], ServiceAnswer::not_applicable());
    }

    #[test]
    fn flags_of_an_unanswered_service_are_ignored() {
        let mut a = Answers::new("Siena");
        Edit::Cie {
            service: "imu".into(),
            value: true,
        }
        .apply(current(), &mut a);
        assert!(a.services.is_empty());
    }

    #[test]
    fn every_other_edit_lands_in_its_field() {
        let e = current();
        let edits = [
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
        ];
        let x = applied(e, &Answers::new("Siena"), &edits);
        assert_eq!(x.comune.name, "Lucca");
        assert_eq!(x.comune.istat_code.as_deref(), Some("046017"));
        assert_eq!(x.comune.year, Some(2025));
        assert_eq!(x.pagopa.active, Some(true));
        assert_eq!(x.pagopa.payments["tari"], PaymentChannel::Other);
        assert_eq!(x.anpr, Some(Anpr::InProgress));
        assert_eq!(x.open_data.datasets, Some(12));
        assert_eq!(x.open_data.open_format_share, Some(62.5));
        assert_eq!(x.open_data.licence, Some(Licence::Some));
        assert_eq!(x.open_data.dcat_harvested, Some(false));
        assert_eq!(x.open_data.api_or_bulk, Some(true));
        assert_eq!(x.social["x"], SocialStatus::Inactive);
        let cleared = applied(
            e,
            &x,
            &[
                Edit::IstatCode(None),
                Edit::Year(None),
                Edit::Datasets(None),
            ],
        );
        assert_eq!(cleared.comune.istat_code, None);
        assert_eq!(cleared.comune.year, None);
        assert_eq!(cleared.open_data.datasets, None);
    }

    #[test]
    fn notes_addresses_date_and_respondents_are_set_and_removed() {
        let e = current();
        let imu = AnswerKey::Service("imu".into());
        let edits = [
            Edit::Note {
                key: imu.clone(),
                note: Some("Verificato sul portale".into()),
            },
            Edit::Evidence {
                key: imu.clone(),
                address: Some("https://www.comune.example.it/imu".into()),
            },
            Edit::AssessedOn(IsoDate::parse("2026-03-15")),
            Edit::SectionRespondent {
                section: Section::Services,
                field: RespondentField::Office,
                value: "Ufficio tributi".into(),
            },
        ];
        let x = applied(e, &Answers::new("Siena"), &edits);
        assert!(x.uses_version_2());
        assert_eq!(
            x.notes[&imu].note.as_deref(),
            Some("Verificato sul portale")
        );
        assert_eq!(
            x.notes[&imu].evidence.as_deref(),
            Some("https://www.comune.example.it/imu")
        );
        assert_eq!(
            x.assessed_on.map(|d| d.to_string()).as_deref(),
            Some("2026-03-15")
        );
        assert_eq!(x.respondents[&Section::Services].office, "Ufficio tributi");
        let cleared = applied(
            e,
            &x,
            &[
                Edit::Note {
                    key: imu.clone(),
                    note: None,
                },
                Edit::Evidence {
                    key: imu,
                    address: None,
                },
                Edit::AssessedOn(None),
                Edit::SectionRespondent {
                    section: Section::Services,
                    field: RespondentField::Office,
                    value: String::new(),
                },
            ],
        );
        assert!(!cleared.uses_version_2(), "emptied entries are removed");
        assert_eq!(cleared, Answers::new("Siena"));
    }
}
