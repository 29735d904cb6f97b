//! Scoring throughput: how many complete answer sets per second are scored natively.
//! Run with `cargo run --release --example bench_score`.

use care::model::{
    self, Anpr, Answers, LevelAnswer, Licence, PaymentChannel, ServiceAnswer, SocialStatus,
};
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

fn main() {
    let edition = model::current();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let sets: Vec<Answers> = (0..10_000).map(|i| complete_answers(&mut rng, i)).collect();
    assert!(sets.iter().all(|a| model::score(edition, a).complete));

    let rounds = 5;
    let start = Instant::now();
    let mut checksum = 0.0;
    let mut spinta = 0usize;
    for _ in 0..rounds {
        for a in &sets {
            let s = model::score(edition, a);
            checksum += s.care.unwrap_or(0.0);
            spinta += usize::from(s.class == Some(model::Class::Spinta));
        }
    }
    let elapsed = start.elapsed();
    let n = sets.len() * rounds;
    let per_second = n as f64 / elapsed.as_secs_f64();
    println!(
        "scored {n} complete answer sets ({} distinct) in {:.3} s",
        sets.len(),
        elapsed.as_secs_f64()
    );
    println!(
        "{per_second:.0} answer sets per second ({:.2} µs each)",
        1e6 / per_second
    );
    println!("(checksum {checksum:.1}, Spinta {spinta} of {n})");

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
