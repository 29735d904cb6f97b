//! Scoring throughput: how many complete answer sets per second are scored natively (the numbers, then the
//! explanation in words built on them). Run with `cargo run --release --example bench_score`; the figures are
//! medians of several rounds, by the wall clock and (on Linux) by the CPU time the rounds got, which is the
//! fairer figure on a shared machine. Compare runs made in the same conditions.
#![allow(clippy::disallowed_methods)] // Native only: the standard sorts (see clippy.toml) cost the web modules nothing.

use care::model::{
    self, Anpr, Answers, Lang, LevelAnswer, Licence, PaymentChannel, ServiceAnswer, SocialStatus,
};
use care::report::score_details::dimension_details;
use std::time::Instant;

/// A small deterministic generator (xorshift64*), so every run scores the same answers.
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

fn complete_answers(rng: &mut Rng, i: usize) -> Answers {
    let e = model::current();
    let mut a = Answers::new(format!("Comune {i}"));
    for s in &e.services {
        let r = rng.below(6);
        let level = if r == 5 {
            LevelAnswer::NotApplicable
        } else {
            LevelAnswer::Level(r as u8)
        };
        let online = level.level().is_some_and(|l| l >= 3);
        a.services.insert(
            s.id.clone(),
            ServiceAnswer {
                level,
                spid: online.then(|| rng.below(2) == 1),
                cie: online.then(|| rng.below(2) == 1),
            },
        );
    }
    a.pagopa.active = Some(rng.below(5) != 0);
    for p in &e.payment_types {
        a.pagopa
            .payments
            .insert(p.id.clone(), PaymentChannel::ALL[rng.below(3) as usize]);
    }
    a.anpr = Some(Anpr::ALL[rng.below(3) as usize]);
    a.open_data.datasets = Some(rng.below(400) as u32);
    a.open_data.open_format_share = Some(rng.below(101) as f64);
    a.open_data.licence = Some(Licence::ALL[rng.below(3) as usize]);
    a.open_data.dcat_harvested = Some(rng.below(2) == 1);
    a.open_data.api_or_bulk = Some(rng.below(2) == 1);
    for n in &e.social_networks {
        a.social
            .insert(n.id.clone(), SocialStatus::ALL[rng.below(3) as usize]);
    }
    a
}

/// Nanoseconds this thread has run on a CPU (Linux: `/proc/thread-self/schedstat`), so that a run on a shared
/// machine can be judged by the time it actually got; `None` elsewhere.
fn cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// Items per second of a round, by the wall clock and by the CPU time the round got (when known).
struct Rate {
    wall: f64,
    cpu: Option<f64>,
}

/// Runs `round` `rounds` times; the median rates (items per second).
fn median_rate(rounds: usize, items: usize, mut round: impl FnMut()) -> Rate {
    let (mut wall, mut cpu) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        let (start, cpu_start) = (Instant::now(), cpu_ns());
        round();
        wall.push(items as f64 / start.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu_start, cpu_ns()) {
            cpu.push(items as f64 / ((b - a) as f64 * 1e-9));
        }
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    Rate {
        wall: median(wall),
        cpu: (cpu.len() == rounds).then(|| median(cpu)),
    }
}

fn print_rate(what: &str, rate: &Rate, rounds: usize, items: usize) {
    println!(
        "{what}: {:.0} per second ({:.3} µs each; median of {rounds} rounds of {items})",
        rate.wall,
        1e6 / rate.wall
    );
    if let Some(cpu) = rate.cpu {
        println!(
            "  by the CPU time the rounds got: {cpu:.0} per second ({:.3} µs each)",
            1e6 / cpu
        );
    }
}

fn main() {
    let edition = model::current();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let sets: Vec<Answers> = (0..10_000).map(|i| complete_answers(&mut rng, i)).collect();
    assert!(sets.iter().all(|a| model::score(edition, a).complete));

    let (mut checksum, mut spinta) = (0.0, 0usize);
    let rounds = 9;
    let rate = median_rate(rounds, sets.len(), || {
        for a in &sets {
            let s = model::score(edition, a);
            checksum += s.care.unwrap_or(0.0);
            spinta += usize::from(s.class == Some(model::Class::Spinta));
        }
    });
    print_rate("scores, complete answer sets", &rate, rounds, sets.len());
    println!("(checksum {checksum:.1}, Spinta {spinta})");

    let scored: Vec<model::Scores> = sets.iter().map(|a| model::score(edition, a)).collect();
    let mut lines = 0usize;
    let explained = median_rate(5, sets.len(), || {
        for (a, s) in sets.iter().zip(&scored) {
            lines += dimension_details(edition, a, s, Lang::It)
                .iter()
                .map(|d| d.items.len())
                .sum::<usize>();
        }
    });
    print_rate(
        "explanations (one language, on the scores)",
        &explained,
        5,
        sets.len(),
    );
    println!("(lines explained: {lines})");

    let start = Instant::now();
    let mut bytes = 0usize;
    for a in &sets {
        let text = model::answers_file::to_json(a);
        bytes += text.len();
        let back = model::answers_file::parse(&text).expect("round trip");
        assert_eq!(&back, a);
    }
    let elapsed = start.elapsed();
    println!(
        "to_json + parse: {:.0} files per second ({} bytes on average)",
        sets.len() as f64 / elapsed.as_secs_f64(),
        bytes / sets.len()
    );
}
