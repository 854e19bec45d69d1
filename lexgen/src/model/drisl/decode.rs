//! Strict DRISL decoding: one decoder, generic over whether it builds a `Value` or only checks.

use std::cmp::Ordering;

use super::encode::{
    FALSE, MAJOR_ARRAY, MAJOR_BYTES, MAJOR_MAP, MAJOR_NEGATIVE, MAJOR_SIMPLE, MAJOR_TAG,
    MAJOR_TEXT, MAJOR_UNSIGNED, NULL, TAG_LINK, TRUE,
};
use super::error::{DecodeError, DecodeErrorKind as Kind, LinkProblem};
use crate::model::cid::Cid;
use crate::model::value::map::canonical_key_order;
use crate::model::value::{MAX_DEPTH, Map, NodeError, Value, rules};

/// What the decoder produces from each item.
pub(super) trait Sink {
    type Out;
    type Array;
    type Map;
    fn null() -> Self::Out;
    fn bool(b: bool) -> Self::Out;
    fn integer(i: i64) -> Self::Out;
    fn text(s: &str) -> Self::Out;
    fn bytes(b: &[u8]) -> Self::Out;
    fn link(cid: Cid) -> Self::Out;
    fn array(capacity: usize) -> Self::Array;
    fn push(array: &mut Self::Array, item: Self::Out);
    fn end_array(array: Self::Array) -> Self::Out;
    fn map(capacity: usize) -> Self::Map;
    /// Called with keys in strictly increasing canonical order.
    fn entry(map: &mut Self::Map, key: &str, value: Self::Out);
    fn end_map(map: Self::Map) -> Result<Self::Out, NodeError>;
}

/// Builds a [`Value`].
pub(super) struct Build;

impl Sink for Build {
    type Out = Value;
    type Array = Vec<Value>;
    type Map = Map;
    fn null() -> Value {
        Value::Null
    }
    fn bool(b: bool) -> Value {
        Value::Bool(b)
    }
    fn integer(i: i64) -> Value {
        Value::Integer(i)
    }
    fn text(s: &str) -> Value {
        Value::String(s.to_owned())
    }
    fn bytes(b: &[u8]) -> Value {
        Value::Bytes(b.to_vec())
    }
    fn link(cid: Cid) -> Value {
        Value::Link(cid)
    }
    fn array(capacity: usize) -> Vec<Value> {
        Vec::with_capacity(capacity)
    }
    fn push(array: &mut Vec<Value>, item: Value) {
        array.push(item);
    }
    fn end_array(array: Vec<Value>) -> Value {
        Value::Array(array)
    }
    fn map(capacity: usize) -> Map {
        Map::with_capacity(capacity)
    }
    fn entry(map: &mut Map, key: &str, value: Value) {
        map.push_sorted(key, value);
    }
    fn end_map(map: Map) -> Result<Value, NodeError> {
        rules::check_map(&map)?;
        Ok(Value::Map(map))
    }
}

/// Only checks the encoding rules; allocates nothing.
pub(super) struct Check;

impl Sink for Check {
    type Out = ();
    type Array = ();
    type Map = ();
    fn null() {}
    fn bool(_: bool) {}
    fn integer(_: i64) {}
    fn text(_: &str) {}
    fn bytes(_: &[u8]) {}
    fn link(_: Cid) {}
    fn array(_: usize) {}
    fn push(_: &mut (), _: ()) {}
    fn end_array(_: ()) {}
    fn map(_: usize) {}
    fn entry(_: &mut (), _: &str, _: ()) {}
    fn end_map(_: ()) -> Result<(), NodeError> {
        Ok(())
    }
}

/// Decodes one value that must span all of `bytes`.
pub(super) fn all<S: Sink>(bytes: &[u8]) -> Result<S::Out, DecodeError> {
    let (out, used) = prefix::<S>(bytes)?;
    if used != bytes.len() {
        return Err(DecodeError {
            offset: used,
            kind: Kind::TrailingBytes(bytes.len() - used),
        });
    }
    Ok(out)
}

/// Decodes the first value of `bytes`; returns it and the number of bytes it used.
pub(super) fn prefix<S: Sink>(bytes: &[u8]) -> Result<(S::Out, usize), DecodeError> {
    let mut decoder = Decoder { buf: bytes, pos: 0 };
    let out = decoder.value::<S>(0)?;
    Ok((out, decoder.pos))
}

struct Decoder<'a> {
    buf: &'a [u8],
    pos: usize,
}

fn fail<T>(offset: usize, kind: Kind) -> Result<T, DecodeError> {
    Err(DecodeError { offset, kind })
}

impl<'a> Decoder<'a> {
    fn byte(&mut self) -> Result<u8, DecodeError> {
        let b = *self.buf.get(self.pos).ok_or(DecodeError {
            offset: self.pos,
            kind: Kind::UnexpectedEnd,
        })?;
        self.pos += 1;
        Ok(b)
    }

    fn take(&mut self, len: u64) -> Result<&'a [u8], DecodeError> {
        let rest = &self.buf[self.pos..];
        match usize::try_from(len).ok().filter(|&n| n <= rest.len()) {
            Some(n) => {
                self.pos += n;
                Ok(&rest[..n])
            }
            None => fail(self.buf.len(), Kind::UnexpectedEnd),
        }
    }

    fn be(&mut self, n: usize) -> Result<u64, DecodeError> {
        let bytes = self.take(n as u64)?;
        Ok(bytes.iter().fold(0, |acc, &b| (acc << 8) | u64::from(b)))
    }

    /// The argument of a head whose first byte (at `offset`) was `initial`, minimally encoded.
    fn argument(&mut self, initial: u8, offset: usize) -> Result<u64, DecodeError> {
        let info = initial & 0x1f;
        let (arg, min) = match info {
            0..=23 => return Ok(u64::from(info)),
            24 => (self.be(1)?, 24),
            25 => (self.be(2)?, 0x100),
            26 => (self.be(4)?, 0x1_0000),
            27 => (self.be(8)?, 0x1_0000_0000),
            31 if (MAJOR_BYTES..=MAJOR_MAP).contains(&(initial >> 5)) => {
                return fail(offset, Kind::IndefiniteLength);
            }
            _ => return fail(offset, Kind::Reserved(info)),
        };
        if arg < min {
            return fail(offset, Kind::NonMinimal);
        }
        Ok(arg)
    }

    /// Room for at most this many items of at least `min_size` bytes each.
    fn capacity(&self, count: u64, min_size: usize) -> usize {
        let room = (self.buf.len() - self.pos) / min_size;
        usize::try_from(count).map_or(room, |c| c.min(room))
    }

    fn text(&mut self, len: u64, offset: usize) -> Result<&'a str, DecodeError> {
        let bytes = self.take(len)?;
        std::str::from_utf8(bytes).or_else(|_| fail(offset, Kind::InvalidUtf8))
    }

    /// Decodes one value that sits inside `depth` containers.
    fn value<S: Sink>(&mut self, depth: usize) -> Result<S::Out, DecodeError> {
        let offset = self.pos;
        let initial = self.byte()?;
        let major = initial >> 5;
        if major == MAJOR_SIMPLE {
            return match initial {
                FALSE => Ok(S::bool(false)),
                TRUE => Ok(S::bool(true)),
                NULL => Ok(S::null()),
                0xf9..=0xfb => fail(offset, Kind::Float),
                0xf8 => {
                    let simple = self.byte()?;
                    fail(offset, Kind::Simple(simple))
                }
                0xff => fail(offset, Kind::IndefiniteLength),
                0xfc..=0xfe => fail(offset, Kind::Reserved(initial & 0x1f)),
                _ => fail(offset, Kind::Simple(initial & 0x1f)),
            };
        }
        let arg = self.argument(initial, offset)?;
        match major {
            MAJOR_UNSIGNED => match i64::try_from(arg) {
                Ok(i) => Ok(S::integer(i)),
                _ => fail(offset, Kind::IntegerOutOfRange),
            },
            // The value is −1 − arg, so arg may be at most 2^63−1 (giving −2^63).
            MAJOR_NEGATIVE => match i64::try_from(arg) {
                Ok(i) => Ok(S::integer(-1 - i)),
                _ => fail(offset, Kind::IntegerOutOfRange),
            },
            MAJOR_BYTES => Ok(S::bytes(self.take(arg)?)),
            MAJOR_TEXT => Ok(S::text(self.text(arg, offset)?)),
            MAJOR_ARRAY => {
                if depth >= MAX_DEPTH {
                    return fail(offset, Kind::TooDeep { max: MAX_DEPTH });
                }
                let mut array = S::array(self.capacity(arg, 1));
                for _ in 0..arg {
                    let item = self.value::<S>(depth + 1)?;
                    S::push(&mut array, item);
                }
                Ok(S::end_array(array))
            }
            MAJOR_MAP => {
                if depth >= MAX_DEPTH {
                    return fail(offset, Kind::TooDeep { max: MAX_DEPTH });
                }
                let mut map = S::map(self.capacity(arg, 2));
                let mut previous: Option<&str> = None;
                for _ in 0..arg {
                    let key_offset = self.pos;
                    let key_initial = self.byte()?;
                    if key_initial >> 5 != MAJOR_TEXT {
                        return fail(key_offset, Kind::NonStringKey);
                    }
                    let len = self.argument(key_initial, key_offset)?;
                    let key = self.text(len, key_offset)?;
                    if let Some(previous) = previous {
                        match canonical_key_order(previous, key) {
                            Ordering::Less => {}
                            Ordering::Equal => return fail(key_offset, Kind::DuplicateKey),
                            Ordering::Greater => return fail(key_offset, Kind::KeyOrder),
                        }
                    }
                    previous = Some(key);
                    // Checked here rather than only in `end_map` so the check-only path (which
                    // guards the serde path) rejects maps that would read back from JSON as links.
                    if let Some(reserved) = ["$link", "$bytes"].into_iter().find(|r| *r == key) {
                        return fail(key_offset, Kind::Node(NodeError::ReservedKey(reserved)));
                    }
                    let value = self.value::<S>(depth + 1)?;
                    S::entry(&mut map, key, value);
                }
                S::end_map(map).or_else(|e| fail(offset, Kind::Node(e)))
            }
            MAJOR_TAG => {
                if arg != TAG_LINK {
                    return fail(offset, Kind::Tag(arg));
                }
                Ok(S::link(self.link()?))
            }
            _ => unreachable_major(offset),
        }
    }

    /// The content of a tag 42: a byte string of `0x00` followed by a blessed binary CID.
    fn link(&mut self) -> Result<Cid, DecodeError> {
        let offset = self.pos;
        let initial = self.byte()?;
        if initial >> 5 != MAJOR_BYTES {
            return fail(offset, Kind::Link(LinkProblem::NotBytes));
        }
        let len = self.argument(initial, offset)?;
        match self.take(len)?.split_first() {
            Some((0, cid)) => {
                Cid::from_bytes(cid).or_else(|e| fail(offset, Kind::Link(LinkProblem::Cid(e))))
            }
            _ => fail(offset, Kind::Link(LinkProblem::Prefix)),
        }
    }
}

/// Majors are three bits and all eight are handled above; this keeps the match total without a panic.
fn unreachable_major<T>(offset: usize) -> Result<T, DecodeError> {
    fail(offset, Kind::Reserved(0x1f))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::drisl::{check, decode};

    fn kind(bytes: &[u8]) -> (usize, Kind) {
        let err = decode(bytes).unwrap_err();
        // The check-only path must agree with the building path (reserved-key rules aside).
        assert_eq!(check(bytes).unwrap_err(), err);
        (err.offset, err.kind)
    }

    fn link_bytes() -> Vec<u8> {
        let mut b = vec![0xd8, 42, 0x58, 37, 0];
        b.extend_from_slice(&Cid::for_raw(b"").to_bytes());
        b
    }

    #[test]
    fn accepts_canonical_values() {
        assert_eq!(decode(&[0xf6]).unwrap(), Value::Null);
        assert_eq!(
            decode(&[0x3b, 0, 0x1f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe]).unwrap(),
            Value::Integer(-(1 << 53) + 1)
        );
        assert_eq!(
            decode(&link_bytes()).unwrap(),
            Value::Link(Cid::for_raw(b""))
        );
        assert_eq!(decode(&[0xa0]).unwrap(), Value::Map(Map::new()));
    }

    #[test]
    fn rejects_floats() {
        assert_eq!(
            kind(&[0xfb, 0x3f, 0xf0, 0, 0, 0, 0, 0, 0]),
            (0, Kind::Float)
        );
        assert_eq!(kind(&[0xf9, 0x3c, 0x00]), (0, Kind::Float));
        assert_eq!(kind(&[0x81, 0xfa, 0, 0, 0, 0]), (1, Kind::Float));
    }

    #[test]
    fn rejects_indefinite_lengths() {
        assert_eq!(kind(&[0x9f, 0xff]), (0, Kind::IndefiniteLength));
        assert_eq!(kind(&[0xbf, 0xff]), (0, Kind::IndefiniteLength));
        assert_eq!(kind(&[0x7f, 0x61, b'a', 0xff]), (0, Kind::IndefiniteLength));
        assert_eq!(kind(&[0x5f, 0xff]), (0, Kind::IndefiniteLength));
        assert_eq!(kind(&[0xff]), (0, Kind::IndefiniteLength));
    }

    #[test]
    fn rejects_non_canonical_key_order_and_duplicates() {
        // {"b": 1, "a": 2}
        assert_eq!(
            kind(&[0xa2, 0x61, b'b', 1, 0x61, b'a', 2]),
            (4, Kind::KeyOrder)
        );
        // {"aa": 1, "b": 2}: bytewise order but not length-first
        assert_eq!(
            kind(&[0xa2, 0x62, b'a', b'a', 1, 0x61, b'b', 2]),
            (5, Kind::KeyOrder)
        );
        assert_eq!(
            kind(&[0xa2, 0x61, b'a', 1, 0x61, b'a', 2]),
            (4, Kind::DuplicateKey)
        );
    }

    #[test]
    fn rejects_non_minimal_encodings() {
        assert_eq!(kind(&[0x18, 0x17]), (0, Kind::NonMinimal));
        assert_eq!(kind(&[0x19, 0x00, 0xff]), (0, Kind::NonMinimal));
        assert_eq!(kind(&[0x1a, 0, 0, 0xff, 0xff]), (0, Kind::NonMinimal));
        assert_eq!(
            kind(&[0x1b, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]),
            (0, Kind::NonMinimal)
        );
        assert_eq!(kind(&[0x38, 0x00]), (0, Kind::NonMinimal));
        assert_eq!(kind(&[0x78, 0x01, b'a']), (0, Kind::NonMinimal)); // string length
        assert_eq!(kind(&[0x98, 0x00]), (0, Kind::NonMinimal)); // array length
        assert_eq!(kind(&[0xb8, 0x00]), (0, Kind::NonMinimal)); // map length
        assert_eq!(kind(&[0xa1, 0x78, 0x01, b'a', 0]), (1, Kind::NonMinimal)); // key length
    }

    #[test]
    fn rejects_other_tags_and_bad_links() {
        assert_eq!(kind(&[0xc1, 0x00]), (0, Kind::Tag(1)));
        assert_eq!(kind(&[0xd8, 43, 0x40]), (0, Kind::Tag(43)));
        assert_eq!(kind(&[0xd9, 0, 42, 0x40]), (0, Kind::NonMinimal)); // tag 42 in two bytes
        assert_eq!(
            kind(&[0xd8, 42, 0x61, b'a']),
            (2, Kind::Link(LinkProblem::NotBytes))
        );
        assert_eq!(
            kind(&[0xd8, 42, 0x40]),
            (2, Kind::Link(LinkProblem::Prefix))
        );
        let mut no_prefix = link_bytes();
        no_prefix[4] = 1;
        assert_eq!(kind(&no_prefix), (2, Kind::Link(LinkProblem::Prefix)));
        let mut dag_pb = link_bytes();
        dag_pb[6] = 0x70;
        assert!(matches!(
            kind(&dag_pb),
            (2, Kind::Link(LinkProblem::Cid(_)))
        ));
        let mut short = link_bytes();
        short[3] = 36;
        short.pop();
        assert!(matches!(kind(&short), (2, Kind::Link(LinkProblem::Cid(_)))));
    }

    #[test]
    fn rejects_non_string_keys() {
        assert_eq!(kind(&[0xa1, 0x01, 0x02]), (1, Kind::NonStringKey));
        assert_eq!(kind(&[0xa1, 0x41, b'a', 0x02]), (1, Kind::NonStringKey));
    }

    #[test]
    fn rejects_invalid_utf8() {
        assert_eq!(kind(&[0x62, 0xc3, 0x28]), (0, Kind::InvalidUtf8));
        assert_eq!(kind(&[0xa1, 0x61, 0xff, 0x00]), (1, Kind::InvalidUtf8));
    }

    #[test]
    fn rejects_integers_out_of_range() {
        // 2^53 and −2^53 are 64-bit integers like any other.
        assert!(decode(&[0x1b, 0, 0x20, 0, 0, 0, 0, 0, 0]).is_ok());
        assert!(decode(&[0x3b, 0, 0x1f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]).is_ok());
        assert_eq!(
            decode(&[0x3b, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
            Ok(Value::Integer(i64::MIN))
        );
        assert_eq!(
            kind(&[0x1b, 0x80, 0, 0, 0, 0, 0, 0, 0]),
            (0, Kind::IntegerOutOfRange)
        );
        assert_eq!(
            kind(&[0x1b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
            (0, Kind::IntegerOutOfRange)
        );
        assert_eq!(
            kind(&[0x3b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
            (0, Kind::IntegerOutOfRange)
        );
    }

    #[test]
    fn rejects_undefined_and_simple_values() {
        assert_eq!(kind(&[0xf7]), (0, Kind::Simple(23)));
        assert_eq!(kind(&[0xe0]), (0, Kind::Simple(0)));
        assert_eq!(kind(&[0xf8, 0x20]), (0, Kind::Simple(0x20)));
        assert_eq!(kind(&[0xfc]), (0, Kind::Reserved(28)));
        assert_eq!(kind(&[0x1c]), (0, Kind::Reserved(28)));
        assert_eq!(kind(&[0x1f]), (0, Kind::Reserved(31)));
    }

    #[test]
    fn rejects_trailing_bytes() {
        assert_eq!(kind(&[0x01, 0x02, 0x03]), (1, Kind::TrailingBytes(2)));
    }

    #[test]
    fn rejects_over_deep_nesting() {
        let ok = [vec![0x81; MAX_DEPTH - 1], vec![0x80]].concat();
        assert!(decode(&ok).is_ok());
        let deep = [vec![0x81; MAX_DEPTH], vec![0x80]].concat();
        assert_eq!(kind(&deep), (MAX_DEPTH, Kind::TooDeep { max: MAX_DEPTH }));
        let mut maps = Vec::new();
        for _ in 0..=MAX_DEPTH {
            maps.extend_from_slice(&[0xa1, 0x61, b'a']);
        }
        maps.push(0xf6);
        assert_eq!(
            kind(&maps),
            (3 * MAX_DEPTH, Kind::TooDeep { max: MAX_DEPTH })
        );
    }

    #[test]
    fn rejects_truncated_input() {
        assert_eq!(kind(&[]), (0, Kind::UnexpectedEnd));
        assert_eq!(kind(&[0x19, 0x01]), (2, Kind::UnexpectedEnd));
        assert_eq!(kind(&[0x63, b'a']), (2, Kind::UnexpectedEnd));
        assert_eq!(kind(&[0x82, 0x01]), (2, Kind::UnexpectedEnd));
        assert_eq!(
            kind(&[0x5b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
            (9, Kind::UnexpectedEnd)
        );
        assert_eq!(
            kind(&[0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
            (9, Kind::UnexpectedEnd)
        );
    }

    #[test]
    fn reserved_key_rules() {
        // {"$type": ""}
        let bytes = [0xa1, 0x65, b'$', b't', b'y', b'p', b'e', 0x60];
        assert_eq!(
            decode(&bytes).unwrap_err().kind,
            Kind::Node(NodeError::TypeEmpty)
        );
        assert!(check(&bytes).is_ok());
        // {"$link": "x"} would read back from JSON as a link
        let bytes = [0xa1, 0x65, b'$', b'l', b'i', b'n', b'k', 0x61, b'x'];
        assert_eq!(
            kind(&bytes),
            (1, Kind::Node(NodeError::ReservedKey("$link")))
        );
    }
}
