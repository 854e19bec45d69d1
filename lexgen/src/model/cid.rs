//! Content identifiers: the blessed atproto CID (v1, sha2-256, dag-cbor or raw), its string and binary forms.
//!
//! This is the one place where CIDs are computed ([`Cid::for_dag_cbor`], [`Cid::for_raw`]).
//! The blessed form is fixed, so a CID is stored as its codec and 32-byte digest: `Copy`, 33 bytes,
//! compared and hashed without allocation. (The `cid`/`multihash` crates model every CID version,
//! base and hash; we would have to re-check all of that on every parse, so we do not use them here.)

mod base32;
mod format;
pub(crate) mod link;
mod string;

use std::fmt;
use std::str::FromStr;

use sha2::{Digest, Sha256};

pub use link::CidLink;
pub use string::CidString;

/// The multicodec of the content a [`Cid`] points at.
///
/// Declared in numeric order so that the derived `Ord` of [`Cid`] is the bytewise order of its binary form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Codec {
    /// `raw` (0x55): blobs.
    Raw,
    /// `dag-cbor` (0x71): records, MST nodes, commits.
    DagCbor,
}

impl Codec {
    /// The multicodec code.
    pub const fn code(self) -> u8 {
        match self {
            Codec::Raw => 0x55,
            Codec::DagCbor => 0x71,
        }
    }
}

/// A blessed atproto CID: version 1, sha2-256, codec dag-cbor or raw.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cid {
    codec: Codec,
    digest: [u8; 32],
}

/// Why a string or byte sequence is not a (blessed) CID.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CidError {
    #[error("CID string must be 8 to 256 characters from [a-zA-Z0-9+=]")]
    Syntax,
    #[error("CIDv0 is not allowed")]
    Version0,
    #[error("CID string must use base32 lower case with the `b` multibase prefix")]
    Multibase,
    #[error("CID is {0} bytes long, a blessed CID is 36")]
    Length(usize),
    #[error("CID version {0} is not supported (only version 1)")]
    Version(u8),
    #[error("CID codec 0x{0:02x} is not supported (only dag-cbor 0x71 and raw 0x55)")]
    Codec(u8),
    #[error("CID hash must be sha2-256 with a 32-byte digest")]
    Hash,
    #[error(
        "not a CIDv1: a varint version 1, codec, multihash code and digest length, then exactly that digest"
    )]
    NotCidV1,
}

const SHA2_256: u8 = 0x12;
const DIGEST_LEN: u8 = 32;

impl Cid {
    /// Length of the binary form: version, codec, hash code, digest length, digest.
    pub const BINARY_LEN: usize = 36;

    /// The CID of a DAG-CBOR block (record, MST node, commit).
    pub fn for_dag_cbor(block: &[u8]) -> Cid {
        Cid::compute(Codec::DagCbor, block)
    }

    /// The CID of a blob's bytes.
    pub fn for_raw(blob: &[u8]) -> Cid {
        Cid::compute(Codec::Raw, blob)
    }

    fn compute(codec: Codec, bytes: &[u8]) -> Cid {
        Cid {
            codec,
            digest: Sha256::digest(bytes).into(),
        }
    }

    /// The codec of the content this CID points at.
    pub fn codec(&self) -> Codec {
        self.codec
    }

    /// The sha2-256 digest of the content.
    pub fn digest(&self) -> &[u8; 32] {
        &self.digest
    }

    /// The binary form (as inside a DAG-CBOR link, after the `0x00` multibase prefix, and in CAR files).
    pub fn to_bytes(&self) -> [u8; Cid::BINARY_LEN] {
        let mut out = [0; Cid::BINARY_LEN];
        out[..4].copy_from_slice(&[1, self.codec.code(), SHA2_256, DIGEST_LEN]);
        out[4..].copy_from_slice(&self.digest);
        out
    }

    /// Parses the binary form; the slice must be exactly one blessed CID.
    pub fn from_bytes(bytes: &[u8]) -> Result<Cid, CidError> {
        let (&version, rest) = bytes.split_first().ok_or(CidError::Length(0))?;
        if version == SHA2_256 && rest.first() == Some(&DIGEST_LEN) {
            return Err(CidError::Version0);
        }
        if version != 1 {
            return Err(CidError::Version(version));
        }
        let codec = match rest.first() {
            Some(0x71) => Codec::DagCbor,
            Some(0x55) => Codec::Raw,
            Some(&other) => return Err(CidError::Codec(other)),
            None => return Err(CidError::Length(bytes.len())),
        };
        if rest.get(1..3) != Some(&[SHA2_256, DIGEST_LEN][..]) {
            return Err(CidError::Hash);
        }
        let digest = bytes
            .get(4..)
            .and_then(|d| <[u8; 32]>::try_from(d).ok())
            .ok_or(CidError::Length(bytes.len()))?;
        Ok(Cid { codec, digest })
    }

    /// Checks the Lexicon `cid` *string format*, which is syntax only (as in the interop vectors):
    /// 8–256 characters from `[a-zA-Z0-9+=]`, not a CIDv0 (`Qmb…`). Any multibase passes; use
    /// [`Cid::from_str`] to get a blessed CID.
    pub fn check_syntax(s: &str) -> Result<(), CidError> {
        let allowed = |b: u8| b.is_ascii_alphanumeric() || b == b'+' || b == b'=';
        if !(8..=256).contains(&s.len()) || !s.bytes().all(allowed) {
            return Err(CidError::Syntax);
        }
        if s.starts_with("Qmb") {
            return Err(CidError::Version0);
        }
        Ok(())
    }
}

impl FromStr for Cid {
    type Err = CidError;

    /// Parses the canonical string form: `b` + base32 lower case, no padding, of a blessed CID.
    fn from_str(s: &str) -> Result<Cid, CidError> {
        if s.starts_with("Qm") {
            return Err(CidError::Version0);
        }
        let encoded = s.strip_prefix('b').ok_or(CidError::Multibase)?;
        if encoded.len() == base32::encoded_len(Cid::BINARY_LEN) {
            // The usual length: decode without allocating (same result as below).
            let bytes =
                base32::decode_array::<{ Cid::BINARY_LEN }>(encoded).ok_or(CidError::Multibase)?;
            return Cid::from_bytes(&bytes);
        }
        let bytes = base32::decode(encoded).ok_or(CidError::Multibase)?;
        Cid::from_bytes(&bytes)
    }
}

impl fmt::Display for Cid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; 1 + base32::encoded_len(Cid::BINARY_LEN)];
        buf[0] = b'b';
        base32::encode(&self.to_bytes(), &mut buf[1..]);
        // The alphabet is ASCII, so this never fails; fall back to an error rather than panic.
        f.write_str(std::str::from_utf8(&buf).map_err(|_| fmt::Error)?)
    }
}

impl fmt::Debug for Cid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Cid({self})")
    }
}

/// The Lexicon `cid` string format: a plain string in JSON and in DAG-CBOR.
impl serde::Serialize for Cid {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Cid {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Cid, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Cid;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a CID string")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Cid, E> {
                s.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RECORD: &str = "bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a";
    const BLOB: &str = "bafkreiccldh766hwcnuxnf2wh6jgzepf2nlu2lvcllt63eww5p6chi4ity";

    #[test]
    fn string_round_trip() {
        for s in [RECORD, BLOB] {
            let cid: Cid = s.parse().unwrap();
            assert_eq!(cid.to_string(), s);
            assert_eq!(Cid::from_bytes(&cid.to_bytes()).unwrap(), cid);
        }
        assert_eq!(RECORD.parse::<Cid>().unwrap().codec(), Codec::DagCbor);
        assert_eq!(BLOB.parse::<Cid>().unwrap().codec(), Codec::Raw);
    }

    #[test]
    fn computes_known_cid() {
        // The empty DAG-CBOR map `{}` (0xa0).
        let cid = Cid::for_dag_cbor(&[0xa0]);
        assert_eq!(
            cid.to_string(),
            "bafyreigbtj4x7ip5legnfznufuopl4sg4knzc2cof6duas4b3q2fy6swua"
        );
        assert_eq!(Cid::for_raw(b"").codec(), Codec::Raw);
    }

    #[test]
    fn rejects_non_blessed() {
        // dag-pb codec
        let dag_pb = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
        assert_eq!(dag_pb.parse::<Cid>(), Err(CidError::Codec(0x70)));
        assert_eq!(
            "QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR".parse::<Cid>(),
            Err(CidError::Version0)
        );
        // upper case, other bases, trailing garbage
        assert!(RECORD.to_uppercase().parse::<Cid>().is_err());
        assert!(
            "zdj7WWeQ43G6JJvLWQWZpyHuAMq6uYWRjkBXFad11vE2LHhQ7"
                .parse::<Cid>()
                .is_err()
        );
        assert!(format!("{RECORD}a").parse::<Cid>().is_err());
        assert!(format!("{RECORD} ").parse::<Cid>().is_err());
        let mut bytes = RECORD.parse::<Cid>().unwrap().to_bytes();
        bytes[2] = 0x13;
        assert_eq!(Cid::from_bytes(&bytes), Err(CidError::Hash));
        assert_eq!(Cid::from_bytes(&bytes[..20]), Err(CidError::Hash));
        bytes[2] = 0x12;
        assert_eq!(Cid::from_bytes(&bytes[..35]), Err(CidError::Length(35)));
        assert_eq!(Cid::from_bytes(&[]), Err(CidError::Length(0)));
        bytes[0] = 2;
        assert_eq!(Cid::from_bytes(&bytes), Err(CidError::Version(2)));
    }

    #[test]
    fn syntax_check_is_loose_but_bounded() {
        assert!(Cid::check_syntax("mBcDxtdWx0aWhhc2g+").is_ok());
        assert!(Cid::check_syntax("noop").is_err());
        assert!(Cid::check_syntax(" bafyreidfayvfuwqa7").is_err());
        assert!(Cid::check_syntax("QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR").is_err());
        assert!(Cid::check_syntax(&"a".repeat(257)).is_err());
    }

    #[test]
    fn order_matches_binary_order() {
        let a = Cid::for_raw(b"x");
        let b = Cid::for_dag_cbor(b"x");
        assert_eq!(a.cmp(&b), a.to_bytes().cmp(&b.to_bytes()));
    }
}
