//! The edition's lists (services, payment types, social networks) in id order, so that the scorer walks an
//! answers map (kept in id order) and the edition's list side by side instead of looking every id up.
//!
//! The order of an embedded edition is computed once; any other edition (a test's modified copy) gets its own on
//! each call, which is correct and only slower.

use crate::sorted_map::SortedMap;
use std::borrow::Cow;
use std::cmp::Ordering;
use std::sync::OnceLock;

use super::edition::Edition;
use crate::sort::sort_by_comparison;

/// The ids of one of the edition's lists in id order, each with its position in the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SortedIds(Vec<(Box<str>, usize)>);

impl SortedIds {
    fn new<'a>(ids: impl Iterator<Item = &'a str>) -> SortedIds {
        let mut ids: Vec<(Box<str>, usize)> =
            ids.enumerate().map(|(at, id)| (id.into(), at)).collect();
        sort_by_comparison(&mut ids, |a, b| a.cmp(b));
        SortedIds(ids)
    }

    /// The ids in order, each with its position in the edition's list.
    pub fn iter(&self) -> impl Iterator<Item = (&str, usize)> {
        self.0.iter().map(|(id, at)| (&**id, *at))
    }
}

/// The edition's lists in id order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdOrder {
    /// `Edition::services`.
    pub services: SortedIds,
    /// `Edition::payment_types`.
    pub payment_types: SortedIds,
    /// `Edition::social_networks`.
    pub social_networks: SortedIds,
}

impl IdOrder {
    /// Sorts the lists of `edition`.
    pub fn new(edition: &Edition) -> IdOrder {
        IdOrder {
            services: SortedIds::new(edition.services.iter().map(|s| s.id.as_str())),
            payment_types: SortedIds::new(edition.payment_types.iter().map(|c| c.id.as_str())),
            social_networks: SortedIds::new(edition.social_networks.iter().map(|c| c.id.as_str())),
        }
    }

    /// The order of `edition`: computed once for the embedded editions.
    pub fn of(edition: &Edition) -> Cow<'static, IdOrder> {
        static EMBEDDED: OnceLock<Vec<IdOrder>> = OnceLock::new();
        let all = super::all_editions();
        match all.iter().position(|e| std::ptr::eq(e, edition)) {
            Some(i) => {
                Cow::Borrowed(&EMBEDDED.get_or_init(|| all.iter().map(IdOrder::new).collect())[i])
            }
            None => Cow::Owned(IdOrder::new(edition)),
        }
    }
}

/// Calls `found(position, value)` for every entry of `map` whose key is one of `ids`, walking both in id order.
/// Keys that are not in the list are skipped.
pub fn join<V>(ids: &SortedIds, map: &SortedMap<String, V>, mut found: impl FnMut(usize, &V)) {
    let mut wanted = ids.0.iter();
    let mut want = wanted.next();
    let mut entries = map.iter();
    let mut next = entries.next();
    while let (Some((key, value)), Some((id, at))) = (next, want) {
        match key.as_bytes().cmp(id.as_bytes()) {
            Ordering::Less => next = entries.next(),
            Ordering::Equal => {
                found(*at, value);
                next = entries.next();
                want = wanted.next();
            }
            Ordering::Greater => want = wanted.next(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_finds_exactly_the_listed_keys() {
        let list = ["tari", "imu", "nido", "zz"];
        let order = SortedIds::new(list.iter().copied());
        let sorted: Vec<(&str, usize)> = order.iter().collect();
        assert_eq!(sorted, [("imu", 1), ("nido", 2), ("tari", 0), ("zz", 3)]);
        let map: SortedMap<String, u8> = [("a", 1), ("imu", 2), ("mm", 3), ("tari", 4), ("zz", 5)]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        let mut seen = Vec::new();
        join(&order, &map, |at, v| seen.push((at, *v)));
        assert_eq!(seen, [(1, 2), (0, 4), (3, 5)]);
        let mut none = Vec::new();
        join(&order, &SortedMap::new(), |at, v: &u8| none.push((at, *v)));
        assert!(none.is_empty());
    }

    #[test]
    fn embedded_editions_reuse_their_order_and_copies_get_their_own() {
        let e = crate::model::current();
        assert!(matches!(IdOrder::of(e), Cow::Borrowed(_)));
        let copy = e.clone();
        let own = IdOrder::of(&copy);
        assert!(matches!(own, Cow::Owned(_)));
        assert_eq!(*own, IdOrder::new(e));
    }
}
