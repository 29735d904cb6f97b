//! One question and its answer in words ([`crate::model::answer_keys::AnswerKey`]), for the merge preview (mine
//! and the file's side by side) and the changes between two years of a comune's history. Names come from the
//! edition, the rest from the string catalogues; numbers from [`crate::model::number`].

use crate::i18n::{fill, strings};
use crate::model::answer_keys::{AnswerKey, Section};
use crate::model::number::{percent, signed_change};
use crate::model::{Answers, Choice, Edition, Lang, LevelAnswer};

/// The question in words (`IMU`, `Pagamento: TARI`, `Subentro in ANPR`, `Social: Facebook`).
pub fn question_name(edition: &Edition, key: &AnswerKey, lang: Lang) -> String {
    let q = &strings(lang).questionnaire;
    let named = |list: &[Choice], id: &str| {
        list.iter()
            .find(|c| c.id == id)
            .map_or_else(|| id.to_string(), |c| c.name.get(lang).to_string())
    };
    match key {
        AnswerKey::Service(id) => edition
            .service(id)
            .map_or_else(|| id.clone(), |s| s.name.get(lang).to_string()),
        AnswerKey::PagopaActive => q.q_pagopa_active.to_string(),
        AnswerKey::Payment(id) => fill(q.q_payment, &[&named(&edition.payment_types, id)]),
        AnswerKey::Anpr => q.q_anpr.to_string(),
        AnswerKey::Social(id) => fill(q.q_social, &[&named(&edition.social_networks, id)]),
        other => {
            let field = other.path();
            let field = field.trim_start_matches("open_data.");
            named(&edition.open_data_questions, field)
        }
    }
}

/// The name of a section (`Servizi pubblici digitali`...).
pub fn section_name(section: Section, lang: Lang) -> &'static str {
    let t = strings(lang).history();
    match section {
        Section::Services => t.section_services,
        Section::DigitalPa => t.section_pa,
        Section::Openness => t.section_openness,
    }
}

/// The answer to `key` in `answers`, in words (`Livello 3 – Interattivo; SPID: sì; CIE: no`, `sì`, `45%`), or
/// "senza risposta".
pub fn answer_text(edition: &Edition, key: &AnswerKey, answers: &Answers, lang: Lang) -> String {
    let x = strings(lang).explain();
    let t = strings(lang).history();
    let yes_no = |v: bool| if v { x.yes } else { x.no }.to_string();
    let choice = |list: &[Choice], id: &str| {
        list.iter()
            .find(|c| c.id == id)
            .map_or_else(|| id.to_string(), |c| c.name.get(lang).to_string())
    };
    let od = &answers.open_data;
    let text = match key {
        AnswerKey::Service(id) => answers.services.get(id).map(|s| {
            let mut parts = vec![match s.level {
                LevelAnswer::NotApplicable => edition.not_applicable.name.get(lang).to_string(),
                LevelAnswer::Level(l) => {
                    let name = edition
                        .level(l)
                        .map(|d| d.name.get(lang).to_string())
                        .unwrap_or_default();
                    fill(t.level_answer, &[&l, &name])
                }
            }];
            parts.extend(s.spid.map(|v| fill(t.flag_answer, &[&"SPID", &yes_no(v)])));
            parts.extend(s.cie.map(|v| fill(t.flag_answer, &[&"CIE", &yes_no(v)])));
            parts.join("; ")
        }),
        AnswerKey::PagopaActive => answers.pagopa.active.map(yes_no),
        AnswerKey::Payment(id) => answers
            .pagopa
            .payments
            .get(id)
            .map(|c| choice(&edition.payment_channels, c.id())),
        AnswerKey::Anpr => answers.anpr.map(|a| choice(&edition.anpr_states, a.id())),
        AnswerKey::Datasets => od.datasets.map(|n| n.to_string()),
        AnswerKey::OpenFormatShare => od.open_format_share.map(|s| percent(lang, s)),
        AnswerKey::Licence => od.licence.map(|l| choice(&edition.licence_options, l.id())),
        AnswerKey::DcatHarvested => od.dcat_harvested.map(yes_no),
        AnswerKey::ApiOrBulk => od.api_or_bulk.map(yes_no),
        AnswerKey::Social(id) => answers
            .social
            .get(id)
            .map(|s| choice(&edition.social_statuses, s.id())),
    };
    text.unwrap_or_else(|| x.unanswered.to_string())
}

/// A change of a score in words: signed with one decimal (`+3,2`, `−1,0`, `±0,0`), or "n.d." when undefined.
pub fn delta_text(delta: Option<f64>, lang: Lang) -> String {
    match delta {
        Some(d) => signed_change(lang, d),
        None => strings(lang).compare().not_available.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{current, Anpr, ServiceAnswer};

    #[test]
    fn answers_read_as_words() {
        let e = current();
        let mut a = Answers::new("Siena");
        a.services
            .insert("imu".into(), ServiceAnswer::online(3, true, false));
        a.anpr = Some(Anpr::Completed);
        a.open_data.open_format_share = Some(45.4);
        let imu = AnswerKey::Service("imu".into());
        let text = answer_text(e, &imu, &a, Lang::It);
        assert!(text.starts_with("Livello 3"), "{text}");
        assert!(
            text.contains("SPID: sì") && text.contains("CIE: no"),
            "{text}"
        );
        assert_eq!(
            answer_text(e, &AnswerKey::OpenFormatShare, &a, Lang::It),
            "45%"
        );
        assert_eq!(
            answer_text(e, &AnswerKey::Licence, &a, Lang::It),
            "senza risposta"
        );
        assert_ne!(answer_text(e, &AnswerKey::Anpr, &a, Lang::En), "completed");
        for key in AnswerKey::all(e) {
            assert!(!question_name(e, &key, Lang::It).is_empty(), "{key:?}");
            assert!(
                !question_name(e, &key, Lang::It).contains("open_data"),
                "{key:?}"
            );
        }
        assert_eq!(delta_text(Some(0.01), Lang::It), "±0,0");
        assert_eq!(delta_text(Some(2.46), Lang::It), "+2,5");
        assert_eq!(delta_text(None, Lang::En), "n/a");
    }
}
