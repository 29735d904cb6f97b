//! Shared helpers of the two fuzz tests (`fuzz_format.rs`, `fuzz_share.rs`): the example files, the vocabulary of
//! the answers format, random JSON values and structure-aware edits of JSON trees, and the case count and runner.
#![allow(clippy::disallowed_methods)] // Native only: the standard sorts (see clippy.toml) cost the web modules nothing.

use care::model;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Map, Value};

/// The example answers files (`assets/examples/*.json`), sorted by name: the starting points of every mutation.
pub fn examples() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("assets/examples")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 4, "the example files (version 1 and 2)");
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("example file"))
        .collect()
}

/// The example files as JSON trees, as written (keys and values the parser may drop included).
pub fn example_trees() -> Vec<Value> {
    examples()
        .iter()
        .map(|e| serde_json::from_str(e).expect("the examples are JSON"))
        .collect()
}

/// Keys and string values of the answers format: the examples' own, the model's ids, and a few strangers (edge
/// strings, look-alikes of other JSON types, versions and codes, keys special elsewhere).
pub fn vocabulary() -> Vec<String> {
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
    let mut words = Vec::new();
    for tree in example_trees() {
        collect(&tree, &mut words);
    }
    let e = model::current();
    words.extend(e.services.iter().map(|s| s.id.clone()));
    words.extend(e.payment_types.iter().map(|s| s.id.clone()));
    words.extend(e.social_networks.iter().map(|s| s.id.clone()));
    words.extend(model::edition_ids().iter().map(|s| s.to_string()));
    for w in [
        "care-answers",
        "care-2021",
        "care-1999",
        "na",
        "level",
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
        "999999",
        "00000",
        "0123456",
        "__proto__",
        "constructor",
        // version 2
        "javascript:alert(1)",
        "data:text/html,x",
        "https://",
        "https://a@b.it",
        "http://example.org/x y",
        "2024-02-29",
        "2023-02-29",
        "office",
        "digital_pa",
    ] {
        words.push(w.to_string());
    }
    words.sort();
    words.dedup();
    words
}

/// Short texts that break JSON (or its UTF-8) where spliced into it.
pub const BREAKERS: [&str; 12] = [
    "", "\"", "}", "]", ",", "{", "\\", "\u{0}", "\u{feff}", "🙂", "1e999", " ",
];

/// How large the random JSON values of [`json_value`] get.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    /// The deepest nesting of containers.
    pub depth: u32,
    /// About how many nodes a value has at the most.
    pub nodes: u32,
    /// The most items of one array or object.
    pub items: usize,
}

/// Any JSON value, leaning on the vocabulary and on numbers at the edges (levels, years, percentages, the
/// limits of the integer and float types), with strings around the name length limit.
fn json_value(words: Vec<String>, size: Size) -> impl Strategy<Value = Value> + Clone {
    let number = prop_oneof![
        (-3i64..=6).prop_map(Value::from),
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
            -1e-300,
            4.000_000_1,
            99.999,
            100.000_01,
            2021.0,
            1e20
        ])
        .prop_map(Value::from),
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number,
        prop::sample::select(words.clone()).prop_map(Value::String),
        ".{0,40}".prop_map(Value::String),
        (1usize..200).prop_map(|n| Value::String("x".repeat(n))),
    ];
    leaf.prop_recursive(size.depth, size.nodes, size.items as u32, move |inner| {
        let key = prop::sample::select(words.clone());
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..size.items).prop_map(Value::Array),
            prop::collection::vec((key, inner), 0..size.items)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// One edit of a JSON tree; positions are chosen among all its nodes, in pre-order.
#[derive(Clone, Debug)]
pub enum Mutation {
    /// Replace the node at a position by a value.
    Replace(Index, Value),
    /// Delete a key of the object at a position (or an element of an array).
    Remove(Index, Index),
    /// Add a key with a value to the object at a position.
    Insert(Index, String, Value),
    /// Wrap the node in an array (`true`) or an object.
    Wrap(Index, bool),
    /// Replace the node by the same value nested deep in arrays.
    Nest(Index, usize),
    /// Turn a number into a string and back, a string into a number, etc.
    Retype(Index),
}

/// Any edit of a tree, with keys from `words` and values of [`json_value`] of `size`; `reshape` adds the edits
/// that change the depth of the tree (`Wrap`, `Nest`), left out where the text must stay small.
pub fn mutation(words: Vec<String>, size: Size, reshape: bool) -> BoxedStrategy<Mutation> {
    let value = json_value(words.clone(), size);
    let word = prop::sample::select(words);
    let edit = prop_oneof![
        3 => (any::<Index>(), value.clone()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(i, j)| Mutation::Remove(i, j)),
        2 => (any::<Index>(), word, value).prop_map(|(i, k, v)| Mutation::Insert(i, k, v)),
        2 => any::<Index>().prop_map(Mutation::Retype),
    ];
    if !reshape {
        return edit.boxed();
    }
    prop_oneof![
        9 => edit,
        1 => (any::<Index>(), any::<bool>()).prop_map(|(i, b)| Mutation::Wrap(i, b)),
        1 => (any::<Index>(), 1usize..200).prop_map(|(i, n)| Mutation::Nest(i, n)),
    ]
    .boxed()
}

/// The number of nodes of a tree.
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

/// The node at a position chosen by `i` among all the nodes of the tree.
fn node<'a>(root: &'a mut Value, i: &Index) -> &'a mut Value {
    let mut n = i.index(count(root));
    nth_node(root, &mut n).expect("n is below the node count")
}

/// Applies an edit to a tree.
pub fn apply(root: &mut Value, m: &Mutation) {
    match m {
        Mutation::Replace(i, v) => *node(root, i) = v.clone(),
        Mutation::Remove(i, j) => match node(root, i) {
            Value::Object(o) if !o.is_empty() => {
                let k = o.keys().nth(j.index(o.len())).cloned().expect("a key");
                o.remove(&k);
            }
            Value::Array(a) if !a.is_empty() => {
                a.remove(j.index(a.len()));
            }
            _ => {}
        },
        Mutation::Insert(i, k, v) => {
            if let Value::Object(o) = node(root, i) {
                o.insert(k.clone(), v.clone());
            }
        }
        Mutation::Wrap(i, array) => {
            let n = node(root, i);
            let inner = n.take();
            *n = if *array {
                Value::Array(vec![inner])
            } else {
                Value::Object(Map::from_iter([("level".to_string(), inner)]))
            };
        }
        Mutation::Nest(i, depth) => {
            let n = node(root, i);
            let mut v = n.take();
            for _ in 0..*depth {
                v = Value::Array(vec![v]);
            }
            *n = v;
        }
        Mutation::Retype(i) => {
            let n = node(root, i);
            *n = match n.take() {
                Value::Number(x) => Value::String(x.to_string()),
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

/// The case count: `FUZZ_CASES` (underscores allowed), default 1000.
fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|s| s.replace('_', "").parse().ok())
        .unwrap_or(1000)
}

/// Runs `test` on [`cases`] cases of `strategy` (random seed, no failure file), then calls `report` with the
/// case count and the seconds taken, then panics with the failing case, if any (shrunk by proptest).
pub fn fuzz<S: Strategy>(
    strategy: &S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
    report: impl FnOnce(u32, f64),
) {
    let n = cases();
    let started = std::time::Instant::now();
    let mut runner = TestRunner::new(Config {
        cases: n,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(strategy, test);
    report(n, started.elapsed().as_secs_f64());
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// The first `n` values of `strategy` from a fixed seed, for the checks of what the inputs reach.
pub fn samples<S: Strategy>(strategy: &S, n: usize) -> Vec<S::Value> {
    let mut runner = TestRunner::deterministic();
    (0..n)
        .map(|_| strategy.new_tree(&mut runner).expect("a case").current())
        .collect()
}
