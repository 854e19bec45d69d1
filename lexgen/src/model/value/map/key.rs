//! `Key`: a map key stored inline when it is short (nearly every key: `$type`, `text`,
//! `createdAt`…), on the heap otherwise, so a map's keys are read without a pointer chase.
#![allow(unsafe_code)]

use std::cmp::Ordering;
use std::fmt;

/// Longest key stored inline: the enum stays the size of a `String` (24 bytes).
const INLINE: usize = 22;

/// A map key (always UTF-8). Inline bytes past `len` are zero, which lets [`Key::words`] read
/// them as whole words. (The representation is private: only `Key::new` and `Key::from_string`
/// write inline bytes, which is what makes `as_str` sound.)
#[derive(Clone)]
pub(crate) struct Key(Repr);

#[derive(Clone)]
enum Repr {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

impl Key {
    pub(crate) fn new(key: &str) -> Key {
        match key.len() {
            len @ 0..=INLINE => {
                let mut bytes = [0; INLINE];
                bytes[..len].copy_from_slice(key.as_bytes());
                Key(Repr::Inline {
                    len: len as u8,
                    bytes,
                })
            }
            _ => Key(Repr::Heap(key.into())),
        }
    }

    pub(crate) fn from_string(key: String) -> Key {
        if key.len() <= INLINE {
            Key::new(&key)
        } else {
            Key(Repr::Heap(key.into_boxed_str()))
        }
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        match &self.0 {
            Repr::Inline { len, bytes } => &bytes[..usize::from(*len)],
            Repr::Heap(s) => s.as_bytes(),
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        match &self.0 {
            // SAFETY: inline bytes up to `len` are only ever copied from a `&str` (`Key::new`),
            // and `len` is that string's length, so they are valid UTF-8.
            Repr::Inline { len, bytes } => unsafe {
                std::str::from_utf8_unchecked(&bytes[..usize::from(*len)])
            },
            Repr::Heap(s) => s,
        }
    }

    pub(crate) fn into_string(self) -> String {
        match self.0 {
            Repr::Inline { .. } => self.as_str().to_owned(),
            Repr::Heap(s) => s.into_string(),
        }
    }

    /// An inline key as its length and its bytes in three big-endian words, zero-padded (the
    /// form of [`Words::of`]); `None` for a heap key.
    pub(crate) fn words(&self) -> Option<Words> {
        match &self.0 {
            Repr::Inline { len, bytes } => Some(Words::from_padded(usize::from(*len), bytes)),
            Repr::Heap(_) => None,
        }
    }

    /// DAG-CBOR canonical order against `other` (length first, then bytewise).
    pub(crate) fn canonical_cmp(&self, other: &str) -> Ordering {
        super::canonical_key_order(self.as_str(), other)
    }
}

/// A short key (at most 22 bytes) as its length and three big-endian words of its zero-padded
/// bytes: two such keys compare in canonical order as the tuples `(len, words)` do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Words {
    len: usize,
    words: [u64; 3],
}

impl Words {
    /// `key` in this form, if it is short enough to be stored inline.
    pub(crate) fn of(key: &str) -> Option<Words> {
        let len = key.len();
        if len > INLINE {
            return None;
        }
        let mut bytes = [0; INLINE];
        bytes[..len].copy_from_slice(key.as_bytes());
        Some(Words::from_padded(len, &bytes))
    }

    #[inline]
    fn from_padded(len: usize, bytes: &[u8; INLINE]) -> Words {
        let [
            a,
            b,
            c,
            d,
            e,
            f,
            g,
            h,
            i,
            j,
            k,
            l,
            m,
            n,
            o,
            p,
            q,
            r,
            s,
            t,
            u,
            v,
        ] = *bytes;
        Words {
            len,
            words: [
                u64::from_be_bytes([a, b, c, d, e, f, g, h]),
                u64::from_be_bytes([i, j, k, l, m, n, o, p]),
                u64::from_be_bytes([q, r, s, t, u, v, 0, 0]),
            ],
        }
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl Eq for Key {}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_as_small_as_a_string() {
        assert_eq!(size_of::<Key>(), size_of::<String>());
    }

    #[test]
    fn keeps_every_key_and_orders_words_canonically() {
        let keys = [
            "",
            "a",
            "$type",
            "createdAt",
            "abcdefgh",
            "abcdefghi",
            "abcdefghijklmnopqrstuv",
            "abcdefghijklmnopqrstuw",
            "abcdefghijklmnopqrstuvw",
            "é",
            "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
        ];
        for a in keys {
            let key = Key::new(a);
            assert_eq!(key.as_str(), a);
            assert_eq!(Key::from_string(a.to_owned()), key);
            assert_eq!(key.clone().into_string(), a);
            assert_eq!(key.words().is_some(), a.len() <= INLINE);
            assert_eq!(key.words(), Words::of(a));
            for b in keys {
                let expected = a
                    .len()
                    .cmp(&b.len())
                    .then_with(|| a.as_bytes().cmp(b.as_bytes()));
                assert_eq!(key.canonical_cmp(b), expected, "{a:?} {b:?}");
                if let (Some(x), Some(y)) = (Words::of(a), Words::of(b)) {
                    assert_eq!(x.cmp(&y), expected, "{a:?} {b:?}");
                }
            }
        }
    }
}
