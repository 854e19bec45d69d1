//! Canonical DRISL encoding of a `Value`: shortest heads, definite lengths, canonical key order, tag 42 links.

use super::EncodeError;
use crate::model::cid::Cid;
use crate::model::value::{MAX_DEPTH, Value, rules};

pub(super) const MAJOR_UNSIGNED: u8 = 0;
pub(super) const MAJOR_NEGATIVE: u8 = 1;
pub(super) const MAJOR_BYTES: u8 = 2;
pub(super) const MAJOR_TEXT: u8 = 3;
pub(super) const MAJOR_ARRAY: u8 = 4;
pub(super) const MAJOR_MAP: u8 = 5;
pub(super) const MAJOR_TAG: u8 = 6;
pub(super) const MAJOR_SIMPLE: u8 = 7;
pub(super) const TAG_LINK: u64 = 42;
pub(super) const FALSE: u8 = 0xf4;
pub(super) const TRUE: u8 = 0xf5;
pub(super) const NULL: u8 = 0xf6;

/// Writes a head (major type and argument) in the fewest bytes.
fn head(out: &mut Vec<u8>, major: u8, arg: u64) {
    let m = major << 5;
    if arg < 24 {
        out.push(m | arg as u8);
    } else if arg <= 0xff {
        out.extend_from_slice(&[m | 24, arg as u8]);
    } else if arg <= 0xffff {
        out.push(m | 25);
        out.extend_from_slice(&(arg as u16).to_be_bytes());
    } else if arg <= 0xffff_ffff {
        out.push(m | 26);
        out.extend_from_slice(&(arg as u32).to_be_bytes());
    } else {
        out.push(m | 27);
        out.extend_from_slice(&arg.to_be_bytes());
    }
}

fn text(out: &mut Vec<u8>, s: &str) {
    head(out, MAJOR_TEXT, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

fn link(out: &mut Vec<u8>, cid: &Cid) {
    head(out, MAJOR_TAG, TAG_LINK);
    head(out, MAJOR_BYTES, 1 + Cid::BINARY_LEN as u64);
    out.push(0x00);
    out.extend_from_slice(&cid.to_bytes());
}

/// Encodes `value`, which sits inside `depth` containers.
pub(super) fn value(value: &Value, out: &mut Vec<u8>, depth: usize) -> Result<(), EncodeError> {
    match value {
        Value::Null => out.push(NULL),
        Value::Bool(false) => out.push(FALSE),
        Value::Bool(true) => out.push(TRUE),
        Value::Integer(i) => {
            let i = *i;
            if i >= 0 {
                head(out, MAJOR_UNSIGNED, i as u64);
            } else {
                head(out, MAJOR_NEGATIVE, !i as u64);
            }
        }
        Value::String(s) => text(out, s),
        Value::Bytes(b) => {
            head(out, MAJOR_BYTES, b.len() as u64);
            out.extend_from_slice(b);
        }
        Value::Link(cid) => link(out, cid),
        Value::Array(items) => {
            if depth >= MAX_DEPTH {
                return Err(EncodeError::TooDeep { max: MAX_DEPTH });
            }
            head(out, MAJOR_ARRAY, items.len() as u64);
            for item in items {
                self::value(item, out, depth + 1)?;
            }
        }
        Value::Map(map) => {
            if depth >= MAX_DEPTH {
                return Err(EncodeError::TooDeep { max: MAX_DEPTH });
            }
            rules::check_map(map)?;
            head(out, MAJOR_MAP, map.len() as u64);
            // `Map` keeps its keys in canonical order, so this walk is already sorted.
            for (k, v) in map {
                text(out, k);
                self::value(v, out, depth + 1)?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::value::Map;

    fn enc(v: &Value) -> Vec<u8> {
        crate::model::drisl::encode(v).unwrap()
    }

    #[test]
    fn shortest_integer_heads() {
        for (i, bytes) in [
            (0i64, &[0x00][..]),
            (23, &[0x17]),
            (24, &[0x18, 24]),
            (255, &[0x18, 0xff]),
            (256, &[0x19, 1, 0]),
            (65536, &[0x1a, 0, 1, 0, 0]),
            (1 << 32, &[0x1b, 0, 0, 0, 1, 0, 0, 0, 0]),
            (-1, &[0x20]),
            (-24, &[0x37]),
            (-25, &[0x38, 24]),
            (-257, &[0x39, 1, 0]),
        ] {
            assert_eq!(enc(&Value::Integer(i)), bytes, "{i}");
        }
    }

    #[test]
    fn map_keys_length_first() {
        let map: Map = [("bb", 1), ("a", 2), ("aaa", 3), ("b", 4)]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), Value::Integer(v)))
            .collect();
        assert_eq!(
            enc(&Value::Map(map)),
            [
                0xa4, 0x61, b'a', 2, 0x61, b'b', 4, 0x62, b'b', b'b', 1, 0x63, b'a', b'a', b'a', 3
            ]
        );
    }

    #[test]
    fn links_use_tag_42_with_zero_prefix() {
        let cid = Cid::for_raw(b"");
        let bytes = enc(&Value::Link(cid));
        assert_eq!(bytes[..4], [0xd8, 42, 0x58, 37]);
        assert_eq!(bytes[4], 0);
        assert_eq!(bytes[5..], cid.to_bytes());
    }

    #[test]
    fn rejects_unencodable_values() {
        assert_eq!(
            crate::model::drisl::encode(&Value::Integer(i64::MIN)),
            Ok(vec![0x3b, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])
        );
        let mut deep = Value::Null;
        for _ in 0..=MAX_DEPTH {
            deep = Value::Array(vec![deep]);
        }
        assert!(matches!(
            crate::model::drisl::encode(&deep),
            Err(EncodeError::TooDeep { .. })
        ));
        let mut map = Map::new();
        map.insert("$type", Value::Null);
        assert!(matches!(
            crate::model::drisl::encode(&Value::Map(map)),
            Err(EncodeError::Node(_))
        ));
    }
}
