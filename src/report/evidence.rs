//! Notes and verification links in words, for every output that shows them: the review, the results' explanation
//! tables, the report's annex «Evidenze» (the print view, so the PDF, and `care report`'s HTML) and the CSV. One
//! line per question with a note or a link, in the questionnaire's order ([`AnswerKey::all`]); the question and
//! its answer in the words of the merge and history views (`crate::transfer::answer_words`). A link is a table
//! cell of its own kind ([`Cell::link`]): its host as text, opening in a new tab, only for `http:`/`https:`.

use crate::i18n::{fill, strings};
use crate::model::answer_keys::{AnswerKey, Section};
use crate::model::{Answers, Edition, Lang, Respondent};
use crate::transfer::answer_words::{answer_text, question_name, section_name};

use super::table::{Cell, DataTable};

/// One question with its note and link.
#[derive(Clone, Debug, PartialEq)]
pub struct EvidenceLine {
    /// The question.
    pub key: AnswerKey,
    /// The question in words (`IMU`, `Pagamento: TARI`).
    pub question: String,
    /// Its answer in words (`senza risposta` when unanswered).
    pub answer: String,
    /// The note, if any.
    pub note: Option<String>,
    /// The verification address, if any.
    pub address: Option<String>,
}

/// The questions of `answers` with a note or a link, in questionnaire order; only those of `section` when given.
pub fn evidence_lines(
    edition: &Edition,
    answers: &Answers,
    lang: Lang,
    section: Option<Section>,
) -> Vec<EvidenceLine> {
    AnswerKey::all(edition)
        .into_iter()
        .filter(|k| section.is_none_or(|s| k.section() == s))
        .filter_map(|key| {
            let n = answers.notes.get(&key)?;
            Some(EvidenceLine {
                question: question_name(edition, &key, lang),
                answer: answer_text(edition, &key, answers, lang),
                note: n.note.clone(),
                address: n.evidence.clone(),
                key,
            })
        })
        .collect()
}

/// A respondent in one line: `Anna Ferri (Servizi demografici)`, or the name or the office alone.
pub fn respondent_text(r: &Respondent, lang: Lang) -> String {
    match (r.name.is_empty(), r.office.is_empty()) {
        (false, false) => fill(
            strings(lang).evidence.respondent_line,
            &[&r.name, &r.office],
        ),
        (false, true) => r.name.clone(),
        _ => r.office.clone(),
    }
}

/// The table of the notes and links of `section` (all sections when `None`): question, answer, note, link;
/// `None` when there is none. Its caption names the section and, when given, who answered it.
pub fn evidence_table(
    edition: &Edition,
    answers: &Answers,
    lang: Lang,
    section: Option<Section>,
) -> Option<DataTable> {
    let e = &strings(lang).evidence;
    let lines = evidence_lines(edition, answers, lang, section);
    if lines.is_empty() {
        return None;
    }
    let caption = match section {
        None => e.title.to_string(),
        Some(s) => {
            let mut c = format!("{} · {}", e.title, section_name(s, lang));
            if let Some(r) = answers.respondents.get(&s) {
                c.push_str(&format!(" — {}", respondent_text(r, lang)));
            }
            c
        }
    };
    let head = [e.column_item, e.column_answer, e.column_note, e.column_link].map(Cell::text);
    Some(DataTable::from_items(caption, head.into(), lines, |l| {
        vec![
            Cell::head(l.question),
            Cell::text(l.answer),
            Cell::text(l.note.unwrap_or_default()),
            l.address
                .map(|a| Cell::link(a, e.new_tab))
                .unwrap_or_default(),
        ]
    }))
}

/// The report's annex «Evidenze»: an introduction, then one table per section with notes or links; `None` when
/// the answers have none (and no respondent).
pub fn annex_tables(edition: &Edition, answers: &Answers, lang: Lang) -> Option<Vec<DataTable>> {
    let tables: Vec<DataTable> = Section::ALL
        .into_iter()
        .filter_map(|s| evidence_table(edition, answers, lang, Some(s)))
        .collect();
    (!tables.is_empty()).then_some(tables)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{answers_file, current, ItemNote};

    #[test]
    fn lines_follow_the_questionnaire_and_tables_link_by_host() {
        let e = current();
        let mut a = Answers::new("Siena");
        a.notes.insert(
            AnswerKey::Social("x".into()),
            ItemNote {
                note: None,
                evidence: Some("https://X.com/comune".into()),
            },
        );
        a.notes.insert(
            AnswerKey::Service("imu".into()),
            ItemNote {
                note: Some("Verificato".into()),
                evidence: None,
            },
        );
        let lines = evidence_lines(e, &a, Lang::It, None);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].question, "IMU: calcolo e pagamento");
        assert_eq!(lines[0].answer, "senza risposta");
        let t = evidence_table(e, &a, Lang::It, Some(Section::Openness)).unwrap();
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.rows[0][3].text, "x.com");
        let html = t.to_html();
        assert!(html.contains(
            "<a class=\"evidence-link\" href=\"https://X.com/comune\" target=\"_blank\" rel=\"noopener noreferrer\">x.com"
        ));
        assert!(evidence_table(e, &a, Lang::It, Some(Section::DigitalPa)).is_none());
        let ex = answers_file::parse(include_str!("../../assets/examples/small-comune-2027.json"))
            .unwrap();
        let tables = annex_tables(e, &ex, Lang::En).unwrap();
        assert_eq!(tables.len(), 3);
        assert!(
            tables[1].caption.ends_with("— Ufficio ragioneria"),
            "{}",
            tables[1].caption
        );
    }
}
