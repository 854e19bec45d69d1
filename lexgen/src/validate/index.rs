//! A precomputed view of a catalog for fast validation: every object's properties in DAG-CBOR
//! canonical key order (so they merge with a `Map`'s entries in one pass) and every reference
//! already resolved, both keyed by the schema node's address.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::engine::{has_default, names_def};
use crate::catalog::{Catalog, walk_fields};
use crate::lexicon::{Def, Field, Object, Reference, Union};
use crate::model::value::map::{Key, Words};

/// One property of an object schema, with its `required` / `nullable` flags.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Prop<'c> {
    pub(crate) name: &'c str,
    pub(crate) field: &'c Field,
    pub(crate) required: bool,
    pub(crate) nullable: bool,
    /// [`key_prefix`] of the name.
    pub(crate) prefix: u64,
    /// The name in the form a `Map` compares its inline keys in (`None` for a long name).
    pub(crate) words: Option<Words>,
}

/// An object schema's properties in canonical key order, and which of them must be present.
#[derive(Debug, Clone)]
struct Props<'c> {
    props: Box<[Prop<'c>]>,
    /// Bit `i` set when `props[i]` is required and has no default (only the first 64 props).
    needed: u64,
}

/// Where a reference points: the target document's NSID and def name (borrowed from the
/// catalog), and the def if it exists.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Target<'c> {
    pub(crate) nsid: &'c str,
    pub(crate) name: &'c str,
    pub(crate) def: Option<&'c Def>,
}

/// Hashes a node address: the keys are already unique, a multiply spreads them. (Strings, the
/// NSIDs of [`Index::main`], go through FNV-1a in `write`.)
#[derive(Clone, Default)]
pub(crate) struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_usize(&mut self, n: usize) {
        // The product's high bits are well mixed but its low bits keep the address's alignment
        // zeros; the table picks buckets by the low bits, so fold the high ones down.
        let product = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = product ^ (product >> 32);
    }
}

type ByAddress<V> = HashMap<usize, V, BuildHasherDefault<AddressHasher>>;

/// One member of a union: the def its reference names, resolved.
#[derive(Debug, Clone)]
pub(crate) struct Member<'c> {
    nsid: &'c str,
    name: &'c str,
    pub(crate) target: Target<'c>,
}

impl Member<'_> {
    /// Whether the `$type` value `t` names this member ([`names_def`]).
    pub(crate) fn is_named(&self, t: &str) -> bool {
        names_def(t, self.nsid, self.name)
    }
}

/// The precomputed view of one catalog.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index<'c> {
    objects: ByAddress<Props<'c>>,
    refs: ByAddress<Target<'c>>,
    /// Every union's members, in the order of its `refs`.
    unions: ByAddress<Box<[Member<'c>]>>,
    /// The `main` def of every document, by NSID (the NSID borrowed from the catalog); hashed
    /// with the same cheap hasher (SipHash showed in profiles: one lookup per record).
    mains: HashMap<&'c str, &'c Def, BuildHasherDefault<AddressHasher>>,
}

/// DAG-CBOR canonical key order (length first, then bytewise), the order of `Map` entries.
/// (Map keys are short: eight bytes at a time as big-endian numbers, whose order is the bytes'
/// order, then a byte loop; both beat a call to `memcmp`.)
pub(crate) fn canonical_order(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    match a.len().cmp(&b.len()) {
        Ordering::Equal => {
            while let (Some((x, rest_a)), Some((y, rest_b))) =
                (a.split_first_chunk::<8>(), b.split_first_chunk::<8>())
            {
                let (x, y) = (u64::from_be_bytes(*x), u64::from_be_bytes(*y));
                if x != y {
                    return x.cmp(&y);
                }
                (a, b) = (rest_a, rest_b);
            }
            for (x, y) in a.iter().zip(b) {
                if x != y {
                    return x.cmp(y);
                }
            }
            Ordering::Equal
        }
        other => other,
    }
}

/// The first eight bytes of a key (zero-padded) as a big-endian number: for keys of equal length,
/// comparing these compares the keys' first eight bytes (see `validate::text`).
pub(crate) fn key_prefix(key: &str) -> u64 {
    let bytes = key.as_bytes();
    match bytes.first_chunk::<8>() {
        Some(first) => u64::from_be_bytes(*first),
        // (A byte loop: a short `copy_from_slice` would call `memcpy`.)
        None => bytes
            .iter()
            .zip((0..8).rev())
            .fold(0, |word, (&b, i)| word | u64::from(b) << (8 * i)),
    }
}

/// The `$type` entry of a map, found by its place in canonical order: among the keys of length 5
/// (no binary search, and no longer key is looked at).
pub(crate) fn type_entry(map: &crate::model::Map) -> Option<&crate::model::Value> {
    for (key, value) in map.iter() {
        match key.len() {
            // Other five-byte keys (`$abcd`) may come before it in canonical order.
            5 if key == "$type" => return Some(value),
            0..=5 => {}
            _ => return None,
        }
    }
    None
}

/// The canonical order of a map key and a property's name: word by word when both are short.
#[inline]
pub(crate) fn key_order(key: &Key, prop: &Prop<'_>) -> Ordering {
    match (key.words(), prop.words) {
        (Some(key), Some(name)) => key.cmp(&name),
        _ => key.canonical_cmp(prop.name),
    }
}

fn address<T>(node: &T) -> usize {
    std::ptr::from_ref(node) as usize
}

impl<'c> Index<'c> {
    /// Indexes every object and reference of every document of `catalog`.
    pub(crate) fn new(catalog: &'c Catalog) -> Self {
        let mut index = Index::default();
        for document in catalog.documents() {
            let base = document.id.as_str();
            for def in document.defs.values() {
                if let Def::Record(record) = def {
                    index.object(&record.record);
                }
            }
            if let Some(main) = document.def("main") {
                index.mains.insert(base, main);
            }
            walk_fields(document, |visit| match visit.field {
                Field::Object(object) => index.object(object),
                Field::Ref(r) => index.reference(catalog, base, &r.r#ref),
                Field::Union(u) => {
                    for reference in &u.refs {
                        index.reference(catalog, base, reference);
                    }
                    index.union(base, u);
                }
                _ => {}
            });
        }
        index
    }

    fn object(&mut self, object: &'c Object) {
        let mut props: Vec<Prop<'c>> = object
            .properties
            .iter()
            .map(|(name, field)| Prop {
                name,
                field,
                required: object.required.iter().any(|r| r == name),
                nullable: object.nullable.iter().any(|n| n == name),
                prefix: key_prefix(name),
                words: Words::of(name),
            })
            .collect();
        props.sort_by(|a, b| canonical_order(a.name, b.name));
        let needed = props
            .iter()
            .take(64)
            .enumerate()
            .filter(|(_, p)| p.required && !has_default(p.field))
            .fold(0, |mask, (i, _)| mask | 1 << i);
        let props = props.into_boxed_slice();
        self.objects
            .insert(address(object), Props { props, needed });
    }

    fn reference(&mut self, catalog: &'c Catalog, base: &'c str, reference: &'c Reference) {
        let (nsid, name) = reference.resolve(base);
        let target = match catalog.document(nsid) {
            Some(document) => match document.defs.get_key_value(name) {
                Some((name, def)) => Target {
                    nsid: document.id.as_str(),
                    name,
                    def: Some(def),
                },
                None => Target {
                    nsid: document.id.as_str(),
                    name,
                    def: None,
                },
            },
            None => Target {
                nsid,
                name,
                def: None,
            },
        };
        self.refs.insert(address(reference), target);
    }

    fn union(&mut self, base: &'c str, union: &'c Union) {
        let members = union
            .refs
            .iter()
            .filter_map(|reference| {
                let (nsid, name) = reference.resolve(base);
                Some(Member {
                    nsid,
                    name,
                    target: self.target(reference)?,
                })
            })
            .collect::<Box<[_]>>();
        // (Every member was indexed just before; a union with one missing is left unindexed.)
        if members.len() == union.refs.len() {
            self.unions.insert(address(union), members);
        }
    }

    /// The members of `union`, if it belongs to the indexed catalog.
    pub(crate) fn members(&self, union: &Union) -> Option<&[Member<'c>]> {
        self.unions.get(&address(union)).map(|m| &**m)
    }

    /// The `main` def of document `nsid`, with the catalog's copy of the NSID.
    pub(crate) fn main(&self, nsid: &str) -> Option<(&'c str, &'c Def)> {
        self.mains.get_key_value(nsid).map(|(k, v)| (*k, *v))
    }

    /// The properties of `object` in canonical key order, if it belongs to the indexed catalog.
    pub(crate) fn props(&self, object: &Object) -> Option<&[Prop<'c>]> {
        self.objects.get(&address(object)).map(|p| &*p.props)
    }

    /// [`Index::props`], with the bit set of the props that must be present (required, no
    /// default; bit `i` for prop `i`, meaningful only for objects of at most 64 props).
    pub(crate) fn props_needed(&self, object: &Object) -> Option<(&[Prop<'c>], u64)> {
        self.objects
            .get(&address(object))
            .map(|p| (&*p.props, p.needed))
    }

    /// The resolved target of `reference`, if it belongs to the indexed catalog.
    pub(crate) fn target(&self, reference: &Reference) -> Option<Target<'c>> {
        self.refs.get(&address(reference)).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_order_is_length_then_bytes() {
        let keys = [
            "",
            "a",
            "b",
            "ab",
            "ba",
            "$type",
            "$typf",
            "abcdefgh",
            "abcdefgi",
            "abcdefghi",
            "abcdefghj",
            "abcdefgia",
            "bbcdefgha",
            "abcdefghijklmnopq",
            "abcdefghijklmnopr",
            "abcdefgzijklmnopa",
            "é",
            "éa",
            "zzzzzzzzzzzzzzzzzzzzzzzzz",
            "zzzzzzzzzzzzzzzzzzzzzzzzy",
        ];
        for a in keys {
            for b in keys {
                let expected = a
                    .len()
                    .cmp(&b.len())
                    .then_with(|| a.as_bytes().cmp(b.as_bytes()));
                assert_eq!(canonical_order(a, b), expected, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn names_def_reads_both_forms() {
        use crate::validate::engine::names_def;
        assert!(names_def(
            "app.bsky.feed.post",
            "app.bsky.feed.post",
            "main"
        ));
        assert!(names_def(
            "app.bsky.feed.post#main",
            "app.bsky.feed.post",
            "main"
        ));
        assert!(names_def(
            "app.bsky.embed.images#image",
            "app.bsky.embed.images",
            "image"
        ));
        assert!(!names_def(
            "app.bsky.embed.images",
            "app.bsky.embed.images",
            "image"
        ));
        assert!(!names_def(
            "app.bsky.embed.images#imagf",
            "app.bsky.embed.images",
            "image"
        ));
        assert!(!names_def(
            "app.bsky.embed.imagez#image",
            "app.bsky.embed.images",
            "image"
        ));
        assert!(!names_def(
            "app.bsky.embed.images.image",
            "app.bsky.embed.images",
            "image"
        ));
        assert!(!names_def(
            "app.bsky.feed.pos",
            "app.bsky.feed.post",
            "main"
        ));
        assert!(!names_def("", "app.bsky.feed.post", "main"));
    }
}
