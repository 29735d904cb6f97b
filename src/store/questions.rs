//! The questions of the questionnaire as the app sees them: which step each answer path belongs to, the stable
//! element id of its control, what each step and service group has left to answer, and which score changes
//! are worth announcing. Pure: the views turn these into markup and words.

use crate::model::{Answers, Band, Choice, Class, Count, Edition, Scores, Service, ServiceGroup};

use super::live_score::LiveScore;
use super::Step;

/// One question, found from its answer path (the paths of `Scores::missing`, plus `comune.name`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Question<'e> {
    /// The comune's name (`comune.name`).
    Name,
    /// A service's level (`services.<id>.level`).
    Level(&'e Service),
    /// A service's SPID flag (`services.<id>.spid`).
    Spid(&'e Service),
    /// A service's CIE flag (`services.<id>.cie`).
    Cie(&'e Service),
    /// `pagopa.active`.
    PagopaActive,
    /// `pagopa.payments.<id>`.
    Payment(&'e Choice),
    /// `anpr`.
    Anpr,
    /// `open_data.<field>`.
    OpenData(&'e Choice),
    /// `social.<id>`.
    Social(&'e Choice),
}

impl<'e> Question<'e> {
    /// The question at an answer path, if the edition has it.
    pub fn at(edition: &'e Edition, path: &str) -> Option<Question<'e>> {
        let parts: Vec<&str> = path.split('.').collect();
        match parts.as_slice() {
            ["comune", "name"] => Some(Question::Name),
            ["services", id, what] => {
                let s = edition.service(id)?;
                match *what {
                    "level" => Some(Question::Level(s)),
                    "spid" => Some(Question::Spid(s)),
                    "cie" => Some(Question::Cie(s)),
                    _ => None,
                }
            }
            ["pagopa", "active"] => Some(Question::PagopaActive),
            ["pagopa", "payments", id] => edition.payment_type(id).map(Question::Payment),
            ["anpr"] => Some(Question::Anpr),
            ["open_data", field] => edition
                .open_data_questions
                .iter()
                .find(|q| q.id == *field)
                .map(Question::OpenData),
            ["social", id] => edition.social_network(id).map(Question::Social),
            _ => None,
        }
    }

    /// The answer path.
    pub fn path(&self) -> String {
        match self {
            Question::Name => "comune.name".into(),
            Question::Level(s) => format!("services.{}.level", s.id),
            Question::Spid(s) => format!("services.{}.spid", s.id),
            Question::Cie(s) => format!("services.{}.cie", s.id),
            Question::PagopaActive => "pagopa.active".into(),
            Question::Payment(c) => format!("pagopa.payments.{}", c.id),
            Question::Anpr => "anpr".into(),
            Question::OpenData(c) => format!("open_data.{}", c.id),
            Question::Social(c) => format!("social.{}", c.id),
        }
    }

    /// The step that asks it.
    pub fn step(&self) -> Step {
        match self {
            Question::Name => Step::Comune,
            Question::Level(_) | Question::Spid(_) | Question::Cie(_) => Step::Services,
            Question::PagopaActive | Question::Payment(_) | Question::Anpr => Step::DigitalPa,
            Question::OpenData(_) | Question::Social(_) => Step::Openness,
        }
    }

    /// The element id of its control (see [`control_id`]).
    pub fn control_id(&self) -> String {
        control_id(&self.path())
    }
}

/// The stable element id of the control of an answer path: `services.imu.level` -> `q-services-imu-level`.
/// Radio groups carry it on their `<fieldset>`, each radio adds `-<value>`; text fields and checkboxes carry
/// it on the `<input>`.
pub fn control_id(path: &str) -> String {
    format!("q-{}", path.replace('.', "-"))
}

/// The answer path of a control id (the inverse of [`control_id`] for the edition's questions).
pub fn path_of_control(edition: &Edition, id: &str) -> Option<String> {
    let rest = id.strip_prefix("q-")?;
    all_paths(edition)
        .into_iter()
        .find(|p| p.replace('.', "-") == rest)
}

/// Every answer path the questionnaire can ask, in questionnaire order.
pub fn all_paths(edition: &Edition) -> Vec<String> {
    let mut v = vec!["comune.name".to_string()];
    for s in &edition.services {
        for what in ["level", "spid", "cie"] {
            v.push(format!("services.{}.{what}", s.id));
        }
    }
    let under = |prefix: &str, list: &[Choice]| -> Vec<String> {
        list.iter().map(|c| format!("{prefix}.{}", c.id)).collect()
    };
    v.push("pagopa.active".into());
    v.extend(under("pagopa.payments", &edition.payment_types));
    v.push("anpr".into());
    v.extend(under("open_data", &edition.open_data_questions));
    v.extend(under("social", &edition.social_networks));
    v
}

/// The unanswered questions, in questionnaire order: the comune's name when it is empty, then `Scores::missing`.
pub fn unanswered<'e>(
    edition: &'e Edition,
    answers: &Answers,
    scores: &Scores,
) -> Vec<Question<'e>> {
    let mut out = Vec::new();
    if answers.comune.name.trim().is_empty() {
        out.push(Question::Name);
    }
    out.extend(
        scores
            .missing
            .iter()
            .filter_map(|p| Question::at(edition, p)),
    );
    out
}

/// Answered and asked questions of one step: the model's [`Count`].
pub type StepCount = Count;

/// What each step has answered out of what it asks: the model's `Scores::progress` of its section (the one
/// definition of progress, totals fixed by the edition); the comune step counts its name, the review everything
/// the model counts (the name is not a question of the model: the stepper and the review show it apart).
pub fn step_count(step: Step, answers: &Answers, scores: &Scores) -> StepCount {
    let p = &scores.progress;
    match step {
        Step::Comune => Count {
            answered: u32::from(!answers.comune.name.trim().is_empty()),
            total: 1,
        },
        Step::Services => p.services,
        Step::DigitalPa => p.digital_pa,
        Step::Openness => p.openness,
        Step::Review => p.total,
    }
}

/// The step of an answer path, from its first segment.
pub fn step_of_path(path: &str) -> Option<Step> {
    match path.split('.').next()? {
        "comune" => Some(Step::Comune),
        "services" => Some(Step::Services),
        "pagopa" | "anpr" => Some(Step::DigitalPa),
        "open_data" | "social" => Some(Step::Openness),
        _ => None,
    }
}

/// The services of a group, in questionnaire order.
pub fn group_services(edition: &Edition, group: ServiceGroup) -> Vec<&Service> {
    edition
        .services
        .iter()
        .filter(|s| s.group == group)
        .collect()
}

/// Services of a group with nothing left to answer (level, and SPID/CIE when online), and the group's size.
pub fn group_count(edition: &Edition, group: ServiceGroup, scores: &Scores) -> StepCount {
    let services = group_services(edition, group);
    let done = services
        .iter()
        .filter(|s| {
            let prefix = format!("services.{}.", s.id);
            !scores.missing.iter().any(|p| p.starts_with(&prefix))
        })
        .count() as u32;
    StepCount {
        answered: done,
        total: services.len() as u32,
    }
}

/// A score as shown in the questionnaire: its integer part (a value within 1e-9 of the next integer counts as
/// it), so that the number and its band never disagree (39.7 shows 39 and "basso").
pub fn shown_score(v: f64) -> u32 {
    let f = (v + 1e-9).floor();
    if f <= 0.0 {
        0
    } else {
        f.min(100.0) as u32
    }
}

/// What the live region may say after a change: the few facts worth interrupting for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoreGlance {
    /// Band of DPS, DPA, DO.
    pub bands: [Option<Band>; 3],
    /// Shown values of DPS, DPA, DO.
    pub values: [Option<u32>; 3],
    /// The class (provisional while incomplete).
    pub class: Option<Class>,
    /// Every question answered.
    pub complete: bool,
}

impl ScoreGlance {
    /// The glance of a live score: a dimension in corso has no band or value to announce yet.
    pub fn of(live: &LiveScore) -> ScoreGlance {
        let shown: [Option<(f64, Band)>; 3] = std::array::from_fn(|i| live.dims[i].shown());
        ScoreGlance {
            bands: shown.map(|s| s.map(|(_, b)| b)),
            values: shown.map(|s| s.map(|(v, _)| shown_score(v))),
            class: live.class.map(|(c, _)| c),
            complete: live.complete,
        }
    }
}

/// A change worth announcing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ScoreNews {
    /// Dimension `index` (0 DPS, 1 DPA, 2 DO) moved to a band (a first score counts as a move).
    Band {
        index: usize,
        band: Band,
        value: u32,
    },
    /// The class changed, or became defined.
    Class { class: Class, provisional: bool },
    /// The last question was answered.
    Completed,
}

/// The news between two glances: band moves, a class change, completion. Score changes within a band are not
/// news (they would be read after every click).
pub fn score_news(before: &ScoreGlance, after: &ScoreGlance) -> Vec<ScoreNews> {
    let mut news = Vec::new();
    for i in 0..3 {
        if let (Some(band), Some(value)) = (after.bands[i], after.values[i]) {
            if before.bands[i] != Some(band) {
                news.push(ScoreNews::Band {
                    index: i,
                    band,
                    value,
                });
            }
        }
    }
    if let Some(class) = after.class {
        if before.class != Some(class) {
            news.push(ScoreNews::Class {
                class,
                provisional: !after.complete,
            });
        }
    }
    if after.complete && !before.complete {
        news.push(ScoreNews::Completed);
    }
    news
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        current, score, Anpr, LevelAnswer, Licence, PaymentChannel, ServiceAnswer, SocialStatus,
    };
    use crate::store::live_score::live_score;

    fn complete_answers() -> Answers {
        let e = current();
        let mut a = Answers::new("Comune di Prova");
        for (i, s) in e.services.iter().enumerate() {
            let sa = match i % 3 {
                0 => ServiceAnswer::online(4, true, i % 2 == 0),
                1 => ServiceAnswer::level(2),
                _ => ServiceAnswer::not_applicable(),
            };
            a.services.insert(s.id.clone(), sa);
        }
        a.pagopa.active = Some(true);
        for p in &e.payment_types {
            a.pagopa
                .payments
                .insert(p.id.clone(), PaymentChannel::Pagopa);
        }
        a.anpr = Some(Anpr::Completed);
        a.open_data.datasets = Some(50);
        a.open_data.open_format_share = Some(70.0);
        a.open_data.licence = Some(Licence::All);
        a.open_data.dcat_harvested = Some(true);
        a.open_data.api_or_bulk = Some(false);
        for n in &e.social_networks {
            a.social.insert(n.id.clone(), SocialStatus::Active);
        }
        a
    }

    #[test]
    fn every_missing_path_is_a_question_of_a_step_with_a_unique_control_id() {
        let e = current();
        let mut a = Answers::default();
        for s in &e.services {
            // Online services without flags, so that the flag paths are missing too.
            a.services.insert(
                s.id.clone(),
                ServiceAnswer {
                    level: LevelAnswer::Level(3),
                    spid: None,
                    cie: None,
                },
            );
        }
        let sc = score(e, &a);
        let qs = unanswered(e, &a, &sc);
        assert_eq!(
            qs.len(),
            sc.missing.len() + 1,
            "the empty name is asked too"
        );
        let mut ids = crate::sorted_map::SortedSet::new();
        for q in &qs {
            assert_eq!(Question::at(e, &q.path()), Some(*q));
            assert_eq!(Some(q.step()), step_of_path(&q.path()));
            assert!(ids.insert(q.control_id()), "{}", q.control_id());
            assert_eq!(path_of_control(e, &q.control_id()), Some(q.path()));
        }
        assert_eq!(control_id("services.imu.level"), "q-services-imu-level");
        assert_eq!(
            Question::at(e, "services.imu.spid").unwrap().control_id(),
            "q-services-imu-spid"
        );
        assert_eq!(Question::at(e, "services.nope.level"), None);
        assert_eq!(Question::at(e, "open_data.colour"), None);
        assert_eq!(Question::at(e, "services.imu.colour"), None);
    }

    #[test]
    fn step_counts_add_up_to_the_model_progress() {
        let e = current();
        let mut a = complete_answers();
        a.services.remove("imu");
        a.services.insert(
            "tari".into(),
            ServiceAnswer {
                level: LevelAnswer::Level(3),
                spid: Some(true),
                cie: None,
            },
        );
        a.pagopa.payments.remove("tari");
        a.social.remove("x");
        let sc = score(e, &a);
        let parts: Vec<StepCount> = [Step::Services, Step::DigitalPa, Step::Openness]
            .iter()
            .map(|s| step_count(*s, &a, &sc))
            .collect();
        assert_eq!(
            parts.iter().map(|c| c.total).sum::<u32>(),
            sc.progress.total.total
        );
        assert_eq!(
            parts.iter().map(|c| c.answered).sum::<u32>(),
            sc.progress.total.answered
        );
        assert_eq!(
            parts[0].total - parts[0].answered,
            2,
            "imu (no level) and tari (no CIE) are the two services left"
        );
        assert_eq!(parts[1].total - parts[1].answered, 1);
        assert_eq!(parts[2].total - parts[2].answered, 1);
        let review = step_count(Step::Review, &a, &sc);
        assert_eq!(review, sc.progress.total, "the name is not counted");
        assert!(step_count(Step::Comune, &a, &sc).is_complete());
    }

    #[test]
    fn totals_never_change_while_answering_and_a_no_to_pagopa_settles_the_payment_types() {
        let e = current();
        let mut a = Answers::default();
        let fixed = score(e, &a).progress;
        assert_eq!(
            fixed.total.total, 44,
            "20 services + pagoPA + 10 payment types + ANPR + 12"
        );
        let totals = |a: &Answers| {
            let p = score(e, a).progress;
            [p.total, p.services, p.digital_pa, p.openness].map(|c| c.total)
        };
        // A step's count as (answered, total).
        let count = |step: Step, a: &Answers| {
            let c = step_count(step, a, &score(e, a));
            (c.answered, c.total)
        };
        let before = totals(&a);
        a.pagopa.active = Some(false);
        a.anpr = Some(Anpr::NotStarted);
        assert_eq!(count(Step::DigitalPa, &a), (12, 12));
        a.pagopa.active = Some(true);
        assert_eq!(count(Step::DigitalPa, &a), (2, 12));
        // A service going online brings its SPID/CIE inside its own question: no new question appears.
        a = a.with_level("imu", LevelAnswer::Level(4));
        assert_eq!(count(Step::Services, &a), (0, 20));
        a.services.get_mut("imu").unwrap().spid = Some(true);
        a.services.get_mut("imu").unwrap().cie = Some(false);
        assert_eq!(score(e, &a).progress.services.answered, 1);
        assert_eq!(totals(&a), before);
        assert_eq!(totals(&complete_answers()), before);
    }

    #[test]
    fn group_counts_need_the_flags_of_online_services() {
        let e = current();
        let mut a = Answers::default();
        let citizens = group_services(e, ServiceGroup::Citizens);
        assert!(!citizens.is_empty());
        for s in &citizens {
            a.services.insert(s.id.clone(), ServiceAnswer::level(1));
        }
        let sc = score(e, &a);
        let full = group_count(e, ServiceGroup::Citizens, &sc);
        assert_eq!(full.answered, full.total);
        a.services.insert(
            citizens[0].id.clone(),
            ServiceAnswer {
                level: LevelAnswer::Level(4),
                spid: Some(true),
                cie: None,
            },
        );
        let sc = score(e, &a);
        assert_eq!(
            group_count(e, ServiceGroup::Citizens, &sc).answered,
            full.total - 1
        );
        let total: u32 = ServiceGroup::ALL
            .iter()
            .map(|g| group_count(e, *g, &sc).total)
            .sum();
        assert_eq!(total as usize, e.services.len());
    }

    #[test]
    fn shown_scores_are_integer_parts() {
        assert_eq!(shown_score(39.7), 39);
        assert_eq!(shown_score(59.999_999_999_9), 60);
        assert_eq!(shown_score(0.0), 0);
        assert_eq!(shown_score(100.0), 100);
    }

    #[test]
    fn news_is_band_moves_class_changes_and_completion_only() {
        let e = current();
        let glance = |a: &Answers| ScoreGlance::of(&live_score(e, &score(e, a)));
        let empty = glance(&Answers::default());
        let mut a = Answers::default().with_level("imu", LevelAnswer::Level(1));
        let first = glance(&a);
        // A first service defines P1/P2 too (no online service: 0), but DPA is in corso until pagoPA and ANPR
        // are answered: only DPS is news.
        assert_eq!(
            score_news(&empty, &first),
            vec![ScoreNews::Band {
                index: 0,
                band: Band::Basso,
                value: 25
            }]
        );
        a = a.with_level("tari", LevelAnswer::Level(2));
        let same_band = glance(&a);
        assert_eq!(same_band.values[0], Some(37));
        assert!(
            score_news(&first, &same_band).is_empty(),
            "37 is still basso"
        );

        let done = complete_answers();
        let full = glance(&done);
        let news = score_news(&empty, &full);
        assert!(news.contains(&ScoreNews::Completed));
        assert!(news.iter().any(|n| matches!(
            n,
            ScoreNews::Class {
                provisional: false,
                ..
            }
        )));
        assert!(score_news(&full, &full).is_empty());
    }
}
