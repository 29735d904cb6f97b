//! The three dimensions of a set of answers, numbers only: the same arithmetic as [`crate::model::score`]
//! without the explanations, so that the improvement-plan search can score thousands of candidate answer sets
//! quickly (the full scoring formats every explanation and costs tens of microseconds).
//!
//! `tests/report_plan.rs` checks on thousands of random complete and partial answer sets that this module
//! agrees with [`crate::model::score`] to 1e-9, so a change of the model that is not mirrored here fails a test.

use crate::model::items::{self, weighted_mean};
use crate::model::{classify_with, Answers, Classification, Edition, LevelAnswer};

/// DPS, DPA and DO of `answers` (unrounded; `None` where a dimension is undefined).
pub fn dimensions(edition: &Edition, answers: &Answers) -> [Option<f64>; 3] {
    let p = &edition.params;

    // DPS and the online services.
    let (mut sum, mut rated) = (0.0, 0u32);
    let (mut online, mut with_spid, mut with_cie) = (0u32, 0u32, 0u32);
    for service in &edition.services {
        if let Some(a) = answers.services.get(&service.id) {
            if let LevelAnswer::Level(l) = a.level {
                let l = l.min(4);
                sum += (p.level_points.value * f64::from(l)).clamp(0.0, 100.0);
                rated += 1;
                if edition.is_online(a.level) {
                    online += 1;
                    with_spid += u32::from(a.spid == Some(true));
                    with_cie += u32::from(a.cie == Some(true));
                }
            }
        }
    }
    let dps = (rated > 0).then(|| sum / f64::from(rated));

    // DPA.
    let share = |with: u32| {
        (rated > 0).then(|| {
            if online == 0 {
                0.0
            } else {
                100.0 * f64::from(with) / f64::from(online)
            }
        })
    };
    let (through, collected) = items::pagopa_counts(edition, answers);
    let p3 = items::p3(p, answers.pagopa.active, through, collected);
    let p4 = items::p4(p, answers.anpr);
    let dpa = weighted_mean(&[
        (share(with_spid), p.dpa_weight_spid.value),
        (share(with_cie), p.dpa_weight_cie.value),
        (p3, p.dpa_weight_pagopa.value),
        (p4, p.dpa_weight_anpr.value),
    ]);

    // DO.
    let [od1, od2, od3, od4] = items::open_data_items(p, &answers.open_data);
    let w = p.od_item_weight.value;
    let od_score = weighted_mean(&[(od1, w), (od2, w), (od3, w), (od4, w)]);
    let (so1, so2) = items::social_items(items::social_counts(edition, answers));
    let so = items::social_score(p, so1, so2);
    let do_ = weighted_mean(&[
        (od_score, p.do_open_data_weight.value),
        (so, p.do_social_weight.value),
    ]);
    [dps, dpa, do_]
}

/// The classification of `answers` (`None` unless all three dimensions are defined).
pub fn classification(edition: &Edition, answers: &Answers) -> Option<Classification> {
    match dimensions(edition, answers) {
        [Some(a), Some(b), Some(c)] => Some(classify_with(edition, a, b, c)),
        _ => None,
    }
}
