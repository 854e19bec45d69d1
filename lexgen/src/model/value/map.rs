//! `Map`: a data-model map with string keys, kept in DAG-CBOR canonical key order.
//!
//! Canonical order is length first, then bytewise (which differs from `BTreeMap<String, _>`).
//! Keeping entries in that order in a vector makes encoding a straight walk and lets the decoder,
//! which has already checked the order, append without searching.

use std::cmp::Ordering;

use super::Value;

/// String-keyed map in canonical (length-first, then bytewise) key order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Map {
    entries: Vec<(String, Value)>,
}

/// The DAG-CBOR canonical order of two map keys.
pub fn canonical_key_order(a: &str, b: &str) -> Ordering {
    a.len()
        .cmp(&b.len())
        .then_with(|| a.as_bytes().cmp(b.as_bytes()))
}

impl Map {
    /// An empty map.
    pub fn new() -> Map {
        Map::default()
    }

    /// An empty map with room for `capacity` entries.
    pub fn with_capacity(capacity: usize) -> Map {
        Map {
            entries: Vec::with_capacity(capacity),
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.entries
            .binary_search_by(|(k, _)| canonical_key_order(k, key))
    }

    /// The value under `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.find(key).ok().map(|i| &self.entries[i].1)
    }

    /// The value under `key`, mutably.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.find(key).ok().map(|i| &mut self.entries[i].1)
    }

    /// Whether `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Inserts or replaces; returns the previous value under `key`.
    pub fn insert(&mut self, key: impl Into<String>, value: Value) -> Option<Value> {
        let key = key.into();
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    /// Removes and returns the value under `key`.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        self.find(key).ok().map(|i| self.entries.remove(i).1)
    }

    /// Appends an entry whose key sorts after every key already present (the decoders check this).
    pub(crate) fn push_sorted(&mut self, key: String, value: Value) {
        debug_assert!(
            self.entries
                .last()
                .is_none_or(|(k, _)| canonical_key_order(k, &key) == Ordering::Less)
        );
        self.entries.push((key, value));
    }

    /// Entries in canonical key order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &Value)> {
        self.entries.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Keys in canonical order.
    pub fn keys(&self) -> impl ExactSizeIterator<Item = &str> {
        self.entries.iter().map(|(k, _)| k.as_str())
    }

    /// Values in canonical key order.
    pub fn values(&self) -> impl ExactSizeIterator<Item = &Value> {
        self.entries.iter().map(|(_, v)| v)
    }
}

impl FromIterator<(String, Value)> for Map {
    /// Later entries replace earlier ones with the same key.
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Map {
        let mut map = Map::new();
        for (k, v) in iter {
            map.insert(k, v);
        }
        map
    }
}

impl IntoIterator for Map {
    type Item = (String, Value);
    type IntoIter = std::vec::IntoIter<(String, Value)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a str, &'a Value);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, Value)>,
        fn(&'a (String, Value)) -> (&'a str, &'a Value),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k.as_str(), v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_canonical_order() {
        let map: Map = ["bb", "a", "ab", "b", "aaa"]
            .into_iter()
            .map(|k| (k.to_owned(), Value::Null))
            .collect();
        assert_eq!(
            map.keys().collect::<Vec<_>>(),
            ["a", "b", "ab", "bb", "aaa"]
        );
        let mut map = map;
        assert_eq!(map.insert("b", Value::Bool(true)), Some(Value::Null));
        assert_eq!(map.get("b"), Some(&Value::Bool(true)));
        assert_eq!(map.remove("ab"), Some(Value::Null));
        assert!(!map.contains_key("ab"));
        assert_eq!(map.len(), 4);
    }
}
