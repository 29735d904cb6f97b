//! Fuzzing of the answers parser (`format::parse`, `format::parse_value`) at scale, with structure-aware
//! mutations: the example files are parsed to JSON trees, then 1-8 mutations (replace any node by a random JSON
//! value, delete or add a key, wrap, deep-nest, retype) are applied, with keys and strings drawn from the format's
//! own vocabulary so that the validator's deep paths are reached. Each mutated file is checked three ways: the tree,
//! its text, and its text cut or spliced at a random character. Properties: no panic; every error has a message in
//! both languages; every accepted file survives `to_json` then `parse` unchanged.
//!
//! The case count comes from `FUZZ_CASES` (default 1000, a few seconds); `scripts/fuzz.sh` runs 200 000.
#![cfg(not(target_arch = "wasm32"))]

use care::model::{self, format, Lang};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Map, Value};

const EXAMPLES: [&str; 3] = [
    include_str!("../assets/examples/small-comune.json"),
    include_str!("../assets/examples/large-city.json"),
    include_str!("../assets/examples/partial.json"),
];

/// Keys and string values of the format: the examples' own, the model's ids, and a few strangers.
fn vocabulary() -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    fn collect(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Array(a) => a.iter().for_each(|x| collect(x, out)),
            Value::Object(o) => {
                for (k, x) in o {
                    out.push(k.clone());
                    collect(x, out);
                }
            }
            _ => {}
        }
    }
    for e in EXAMPLES {
        collect(
            &serde_json::from_str(e).expect("the examples are JSON"),
            &mut words,
        );
    }
    let e = model::current();
    words.extend(e.services.iter().map(|s| s.id.clone()));
    words.extend(e.payment_types.iter().map(|s| s.id.clone()));
    words.extend(e.social_networks.iter().map(|s| s.id.clone()));
    words.extend(model::edition_ids().iter().map(|s| s.to_string()));
    for w in [
        "care-answers",
        "na",
        "",
        " ",
        "\u{0}",
        "\u{feff}",
        "é",
        "👩‍💻",
        "\n",
        "null",
        "true",
        "-0",
        "1e309",
        "care-1999",
        "999999",
        "00000",
        "0123456",
        "__proto__",
        "constructor",
    ] {
        words.push(w.to_string());
    }
    words.sort();
    words.dedup();
    words
}

/// Any JSON value, leaning on the vocabulary and on numbers at the edges.
fn json_value(words: Vec<String>) -> impl Strategy<Value = Value> + Clone {
    let word = prop::sample::select(words.clone());
    let number = prop_oneof![
        (-3i64..=130).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        prop::sample::select(vec![
            0.5,
            -0.0,
            1e-300,
            4.000_000_1,
            99.999,
            100.000_01,
            1e20
        ])
        .prop_map(Value::from),
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number,
        word.clone().prop_map(Value::String),
        ".{0,40}".prop_map(Value::String),
        (1usize..200).prop_map(|n| Value::String("x".repeat(n))),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        let key = prop::sample::select(words.clone());
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key, inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// One edit of a tree.
#[derive(Clone, Debug)]
enum Mutation {
    /// Replace the node at a position by a value.
    Replace(Index, Value),
    /// Delete a key of the object at a position (or an element of an array).
    Remove(Index, Index),
    /// Add a key with a value to the object at a position.
    Insert(Index, String, Value),
    /// Wrap the node in an array or an object.
    Wrap(Index, bool),
    /// Replace the node by the same value nested deep in arrays.
    Nest(Index, usize),
    /// Turn a number into a string and back, a string into a number, etc.
    Retype(Index),
}

fn mutation(words: Vec<String>) -> impl Strategy<Value = Mutation> {
    let value = json_value(words.clone());
    let word = prop::sample::select(words);
    prop_oneof![
        3 => (any::<Index>(), value.clone()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(i, j)| Mutation::Remove(i, j)),
        2 => (any::<Index>(), word, value).prop_map(|(i, k, v)| Mutation::Insert(i, k, v)),
        1 => (any::<Index>(), any::<bool>()).prop_map(|(i, b)| Mutation::Wrap(i, b)),
        1 => (any::<Index>(), 1usize..200).prop_map(|(i, n)| Mutation::Nest(i, n)),
        2 => any::<Index>().prop_map(Mutation::Retype),
    ]
}

/// The number of nodes of a tree (pre-order).
fn count(v: &Value) -> usize {
    1 + match v {
        Value::Array(a) => a.iter().map(count).sum(),
        Value::Object(o) => o.values().map(count).sum(),
        _ => 0,
    }
}

/// The `n`-th node in pre-order (`n` counts down to it).
fn nth_node<'a>(v: &'a mut Value, n: &mut usize) -> Option<&'a mut Value> {
    if *n == 0 {
        return Some(v);
    }
    *n -= 1;
    match v {
        Value::Array(a) => a.iter_mut().find_map(|x| nth_node(x, n)),
        Value::Object(o) => o.values_mut().find_map(|x| nth_node(x, n)),
        _ => None,
    }
}

/// The `n`-th node in pre-order, `n` below the node count.
fn nth(v: &mut Value, n: usize) -> &mut Value {
    let mut k = n;
    nth_node(v, &mut k).expect("n is below the node count")
}

fn apply(root: &mut Value, m: &Mutation) {
    let at = |i: &Index, root: &Value| i.index(count(root));
    match m {
        Mutation::Replace(i, v) => *nth(root, at(i, root)) = v.clone(),
        Mutation::Remove(i, j) => match nth(root, at(i, root)) {
            Value::Object(o) if !o.is_empty() => {
                let k = o.keys().nth(j.index(o.len())).cloned().unwrap();
                o.remove(&k);
            }
            Value::Array(a) if !a.is_empty() => {
                a.remove(j.index(a.len()));
            }
            _ => {}
        },
        Mutation::Insert(i, k, v) => {
            if let Value::Object(o) = nth(root, at(i, root)) {
                o.insert(k.clone(), v.clone());
            }
        }
        Mutation::Wrap(i, array) => {
            let node = nth(root, at(i, root));
            let inner = node.take();
            *node = if *array {
                Value::Array(vec![inner])
            } else {
                Value::Object(Map::from_iter([("level".to_string(), inner)]))
            };
        }
        Mutation::Nest(i, depth) => {
            let node = nth(root, at(i, root));
            let mut v = node.take();
            for _ in 0..*depth {
                v = Value::Array(vec![v]);
            }
            *node = v;
        }
        Mutation::Retype(i) => {
            let node = nth(root, at(i, root));
            *node = match node.take() {
                Value::Number(n) => Value::String(n.to_string()),
                Value::String(s) => s
                    .parse::<f64>()
                    .ok()
                    .and_then(serde_json::Number::from_f64)
                    .map(Value::Number)
                    .unwrap_or(Value::Bool(s.is_empty())),
                Value::Bool(b) => Value::from(u8::from(b)),
                Value::Null => Value::String("null".into()),
                Value::Array(a) => Value::Object(
                    a.into_iter()
                        .enumerate()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect(),
                ),
                Value::Object(o) => Value::Array(o.into_iter().map(|(_, v)| v).collect()),
            };
        }
    }
}

/// The properties, on one input text.
fn check_text(text: &str) -> Result<(), TestCaseError> {
    match format::parse(text) {
        Ok(a) => {
            let again = format::to_json(&a);
            let back = format::parse(&again)
                .map_err(|e| TestCaseError::fail(format!("re-parse failed: {e:?}\n{again}")))?;
            prop_assert_eq!(back, a, "round trip changed the answers");
        }
        Err(e) => {
            prop_assert!(!e.message(Lang::It).trim().is_empty());
            prop_assert!(!e.message(Lang::En).trim().is_empty());
        }
    }
    Ok(())
}

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|s| s.replace('_', "").parse().ok())
        .unwrap_or(1000)
}

#[test]
fn parser_survives_structured_mutations() {
    let words = vocabulary();
    let bases: Vec<Value> = EXAMPLES
        .iter()
        .map(|e| serde_json::from_str(e).unwrap())
        .collect();
    let strategy = (
        prop::sample::select(bases),
        prop::collection::vec(mutation(words), 1..8),
        any::<Index>(),
        any::<Index>(),
        prop::sample::select(vec![
            "", "\"", "}", "]", ",", "{", "\\", "\u{0}", "\u{feff}", "🙂", "1e999",
        ]),
    );
    let n = cases();
    let started = std::time::Instant::now();
    let mut runner = TestRunner::new(Config {
        cases: n,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&strategy, |(base, mutations, cut, splice_at, splice)| {
        let mut tree = base;
        for m in &mutations {
            apply(&mut tree, m);
        }
        // 1. the tree itself
        match format::parse_value(&tree) {
            Ok(a) => prop_assert_eq!(format::parse(&format::to_json(&a)).ok(), Some(a)),
            Err(e) => prop_assert!(!e.message(Lang::En).is_empty()),
        }
        // 2. its text, compact and pretty
        let compact = serde_json::to_string(&tree).unwrap();
        check_text(&compact)?;
        check_text(&serde_json::to_string_pretty(&tree).unwrap())?;
        // 3. the text cut, and spliced, at a character boundary
        let bounds: Vec<usize> = compact
            .char_indices()
            .map(|(i, _)| i)
            .chain([compact.len()])
            .collect();
        let c = bounds[cut.index(bounds.len())];
        check_text(&compact[..c])?;
        let s = bounds[splice_at.index(bounds.len())];
        check_text(&format!("{}{splice}{}", &compact[..s], &compact[s..]))?;
        Ok(())
    });
    let elapsed = started.elapsed();
    println!(
        "fuzz: {n} cases of structured mutations (x5 inputs each) in {:.1} s",
        elapsed.as_secs_f64()
    );
    if let Err(e) = result {
        panic!("{e}");
    }
}

#[test]
fn mutations_reach_the_validator() {
    // The harness is only useful if mutated files get past the JSON parser into the validator, and some are
    // accepted: count the outcomes of a small fixed-seed run.
    let words = vocabulary();
    let bases: Vec<Value> = EXAMPLES
        .iter()
        .map(|e| serde_json::from_str(e).unwrap())
        .collect();
    let strategy = (
        prop::sample::select(bases),
        prop::collection::vec(mutation(words), 1..3),
    );
    let mut runner = TestRunner::deterministic();
    let (mut ok, mut deep) = (0, 0);
    for _ in 0..300 {
        let (mut tree, ms) = strategy.new_tree(&mut runner).unwrap().current();
        for m in &ms {
            apply(&mut tree, m);
        }
        match format::parse_value(&tree) {
            Ok(_) => ok += 1,
            Err(e) if e.path.contains('.') => deep += 1,
            Err(_) => {}
        }
    }
    assert!(ok > 10, "some mutated files are still valid ({ok})");
    assert!(deep > 30, "many errors are deep in the tree ({deep})");
}
