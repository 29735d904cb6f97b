//! Every item of the three dimensions in words: its answer, its score and how the score is computed (the detail
//! tables of the results and the report, the item rows of the CSV export). The numbers come from
//! [`crate::model::score`], which builds no text; this layer only puts them into words, with the words from the
//! catalogue (`crate::i18n::explain`) and the numbers from the one formatter (`crate::model::number`).

use crate::i18n::explain::Explain;
use crate::i18n::{fill, strings};
use crate::model::number::compact;
use crate::model::{Answers, Band, Choice, Edition, Lang, LevelAnswer, Scores};

/// One line of the explanation of a dimension.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemLine {
    /// Stable id: a service id, or `p1`-`p4`, `od`, `od1`-`od4`, `so`, `so1`, `so2`.
    pub id: String,
    /// The answer path the item links to (e.g. `services.imu.level`, `pagopa.active`, `social`).
    pub path: String,
    /// Short code, e.g. `P1 SPID` (the service id for services).
    pub code: String,
    /// Name of the item.
    pub label: String,
    /// The answer, in words.
    pub answer: String,
    /// Item score 0-100 (from [`Scores::items`]); `None` when unanswered or not applicable.
    pub score: Option<f64>,
    /// How the score is computed, e.g. `100 × 3/5 = 60`; empty when there is no score (a "not applicable"
    /// service says that it is left out of the mean).
    pub formula: String,
    /// True for an aggregate of the items above it (OD, SO).
    pub subtotal: bool,
}

/// The score of one dimension with its explanation.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionDetail {
    /// `dps`, `dpa` or `do`.
    pub id: &'static str,
    /// The score, unrounded; `None` when nothing is answered.
    pub score: Option<f64>,
    /// Its band.
    pub band: Option<Band>,
    /// How the dimension is computed from its items.
    pub formula: String,
    /// The items.
    pub items: Vec<ItemLine>,
}

/// The explanation of the three dimensions of `scores` (the scores of `answers`) in `lang`: every item with the
/// answer in words, its item score as computed by [`crate::model::score`], and the computation.
pub fn dimension_details(
    edition: &Edition,
    answers: &Answers,
    scores: &Scores,
    lang: Lang,
) -> [DimensionDetail; 3] {
    let w = Words {
        edition,
        lang,
        x: strings(lang).explain(),
    };
    [
        w.dps(answers, scores),
        w.dpa(answers, scores),
        w.do_(answers, scores),
    ]
}

/// What every line needs: the edition (names and parameters), the language and its words.
struct Words<'a> {
    edition: &'a Edition,
    lang: Lang,
    x: &'static Explain,
}

impl Words<'_> {
    fn num(&self, v: f64) -> String {
        compact(self.lang, v)
    }

    /// `= 75`.
    fn equals(&self, v: Option<f64>) -> String {
        format!("= {}", self.num(v.unwrap_or(0.0)))
    }

    /// `100 × 3/5 = 60`.
    fn share(&self, part: u32, whole: u32, v: Option<f64>) -> String {
        format!("100 × {part}/{whole} = {}", self.num(v.unwrap_or(0.0)))
    }

    /// `0,6 × 40 + 0,4 × 50 = 44`.
    fn weighted(&self, a: (f64, Option<f64>), b: (f64, Option<f64>), v: Option<f64>) -> String {
        format!(
            "{} × {} + {} × {} = {}",
            self.num(a.0),
            self.num(a.1.unwrap_or(0.0)),
            self.num(b.0),
            self.num(b.1.unwrap_or(0.0)),
            self.num(v.unwrap_or(0.0))
        )
    }

    fn unanswered(&self) -> String {
        self.x.unanswered.to_string()
    }

    fn yes_no(&self, v: Option<bool>) -> &'static str {
        match v {
            Some(true) => self.x.yes,
            Some(false) => self.x.no,
            None => self.x.unanswered,
        }
    }

    fn choice(&self, list: &[Choice], id: &str) -> String {
        list.iter()
            .find(|c| c.id == id)
            .map_or_else(|| id.to_string(), |c| c.name.get(self.lang).to_string())
    }

    /// The line of a scored item that is not a service: code and name from the edition, the formula only when
    /// there is a score.
    fn line(
        &self,
        id: &str,
        path: &str,
        answer: String,
        score: Option<f64>,
        formula: String,
    ) -> ItemLine {
        let (code, label) = match self.edition.item(id) {
            Some(d) => (d.code.clone(), d.name.get(self.lang).to_string()),
            None => (id.to_ascii_uppercase(), id.to_string()),
        };
        ItemLine {
            id: id.to_string(),
            path: path.to_string(),
            code,
            label,
            answer,
            formula: if score.is_some() {
                formula
            } else {
                String::new()
            },
            score,
            subtotal: matches!(id, "od" | "so"),
        }
    }

    fn dps(&self, answers: &Answers, scores: &Scores) -> DimensionDetail {
        let items = self
            .edition
            .services
            .iter()
            .zip(&scores.items.services)
            .map(|(service, &score)| {
                let level = answers.services.get(&service.id).map(|a| a.level);
                let (answer, formula) = self.service_answer(level, score);
                ItemLine {
                    id: service.id.clone(),
                    path: format!("services.{}.level", service.id),
                    code: service.id.clone(),
                    label: service.name.get(self.lang).to_string(),
                    answer,
                    score,
                    formula,
                    subtotal: false,
                }
            })
            .collect();
        let formula = match scores.dps {
            Some(v) => self
                .x
                .dps_mean
                .fill(scores.items.rated_services as usize, &[&self.num(v)]),
            None => self.x.no_service_rated.to_string(),
        };
        DimensionDetail {
            id: "dps",
            score: scores.dps,
            band: scores.bands.dps,
            formula,
            items,
        }
    }

    /// The answer of a service in words and the computation of its score.
    fn service_answer(&self, level: Option<LevelAnswer>, score: Option<f64>) -> (String, String) {
        match level {
            None => (self.unanswered(), String::new()),
            Some(LevelAnswer::NotApplicable) => (
                self.edition.not_applicable.name.get(self.lang).to_string(),
                self.x.left_out.to_string(),
            ),
            Some(LevelAnswer::Level(l)) => {
                let l = l.min(4);
                let name = self.edition.level(l).map_or("", |d| d.name.get(self.lang));
                let points = self.edition.params.level_points.value;
                let formula = format!(
                    "{} × {l} = {}",
                    self.num(points),
                    self.num(score.unwrap_or(0.0))
                );
                (format!("{l} – {name}"), formula)
            }
        }
    }

    fn dpa(&self, answers: &Answers, scores: &Scores) -> DimensionDetail {
        let (x, it) = (self.x, &scores.items);
        let online = scores.online_services;
        let mut items = Vec::new();
        for (id, with, flag, score) in [
            ("p1", it.spid_services, "SPID", it.dpa[0]),
            ("p2", it.cie_services, "CIE", it.dpa[1]),
        ] {
            let answer = match score {
                Some(_) => x.flag_answer.fill(with as usize, &[&online, &flag]),
                None => self.unanswered(),
            };
            let formula = if online > 0 {
                self.share(with, online, score)
            } else {
                x.no_online_service.to_string()
            };
            items.push(self.line(id, "services", answer, score, formula));
        }
        let (through, collected) = (it.payments.through_pagopa, it.payments.collected);
        let p3 = it.dpa[2];
        let (answer, formula) = match answers.pagopa.active {
            None => (self.unanswered(), String::new()),
            Some(false) => (x.pagopa_inactive.to_string(), self.equals(p3)),
            Some(true) if collected > 0 => (
                x.pagopa_active.fill(through as usize, &[&collected]),
                self.share(through, collected, p3),
            ),
            Some(true) => (
                x.pagopa_active.fill(through as usize, &[&collected]),
                x.no_payment_collected.to_string(),
            ),
        };
        items.push(self.line("p3", "pagopa.active", answer, p3, formula));
        let answer = answers.anpr.map_or_else(
            || self.unanswered(),
            |a| self.choice(&self.edition.anpr_states, a.id()),
        );
        let p4 = it.dpa[3];
        items.push(self.line("p4", "anpr", answer, p4, self.equals(p4)));
        DimensionDetail {
            id: "dpa",
            score: scores.dpa,
            band: scores.bands.dpa,
            formula: self.mean_of_codes(&items, scores.dpa),
            items,
        }
    }

    /// "media di P1 SPID, P2 CIE = 50": the codes of the items with a score.
    fn mean_of_codes(&self, items: &[ItemLine], result: Option<f64>) -> String {
        match result {
            Some(r) => {
                let codes: Vec<&str> = items
                    .iter()
                    .filter(|i| i.score.is_some())
                    .map(|i| i.code.as_str())
                    .collect();
                fill(self.x.mean_of, &[&codes.join(", "), &self.num(r)])
            }
            None => self.x.nothing_answered.to_string(),
        }
    }

    fn do_(&self, answers: &Answers, scores: &Scores) -> DimensionDetail {
        let (x, it, p) = (self.x, &scores.items, &self.edition.params);
        let mut items = self.open_data_lines(answers, scores);
        items.extend(self.social_lines(scores));
        let formula = match (it.od, it.so, scores.do_) {
            (Some(_), Some(_), Some(_)) => self.weighted(
                (p.do_open_data_weight.value, it.od),
                (p.do_social_weight.value, it.so),
                scores.do_,
            ),
            (Some(_), None, Some(d)) => fill(x.open_data_only, &[&self.num(d)]),
            (None, Some(_), Some(d)) => fill(x.social_only, &[&self.num(d)]),
            _ => x.nothing_answered.to_string(),
        };
        DimensionDetail {
            id: "do",
            score: scores.do_,
            band: scores.bands.do_,
            formula,
            items,
        }
    }

    /// OD1-OD4 and their mean OD.
    fn open_data_lines(&self, answers: &Answers, scores: &Scores) -> Vec<ItemLine> {
        let (x, it, p) = (self.x, &scores.items, &self.edition.params);
        let od = &answers.open_data;
        let [od1, od2, od3, od4] = it.open_data;
        let anchor = p.od1_full_datasets.value.max(1.0);
        let datasets = od
            .datasets
            .map_or_else(|| self.unanswered(), |n| x.datasets.of(n as usize));
        let od1_formula = format!(
            "100 × log10(1 + {}) / log10({}) = {}",
            od.datasets.unwrap_or(0),
            self.num(1.0 + anchor),
            self.num(od1.unwrap_or(0.0))
        );
        let share = od2.map_or_else(|| self.unanswered(), |s| format!("{}%", self.num(s)));
        let licence = od.licence.map_or_else(
            || self.unanswered(),
            |l| self.choice(&self.edition.licence_options, l.id()),
        );
        let points = |v: Option<bool>, pts: f64| if v == Some(true) { pts } else { 0.0 };
        let od4_formula = format!(
            "{} + {} = {}",
            self.num(points(od.dcat_harvested, p.od4_dcat_points.value)),
            self.num(points(od.api_or_bulk, p.od4_api_points.value)),
            self.num(od4.unwrap_or(0.0))
        );
        let access = fill(
            x.od4_answer,
            &[
                &self.yes_no(od.dcat_harvested),
                &self.yes_no(od.api_or_bulk),
            ],
        );
        let answered = it.open_data.iter().flatten().count();
        let mean = x.od_mean.fill(answered, &[&self.num(it.od.unwrap_or(0.0))]);
        vec![
            self.line("od1", "open_data.datasets", datasets, od1, od1_formula),
            self.line(
                "od2",
                "open_data.open_format_share",
                share,
                od2,
                self.equals(od2),
            ),
            self.line("od3", "open_data.licence", licence, od3, self.equals(od3)),
            self.line("od4", "open_data.dcat_harvested", access, od4, od4_formula),
            self.line("od", "open_data", String::new(), it.od, mean),
        ]
    }

    /// SO1 presence, SO2 activity and SO.
    fn social_lines(&self, scores: &Scores) -> Vec<ItemLine> {
        let (x, it, p) = (self.x, &scores.items, &self.edition.params);
        let c = it.social_counts;
        let [so1, so2] = it.social;
        let (presence, activity) = if c.answered > 0 {
            (
                x.so1_answer.fill(c.accounts as usize, &[&c.networks]),
                x.so2_answer.fill(c.active as usize, &[&c.accounts]),
            )
        } else {
            (self.unanswered(), self.unanswered())
        };
        let activity_formula = if c.accounts == 0 {
            x.no_account.to_string()
        } else {
            self.share(c.active, c.accounts, so2)
        };
        let so_formula = self.weighted(
            (p.so_presence_weight.value, so1),
            (p.so_activity_weight.value, so2),
            it.so,
        );
        vec![
            self.line(
                "so1",
                "social",
                presence,
                so1,
                self.share(c.accounts, c.networks, so1),
            ),
            self.line("so2", "social", activity, so2, activity_formula),
            self.line("so", "social", String::new(), it.so, so_formula),
        ]
    }
}
