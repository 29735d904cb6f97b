//! The improvement plan in words: each change as a sentence with its PNRR measure, the plan's lead and
//! outcome, and the table of the single steps that gain the most. Shared by the results page and the report.

use crate::i18n::{fill, strings};
use crate::model::{Answers, Edition, Lang, LevelAnswer, Scores};

use super::explain::{class_with_sub, dimension_names};
use super::plan::{self, Change, Knob, Measure, Outcome, Setting, Target};
use super::table::{Cell, DataTable};
use crate::model::number::{compact, fixed, one_decimal};

/// How many single-step gains the table lists.
pub const GAINS_SHOWN: usize = 10;

/// One change of the plan, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeLine {
    /// What to do.
    pub text: String,
    /// "1 passo", "2 passi".
    pub steps: String,
    /// The PNRR measure, if one applies.
    pub measure: Option<String>,
}

/// The plan section, in words.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct PlanView {
    /// The plan's first sentence (when there is a plan).
    pub lead: Option<String>,
    /// The changes.
    pub changes: Vec<ChangeLine>,
    /// What the plan leads to.
    pub after: Option<String>,
    /// Whether the plan is minimal, in words.
    pub note: Option<String>,
    /// When there is no plan: why.
    pub message: Option<String>,
    /// Set while answers are missing.
    pub provisional: Option<String>,
    /// The single steps that gain the most (`None` when none gains).
    pub gains: Option<DataTable>,
    /// Said when no step gains.
    pub gains_none: Option<String>,
    /// The names of the PNRR measures cited in the gains table.
    pub measures: Option<String>,
    /// The plan itself, to apply it (what-if).
    pub plan: Option<plan::Plan>,
}

/// "1 passo" / "3 passi".
pub fn steps_text(n: u32, lang: Lang) -> String {
    strings(lang).results().steps.of(n as usize)
}

/// The name of a PNRR measure.
pub fn measure_name(m: Measure, lang: Lang) -> &'static str {
    let r = &strings(lang).results();
    match m {
        Measure::Pnrr141 => r.measure_141,
        Measure::Pnrr143 => r.measure_143,
        Measure::Pnrr144 => r.measure_144,
    }
}

fn service_name(edition: &Edition, id: &str, lang: Lang) -> String {
    edition
        .service(id)
        .map(|s| s.name.get(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

fn choice(list: &[crate::model::Choice], id: &str, lang: Lang) -> String {
    list.iter()
        .find(|c| c.id == id)
        .map(|c| c.name.get(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

/// A change as a sentence, e.g. "IMU: calcolo e pagamento: dal livello 2 al livello 3, con accesso SPID e CIE".
pub fn change_text(edition: &Edition, c: &Change, lang: Lang) -> String {
    let r = &strings(lang).results();
    let online = |l: u8| edition.is_online(LevelAnswer::Level(l));
    match (&c.knob, c.from, c.to) {
        (Knob::ServiceLevel(id), Setting::Level(a), Setting::Level(b)) => {
            let t = if !online(a) && online(b) {
                r.step_level_online
            } else {
                r.step_level
            };
            fill(t, &[&service_name(edition, id, lang), &a, &b])
        }
        (Knob::Spid(id), ..) => fill(r.step_spid, &[&service_name(edition, id, lang)]),
        (Knob::Cie(id), ..) => fill(r.step_cie, &[&service_name(edition, id, lang)]),
        (Knob::PagopaActive, ..) => r.step_pagopa.to_string(),
        (Knob::Payment(id), ..) => {
            fill(r.step_payment, &[&choice(&edition.payment_types, id, lang)])
        }
        (Knob::Anpr, Setting::Anpr(a), Setting::Anpr(b)) => fill(
            r.step_anpr,
            &[
                &choice(&edition.anpr_states, a.id(), lang),
                &choice(&edition.anpr_states, b.id(), lang),
            ],
        ),
        (Knob::Datasets, Setting::Count(a), Setting::Count(b)) => fill(r.step_datasets, &[&a, &b]),
        (Knob::OpenFormat, Setting::Share(a), Setting::Share(b)) => {
            fill(r.step_format, &[&compact(lang, a), &compact(lang, b)])
        }
        (Knob::Licence, Setting::Licence(a), Setting::Licence(b)) => fill(
            r.step_licence,
            &[
                &choice(&edition.licence_options, a.id(), lang),
                &choice(&edition.licence_options, b.id(), lang),
            ],
        ),
        (Knob::Dcat, ..) => r.step_dcat.to_string(),
        (Knob::Api, ..) => r.step_api.to_string(),
        (Knob::Social(id), ..) => fill(
            r.step_social,
            &[&choice(&edition.social_networks, id, lang)],
        ),
        // Mismatched settings cannot be produced by the plan.
        (knob, ..) => format!("{knob:?}"),
    }
}

fn target_name(edition: &Edition, t: Target, lang: Lang) -> String {
    match t {
        Target::Class(c) => class_with_sub(edition, c, None, lang),
        Target::Eccellente => class_with_sub(
            edition,
            crate::model::Class::Spinta,
            Some(crate::model::SubLabel::Eccellente),
            lang,
        ),
    }
}

fn gain_text(lang: Lang, v: f64) -> String {
    // A gain below a tenth would read "+0,0": it gets two decimals.
    let decimals = if v.abs() < 0.1 { 2 } else { 1 };
    format!("+{}", fixed(lang, v, decimals))
}

/// The single steps that gain the most (from [`plan::gains`]), as a table (`None` when none gains).
pub fn gains_table(edition: &Edition, gains: &[plan::Gain], lang: Lang) -> Option<DataTable> {
    let r = &strings(lang).results();
    if gains.is_empty() {
        return None;
    }
    let head = vec![
        Cell::text(r.th_change),
        Cell::num(r.th_gain),
        Cell::text(r.th_dim_gain),
        Cell::text(r.th_measure),
    ];
    let shown = gains.iter().take(GAINS_SHOWN);
    Some(DataTable::from_items(r.gains_title, head, shown, |g| {
        gain_row(edition, g, lang)
    }))
}

/// One row of [`gains_table`]: the step, its gain of Ca.Re, its gain in each dimension, its PNRR measure.
fn gain_row(edition: &Edition, g: &plan::Gain, lang: Lang) -> Vec<Cell> {
    let codes = ["dps", "dpa", "do"].map(|id| dimension_names(edition, id, lang).0);
    let dims = (0..3)
        .filter(|d| g.dims[*d] > 1e-9)
        .map(|d| format!("{} {}", codes[d], gain_text(lang, g.dims[d])))
        .collect::<Vec<_>>()
        .join("; ");
    let measure = g
        .change
        .knob
        .measure()
        .map(|m| format!("PNRR {}", m.code()))
        .unwrap_or_else(|| strings(lang).results().measure_none.to_string());
    vec![
        Cell::head(change_text(edition, &g.change, lang)),
        Cell::num(gain_text(lang, g.care)),
        Cell::text(dims),
        Cell::text(measure),
    ]
}

/// The plan section of a result.
pub fn plan_view(edition: &Edition, answers: &Answers, scores: &Scores, lang: Lang) -> PlanView {
    let r = &strings(lang).results();
    let mut v = PlanView {
        provisional: (!scores.complete).then(|| r.plan_provisional.to_string()),
        ..PlanView::default()
    };
    match plan::next_class(edition, answers) {
        Outcome::NoClass => v.message = Some(r.plan_no_class.to_string()),
        Outcome::Top(_) => {
            v.message = Some(fill(
                r.plan_top,
                &[&target_name(edition, plan::Target::Eccellente, lang)],
            ))
        }
        Outcome::Unreachable { target, .. } => {
            v.message = Some(fill(
                r.plan_unreachable,
                &[&target_name(edition, target, lang)],
            ))
        }
        Outcome::Found(p) => {
            let from = class_with_sub(edition, p.before.class, p.before.sub_label, lang);
            v.lead = Some(fill(
                r.plan_lead,
                &[
                    &from,
                    &target_name(edition, p.target, lang),
                    &steps_text(p.steps, lang),
                ],
            ));
            v.changes = p
                .changes
                .iter()
                .map(|c| ChangeLine {
                    text: change_text(edition, c, lang),
                    steps: steps_text(c.steps, lang),
                    measure: c.knob.measure().map(|m| measure_name(m, lang).to_string()),
                })
                .collect();
            v.after = Some(fill(
                r.plan_after,
                &[
                    &one_decimal(lang, p.before.care),
                    &one_decimal(lang, p.after.care),
                    &class_with_sub(edition, p.after.class, p.after.sub_label, lang),
                ],
            ));
            v.note = Some(
                if p.minimal {
                    r.plan_minimal
                } else {
                    r.plan_heuristic
                }
                .to_string(),
            );
            v.plan = Some(p);
        }
    }
    let gains = plan::gains(edition, answers);
    v.gains = gains_table(edition, &gains, lang);
    let cited: Vec<&str> = [Measure::Pnrr141, Measure::Pnrr143, Measure::Pnrr144]
        .into_iter()
        .filter(|m| {
            gains
                .iter()
                .take(GAINS_SHOWN)
                .any(|g| g.change.knob.measure() == Some(*m))
        })
        .map(|m| measure_name(m, lang))
        .collect();
    if v.gains.is_some() && !cited.is_empty() {
        v.measures = Some(cited.join(" · "));
    }
    if v.gains.is_none() && scores.care.is_some() {
        v.gains_none = Some(r.gains_none.to_string());
    }
    v
}
