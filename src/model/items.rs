//! The arithmetic of the model's items (P3, P4, OD1-OD4, SO1-SO2 and the weighted means), for the scorer
//! [`super::score`]: one place per formula, no text.

use super::answers::{Anpr, Answers, Licence, OpenData, PaymentChannel, SocialStatus};
use super::edition::{Edition, Params};
use super::id_order::{join, IdOrder};

/// The weighted mean of the answered parts; answered parts whose weights are all zero give their plain mean;
/// nothing answered gives `None`.
pub fn weighted_mean(parts: &[(Option<f64>, f64)]) -> Option<f64> {
    let mut sum = 0.0;
    let mut weights = 0.0;
    for (value, weight) in parts {
        if let Some(v) = value {
            sum += v * weight;
            weights += weight;
        }
    }
    if weights > 0.0 {
        Some(sum / weights)
    } else if parts.iter().any(|(v, _)| v.is_some()) {
        let answered: Vec<f64> = parts.iter().filter_map(|(v, _)| *v).collect();
        Some(answered.iter().sum::<f64>() / answered.len() as f64)
    } else {
        None
    }
}

/// What the payment answers count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PaymentCounts {
    /// Payment types collected through pagoPA.
    pub through_pagopa: u32,
    /// Payment types collected at all (through pagoPA or otherwise).
    pub collected: u32,
    /// Payment types answered (including "not collected").
    pub answered: u32,
}

/// Counts the payment answers of the edition's payment types (`order` is the edition's [`IdOrder`]).
pub fn payment_counts(order: &IdOrder, answers: &Answers) -> PaymentCounts {
    let mut c = PaymentCounts::default();
    join(
        &order.payment_types,
        &answers.pagopa.payments,
        |_, channel| {
            c.answered += 1;
            match channel {
                PaymentChannel::Pagopa => {
                    c.through_pagopa += 1;
                    c.collected += 1;
                }
                PaymentChannel::Other => c.collected += 1,
                PaymentChannel::NotApplicable => {}
            }
        },
    );
    c
}

/// P3 pagoPA: `None` while `active` is unanswered.
pub fn p3(params: &Params, active: Option<bool>, through: u32, collected: u32) -> Option<f64> {
    match active {
        None => None,
        Some(false) => Some(params.pagopa_inactive_points.value),
        Some(true) if collected == 0 => Some(0.0),
        Some(true) => Some(100.0 * f64::from(through) / f64::from(collected)),
    }
}

/// P4 ANPR.
pub fn p4(params: &Params, anpr: Option<Anpr>) -> Option<f64> {
    anpr.map(|a| match a {
        Anpr::Completed => params.anpr_completed_points.value,
        Anpr::InProgress => params.anpr_in_progress_points.value,
        Anpr::NotStarted => params.anpr_not_started_points.value,
    })
}

/// OD1-OD4 (`None` for the unanswered ones; OD4 is answered when either of its booleans is).
pub fn open_data_items(params: &Params, od: &OpenData) -> [Option<f64>; 4] {
    let anchor = params.od1_full_datasets.value.max(1.0);
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
        Licence::All => params.od3_all_points.value,
        Licence::Some => params.od3_some_points.value,
        Licence::None => params.od3_none_points.value,
    });
    let od4 = (od.dcat_harvested.is_some() || od.api_or_bulk.is_some()).then(|| {
        let mut s = 0.0;
        if od.dcat_harvested == Some(true) {
            s += params.od4_dcat_points.value;
        }
        if od.api_or_bulk == Some(true) {
            s += params.od4_api_points.value;
        }
        s
    });
    [od1, od2, od3, od4]
}

/// What the social answers count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SocialCounts {
    /// Networks with an official account (active or not).
    pub accounts: u32,
    /// Accounts updated in the last 30 days.
    pub active: u32,
    /// Networks of the edition.
    pub networks: u32,
    /// Networks answered.
    pub answered: u32,
}

/// Counts the social answers of the edition's networks.
pub fn social_counts(edition: &Edition, order: &IdOrder, answers: &Answers) -> SocialCounts {
    let mut c = SocialCounts {
        networks: edition.social_networks.len() as u32,
        ..SocialCounts::default()
    };
    join(&order.social_networks, &answers.social, |_, status| {
        c.answered += 1;
        match status {
            SocialStatus::Active => {
                c.accounts += 1;
                c.active += 1;
            }
            SocialStatus::Inactive => c.accounts += 1,
            SocialStatus::None => {}
        }
    });
    c
}

/// SO1 presence and SO2 activity (`None` while no network is answered).
pub fn social_items(c: SocialCounts) -> (Option<f64>, Option<f64>) {
    let answered = c.answered > 0;
    let so1 = answered.then(|| {
        if c.networks == 0 {
            0.0
        } else {
            100.0 * f64::from(c.accounts) / f64::from(c.networks)
        }
    });
    let so2 = answered.then(|| {
        if c.accounts == 0 {
            0.0
        } else {
            100.0 * f64::from(c.active) / f64::from(c.accounts)
        }
    });
    (so1, so2)
}

/// SO from SO1 and SO2.
pub fn social_score(params: &Params, so1: Option<f64>, so2: Option<f64>) -> Option<f64> {
    (so1.is_some() || so2.is_some()).then(|| {
        weighted_mean(&[
            (so1, params.so_presence_weight.value),
            (so2, params.so_activity_weight.value),
        ])
        .unwrap_or(0.0)
    })
}
