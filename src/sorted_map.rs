//! Small ordered maps and sets as a sorted vector with binary search: `BTreeMap`'s node code (insert, remove,
//! rebalance, clone) is compiled again for every key and value type, about 7 KB of wasm each, and the maps here hold
//! tens of entries, where a vector is smaller and faster. Same semantics as `BTreeMap`/`BTreeSet` for what is offered.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Index;

use serde::{Serialize, Serializer};

/// A map ordered by key, as `BTreeMap`: iteration in ascending key order, one value per key.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SortedMap<K, V> {
    /// The entries, in strictly ascending key order.
    entries: Vec<(K, V)>,
}

/// The place of a key in a [`SortedMap`], as `btree_map::Entry`: there or where it would go.
pub struct Entry<'a, K, V> {
    map: &'a mut SortedMap<K, V>,
    at: Result<usize, usize>,
    key: K,
}

impl<K, V> SortedMap<K, V> {
    /// An empty map.
    pub const fn new() -> Self {
        SortedMap {
            entries: Vec::new(),
        }
    }

    /// How many entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// The entries in key order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + ExactSizeIterator {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The entries in key order, values mutable.
    pub fn iter_mut(
        &mut self,
    ) -> impl DoubleEndedIterator<Item = (&K, &mut V)> + ExactSizeIterator {
        self.entries.iter_mut().map(|(k, v)| (&*k, v))
    }

    /// The keys in order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator {
        self.entries.iter().map(|(k, _)| k)
    }

    /// The values in key order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.entries.iter().map(|(_, v)| v)
    }

    /// The values in key order, mutable.
    pub fn values_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut V> + ExactSizeIterator {
        self.entries.iter_mut().map(|(_, v)| v)
    }

    /// The keys in order, taking the map.
    pub fn into_keys(self) -> impl DoubleEndedIterator<Item = K> + ExactSizeIterator {
        self.entries.into_iter().map(|(k, _)| k)
    }

    /// The values in key order, taking the map.
    pub fn into_values(self) -> impl DoubleEndedIterator<Item = V> + ExactSizeIterator {
        self.entries.into_iter().map(|(_, v)| v)
    }

    /// Keeps the entries for which `keep` is true, in order.
    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        self.entries.retain_mut(|(k, v)| keep(k, v));
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    /// Where `key` is (`Ok`) or would be inserted (`Err`).
    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.entries.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// Sets the value of `key`, returning the one it replaces (the key itself stays, as in `BTreeMap`).
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(at) => Some(std::mem::replace(&mut self.entries[at].1, value)),
            Err(at) => {
                self.entries.insert(at, (key, value));
                None
            }
        }
    }

    /// The value of `key`.
    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|at| &self.entries[at].1)
    }

    /// The stored key equal to `key`, and its value.
    pub fn get_key_value<Q: Ord + ?Sized>(&self, key: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|at| {
            let (k, v) = &self.entries[at];
            (k, v)
        })
    }

    /// The value of `key`, mutable.
    pub fn get_mut<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|at| &mut self.entries[at].1)
    }

    /// Whether `key` has a value.
    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    /// Removes `key`, returning its value.
    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|at| self.entries.remove(at).1)
    }

    /// The place of `key`, to read or fill.
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        let at = self.find(&key);
        Entry { map: self, at, key }
    }
}

impl<'a, K, V> Entry<'a, K, V> {
    /// The value, inserting `make()` first if the key has none.
    pub fn or_insert_with(self, make: impl FnOnce() -> V) -> &'a mut V {
        let at = match self.at {
            Ok(at) => at,
            Err(at) => {
                self.map.entries.insert(at, (self.key, make()));
                at
            }
        };
        &mut self.map.entries[at].1
    }

    /// The value, inserting `value` first if the key has none.
    pub fn or_insert(self, value: V) -> &'a mut V {
        self.or_insert_with(|| value)
    }

    /// The value, inserting the default first if the key has none.
    pub fn or_default(self) -> &'a mut V
    where
        V: Default,
    {
        self.or_insert_with(V::default)
    }
}

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap::new()
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for SortedMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K: Ord + Borrow<Q>, V, Q: Ord + ?Sized> Index<&Q> for SortedMap<K, V> {
    type Output = V;

    /// The value of `key`; panics if there is none, as `BTreeMap`'s.
    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("no entry found for key")
    }
}

impl<K: Ord, V> Extend<(K, V)> for SortedMap<K, V> {
    /// Inserts each pair in turn: of pairs with the same key, the last one's value stays.
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, pairs: I) {
        for (k, v) in pairs {
            self.insert(k, v);
        }
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    /// The pairs inserted in turn: of pairs with the same key, the last one's value stays.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(pairs: I) -> Self {
        let mut map = SortedMap::new();
        map.extend(pairs);
        map
    }
}

impl<K: Ord, V, const N: usize> From<[(K, V); N]> for SortedMap<K, V> {
    fn from(pairs: [(K, V); N]) -> Self {
        pairs.into_iter().collect()
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    /// The entries in key order.
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<K: Serialize, V: Serialize> Serialize for SortedMap<K, V> {
    /// As `BTreeMap`'s: a map (a JSON object) in key order.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

/// The borrowed entries of a map, in key order.
type Pairs<'a, K, V> =
    std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;

impl<'a, K, V> IntoIterator for &'a SortedMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = Pairs<'a, K, V>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

/// A set ordered by value, as `BTreeSet`: iteration in ascending order, each value once.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SortedSet<T> {
    /// The items, strictly ascending.
    items: Vec<T>,
}

impl<T> SortedSet<T> {
    /// An empty set.
    pub const fn new() -> Self {
        SortedSet { items: Vec::new() }
    }

    /// How many items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there are no items.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The items in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }
}

impl<T: Ord> SortedSet<T> {
    /// Where `item` is (`Ok`) or would be inserted (`Err`).
    fn find<Q: Ord + ?Sized>(&self, item: &Q) -> Result<usize, usize>
    where
        T: Borrow<Q>,
    {
        self.items.binary_search_by(|t| t.borrow().cmp(item))
    }

    /// Adds `item`; false if it was there already (then the set keeps the one it had, as `BTreeSet`).
    pub fn insert(&mut self, item: T) -> bool {
        match self.find(&item) {
            Ok(_) => false,
            Err(at) => {
                self.items.insert(at, item);
                true
            }
        }
    }

    /// Whether `item` is in the set.
    pub fn contains<Q: Ord + ?Sized>(&self, item: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.find(item).is_ok()
    }

    /// Removes `item`; false if it was not there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, item: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.find(item).map(|at| self.items.remove(at)).is_ok()
    }
}

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for SortedSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T: Ord> Extend<T> for SortedSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for item in items {
            self.insert(item);
        }
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut set = SortedSet::new();
        set.extend(items);
        set
    }
}

impl<T> IntoIterator for SortedSet<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// One operation on a map, applied to a `SortedMap` and a `BTreeMap` alike.
    #[derive(Clone, Debug)]
    enum MapOp {
        Insert(String, u8),
        Remove(String),
        GetMut(String, u8),
        OrInsert(String, u8),
        OrDefault(String),
        Retain(u8),
        Extend(Vec<(String, u8)>),
        Clear,
    }

    /// Few short keys, so that operations meet the same keys often.
    fn key() -> impl Strategy<Value = String> {
        "[a-d]{0,2}"
    }

    fn map_op() -> impl Strategy<Value = MapOp> {
        prop_oneof![
            4 => (key(), any::<u8>()).prop_map(|(k, v)| MapOp::Insert(k, v)),
            2 => key().prop_map(MapOp::Remove),
            1 => (key(), any::<u8>()).prop_map(|(k, v)| MapOp::GetMut(k, v)),
            1 => (key(), any::<u8>()).prop_map(|(k, v)| MapOp::OrInsert(k, v)),
            1 => key().prop_map(MapOp::OrDefault),
            1 => any::<u8>().prop_map(MapOp::Retain),
            1 => prop::collection::vec((key(), any::<u8>()), 0..6).prop_map(MapOp::Extend),
            1 => Just(MapOp::Clear),
        ]
    }

    /// Applies an operation to either map with the same code (the maps share these method names) and returns what
    /// it returned.
    macro_rules! apply {
        ($m:expr, $op:expr) => {
            match $op {
                MapOp::Insert(k, v) => $m.insert(k, v),
                MapOp::Remove(k) => $m.remove(&k),
                MapOp::GetMut(k, v) => $m.get_mut(&k).map(|x| std::mem::replace(x, v)),
                MapOp::OrInsert(k, v) => Some(std::mem::replace($m.entry(k).or_insert(v), v / 2)),
                MapOp::OrDefault(k) => Some(std::mem::replace($m.entry(k).or_default(), 7)),
                MapOp::Retain(t) => {
                    $m.retain(|k, v| {
                        *v = v.wrapping_add(1);
                        *v > t || k.len() == 1
                    });
                    None
                }
                MapOp::Extend(pairs) => {
                    $m.extend(pairs);
                    None
                }
                MapOp::Clear => {
                    $m.clear();
                    None
                }
            }
        };
    }

    fn apply_sorted(m: &mut SortedMap<String, u8>, op: MapOp) -> Option<u8> {
        apply!(m, op)
    }

    fn apply_btree(m: &mut BTreeMap<String, u8>, op: MapOp) -> Option<u8> {
        apply!(m, op)
    }

    /// Everything that can be read from a map without changing it, checked against the `BTreeMap`.
    fn same_reads(
        m: &SortedMap<String, u8>,
        b: &BTreeMap<String, u8>,
    ) -> Result<(), TestCaseError> {
        let pairs = |i: &mut dyn Iterator<Item = (&String, &u8)>| -> Vec<(String, u8)> {
            i.map(|(k, v)| (k.clone(), *v)).collect()
        };
        prop_assert_eq!(pairs(&mut m.iter()), pairs(&mut b.iter()));
        prop_assert_eq!(pairs(&mut m.iter().rev()), pairs(&mut b.iter().rev()));
        prop_assert_eq!(pairs(&mut m.into_iter()), pairs(&mut b.iter()));
        prop_assert_eq!(m.iter().len(), b.iter().len());
        prop_assert_eq!(m.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
        prop_assert_eq!(
            m.values().collect::<Vec<_>>(),
            b.values().collect::<Vec<_>>()
        );
        prop_assert_eq!(m.len(), b.len());
        prop_assert_eq!(m.is_empty(), b.is_empty());
        prop_assert_eq!(format!("{m:?}"), format!("{b:?}"));
        prop_assert_eq!(
            serde_json::to_string(m).unwrap(),
            serde_json::to_string(b).unwrap()
        );
        for k in ["", "a", "b", "ab", "dd", "e"] {
            prop_assert_eq!(m.get(k), b.get(k));
            prop_assert_eq!(m.get_key_value(k), b.get_key_value(k));
            prop_assert_eq!(m.contains_key(k), b.contains_key(k));
            if b.contains_key(k) {
                prop_assert_eq!(m[k], b[k]);
            }
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn behaves_as_a_btree_map(ops in prop::collection::vec(map_op(), 0..40)) {
            let (mut m, mut b) = (SortedMap::new(), BTreeMap::new());
            for op in ops {
                prop_assert_eq!(apply_sorted(&mut m, op.clone()), apply_btree(&mut b, op));
                same_reads(&m, &b)?;
            }
            // Equality and clones follow the contents, as `BTreeMap`'s.
            let copy = m.clone();
            prop_assert_eq!(&copy, &m);
            let mut other = m.clone();
            other.insert("zz".into(), 1);
            prop_assert_ne!(&other, &m);
            prop_assert_eq!(SortedMap::<String, u8>::default(), SortedMap::new());
            // Taking and changing all entries.
            for (k, v) in m.iter_mut() {
                *v = v.wrapping_mul(3).wrapping_add(k.len() as u8);
            }
            for (k, v) in b.iter_mut() {
                *v = v.wrapping_mul(3).wrapping_add(k.len() as u8);
            }
            same_reads(&m, &b)?;
            for v in m.values_mut() {
                *v ^= 5;
            }
            for v in b.values_mut() {
                *v ^= 5;
            }
            same_reads(&m, &b)?;
            prop_assert_eq!(m.clone().into_keys().collect::<Vec<_>>(), b.clone().into_keys().collect::<Vec<_>>());
            prop_assert_eq!(m.clone().into_values().collect::<Vec<_>>(), b.clone().into_values().collect::<Vec<_>>());
            prop_assert_eq!(m.into_iter().collect::<Vec<_>>(), b.into_iter().collect::<Vec<_>>());
        }

        #[test]
        fn collects_as_a_btree_map(pairs in prop::collection::vec((key(), any::<u8>()), 0..40)) {
            // Of pairs with the same key the last value stays, and the key first inserted.
            let m: SortedMap<String, u8> = pairs.iter().cloned().collect();
            let b: BTreeMap<String, u8> = pairs.iter().cloned().collect();
            same_reads(&m, &b)?;
            let arr: [(String, u8); 3] = [("b".into(), 1), ("a".into(), 2), ("b".into(), 3)];
            prop_assert_eq!(
                SortedMap::from(arr.clone()).into_iter().collect::<Vec<_>>(),
                BTreeMap::from(arr).into_iter().collect::<Vec<_>>()
            );
        }

        #[test]
        fn behaves_as_a_btree_set(ops in prop::collection::vec((any::<bool>(), key()), 0..60)) {
            let (mut s, mut b) = (SortedSet::new(), BTreeSet::new());
            for (add, k) in ops {
                if add {
                    prop_assert_eq!(s.insert(k.clone()), b.insert(k.clone()));
                } else {
                    prop_assert_eq!(s.remove(&k), b.remove(&k));
                }
                prop_assert_eq!(s.iter().collect::<Vec<_>>(), b.iter().collect::<Vec<_>>());
                prop_assert_eq!((&s).into_iter().rev().collect::<Vec<_>>(), b.iter().rev().collect::<Vec<_>>());
                prop_assert_eq!(s.len(), b.len());
                prop_assert_eq!(s.is_empty(), b.is_empty());
                prop_assert_eq!(format!("{s:?}"), format!("{b:?}"));
                for k in ["", "a", "ab", "dd", "e"] {
                    prop_assert_eq!(s.contains(k), b.contains(k));
                }
            }
            prop_assert_eq!(&s.clone(), &s);
            prop_assert_eq!(SortedSet::<String>::default(), SortedSet::new());
            prop_assert_eq!(s.into_iter().collect::<Vec<_>>(), b.into_iter().collect::<Vec<_>>());
        }

        #[test]
        fn collects_as_a_btree_set(items in prop::collection::vec(key(), 0..40)) {
            let s: SortedSet<String> = items.iter().cloned().collect();
            let b: BTreeSet<String> = items.iter().cloned().collect();
            prop_assert_eq!(s.into_iter().collect::<Vec<_>>(), b.into_iter().collect::<Vec<_>>());
        }
    }

    #[test]
    fn keeps_the_first_key_of_equal_keys() {
        // Keys equal by `Ord` but told apart otherwise: the stored key stays on insert, as in `BTreeMap`.
        #[derive(Debug, Clone)]
        struct K(u8, &'static str);
        impl PartialEq for K {
            fn eq(&self, o: &K) -> bool {
                self.0 == o.0
            }
        }
        impl Eq for K {}
        impl PartialOrd for K {
            fn partial_cmp(&self, o: &K) -> Option<std::cmp::Ordering> {
                Some(self.cmp(o))
            }
        }
        impl Ord for K {
            fn cmp(&self, o: &K) -> std::cmp::Ordering {
                self.0.cmp(&o.0)
            }
        }
        let mut m = SortedMap::new();
        let mut b = BTreeMap::new();
        for (k, v) in [(K(1, "first"), 1), (K(1, "second"), 2)] {
            assert_eq!(m.insert(k.clone(), v), b.insert(k, v));
        }
        let tag = |k: &K| k.1;
        assert_eq!(
            m.keys().map(tag).collect::<Vec<_>>(),
            b.keys().map(tag).collect::<Vec<_>>()
        );
        let mut s = SortedSet::new();
        let mut bs = BTreeSet::new();
        for k in [K(2, "first"), K(2, "second")] {
            assert_eq!(s.insert(k.clone()), bs.insert(k));
        }
        assert_eq!(
            s.iter().map(tag).collect::<Vec<_>>(),
            bs.iter().map(tag).collect::<Vec<_>>()
        );
    }

    #[test]
    fn serializes_as_a_btree_map() {
        // A JSON object in key order, whatever the order of insertion; nested and empty maps too.
        let pairs = [("tari", 2.5), ("imu", 1.0), ("", -0.0), ("Z", 1e300)];
        let m: SortedMap<&str, f64> = pairs.into_iter().collect();
        let b: BTreeMap<&str, f64> = pairs.into_iter().collect();
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            serde_json::to_string(&b).unwrap()
        );
        assert_eq!(
            serde_json::to_value(&m).unwrap(),
            serde_json::to_value(&b).unwrap()
        );
        let nested = SortedMap::from([("b", m.clone()), ("a", SortedMap::new())]);
        let nested_b = BTreeMap::from([("b", b.clone()), ("a", BTreeMap::new())]);
        assert_eq!(
            serde_json::to_string_pretty(&nested).unwrap(),
            serde_json::to_string_pretty(&nested_b).unwrap()
        );
        // Read back as a `BTreeMap`, it is the same map.
        let back: BTreeMap<String, f64> =
            serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
        let expected: BTreeMap<String, f64> = b.iter().map(|(k, v)| (k.to_string(), *v)).collect();
        assert_eq!(back, expected);
    }
}
