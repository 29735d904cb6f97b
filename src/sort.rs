//! Sorting with one copy of the standard sort: `sort_by` is compiled anew for every element type and comparison
//! (about 4 KB of wasm each), and so is `collect()` into a `BTreeMap` or `BTreeSet`, which sorts its items first
//! (the crate's maps and sets are [`crate::sorted_map`]'s, which insert). Here only positions are sorted, always by
//! the same code (`ascending`), and the items are then moved into that order. clippy.toml turns the standard sorts
//! away everywhere else.

use std::cmp::Ordering;

/// Sorts `items` by `key`, ascending in the order of [`f64::total_cmp`], stable: items with equal keys keep their
/// order (as `items.sort_by(|a, b| key(a).total_cmp(&key(b)))`). For a descending order, negate the key: that
/// reverses `total_cmp`'s order exactly and keeps equal keys equal.
pub fn sort_by_number<T>(items: &mut Vec<T>, key: impl Fn(&T) -> f64) {
    let keys: Vec<f64> = items.iter().map(key).collect();
    let order = ascending(keys.len(), &|a, b| keys[a].total_cmp(&keys[b]));
    into_order(items, order);
}

/// Sorts `items` by the comparison `compare`, stable: items that compare equal keep their order (as
/// `items.sort_by(compare)`).
pub fn sort_by_comparison<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = ascending(items.len(), &|a, b| compare(&items[a], &items[b]));
    into_order(items, order);
}

/// The positions `0..len` in ascending order of `compare` (which compares two positions), equal ones in their own
/// order: the one copy of the standard sort.
#[allow(clippy::disallowed_methods)] // The one sort that clippy.toml lets through.
fn ascending(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Moves `items` into `order` (a permutation of their positions).
fn into_order<T>(items: &mut Vec<T>, order: Vec<usize>) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // Compared with the standard sorts.
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Keys with many ties, and the awkward floats.
    fn number() -> impl Strategy<Value = f64> {
        prop_oneof![
            (-3i8..4).prop_map(f64::from),
            Just(-0.0),
            Just(f64::NAN),
            Just(f64::INFINITY),
            any::<f64>()
        ]
    }

    /// The positions of `items` after `sort` (each item tagged with where it started).
    fn positions<K: Clone>(keys: &[K], sort: impl FnOnce(&mut Vec<(K, usize)>)) -> Vec<usize> {
        let mut items: Vec<(K, usize)> = keys.iter().cloned().zip(0..).collect();
        sort(&mut items);
        items.into_iter().map(|x| x.1).collect()
    }

    proptest! {
        #[test]
        fn sorts_as_a_stable_sort_by_total_cmp(keys in prop::collection::vec(number(), 0..40)) {
            prop_assert_eq!(
                positions(&keys, |v| sort_by_number(v, |x| x.0)),
                positions(&keys, |v| v.sort_by(|a, b| a.0.total_cmp(&b.0)))
            );
            // Descending by the negated key, as `b.total_cmp(a)`.
            prop_assert_eq!(
                positions(&keys, |v| sort_by_number(v, |x| -x.0)),
                positions(&keys, |v| v.sort_by(|a, b| b.0.total_cmp(&a.0)))
            );
        }

        #[test]
        fn sorts_as_a_stable_sort_by(keys in prop::collection::vec(("[a-c]{0,2}", 0u8..3), 0..40)) {
            // By the string only (ties keep their order), by both descending, and by the string's length.
            prop_assert_eq!(
                positions(&keys, |v| sort_by_comparison(v, |a, b| a.0 .0.cmp(&b.0 .0))),
                positions(&keys, |v| v.sort_by(|a, b| a.0 .0.cmp(&b.0 .0)))
            );
            prop_assert_eq!(
                positions(&keys, |v| sort_by_comparison(v, |a, b| b.0.cmp(&a.0))),
                positions(&keys, |v| v.sort_by(|a, b| b.0.cmp(&a.0)))
            );
            prop_assert_eq!(
                positions(&keys, |v| sort_by_comparison(v, |a, b| a.0 .0.len().cmp(&b.0 .0.len()))),
                positions(&keys, |v| v.sort_by_key(|a| a.0 .0.len()))
            );
        }
    }
}
