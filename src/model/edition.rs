//! An edition of the Ca.Re model as data: services, scales, choices, and every parameter with its tag and
//! source. Editions are stored as JSON in `assets/models/` and read once by `super::edition_json`; the serde
//! derives here are the reference that reader is tested against.

use super::answers::LevelAnswer;
use super::lang::Text;
use serde::{Deserialize, Serialize};

/// How well a parameter or rule is grounded (care-model.md tags).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tag {
    /// [S] stated by a public source.
    Sourced,
    /// [I] follows from published figures.
    Inferred,
    /// [A] chosen by this project where sources are silent.
    Assumption,
}

impl Tag {
    /// The one-letter tag used in care-model.md: `S`, `I` or `A`.
    pub fn letter(self) -> char {
        match self {
            Tag::Sourced => 'S',
            Tag::Inferred => 'I',
            Tag::Assumption => 'A',
        }
    }
}

/// One numeric model parameter (a weight, an anchor, a cut-off, a points value) with its grounding.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Param {
    /// The value.
    pub value: f64,
    /// Sourced, inferred or assumed.
    pub tag: Tag,
    /// What the parameter is, in a few words.
    pub title: Text,
    /// Where it comes from, or why it was chosen.
    pub source: Text,
}

/// Every numeric parameter of an edition. Scoring code reads them from here and nowhere else.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// Item score of a service per level step (item score = this x level).
    pub level_points: Param,
    /// Lowest level at which a service counts as "online" (and SPID/CIE are asked).
    pub online_min_level: Param,
    /// Relative weight of DPS in the composite Ca.Re index.
    pub composite_weight_dps: Param,
    /// Relative weight of DPA in the composite Ca.Re index.
    pub composite_weight_dpa: Param,
    /// Relative weight of DO in the composite Ca.Re index.
    pub composite_weight_do: Param,
    /// Relative weight of P1 SPID in DPA.
    pub dpa_weight_spid: Param,
    /// Relative weight of P2 CIE in DPA.
    pub dpa_weight_cie: Param,
    /// Relative weight of P3 pagoPA in DPA.
    pub dpa_weight_pagopa: Param,
    /// Relative weight of P4 ANPR in DPA.
    pub dpa_weight_anpr: Param,
    /// P3 score of a comune not active on pagoPA.
    pub pagopa_inactive_points: Param,
    /// P4 score: ANPR subentro completed.
    pub anpr_completed_points: Param,
    /// P4 score: ANPR subentro in progress.
    pub anpr_in_progress_points: Param,
    /// P4 score: ANPR subentro not started.
    pub anpr_not_started_points: Param,
    /// OD1: number of datasets that gets the full score (log anchor).
    pub od1_full_datasets: Param,
    /// Relative weight of each of OD1-OD4 in OD.
    pub od_item_weight: Param,
    /// OD3 score: open licence on all datasets.
    pub od3_all_points: Param,
    /// OD3 score: open licence on some datasets.
    pub od3_some_points: Param,
    /// OD3 score: no open licence, or unstated.
    pub od3_none_points: Param,
    /// OD4 points for DCAT-AP_IT metadata harvested by the national catalogue.
    pub od4_dcat_points: Param,
    /// OD4 points for access by API or bulk download.
    pub od4_api_points: Param,
    /// Weight of SO1 (presence) in SO.
    pub so_presence_weight: Param,
    /// Weight of SO2 (activity) in SO.
    pub so_activity_weight: Param,
    /// Weight of OD in DO.
    pub do_open_data_weight: Param,
    /// Weight of SO in DO.
    pub do_social_weight: Param,
    /// Band cut: below it a dimension is "basso".
    pub band_low_cut: Param,
    /// Band cut: from it a dimension is "elevato".
    pub band_high_cut: Param,
    /// Class points of a "basso" band.
    pub band_points_basso: Param,
    /// Class points of a "sufficiente" band.
    pub band_points_sufficiente: Param,
    /// Class points of an "elevato" band.
    pub band_points_elevato: Param,
    /// Lowest sum of band points that makes the class "Spinta".
    pub spinta_min_points: Param,
    /// Number of "basso" dimensions (or more) that makes the class "Blocchi di partenza".
    pub blocchi_min_basso: Param,
    /// A value within this distance of a band cut counts as at the cut.
    pub cut_tolerance: Param,
}

impl Params {
    /// Every parameter with its field name, in declaration order (for a "how we compute" page).
    pub fn all(&self) -> Vec<(&'static str, &Param)> {
        vec![
            ("level_points", &self.level_points),
            ("online_min_level", &self.online_min_level),
            ("composite_weight_dps", &self.composite_weight_dps),
            ("composite_weight_dpa", &self.composite_weight_dpa),
            ("composite_weight_do", &self.composite_weight_do),
            ("dpa_weight_spid", &self.dpa_weight_spid),
            ("dpa_weight_cie", &self.dpa_weight_cie),
            ("dpa_weight_pagopa", &self.dpa_weight_pagopa),
            ("dpa_weight_anpr", &self.dpa_weight_anpr),
            ("pagopa_inactive_points", &self.pagopa_inactive_points),
            ("anpr_completed_points", &self.anpr_completed_points),
            ("anpr_in_progress_points", &self.anpr_in_progress_points),
            ("anpr_not_started_points", &self.anpr_not_started_points),
            ("od1_full_datasets", &self.od1_full_datasets),
            ("od_item_weight", &self.od_item_weight),
            ("od3_all_points", &self.od3_all_points),
            ("od3_some_points", &self.od3_some_points),
            ("od3_none_points", &self.od3_none_points),
            ("od4_dcat_points", &self.od4_dcat_points),
            ("od4_api_points", &self.od4_api_points),
            ("so_presence_weight", &self.so_presence_weight),
            ("so_activity_weight", &self.so_activity_weight),
            ("do_open_data_weight", &self.do_open_data_weight),
            ("do_social_weight", &self.do_social_weight),
            ("band_low_cut", &self.band_low_cut),
            ("band_high_cut", &self.band_high_cut),
            ("band_points_basso", &self.band_points_basso),
            ("band_points_sufficiente", &self.band_points_sufficiente),
            ("band_points_elevato", &self.band_points_elevato),
            ("spinta_min_points", &self.spinta_min_points),
            ("blocchi_min_basso", &self.blocchi_min_basso),
            ("cut_tolerance", &self.cut_tolerance),
        ]
    }
}

/// A rule of the method that is not a single number (how items aggregate, what counts as answered...).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable id, e.g. `"composite-mean"`.
    pub id: String,
    /// Sourced, inferred or assumed.
    pub tag: Tag,
    /// The rule in a few words.
    pub title: Text,
    /// The rule, and its source or reason.
    pub text: Text,
}

/// Who uses a service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UserGroup {
    /// Residents in general.
    Citizens,
    /// Families with children.
    Families,
    /// Businesses and shops.
    Businesses,
    /// Professionals (architects, engineers, surveyors...).
    Professionals,
}

/// The group a service is shown under in the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceGroup {
    /// Registry office and services to citizens (`citizens`).
    Citizens,
    /// School services (`school`).
    School,
    /// Local taxes and payments (`taxes-payments`).
    TaxesPayments,
    /// Business and building (`business-building`).
    BusinessBuilding,
}

impl ServiceGroup {
    /// Every group, in questionnaire order.
    pub const ALL: [ServiceGroup; 4] = [
        ServiceGroup::Citizens,
        ServiceGroup::School,
        ServiceGroup::TaxesPayments,
        ServiceGroup::BusinessBuilding,
    ];

    /// The stable id: `citizens`, `school`, `taxes-payments`, `business-building`.
    pub fn id(self) -> &'static str {
        match self {
            ServiceGroup::Citizens => "citizens",
            ServiceGroup::School => "school",
            ServiceGroup::TaxesPayments => "taxes-payments",
            ServiceGroup::BusinessBuilding => "business-building",
        }
    }
}

/// One of the services of the DPS dimension.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Stable id, the key in answers files (e.g. `"imu"`).
    pub id: String,
    /// The service's name.
    pub name: Text,
    /// Who uses it.
    pub users: Vec<UserGroup>,
    /// Whether the service involves a payment (level 4 then includes paying online).
    pub payable: bool,
    /// The questionnaire group it is shown under.
    pub group: ServiceGroup,
    /// A concrete example of what level 3 looks like for this service.
    pub level3_example: Text,
    /// A concrete example of what level 4 looks like for this service.
    pub level4_example: Text,
}

/// One step of the online-availability scale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelDef {
    /// The level, 0-4.
    pub value: u8,
    /// A short name.
    pub name: Text,
    /// A plain-language description.
    pub description: Text,
}

/// A choice with an id and a name (a payment type, a social network, an ANPR state, a licence answer...).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stable id as in answers files.
    pub id: String,
    /// The name shown to users.
    pub name: Text,
    /// An optional explanation.
    #[serde(default)]
    pub description: Option<Text>,
}

/// An item or question that is not a service (P1-P4, OD1-OD4, SO1-SO2, and the dimensions themselves).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemDef {
    /// Stable id, e.g. `"p1"`, `"od3"`, `"dps"`.
    pub id: String,
    /// Short code shown in the explanation, e.g. `"P1 SPID"`.
    pub code: String,
    /// Name.
    pub name: Text,
    /// How it is scored, in plain language.
    pub description: Text,
    /// Sourced, inferred or assumed.
    pub tag: Tag,
}

/// A band, a class or a sub-label: the name printed (Italian, as published) and texts for the UI.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelDef {
    /// Stable id as printed by `care score` (e.g. `"basso"`, `"Spinta"`, `"omogeneo"`).
    pub id: String,
    /// The name in both languages.
    pub name: Text,
    /// What it means.
    pub description: Text,
}

/// One edition of the Ca.Re model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Edition {
    /// The model id written in answers files (e.g. `"care-2021"`).
    pub id: String,
    /// The edition's name.
    pub name: Text,
    /// A short description.
    pub description: Text,
    /// The levels 0-4, in order.
    pub levels: Vec<LevelDef>,
    /// The "not applicable" answer (`"na"`), with its explanation.
    pub not_applicable: Choice,
    /// The services of DPS, in questionnaire order.
    pub services: Vec<Service>,
    /// The pagoPA payment types, in questionnaire order.
    pub payment_types: Vec<Choice>,
    /// The answers for a payment type: `pagopa`, `other`, `na`.
    pub payment_channels: Vec<Choice>,
    /// The ANPR states: `completed`, `in_progress`, `not_started`.
    pub anpr_states: Vec<Choice>,
    /// The open-data questions: `datasets`, `open_format_share`, `licence`, `dcat_harvested`, `api_or_bulk`.
    pub open_data_questions: Vec<Choice>,
    /// The licence answers: `all`, `some`, `none`.
    pub licence_options: Vec<Choice>,
    /// The social networks, in questionnaire order.
    pub social_networks: Vec<Choice>,
    /// The answers for a social network: `none`, `inactive`, `active`.
    pub social_statuses: Vec<Choice>,
    /// The three dimensions (`dps`, `dpa`, `do`) and the composite (`care`).
    pub dimensions: Vec<ItemDef>,
    /// The scored items that are not services: `p1`-`p4`, `od`, `od1`-`od4`, `so`, `so1`, `so2`.
    pub items: Vec<ItemDef>,
    /// The bands `basso`, `sufficiente`, `elevato`.
    pub bands: Vec<LabelDef>,
    /// The classes `Blocchi di partenza`, `Stacco`, `Spinta`.
    pub classes: Vec<LabelDef>,
    /// The sub-labels `omogeneo`, `eccellente`, `differenziato`.
    pub sub_labels: Vec<LabelDef>,
    /// Every numeric parameter.
    pub params: Params,
    /// The rules that are not numbers.
    pub rules: Vec<Rule>,
}

impl Edition {
    /// The service with this id.
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    /// Whether a service at `level` is online (from `online_min_level`, level 3 in care-2021): SPID and CIE are
    /// asked, and the service counts in P1/P2. Levels above 4 count as 4, N/A is never online.
    pub fn is_online(&self, level: LevelAnswer) -> bool {
        matches!(level, LevelAnswer::Level(l)
            if f64::from(l.min(4)) + 1e-9 >= self.params.online_min_level.value)
    }

    /// The level definition for `value` (0-4).
    pub fn level(&self, value: u8) -> Option<&LevelDef> {
        self.levels.iter().find(|l| l.value == value)
    }

    /// The scored item (P1..., OD1..., SO1...) or dimension with this id.
    pub fn item(&self, id: &str) -> Option<&ItemDef> {
        self.items
            .iter()
            .chain(self.dimensions.iter())
            .find(|i| i.id == id)
    }

    /// The payment type with this id.
    pub fn payment_type(&self, id: &str) -> Option<&Choice> {
        self.payment_types.iter().find(|c| c.id == id)
    }

    /// The social network with this id.
    pub fn social_network(&self, id: &str) -> Option<&Choice> {
        self.social_networks.iter().find(|c| c.id == id)
    }

    /// The band, class or sub-label definition with this id.
    pub fn label_def(&self, id: &str) -> Option<&LabelDef> {
        self.bands
            .iter()
            .chain(self.classes.iter())
            .chain(self.sub_labels.iter())
            .find(|l| l.id == id)
    }

    /// A text of the edition in `lang` with the parameters it names filled in: `Sotto {band_low_cut}.` reads
    /// `Sotto 40.` (the value as the edition writes it, by [`crate::model::number::exact`]). The texts that state a
    /// number name its parameter, so the method page cannot say a number the computation does not use.
    pub fn fill(&self, text: &Text, lang: super::Lang) -> String {
        let mut out = text.get(lang).to_string();
        for (key, param) in self.params_named(text) {
            out = out.replace(
                &format!("{{{key}}}"),
                &super::number::exact(lang, param.value),
            );
        }
        out
    }

    /// The parameters a text names (`{key}`, in either language), in the order of the parameter table.
    pub fn params_named(&self, text: &Text) -> Vec<(&'static str, &Param)> {
        self.params
            .all()
            .into_iter()
            .filter(|(key, _)| {
                let mark = format!("{{{key}}}");
                text.it.contains(&mark) || text.en.contains(&mark)
            })
            .collect()
    }

    /// Checks the edition's internal consistency (ids unique and as the scoring code expects, levels 0-4,
    /// parameters finite, cuts ordered). Returns every problem found.
    pub fn validate(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let described = self
            .dimensions
            .iter()
            .chain(self.items.iter())
            .map(|i| (&i.id, &i.description))
            .chain(
                self.bands
                    .iter()
                    .chain(self.classes.iter())
                    .chain(self.sub_labels.iter())
                    .map(|l| (&l.id, &l.description)),
            );
        for (id, text) in described {
            for lang in [super::Lang::It, super::Lang::En] {
                let filled = self.fill(text, lang);
                if filled.contains('{') || filled.contains('}') {
                    problems.push(format!("{id}: {filled:?} names an unknown parameter"));
                }
            }
        }
        let mut check_ids = |what: &str, ids: Vec<&str>, expected: Option<&[&str]>| {
            let mut seen = crate::sorted_map::SortedSet::new();
            for id in &ids {
                if id.is_empty() || !seen.insert(*id) {
                    problems.push(format!("{what}: id {id:?} empty or repeated"));
                }
            }
            if let Some(expected) = expected {
                if ids != expected {
                    problems.push(format!("{what}: ids {ids:?}, expected {expected:?}"));
                }
            }
        };
        check_ids(
            "services",
            self.services.iter().map(|s| s.id.as_str()).collect(),
            None,
        );
        check_ids(
            "payment_types",
            self.payment_types.iter().map(|s| s.id.as_str()).collect(),
            None,
        );
        check_ids(
            "social_networks",
            self.social_networks.iter().map(|s| s.id.as_str()).collect(),
            None,
        );
        check_ids(
            "payment_channels",
            self.payment_channels
                .iter()
                .map(|s| s.id.as_str())
                .collect(),
            Some(&["pagopa", "other", "na"]),
        );
        check_ids(
            "anpr_states",
            self.anpr_states.iter().map(|s| s.id.as_str()).collect(),
            Some(&["completed", "in_progress", "not_started"]),
        );
        check_ids(
            "open_data_questions",
            self.open_data_questions
                .iter()
                .map(|s| s.id.as_str())
                .collect(),
            Some(&[
                "datasets",
                "open_format_share",
                "licence",
                "dcat_harvested",
                "api_or_bulk",
            ]),
        );
        check_ids(
            "licence_options",
            self.licence_options.iter().map(|s| s.id.as_str()).collect(),
            Some(&["all", "some", "none"]),
        );
        check_ids(
            "social_statuses",
            self.social_statuses.iter().map(|s| s.id.as_str()).collect(),
            Some(&["none", "inactive", "active"]),
        );
        check_ids(
            "dimensions",
            self.dimensions.iter().map(|s| s.id.as_str()).collect(),
            Some(&["dps", "dpa", "do", "care"]),
        );
        check_ids(
            "items",
            self.items.iter().map(|s| s.id.as_str()).collect(),
            Some(&[
                "p1", "p2", "p3", "p4", "od", "od1", "od2", "od3", "od4", "so", "so1", "so2",
            ]),
        );
        check_ids(
            "bands",
            self.bands.iter().map(|s| s.id.as_str()).collect(),
            Some(&["basso", "sufficiente", "elevato"]),
        );
        check_ids(
            "classes",
            self.classes.iter().map(|s| s.id.as_str()).collect(),
            Some(&["Blocchi di partenza", "Stacco", "Spinta"]),
        );
        check_ids(
            "sub_labels",
            self.sub_labels.iter().map(|s| s.id.as_str()).collect(),
            Some(&["omogeneo", "eccellente", "differenziato"]),
        );
        check_ids(
            "rules",
            self.rules.iter().map(|s| s.id.as_str()).collect(),
            None,
        );
        let values: Vec<u8> = self.levels.iter().map(|l| l.value).collect();
        if values != [0, 1, 2, 3, 4] {
            problems.push(format!("levels: {values:?}, expected [0, 1, 2, 3, 4]"));
        }
        for (name, p) in self.params.all() {
            if !p.value.is_finite() {
                problems.push(format!("params.{name}: not finite"));
            }
        }
        let p = &self.params;
        if p.band_low_cut.value > p.band_high_cut.value {
            problems.push("params: band_low_cut above band_high_cut".into());
        }
        if p.od1_full_datasets.value < 1.0 {
            problems.push("params.od1_full_datasets: must be at least 1".into());
        }
        let texts_ok = |t: &Text| !t.it.trim().is_empty() && !t.en.trim().is_empty();
        for s in &self.services {
            if ![&s.name, &s.level3_example, &s.level4_example]
                .iter()
                .all(|t| texts_ok(t))
            {
                problems.push(format!("services.{}: a text is empty", s.id));
            }
        }
        for (name, p) in self.params.all() {
            if !texts_ok(&p.title) || !texts_ok(&p.source) {
                problems.push(format!("params.{name}: a text is empty"));
            }
        }
        problems
    }
}
