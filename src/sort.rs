//! Stable sorting by a number, with one copy of the sorting code: `sort_by` is compiled anew for every element
//! type and comparison (about 4 KB of wasm each), while [`sort_by_number`] sorts only the positions of the keys,
//! always with the same code, and then moves the items into that order.

/// Sorts `items` by `key`, ascending in the order of [`f64::total_cmp`], stable: items with equal keys keep their
/// order (as `items.sort_by(|a, b| key(a).total_cmp(&key(b)))`). For a descending order, negate the key: that
/// reverses `total_cmp`'s order exactly and keeps equal keys equal.
pub fn sort_by_number<T>(items: &mut Vec<T>, key: impl Fn(&T) -> f64) {
    let keys: Vec<f64> = items.iter().map(key).collect();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(ascending(&keys).into_iter().filter_map(|i| slots[i].take()));
}

/// The positions of `keys` in ascending order, equal keys in their own order.
fn ascending(keys: &[f64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| keys[a].total_cmp(&keys[b]));
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_a_stable_sort_by_total_cmp(keys in prop::collection::vec(
            prop_oneof![(-3i8..4).prop_map(f64::from), Just(-0.0), Just(f64::NAN), Just(f64::INFINITY), any::<f64>()],
            0..40,
        )) {
            let items: Vec<(f64, usize)> = keys.into_iter().zip(0..).collect();
            let mut expected = items.clone();
            expected.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut sorted = items.clone();
            sort_by_number(&mut sorted, |x| x.0);
            prop_assert_eq!(sorted.iter().map(|x| x.1).collect::<Vec<_>>(), expected.iter().map(|x| x.1).collect::<Vec<_>>());
            // Descending by the negated key, as `b.total_cmp(a)`.
            let mut expected = items.clone();
            expected.sort_by(|a, b| b.0.total_cmp(&a.0));
            let mut sorted = items;
            sort_by_number(&mut sorted, |x| -x.0);
            prop_assert_eq!(sorted.iter().map(|x| x.1).collect::<Vec<_>>(), expected.iter().map(|x| x.1).collect::<Vec<_>>());
        }
    }
}
