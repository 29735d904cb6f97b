//! Fuzzing of the answers parser (`answers_file::parse`, `answers_file::parse_value`) at scale, with structure-aware
//! mutations: the example files are parsed to JSON trees, then 1-8 mutations (replace any node by a random JSON
//! value, delete or add a key, wrap, deep-nest, retype) are applied, with keys and strings drawn from the format's
//! own vocabulary so that the validator's deep paths are reached. Each mutated file is checked three ways: the tree,
//! its text, and its text cut or spliced at a random character. Properties: no panic; every error has a message in
//! both languages; every accepted file survives `to_json` then `parse` unchanged.
//!
//! The example files include a version-2 file (notes, addresses, date, respondents), so the same mutations reach
//! the version-2 fields; the vocabulary adds `javascript:` and `data:` addresses and impossible dates.
//!
//! The case count comes from `FUZZ_CASES` (default 1000, a few seconds); `scripts/fuzz.sh` runs 200 000.
#![cfg(not(target_arch = "wasm32"))]

mod fuzz_support;

use care::model::{answers_file, FormatErrorKind, Lang};
use fuzz_support::{apply, example_trees, fuzz, mutation, samples, vocabulary, Size, BREAKERS};
use proptest::prelude::*;
use proptest::sample::Index;

/// The size of the values the mutations put in.
const SIZE: Size = Size {
    depth: 4,
    nodes: 48,
    items: 6,
};

/// The properties, on one input text.
fn check_text(text: &str) -> Result<(), TestCaseError> {
    match answers_file::parse(text) {
        Ok(a) => {
            let again = answers_file::to_json(&a);
            let back = answers_file::parse(&again)
                .map_err(|e| TestCaseError::fail(format!("re-parse failed: {e:?}\n{again}")))?;
            prop_assert_eq!(back, a, "round trip changed the answers");
        }
        Err(e) => {
            let it = e.message(Lang::It);
            prop_assert!(!it.trim().is_empty());
            prop_assert!(!e.message(Lang::En).trim().is_empty());
            if matches!(e.kind, FormatErrorKind::NotJson { .. }) {
                // All Italian: none of the JSON parser's English ("EOF while parsing a value at line 1 column 27").
                prop_assert!(it.starts_with("non è un file JSON valido: "), "{}", it);
                for english in ["EOF", "while parsing", "expected", " at line ", "column"] {
                    prop_assert!(!it.contains(english), "{}", it);
                }
            }
        }
    }
    Ok(())
}

#[test]
fn parser_survives_structured_mutations() {
    let strategy = (
        prop::sample::select(example_trees()),
        prop::collection::vec(mutation(vocabulary(), SIZE, true), 1..8),
        any::<Index>(),
        any::<Index>(),
        prop::sample::select(&BREAKERS[..]),
    );
    let report = |n, seconds| {
        println!("fuzz: {n} cases of structured mutations (x5 inputs each) in {seconds:.1} s")
    };
    fuzz(
        &strategy,
        |(mut tree, mutations, cut, splice_at, splice)| {
            for m in &mutations {
                apply(&mut tree, m);
            }
            // 1. the tree itself
            match answers_file::parse_value(&tree) {
                Ok(a) => prop_assert_eq!(
                    answers_file::parse(&answers_file::to_json(&a)).ok(),
                    Some(a)
                ),
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
        },
        report,
    );
}

#[test]
fn mutations_reach_the_validator() {
    // The harness is only useful if mutated files get past the JSON parser into the validator, and some are
    // accepted: count the outcomes of a small fixed-seed run.
    let strategy = (
        prop::sample::select(example_trees()),
        prop::collection::vec(mutation(vocabulary(), SIZE, true), 1..3),
    );
    let (mut ok, mut deep, mut v2) = (0, 0, 0);
    for (mut tree, ms) in samples(&strategy, 300) {
        for m in &ms {
            apply(&mut tree, m);
        }
        match answers_file::parse_value(&tree) {
            Ok(_) => ok += 1,
            Err(e) if e.path.contains('.') => {
                deep += 1;
                v2 +=
                    usize::from(e.path.starts_with("notes.") || e.path.starts_with("respondents."));
            }
            Err(_) => {}
        }
    }
    assert!(ok > 10, "some mutated files are still valid ({ok})");
    assert!(deep > 30, "many errors are deep in the tree ({deep})");
    assert!(v2 > 3, "some errors are in the fields of version 2 ({v2})");
}
