//! `Map`: a data-model map with string keys, kept in DAG-CBOR canonical key order.
//!
//! Canonical order is length first, then bytewise (which differs from `BTreeMap<String, _>`).
//! Keeping entries in that order in a vector makes encoding a straight walk and lets the decoder,
//! which has already checked the order, append without searching.

mod key;

use std::cmp::Ordering;

use super::Value;
pub(crate) use key::{Key, Words};

/// String-keyed map in canonical (length-first, then bytewise) key order.
///
/// Keys of up to 22 bytes are stored in the entry itself (see `Key`), so walking a map reads
/// its keys without a pointer chase.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Map {
    entries: Vec<(Key, Value)>,
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
        self.find_words(key, Words::of(key))
    }

    /// [`Map::find`] with the key's [`Words`], if it is short.
    fn find_words(&self, key: &str, words: Option<Words>) -> Result<usize, usize> {
        match words {
            // Inline keys compare as words; a heap key is longer than any inline one.
            Some(words) => self.entries.binary_search_by(|(k, _)| match k.words() {
                Some(k) => k.cmp(&words),
                None => Ordering::Greater,
            }),
            None => self.entries.binary_search_by(|(k, _)| k.canonical_cmp(key)),
        }
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
        self.insert_key(Key::from_string(key.into()), value)
    }

    /// [`Map::insert`] for a borrowed key.
    pub(crate) fn insert_str(&mut self, key: &str, value: Value) -> Option<Value> {
        self.insert_key(Key::new(key), value)
    }

    pub(crate) fn insert_key(&mut self, key: Key, value: Value) -> Option<Value> {
        let words = key.words();
        // Keys that come in canonical order (DRISL through serde) are appended without a search.
        let after_last = self
            .entries
            .last()
            .is_none_or(|(last, _)| match (last.words(), words) {
                (Some(last), Some(words)) => last < words,
                _ => last.canonical_cmp(key.as_str()) == Ordering::Less,
            });
        if after_last {
            self.entries.push((key, value));
            return None;
        }
        match self.find_words(key.as_str(), words) {
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
    pub(crate) fn push_sorted(&mut self, key: &str, value: Value) {
        debug_assert!(
            self.entries
                .last()
                .is_none_or(|(k, _)| k.canonical_cmp(key) == Ordering::Less)
        );
        self.entries.push((Key::new(key), value));
    }

    /// Entries in canonical key order.
    pub fn iter(&self) -> Iter<'_> {
        Iter(self.entries.iter())
    }

    /// The entries themselves, in canonical key order (for the validator's merge with a
    /// schema's properties, which compares inline keys word by word).
    pub(crate) fn entries(&self) -> &[(Key, Value)] {
        &self.entries
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

/// The entries of a [`Map`] by reference, in canonical key order.
#[derive(Clone, Debug)]
pub struct Iter<'a>(std::slice::Iter<'a, (Key, Value)>);

impl<'a> Iterator for Iter<'a> {
    type Item = (&'a str, &'a Value);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(k, v)| (k.as_str(), v))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back().map(|(k, v)| (k.as_str(), v))
    }
}

/// The entries of a [`Map`] by value, in canonical key order.
#[derive(Debug)]
pub struct IntoIter(std::vec::IntoIter<(Key, Value)>);

impl Iterator for IntoIter {
    type Item = (String, Value);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(k, v)| (k.into_string(), v))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl ExactSizeIterator for IntoIter {}

impl IntoIterator for Map {
    type Item = (String, Value);
    type IntoIter = IntoIter;
    fn into_iter(self) -> IntoIter {
        IntoIter(self.entries.into_iter())
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a str, &'a Value);
    type IntoIter = Iter<'a>;
    fn into_iter(self) -> Iter<'a> {
        self.iter()
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

    #[test]
    fn long_and_short_keys_mix_in_canonical_order() {
        let long = "a_key_longer_than_twenty_two_bytes";
        let longer = "b_key_longer_than_twenty_two_bytes!";
        let mut map = Map::new();
        for key in [longer, "b", long, "abcdefghijklmnopqrstuv", "a"] {
            assert_eq!(map.insert(key, Value::from(key)), None);
        }
        assert_eq!(
            map.keys().collect::<Vec<_>>(),
            ["a", "b", "abcdefghijklmnopqrstuv", long, longer]
        );
        for key in [longer, "b", long, "abcdefghijklmnopqrstuv", "a"] {
            assert_eq!(map.get(key), Some(&Value::from(key)), "{key}");
        }
        assert_eq!(map.insert(long, Value::Null), Some(Value::from(long)));
        assert!(!map.contains_key("a_key_longer_than_twenty_two_bytez"));
        let owned: Vec<(String, Value)> = map.clone().into_iter().collect();
        assert_eq!(owned.len(), 5);
        assert_eq!(owned.into_iter().collect::<Map>(), map);
    }
}
