//! The improvement plan's time: the next-class search (`report::plan::next_class`) and the single-step gains
//! (`report::plan::gains`) that the results page computes, for the hardest answer sets found. Run with
//! `cargo run --release --example bench_plan`; the figures are medians of several runs, so run it on a quiet
//! machine and compare runs made in the same conditions.
//!
//! The cases: every answer at the bottom (Blocchi di partenza, two dimensions to raise by a greedy search over
//! many steps: the worst case found), every service at level 2 (each step online brings SPID and CIE), and 300
//! random complete answer sets (average, median and slowest).
#![allow(clippy::disallowed_methods)] // Native only: the standard sorts (see clippy.toml) cost the web modules nothing.

use care::model::{
    self, Anpr, Answers, LevelAnswer, Licence, PaymentChannel, ServiceAnswer, SocialStatus,
};
use care::report::plan::{self, Outcome};
use std::time::{Duration, Instant};

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Complete answers with every service at `level` (flags `no` when online) and the rest at the bottom.
fn bottom(level: u8) -> Answers {
    let e = model::current();
    let mut a = Answers::new("Comune in fondo");
    for s in &e.services {
        let online = level >= 3;
        a.services.insert(
            s.id.clone(),
            ServiceAnswer {
                level: LevelAnswer::Level(level),
                spid: online.then_some(false),
                cie: online.then_some(false),
            },
        );
    }
    a.pagopa.active = Some(false);
    a.anpr = Some(Anpr::NotStarted);
    a.open_data.datasets = Some(0);
    a.open_data.open_format_share = Some(0.0);
    a.open_data.licence = Some(Licence::None);
    a.open_data.dcat_harvested = Some(false);
    a.open_data.api_or_bulk = Some(false);
    for n in &e.social_networks {
        a.social.insert(n.id.clone(), SocialStatus::None);
    }
    a
}

fn random(rng: &mut Rng) -> Answers {
    let e = model::current();
    let mut a = bottom(0);
    for s in &e.services {
        let l = rng.below(5) as u8;
        let online = l >= 3;
        a.services.insert(
            s.id.clone(),
            ServiceAnswer {
                level: LevelAnswer::Level(l),
                spid: online.then(|| rng.below(2) == 1),
                cie: online.then(|| rng.below(2) == 1),
            },
        );
    }
    a.pagopa.active = Some(rng.below(3) != 0);
    if a.pagopa.active == Some(true) {
        for p in &e.payment_types {
            a.pagopa
                .payments
                .insert(p.id.clone(), PaymentChannel::ALL[rng.below(3) as usize]);
        }
    }
    a.anpr = Some(Anpr::ALL[rng.below(3) as usize]);
    a.open_data.datasets = Some(rng.below(60) as u32);
    a.open_data.open_format_share = Some(rng.below(101) as f64);
    a.open_data.licence = Some(Licence::ALL[rng.below(3) as usize]);
    for n in &e.social_networks {
        a.social
            .insert(n.id.clone(), SocialStatus::ALL[rng.below(3) as usize]);
    }
    a
}

/// One plan as the results page computes it: the next class and the gains.
fn plan_once(a: &Answers) -> (Outcome, usize) {
    let e = model::current();
    (plan::next_class(e, a), plan::gains(e, a).len())
}

fn time_once(a: &Answers) -> Duration {
    let start = Instant::now();
    std::hint::black_box(plan_once(a));
    start.elapsed()
}

fn median(a: &Answers, runs: usize) -> Duration {
    let mut t: Vec<Duration> = (0..runs).map(|_| time_once(a)).collect();
    t.sort();
    t[runs / 2]
}

fn describe(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Found(p) => format!("{:?} -> {:?}, {} steps", p.before.class, p.target, p.steps),
        Outcome::Unreachable { target, .. } => format!("unreachable {target:?}"),
        Outcome::Top(_) => "top".to_string(),
        Outcome::NoClass => "no class".to_string(),
    }
}

fn main() {
    let runs = 9;
    for (name, a) in [
        ("every answer at the bottom", bottom(0)),
        (
            "every service at level 2, the rest at the bottom",
            bottom(2),
        ),
    ] {
        let t = median(&a, runs);
        println!(
            "{name}: {:.2} ms per plan (next class + gains; median of {runs}; {})",
            t.as_secs_f64() * 1e3,
            describe(&plan_once(&a).0)
        );
    }
    let mut rng = Rng(0x0bad_cafe_1234_5678);
    let randoms: Vec<Answers> = (0..300).map(|_| random(&mut rng)).collect();
    let mut times: Vec<(Duration, usize)> = randoms
        .iter()
        .enumerate()
        .map(|(i, a)| (median(a, 3), i))
        .collect();
    times.sort();
    let (worst, at) = times[times.len() - 1];
    let total: Duration = times.iter().map(|(t, _)| *t).sum();
    println!(
        "300 random complete answer sets (median of 3 each): {:.2} ms per plan on average, {:.2} ms at the median, \
         {:.2} ms at worst (set {at}: {})",
        total.as_secs_f64() * 1e3 / times.len() as f64,
        times[times.len() / 2].0.as_secs_f64() * 1e3,
        worst.as_secs_f64() * 1e3,
        describe(&plan_once(&randoms[at]).0)
    );
}
