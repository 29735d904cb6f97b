//! The history of one comune: its saved assessments (the same ISTAT code, else the same name), oldest first, each
//! with the year it speaks for ([`assessment_year`], the one rule), a label that no other assessment of the
//! history shares (two assessments of one year are told apart by their dates), its scores and class, the trend
//! chart and table of the shared chart code, and what changed between two of them with the effect of each change
//! ([`crate::model::changes`]).

use std::cmp::Ordering;

use crate::charts::{ChartSpec, ChartText};
use crate::i18n::{fill, strings};
use crate::model::changes::{changes, Change, Deltas};
use crate::model::{self, Answers, Edition, Lang};
use crate::report::dates::{assessment_date, AssessmentDate, Date};
use crate::report::table::{Cell, DataTable};
use crate::sort::{sort_by_comparison, sort_by_number};
use crate::store::{Assessment, Store};

use super::answer_words::{answer_text, delta_text, question_name, section_name};
use super::charts::{compare_text, labelled_trend_spec, labelled_trend_table};
use super::compare::{Origin, Row};
use super::files::name_key;

/// Whether two sets of answers are of one comune: the same ISTAT code when both have one, else the same name
/// (ignoring case and spacing).
pub fn same_comune(a: &Answers, b: &Answers) -> bool {
    let code = |x: &Answers| {
        x.comune
            .istat_code
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
    };
    match (code(a), code(b)) {
        (Some(x), Some(y)) => x == y,
        _ => {
            let (x, y) = (name_key(&a.comune.name), name_key(&b.comune.name));
            !x.is_empty() && x == y
        }
    }
}

/// The date a saved assessment speaks for ([`assessment_date`]: the questionnaire's date, else the last edit).
pub fn assessment_day(a: &Assessment) -> Option<AssessmentDate> {
    assessment_date(&a.answers, Some(a.updated_ms))
}

/// The year of a saved assessment: the year of [`assessment_day`]. The history orders and labels by it.
pub fn assessment_year(a: &Assessment) -> Option<i32> {
    assessment_day(a).map(|d| d.year())
}

/// One assessment in a comune's history.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The saved assessment's id.
    pub id: String,
    /// The year it speaks for.
    pub year: Option<i32>,
    /// The date it speaks for.
    pub date: Option<AssessmentDate>,
    /// The day of its last edit.
    pub edited: Date,
    /// Its label in the chart, the table and the selects: the year, or the date (or the year and a number)
    /// when the history has several assessments of that year; no two entries share one.
    pub label: String,
    /// Its scores and class.
    pub row: Row,
    /// Its answers.
    pub answers: Answers,
    /// Who filled it in.
    pub respondent: String,
}

/// The history of the comune of the saved assessment `id`, oldest first (by year, then date, then last edit);
/// empty when there is no such assessment.
pub fn history(store: &Store, id: &str, lang: Lang) -> Vec<Entry> {
    let Some(target) = store.get(id) else {
        return Vec::new();
    };
    let mut list: Vec<&Assessment> = store
        .assessments
        .iter()
        .filter(|a| a.id == target.id || same_comune(&a.answers, &target.answers))
        .collect();
    sort_by_comparison(&mut list, |a, b| chronological(a, b));
    let mut out: Vec<Entry> = list
        .iter()
        .map(|a| Entry {
            id: a.id.clone(),
            year: assessment_year(a),
            date: assessment_day(a),
            edited: Date::from_unix_ms(a.updated_ms),
            label: String::new(),
            row: Row::from_answers(&a.answers, Origin::Saved),
            answers: a.answers.clone(),
            respondent: a.respondent.clone(),
        })
        .collect();
    label(&mut out, lang);
    out
}

/// The order of one comune's assessments in time: by year, then date, then last edit.
fn chronological(a: &Assessment, b: &Assessment) -> Ordering {
    let key = |x: &Assessment| (assessment_year(x), day_of(x));
    key(a)
        .cmp(&key(b))
        .then(a.updated_ms.total_cmp(&b.updated_ms))
}

/// The saved assessments as the list of them shows them: grouped by comune, the comune with the latest change
/// first, and each comune's assessments from the most recent year (the reverse of [`history`]'s order).
pub fn list_order(store: &Store) -> Vec<&Assessment> {
    let mut groups: Vec<Vec<&Assessment>> = Vec::new();
    for a in &store.assessments {
        match groups
            .iter_mut()
            .find(|g| same_comune(&g[0].answers, &a.answers))
        {
            Some(g) => g.push(a),
            None => groups.push(vec![a]),
        }
    }
    let last_change = |g: &[&Assessment]| g.iter().map(|a| a.updated_ms).fold(f64::MIN, f64::max);
    sort_by_number(&mut groups, |g| -last_change(g));
    for g in &mut groups {
        sort_by_comparison(g, |a, b| chronological(b, a));
    }
    groups.into_iter().flatten().collect()
}

/// The day of an assessment (its date, else its last edit), to order one year's assessments.
fn day_of(a: &Assessment) -> Date {
    match assessment_day(a) {
        Some(AssessmentDate::Day(d)) => d,
        _ => Date::from_unix_ms(a.updated_ms),
    }
}

/// Gives every entry a label of its own: the year when it is the only one of its year; else its date when the
/// dates of that year differ; else the year and its position in the year ("2024 (2)").
fn label(entries: &mut [Entry], lang: Lang) {
    let none = strings(lang).history().no_year;
    for i in 0..entries.len() {
        let year = entries[i].year;
        let same: Vec<usize> = (0..entries.len())
            .filter(|j| entries[*j].year == year)
            .collect();
        let year_text = year.map_or_else(|| none.to_string(), |y| y.to_string());
        entries[i].label = if same.len() == 1 {
            year_text
        } else {
            let days: Vec<Option<Date>> = same
                .iter()
                .map(|j| match entries[*j].date {
                    Some(AssessmentDate::Day(d)) => Some(d),
                    _ => None,
                })
                .collect();
            let distinct = days.iter().enumerate().all(|(a, x)| {
                x.is_some() && days.iter().enumerate().all(|(b, y)| a == b || x != y)
            });
            let pos = same.iter().position(|j| *j == i).unwrap_or(0);
            match days[pos] {
                Some(d) if distinct => d.format(lang),
                _ => format!("{year_text} ({})", pos + 1),
            }
        };
    }
}

/// The comuni of the saved assessments, each once (in the order of the list given, e.g. most recent first), with
/// how many assessments each has: the id of its first assessment in `list` and the count.
pub fn comuni<'a>(list: impl IntoIterator<Item = &'a Assessment>) -> Vec<(String, usize)> {
    let mut groups: Vec<(&Answers, String, usize)> = Vec::new();
    for a in list {
        match groups
            .iter_mut()
            .find(|(first, _, _)| same_comune(first, &a.answers))
        {
            Some(g) => g.2 += 1,
            None => groups.push((&a.answers, a.id.clone(), 1)),
        }
    }
    groups.into_iter().map(|(_, id, n)| (id, n)).collect()
}

/// The caption of the history's chart and table ("Siena: storico della valutazione").
pub fn title(entries: &[Entry], lang: Lang) -> String {
    let name = entries
        .last()
        .map(|e| e.row.name.clone())
        .unwrap_or_default();
    fill(strings(lang).history().chart_title, &[&name])
}

fn points(entries: &[Entry]) -> Vec<(String, &Row)> {
    entries.iter().map(|e| (e.label.clone(), &e.row)).collect()
}

/// The trend chart of the history (the shared trend chart, one point per assessment).
pub fn chart(edition: &Edition, entries: &[Entry]) -> ChartSpec {
    labelled_trend_spec(edition, &points(entries))
}

/// The data table beside the chart: one row per assessment with DPS, DPA, DO, Ca.Re, the class and the change.
pub fn table(entries: &[Entry], lang: Lang) -> DataTable {
    labelled_trend_table(title(entries, lang), &points(entries), lang)
}

/// The words of the history's chart: those of the compare page's trend, with the history's title.
pub fn chart_text(edition: &Edition, entries: &[Entry], lang: Lang) -> ChartText {
    let rows: Vec<Row> = entries.iter().map(|e| e.row.clone()).collect();
    let mut t = compare_text(edition, lang, &rows);
    t.titles.trend = title(entries, lang);
    t
}

/// The edition that scores a comparison: the newer assessment's (the app has one edition today).
fn edition_of(answers: &Answers) -> &'static Edition {
    model::edition(&answers.model).unwrap_or_else(model::current)
}

/// What changed from `old` to `new` ([`changes`]), with the total difference of the scores.
pub fn changes_between(old: &Entry, new: &Entry) -> (Vec<Change>, Deltas) {
    let edition = edition_of(&new.answers);
    let list = changes(edition, &old.answers, &new.answers);
    let total = Deltas::between(
        &model::score(edition, &old.answers),
        &model::score(edition, &new.answers),
    );
    (list, total)
}

/// The table of "cosa è cambiato": one row per changed answer (question, section, answer before and after, the
/// effect on DPS, DPA, DO and Ca.Re), then the total.
pub fn changes_table(old: &Entry, new: &Entry, lang: Lang) -> DataTable {
    let t = strings(lang).history();
    let c = strings(lang).compare();
    let edition = edition_of(&new.answers);
    let (list, total) = changes_between(old, new);
    let deltas = |d: &Deltas| d.all().map(|v| Cell::num(delta_text(v, lang)));
    let mut rows: Vec<Vec<Cell>> = list
        .iter()
        .map(|ch| {
            let mut row = vec![
                Cell::head(question_name(edition, &ch.key, lang)),
                Cell::text(section_name(ch.key.section(), lang)),
                Cell::text(answer_text(edition, &ch.key, &old.answers, lang)),
                Cell::text(answer_text(edition, &ch.key, &new.answers, lang)),
            ];
            row.extend(deltas(&ch.effect));
            row
        })
        .collect();
    let mut last = vec![
        Cell::head(t.total),
        Cell::text(""),
        Cell::text(""),
        Cell::text(""),
    ];
    last.extend(deltas(&total));
    rows.push(last);
    DataTable {
        caption: fill(t.changes_caption, &[&old.label, &new.label]),
        head: vec![
            Cell::text(t.col_question),
            Cell::text(t.col_section),
            Cell::text(fill(t.col_before, &[&old.label])),
            Cell::text(fill(t.col_after, &[&new.label])),
            Cell::num(c.col_dps),
            Cell::num(c.col_dpa),
            Cell::num(c.col_do),
            Cell::num(c.col_care),
        ],
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Action;

    const DAY: f64 = 86_400_000.0;
    /// 2024-01-01.
    const Y2024: f64 = 19_723.0 * DAY;

    fn add(s: &mut Store, id: &str, name: &str, istat: Option<&str>, year: u16, edited: f64) {
        let mut a = Answers::new(name);
        a.comune.istat_code = istat.map(str::to_string);
        a.comune.year = Some(year);
        s.apply(Action::Add(Assessment::new(id, a, edited)));
    }

    fn store() -> Store {
        let mut s = Store::default();
        add(
            &mut s,
            "c",
            "Siena",
            Some("052032"),
            2025,
            Y2024 + 400.0 * DAY,
        );
        add(
            &mut s,
            "a",
            "Comune di Siena",
            Some("052032"),
            2023,
            Y2024 - 200.0 * DAY,
        );
        add(&mut s, "b", " siena ", None, 2024, Y2024 + 10.0 * DAY);
        add(&mut s, "x", "Lucca", Some("046017"), 2024, Y2024);
        add(&mut s, "y", "Siena", Some("999999"), 2024, Y2024);
        s
    }

    #[test]
    fn one_comune_is_the_same_istat_code_else_the_same_name() {
        let s = store();
        let a = |id: &str| &s.get(id).unwrap().answers;
        assert!(same_comune(a("a"), a("c")), "same code, other name");
        assert!(same_comune(a("b"), a("c")), "no code: the name");
        assert!(!same_comune(a("c"), a("y")), "same name, other code");
        assert!(!same_comune(a("x"), a("c")));
        let ids: Vec<String> = history(&s, "c", Lang::It)
            .into_iter()
            .map(|e| e.id)
            .collect();
        assert_eq!(ids, ["a", "b", "c"], "oldest first");
        assert!(history(&s, "nope", Lang::It).is_empty());
        assert_eq!(
            comuni(&s.assessments),
            vec![
                ("c".to_string(), 3),
                ("x".to_string(), 1),
                ("y".to_string(), 1)
            ]
        );
    }

    #[test]
    fn the_list_groups_each_comune_with_its_latest_year_first() {
        let mut s = store();
        let ids =
            |s: &Store| -> Vec<String> { list_order(s).iter().map(|a| a.id.clone()).collect() };
        // Siena (changed last) with 2025, 2024, 2023 whatever the order they were saved in; then Lucca and the
        // other Siena (another ISTAT code).
        assert_eq!(ids(&s), ["c", "b", "a", "x", "y"]);
        // A new assessment of Lucca brings Lucca to the top, its newest year first.
        add(
            &mut s,
            "z",
            "Lucca",
            Some("046017"),
            2026,
            Y2024 + 500.0 * DAY,
        );
        assert_eq!(ids(&s), ["z", "x", "c", "b", "a", "y"]);
        // The comuni of the list, in its order, each with its latest year's id: the history's choice of comune.
        assert_eq!(
            comuni(list_order(&s)),
            vec![
                ("z".to_string(), 2),
                ("c".to_string(), 3),
                ("y".to_string(), 1)
            ]
        );
    }

    #[test]
    fn the_year_is_the_assessment_date_and_one_year_twice_gets_two_labels() {
        let mut s = store();
        let h = history(&s, "c", Lang::It);
        let labels: Vec<&str> = h.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(labels, ["2023", "2024", "2025"]);
        // A second assessment of 2024 for Siena, edited another day in 2024: labelled by the dates.
        add(
            &mut s,
            "d",
            "Siena",
            Some("052032"),
            2024,
            Y2024 + 40.0 * DAY,
        );
        let h = history(&s, "c", Lang::It);
        let labels: Vec<&str> = h.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(labels, ["2023", "11/01/2024", "10/02/2024", "2025"]);
        // Two of 2024 known by the year only (edited in another year): numbered.
        add(
            &mut s,
            "e",
            "Siena",
            Some("052032"),
            2024,
            Y2024 + 500.0 * DAY,
        );
        let h = history(&s, "c", Lang::En);
        let labels: Vec<&str> = h.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(labels, ["2023", "2024 (1)", "2024 (2)", "2024 (3)", "2025"]);
        let t = table(&h, Lang::It);
        assert_eq!(t.rows.len(), 5);
        let ChartSpec::Trend { points, .. } = chart(model::current(), &h) else {
            panic!("a trend chart")
        };
        assert_eq!(points.len(), 5);
        assert_eq!(points[1].label, "2024 (1)");
    }

    #[test]
    fn the_changes_table_lists_each_changed_answer_and_the_total() {
        let mut s = store();
        let mut newer = s.get("c").unwrap().answers.clone();
        newer.anpr = Some(crate::model::Anpr::Completed);
        newer
            .services
            .insert("imu".into(), crate::model::ServiceAnswer::level(2));
        s.apply(Action::Select("c".into()));
        s.apply(Action::SetAnswers {
            answers: newer,
            now_ms: Y2024 + 401.0 * DAY,
        });
        let h = history(&s, "c", Lang::It);
        let t = changes_table(&h[0], &h[2], Lang::It);
        assert_eq!(t.rows.len(), 3, "two changes and the total");
        assert_eq!(t.rows[0][0].text, "IMU: calcolo e pagamento");
        assert_eq!(t.rows[0][2].text, "senza risposta");
        assert!(t.rows[0][3].text.starts_with("Livello 2"));
        assert_eq!(t.rows[2][0].text, "Totale");
        assert!(t.caption.contains("2023") && t.caption.contains("2025"));
        assert!(
            changes_table(&h[0], &h[1], Lang::It).rows.len() == 1,
            "only the total"
        );
    }
}
