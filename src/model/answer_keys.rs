//! The answers of an assessment question by question ([`AnswerKey`]): the unit in which two sets of answers are
//! compared when a colleague's file is merged ([`super::merge_plan`]), when two years of one comune are compared
//! ([`super::changes`]) and when one section is exported for a colleague ([`section_only`]). A service's level
//! and its SPID/CIE flags are one question, as the questionnaire shows them in one row.
//!
//! A given answer is expressed as the [`Edit`]s that set it ([`AnswerKey::edits`]), so a merge changes answers
//! through the one edit path. The comune's name, ISTAT code and year are who is assessed, not answers to merge:
//! they are not keys.

use super::{Answers, Edit, Edition};

/// One question of the questionnaire (a service with its SPID/CIE flags counts as one).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AnswerKey {
    /// A service's level and, when online, its SPID and CIE flags.
    Service(String),
    /// Whether the comune is active on pagoPA.
    PagopaActive,
    /// How a payment type is collected.
    Payment(String),
    /// The ANPR migration state.
    Anpr,
    /// Number of open datasets.
    Datasets,
    /// Share of datasets in open formats.
    OpenFormatShare,
    /// Which datasets carry an open licence.
    Licence,
    /// DCAT-AP_IT metadata harvested.
    DcatHarvested,
    /// Access by API or bulk download.
    ApiOrBulk,
    /// The comune's presence on a social network.
    Social(String),
}

/// The three sections of the questionnaire that hold answers (the comune's step holds who is assessed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    /// Digital Public Services: the services, their levels and SPID/CIE access.
    Services,
    /// Digital PA: pagoPA, its payment types and ANPR.
    DigitalPa,
    /// Digital Openness: open data and social networks.
    Openness,
}

impl Section {
    /// Every section, in questionnaire order.
    pub const ALL: [Section; 3] = [Section::Services, Section::DigitalPa, Section::Openness];

    /// The stable id, as the questionnaire's step slug (`servizi`, `pa-digitale`, `apertura`).
    pub fn id(self) -> &'static str {
        match self {
            Section::Services => "servizi",
            Section::DigitalPa => "pa-digitale",
            Section::Openness => "apertura",
        }
    }

    /// The section with this id.
    pub fn from_id(id: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.id() == id)
    }
}

impl AnswerKey {
    /// Every question of `edition`, in questionnaire order.
    pub fn all(edition: &Edition) -> Vec<AnswerKey> {
        let mut out: Vec<AnswerKey> = edition
            .services
            .iter()
            .map(|s| AnswerKey::Service(s.id.clone()))
            .collect();
        out.push(AnswerKey::PagopaActive);
        out.extend(
            edition
                .payment_types
                .iter()
                .map(|c| AnswerKey::Payment(c.id.clone())),
        );
        out.push(AnswerKey::Anpr);
        out.extend(
            edition
                .open_data_questions
                .iter()
                .filter_map(|c| AnswerKey::open_data(&c.id)),
        );
        out.extend(
            edition
                .social_networks
                .iter()
                .map(|c| AnswerKey::Social(c.id.clone())),
        );
        out
    }

    fn open_data(field: &str) -> Option<AnswerKey> {
        Some(match field {
            "datasets" => AnswerKey::Datasets,
            "open_format_share" => AnswerKey::OpenFormatShare,
            "licence" => AnswerKey::Licence,
            "dcat_harvested" => AnswerKey::DcatHarvested,
            "api_or_bulk" => AnswerKey::ApiOrBulk,
            _ => return None,
        })
    }

    /// The answer path of the question (`services.imu`, `pagopa.active`, `open_data.licence`, `social.x`): the
    /// path of its answer in the answers file (a service's is the object holding level and flags).
    pub fn path(&self) -> String {
        match self {
            AnswerKey::Service(id) => format!("services.{id}"),
            AnswerKey::PagopaActive => "pagopa.active".into(),
            AnswerKey::Payment(id) => format!("pagopa.payments.{id}"),
            AnswerKey::Anpr => "anpr".into(),
            AnswerKey::Datasets => "open_data.datasets".into(),
            AnswerKey::OpenFormatShare => "open_data.open_format_share".into(),
            AnswerKey::Licence => "open_data.licence".into(),
            AnswerKey::DcatHarvested => "open_data.dcat_harvested".into(),
            AnswerKey::ApiOrBulk => "open_data.api_or_bulk".into(),
            AnswerKey::Social(id) => format!("social.{id}"),
        }
    }

    /// The section that asks it.
    pub fn section(&self) -> Section {
        match self {
            AnswerKey::Service(_) => Section::Services,
            AnswerKey::PagopaActive | AnswerKey::Payment(_) | AnswerKey::Anpr => Section::DigitalPa,
            _ => Section::Openness,
        }
    }

    /// The edits that give this question the answer it has in `answers`, in the order to apply them (a
    /// service's level before its flags); `None` when it is unanswered there.
    pub fn edits(&self, answers: &Answers) -> Option<Vec<Edit>> {
        let od = &answers.open_data;
        let one = |e: Option<Edit>| e.map(|e| vec![e]);
        match self {
            AnswerKey::Service(id) => {
                let s = answers.services.get(id)?;
                let mut v = vec![Edit::Level {
                    service: id.clone(),
                    level: s.level,
                }];
                v.extend(s.spid.map(|value| Edit::Spid {
                    service: id.clone(),
                    value,
                }));
                v.extend(s.cie.map(|value| Edit::Cie {
                    service: id.clone(),
                    value,
                }));
                Some(v)
            }
            AnswerKey::PagopaActive => one(answers.pagopa.active.map(Edit::PagopaActive)),
            AnswerKey::Payment(id) => one(answers.pagopa.payments.get(id).map(|c| Edit::Payment {
                payment: id.clone(),
                channel: *c,
            })),
            AnswerKey::Anpr => one(answers.anpr.map(Edit::Anpr)),
            AnswerKey::Datasets => one(od.datasets.map(|n| Edit::Datasets(Some(n)))),
            AnswerKey::OpenFormatShare => {
                one(od.open_format_share.map(|s| Edit::OpenFormatShare(Some(s))))
            }
            AnswerKey::Licence => one(od.licence.map(Edit::Licence)),
            AnswerKey::DcatHarvested => one(od.dcat_harvested.map(Edit::DcatHarvested)),
            AnswerKey::ApiOrBulk => one(od.api_or_bulk.map(Edit::ApiOrBulk)),
            AnswerKey::Social(id) => one(answers.social.get(id).map(|s| Edit::Social {
                network: id.clone(),
                status: *s,
            })),
        }
    }

    /// Whether the question has the same answer (or none) in both.
    pub fn same_in(&self, a: &Answers, b: &Answers) -> bool {
        self.edits(a) == self.edits(b)
    }

    /// Gives the question in `to` exactly the answer it has in `from` (none when unanswered there): what a
    /// simulated change does to a copy of the answers, to score it (see [`super::changes`]).
    pub fn copy(&self, from: &Answers, to: &mut Answers) {
        match self {
            AnswerKey::Service(id) => match from.services.get(id) {
                Some(s) => {
                    to.services.insert(id.clone(), *s);
                }
                None => {
                    to.services.remove(id);
                }
            },
            AnswerKey::PagopaActive => to.pagopa.active = from.pagopa.active,
            AnswerKey::Payment(id) => match from.pagopa.payments.get(id) {
                Some(c) => {
                    to.pagopa.payments.insert(id.clone(), *c);
                }
                None => {
                    to.pagopa.payments.remove(id);
                }
            },
            AnswerKey::Anpr => to.anpr = from.anpr,
            AnswerKey::Datasets => to.open_data.datasets = from.open_data.datasets,
            AnswerKey::OpenFormatShare => {
                to.open_data.open_format_share = from.open_data.open_format_share
            }
            AnswerKey::Licence => to.open_data.licence = from.open_data.licence,
            AnswerKey::DcatHarvested => to.open_data.dcat_harvested = from.open_data.dcat_harvested,
            AnswerKey::ApiOrBulk => to.open_data.api_or_bulk = from.open_data.api_or_bulk,
            AnswerKey::Social(id) => match from.social.get(id) {
                Some(s) => {
                    to.social.insert(id.clone(), *s);
                }
                None => {
                    to.social.remove(id);
                }
            },
        }
    }
}

/// The answers of one section of `answers` alone (with their notes and links and the section's respondent), with
/// who is assessed and when (name, ISTAT code, year, model, date of the assessment): the file
/// a colleague fills in elsewhere and sends back to be merged. It is an ordinary answers file (it imports as an
/// assessment of its own too).
pub fn section_only(edition: &Edition, answers: &Answers, section: Section) -> Answers {
    let mut out = Answers {
        model: answers.model.clone(),
        comune: answers.comune.clone(),
        ..Answers::default()
    };
    for key in AnswerKey::all(edition) {
        if key.section() == section {
            key.copy(answers, &mut out);
            if let Some(n) = answers.note(&key) {
                out.notes.insert(key, n.clone());
            }
        }
    }
    if let Some(r) = answers.respondents.get(&section) {
        out.respondents.insert(section, r.clone());
    }
    out.assessed_on = answers.assessed_on;
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{current, Anpr, LevelAnswer, Licence, ServiceAnswer, SocialStatus};

    fn sample() -> Answers {
        let mut a = Answers::new("Siena");
        a.comune.istat_code = Some("052032".into());
        a.comune.year = Some(2024);
        a.services
            .insert("imu".into(), ServiceAnswer::online(3, true, false));
        a.services.insert("tari".into(), ServiceAnswer::level(1));
        a.pagopa.active = Some(true);
        a.anpr = Some(Anpr::Completed);
        a.open_data.licence = Some(Licence::Some);
        a.social.insert("x".into(), SocialStatus::Active);
        a
    }

    #[test]
    fn keys_follow_the_questionnaire_and_its_sections() {
        let e = current();
        let keys = AnswerKey::all(e);
        assert_eq!(
            keys.len(),
            e.services.len() + 1 + e.payment_types.len() + 1 + 5 + e.social_networks.len()
        );
        assert_eq!(keys[0].section(), Section::Services);
        assert_eq!(keys.last().unwrap().section(), Section::Openness);
        assert_eq!(AnswerKey::Licence.path(), "open_data.licence");
        for s in Section::ALL {
            assert_eq!(Section::from_id(s.id()), Some(s));
        }
    }

    #[test]
    fn the_edits_of_an_answer_set_it_through_the_edit_path() {
        let e = current();
        let a = sample();
        let mut rebuilt = Answers::new("Siena");
        rebuilt.comune = a.comune.clone();
        for key in AnswerKey::all(e) {
            for edit in key.edits(&a).unwrap_or_default() {
                edit.apply(e, &mut rebuilt);
            }
        }
        assert_eq!(rebuilt, a);
        assert_eq!(AnswerKey::Datasets.edits(&a), None, "unanswered");
        assert_eq!(
            AnswerKey::Service("imu".into()).edits(&a).unwrap().len(),
            3,
            "level, SPID, CIE"
        );
    }

    #[test]
    fn copying_a_question_gives_exactly_the_other_answer_even_none() {
        let a = sample();
        let mut b = Answers::new("Siena").with_level("imu", LevelAnswer::Level(4));
        AnswerKey::Service("imu".into()).copy(&a, &mut b);
        assert_eq!(b.services["imu"], a.services["imu"]);
        AnswerKey::Service("imu".into()).copy(&Answers::new("x"), &mut b);
        assert!(b.services.is_empty());
        assert!(AnswerKey::Licence.same_in(&a, &a));
        assert!(!AnswerKey::Licence.same_in(&a, &b));
    }

    #[test]
    fn a_section_export_keeps_who_is_assessed_and_that_section_only() {
        let e = current();
        let a = sample();
        let pa = section_only(e, &a, Section::DigitalPa);
        assert_eq!(pa.comune, a.comune);
        assert_eq!(pa.model, a.model);
        assert_eq!(pa.pagopa, a.pagopa);
        assert_eq!(pa.anpr, a.anpr);
        assert!(pa.services.is_empty() && pa.social.is_empty());
        assert_eq!(pa.open_data, Default::default());
        let services = section_only(e, &a, Section::Services);
        assert_eq!(services.services, a.services);
        assert_eq!(services.anpr, None);
        let open = section_only(e, &a, Section::Openness);
        assert_eq!(
            (open.open_data.licence, open.social.len()),
            (a.open_data.licence, 1)
        );
        // The three sections together give the answers back.
        let mut whole = section_only(e, &a, Section::Services);
        for s in [Section::DigitalPa, Section::Openness] {
            let part = section_only(e, &a, s);
            for key in AnswerKey::all(e).into_iter().filter(|k| k.section() == s) {
                key.copy(&part, &mut whole);
            }
        }
        assert_eq!(whole, a);
    }
}
