//! The three dimensions of a set of answers, numbers only: the same arithmetic as [`crate::model::score`]
//! without the explanations, so that the improvement-plan search can score thousands of candidate answer sets
//! quickly (the full scoring formats every explanation and costs tens of microseconds).
//!
//! `tests/report_plan.rs` checks on thousands of random complete and partial answer sets that this module
//! agrees with [`crate::model::score`] to 1e-9, so a change of the model that is not mirrored here fails a test.

use crate::model::{
    classify_with, Anpr, Answers, Classification, Edition, LevelAnswer, Licence, PaymentChannel,
    SocialStatus,
};

fn weighted_mean(parts: &[(Option<f64>, f64)]) -> Option<f64> {
    let mut sum = 0.0;
    let mut weights = 0.0;
    let mut answered = 0usize;
    let mut plain = 0.0;
    for (value, weight) in parts {
        if let Some(v) = value {
            sum += v * weight;
            weights += weight;
            answered += 1;
            plain += v;
        }
    }
    if weights > 0.0 {
        Some(sum / weights)
    } else if answered > 0 {
        Some(plain / answered as f64)
    } else {
        None
    }
}

/// DPS, DPA and DO of `answers` (unrounded; `None` where a dimension is undefined).
pub fn dimensions(edition: &Edition, answers: &Answers) -> [Option<f64>; 3] {
    let p = &edition.params;
    let online_min = p.online_min_level.value;

    // DPS and the online services.
    let (mut sum, mut rated) = (0.0, 0u32);
    let (mut online, mut with_spid, mut with_cie) = (0u32, 0u32, 0u32);
    for service in &edition.services {
        if let Some(a) = answers.services.get(&service.id) {
            if let LevelAnswer::Level(l) = a.level {
                let l = l.min(4);
                sum += (p.level_points.value * f64::from(l)).clamp(0.0, 100.0);
                rated += 1;
                if f64::from(l) + 1e-9 >= online_min {
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
    let (mut through, mut collected) = (0u32, 0u32);
    for pt in &edition.payment_types {
        match answers.pagopa.payments.get(&pt.id) {
            Some(PaymentChannel::Pagopa) => {
                through += 1;
                collected += 1;
            }
            Some(PaymentChannel::Other) => collected += 1,
            _ => {}
        }
    }
    let p3 = match answers.pagopa.active {
        None => None,
        Some(false) => Some(p.pagopa_inactive_points.value),
        Some(true) if collected == 0 => Some(0.0),
        Some(true) => Some(100.0 * f64::from(through) / f64::from(collected)),
    };
    let p4 = answers.anpr.map(|a| match a {
        Anpr::Completed => p.anpr_completed_points.value,
        Anpr::InProgress => p.anpr_in_progress_points.value,
        Anpr::NotStarted => p.anpr_not_started_points.value,
    });
    let dpa = weighted_mean(&[
        (share(with_spid), p.dpa_weight_spid.value),
        (share(with_cie), p.dpa_weight_cie.value),
        (p3, p.dpa_weight_pagopa.value),
        (p4, p.dpa_weight_anpr.value),
    ]);

    // DO.
    let od = &answers.open_data;
    let anchor = p.od1_full_datasets.value.max(1.0);
    let od1 = od
        .datasets
        .map(|n| (100.0 * (1.0 + f64::from(n)).log10() / (1.0 + anchor).log10()).min(100.0));
    let od2 = od.open_format_share.map(|s| {
        if s.is_finite() {
            s.clamp(0.0, 100.0)
        } else {
            0.0
        }
    });
    let od3 = od.licence.map(|l| match l {
        Licence::All => p.od3_all_points.value,
        Licence::Some => p.od3_some_points.value,
        Licence::None => p.od3_none_points.value,
    });
    let od4 = (od.dcat_harvested.is_some() || od.api_or_bulk.is_some()).then(|| {
        let dcat = if od.dcat_harvested == Some(true) {
            p.od4_dcat_points.value
        } else {
            0.0
        };
        let api = if od.api_or_bulk == Some(true) {
            p.od4_api_points.value
        } else {
            0.0
        };
        dcat + api
    });
    let w = p.od_item_weight.value;
    let od_score = weighted_mean(&[(od1, w), (od2, w), (od3, w), (od4, w)]);
    let (mut accounts, mut active, mut any) = (0u32, 0u32, false);
    for n in &edition.social_networks {
        match answers.social.get(&n.id) {
            Some(SocialStatus::Active) => {
                accounts += 1;
                active += 1;
                any = true;
            }
            Some(SocialStatus::Inactive) => {
                accounts += 1;
                any = true;
            }
            Some(SocialStatus::None) => any = true,
            None => {}
        }
    }
    let networks = edition.social_networks.len() as u32;
    let so = any.then(|| {
        let so1 = if networks == 0 {
            0.0
        } else {
            100.0 * f64::from(accounts) / f64::from(networks)
        };
        let so2 = if accounts == 0 {
            0.0
        } else {
            100.0 * f64::from(active) / f64::from(accounts)
        };
        weighted_mean(&[
            (Some(so1), p.so_presence_weight.value),
            (Some(so2), p.so_activity_weight.value),
        ])
        .unwrap_or(0.0)
    });
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
