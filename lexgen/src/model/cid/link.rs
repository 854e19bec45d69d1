//! `CidLink`: a CID in the data model's *link* form (`{"$link": …}` in JSON, tag 42 in DAG-CBOR).

use std::fmt;

use ipld_core::cid::serde::CID_SERDE_PRIVATE_IDENTIFIER;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};

use super::Cid;

/// A CID used as a Lexicon `cid-link`.
///
/// Serializes as `{"$link": "<cid>"}` for human-readable formats (JSON) and as a CBOR tag 42 link
/// for binary ones (through [`crate::model::drisl::to_vec`]). A plain [`Cid`] is the Lexicon
/// `cid` string format instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CidLink(pub Cid);

impl From<Cid> for CidLink {
    fn from(cid: Cid) -> CidLink {
        CidLink(cid)
    }
}

impl serde::Serialize for CidLink {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            let mut map = serializer.serialize_map(Some(1))?;
            map.serialize_entry("$link", &self.0)?;
            map.end()
        } else {
            // serde_ipld_dagcbor writes this as tag 42 + 0x00 + bytes.
            serializer.serialize_newtype_struct(
                CID_SERDE_PRIVATE_IDENTIFIER,
                &BytesRef(&self.0.to_bytes()),
            )
        }
    }
}

struct BytesRef<'a>(&'a [u8]);

impl serde::Serialize for BytesRef<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(self.0)
    }
}

impl<'de> serde::Deserialize<'de> for CidLink {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<CidLink, D::Error> {
        // Not `is_human_readable()`: serde's buffering (flatten, internally tagged enums) reports
        // `true` even inside DAG-CBOR, so accept whichever form the data shows.
        deserializer.deserialize_any(LinkVisitor)
    }
}

pub(crate) struct LinkVisitor;

impl<'de> Visitor<'de> for LinkVisitor {
    type Value = CidLink;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a CID link")
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<CidLink, D::Error> {
        d.deserialize_bytes(self)
    }

    fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<CidLink, E> {
        Cid::from_bytes(bytes).map(CidLink).map_err(E::custom)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<CidLink, A::Error> {
        let mut link = None;
        while let Some(key) = map.next_key::<String>()? {
            if key != "$link" || link.is_some() {
                return Err(de::Error::custom(
                    "a link object has exactly one key, `$link`",
                ));
            }
            link = Some(map.next_value::<Cid>()?);
        }
        link.map(CidLink)
            .ok_or_else(|| de::Error::custom("missing `$link`"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_forms() {
        let s = "bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a";
        let link: CidLink = serde_json::from_str(&format!(r#"{{"$link":"{s}"}}"#)).unwrap();
        assert_eq!(
            serde_json::to_string(&link).unwrap(),
            format!(r#"{{"$link":"{s}"}}"#)
        );
        assert_eq!(serde_json::to_string(&link.0).unwrap(), format!(r#""{s}""#));
        assert!(serde_json::from_str::<CidLink>(&format!(r#"{{"$link":"{s}","x":1}}"#)).is_err());
        assert!(serde_json::from_str::<CidLink>(r#"{"$link":1}"#).is_err());
        assert!(serde_json::from_str::<CidLink>(r#"{}"#).is_err());
    }
}
