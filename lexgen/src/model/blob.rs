//! Blob references: the `$type: "blob"` map and the legacy `{cid, mimeType}` form, as `BlobRef`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::cid::{Cid, CidLink};
use crate::model::value::{Map, Value};

/// A reference to a blob (image, video, …) held in a record.
///
/// `size` is `None` for the deprecated legacy form `{"cid": "<cid string>", "mimeType": …}`,
/// which is read but should never be written by new code; it serializes back to the legacy form
/// so stored records round-trip unchanged.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct BlobRef {
    /// The CID of the blob's bytes (normally the raw codec).
    pub cid: Cid,
    /// Content type; `application/octet-stream` when unknown. Never empty.
    pub mime_type: String,
    /// Length in bytes; `None` for a legacy reference.
    pub size: Option<u64>,
}

/// Why a map is not a valid blob reference.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BlobError {
    #[error("`ref` must be a link")]
    Ref,
    #[error("`mimeType` must be a non-empty string")]
    MimeType,
    #[error("`size` must be a positive integer")]
    Size,
    #[error("legacy `cid` must be a CID string")]
    LegacyCid,
    #[error("not a blob (no `$type: \"blob\"` and not the legacy form)")]
    NotABlob,
}

impl BlobRef {
    /// A typed blob reference.
    pub fn new(cid: Cid, mime_type: impl Into<String>, size: u64) -> BlobRef {
        BlobRef {
            cid,
            mime_type: mime_type.into(),
            size: Some(size),
        }
    }

    /// Whether this is the deprecated legacy form.
    pub fn is_legacy(&self) -> bool {
        self.size.is_none()
    }

    /// Reads a typed blob: `None` if the map's `$type` is not `"blob"`, an error if it is but the
    /// shape is wrong. Unknown extra keys are ignored.
    pub fn from_map(map: &Map) -> Option<Result<BlobRef, BlobError>> {
        if map.get("$type")?.as_str()? != "blob" {
            return None;
        }
        Some((|| {
            let cid = map
                .get("ref")
                .and_then(Value::as_link)
                .ok_or(BlobError::Ref)?;
            let mime_type = mime_type(map)?;
            let size = map
                .get("size")
                .and_then(Value::as_integer)
                .and_then(|s| u64::try_from(s).ok())
                // The data model: "size (integer, required, positive, non-zero)".
                .filter(|&s| s > 0)
                .ok_or(BlobError::Size)?;
            Ok(BlobRef::new(cid, mime_type, size))
        })())
    }

    /// Reads either form from a value (the legacy one only makes sense where a Lexicon says
    /// `blob`, since it carries no `$type`).
    pub fn from_value(value: &Value) -> Result<BlobRef, BlobError> {
        let map = value.as_map().ok_or(BlobError::NotABlob)?;
        if let Some(typed) = BlobRef::from_map(map) {
            return typed;
        }
        if map.contains_key("$type") {
            return Err(BlobError::NotABlob);
        }
        let cid = match map.get("cid") {
            Some(Value::String(s)) => s.parse().map_err(|_| BlobError::LegacyCid)?,
            _ => return Err(BlobError::NotABlob),
        };
        Ok(BlobRef {
            cid,
            mime_type: mime_type(map)?,
            size: None,
        })
    }

    /// The data-model form (typed, or legacy when `size` is `None`).
    pub fn to_value(&self) -> Value {
        let mut map = Map::with_capacity(4);
        map.insert("mimeType", Value::String(self.mime_type.clone()));
        match self.size {
            Some(size) => {
                map.insert("$type", Value::from("blob"));
                map.insert("ref", Value::Link(self.cid));
                // Sizes beyond 2^53 cannot be real; saturate so encoding reports the range error.
                map.insert(
                    "size",
                    Value::Integer(i64::try_from(size).unwrap_or(i64::MAX)),
                );
            }
            None => {
                map.insert("cid", Value::String(self.cid.to_string()));
            }
        }
        Value::Map(map)
    }
}

fn mime_type(map: &Map) -> Result<String, BlobError> {
    match map.get("mimeType") {
        Some(Value::String(s)) if !s.is_empty() => Ok(s.clone()),
        _ => Err(BlobError::MimeType),
    }
}

#[derive(Serialize, Deserialize)]
struct Typed<'a> {
    #[serde(rename = "$type")]
    ty: &'a str,
    #[serde(rename = "ref")]
    link: CidLink,
    #[serde(rename = "mimeType")]
    mime_type: &'a str,
    size: u64,
}

#[derive(Serialize)]
struct Legacy<'a> {
    cid: &'a Cid,
    #[serde(rename = "mimeType")]
    mime_type: &'a str,
}

impl Serialize for BlobRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.size {
            Some(size) => Typed {
                ty: "blob",
                link: CidLink(self.cid),
                mime_type: &self.mime_type,
                size,
            }
            .serialize(serializer),
            None => Legacy {
                cid: &self.cid,
                mime_type: &self.mime_type,
            }
            .serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for BlobRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<BlobRef, D::Error> {
        #[derive(Deserialize)]
        struct Any {
            #[serde(rename = "$type")]
            ty: Option<String>,
            #[serde(rename = "ref")]
            link: Option<CidLink>,
            cid: Option<Cid>,
            #[serde(rename = "mimeType")]
            mime_type: String,
            size: Option<u64>,
        }
        use serde::de::Error;
        let any = Any::deserialize(deserializer)?;
        if any.mime_type.is_empty() {
            return Err(D::Error::custom(BlobError::MimeType));
        }
        match (any.ty.as_deref(), any.link, any.cid, any.size) {
            (Some("blob"), Some(link), _, Some(size)) if size > 0 => {
                Ok(BlobRef::new(link.0, any.mime_type, size))
            }
            (Some("blob"), None, _, _) => Err(D::Error::custom(BlobError::Ref)),
            (Some("blob"), _, _, _) => Err(D::Error::custom(BlobError::Size)),
            (None, None, Some(cid), _) => Ok(BlobRef {
                cid,
                mime_type: any.mime_type,
                size: None,
            }),
            _ => Err(D::Error::custom(BlobError::NotABlob)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CID: &str = "bafkreiccldh766hwcnuxnf2wh6jgzepf2nlu2lvcllt63eww5p6chi4ity";

    fn typed_json() -> serde_json::Value {
        serde_json::json!({"$type": "blob", "ref": {"$link": CID}, "mimeType": "image/jpeg", "size": 10000})
    }

    #[test]
    fn typed_round_trips() {
        let blob: BlobRef = serde_json::from_value(typed_json()).unwrap();
        assert_eq!(
            blob,
            BlobRef::new(CID.parse().unwrap(), "image/jpeg", 10000)
        );
        assert_eq!(serde_json::to_value(&blob).unwrap(), typed_json());
        let value = Value::from_json(&typed_json()).unwrap();
        assert_eq!(BlobRef::from_value(&value).unwrap(), blob);
        assert_eq!(blob.to_value(), value);
        // the serde path and the Value path give the same DRISL bytes
        assert_eq!(
            crate::model::drisl::to_vec(&blob).unwrap(),
            value.to_drisl().unwrap()
        );
    }

    #[test]
    fn legacy_is_read() {
        let json = serde_json::json!({"cid": CID, "mimeType": "image/png"});
        let blob: BlobRef = serde_json::from_value(json.clone()).unwrap();
        assert!(blob.is_legacy());
        assert_eq!(serde_json::to_value(&blob).unwrap(), json);
        let value = Value::from_json(&json).unwrap();
        assert_eq!(BlobRef::from_value(&value).unwrap(), blob);
        assert_eq!(blob.to_value(), value);
    }

    #[test]
    fn bad_shapes_are_rejected() {
        let mut json = typed_json();
        json["size"] = "10000".into();
        assert!(serde_json::from_value::<BlobRef>(json.clone()).is_err());
        assert!(Value::from_json(&json).is_err());
        for size in [0, -1] {
            let mut json = typed_json();
            json["size"] = size.into();
            assert!(serde_json::from_value::<BlobRef>(json.clone()).is_err());
            assert!(Value::from_json(&json).is_err());
        }
        let mut json = typed_json();
        json["mimeType"] = "".into();
        assert!(serde_json::from_value::<BlobRef>(json.clone()).is_err());
        assert!(Value::from_json(&json).is_err());
        let mut json = typed_json();
        json.as_object_mut().unwrap().remove("ref");
        assert!(serde_json::from_value::<BlobRef>(json.clone()).is_err());
        assert!(Value::from_json(&json).is_err());
        let not_blob = serde_json::json!({"$type": "app.bsky.x", "mimeType": "a/b"});
        assert_eq!(
            BlobRef::from_value(&Value::from_json(&not_blob).unwrap()),
            Err(BlobError::NotABlob)
        );
    }

    #[test]
    fn extracts_all_blob_refs() {
        let json = serde_json::json!({
            "$type": "app.bsky.feed.post",
            "embed": {"images": [{"image": typed_json()}, {"image": typed_json()}]},
            "legacy": {"cid": CID, "mimeType": "image/png"}
        });
        let refs = Value::from_json(&json).unwrap().blob_refs();
        assert_eq!(refs.len(), 2);
        assert!(refs.iter().all(|b| b.size == Some(10000)));
    }
}
