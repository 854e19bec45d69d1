//! `AtUri`: `at://<authority>[/<collection>[/<rkey>]]`, the restricted AT-URI form records are named by.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use super::{AtIdentifier, Did, Nsid, RecordKey, SyntaxError};

/// An AT-URI naming an account, a collection in it, or one record. No query, fragment or trailing slash.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AtUri(Arc<Parts>);

#[derive(PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Parts {
    text: String,
    authority: AtIdentifier,
    collection: Option<Nsid>,
    rkey: Option<RecordKey>,
}

impl AtUri {
    /// The longest AT-URI, in bytes.
    pub const MAX_LEN: usize = 8 * 1024;

    /// The URI of a record, collection or account from its parts.
    pub fn new(authority: AtIdentifier, collection: Option<Nsid>, rkey: Option<RecordKey>) -> Self {
        let mut text = format!("at://{authority}");
        if let Some(collection) = &collection {
            text.push('/');
            text.push_str(collection.as_str());
            if let Some(rkey) = &rkey {
                text.push('/');
                text.push_str(rkey.as_str());
            }
        }
        let rkey = rkey.filter(|_| collection.is_some());
        Self(Arc::new(Parts {
            text,
            authority,
            collection,
            rkey,
        }))
    }

    /// The URI of one record.
    pub fn for_record(did: &Did, collection: &Nsid, rkey: &RecordKey) -> Self {
        Self::new(
            AtIdentifier::Did(did.clone()),
            Some(collection.clone()),
            Some(rkey.clone()),
        )
    }

    /// The text of the URI.
    pub fn as_str(&self) -> &str {
        &self.0.text
    }

    /// The account: a DID or a handle.
    pub fn authority(&self) -> &AtIdentifier {
        &self.0.authority
    }

    /// The collection NSID, if the URI names one.
    pub fn collection(&self) -> Option<&Nsid> {
        self.0.collection.as_ref()
    }

    /// The record key, if the URI names a record.
    pub fn rkey(&self) -> Option<&RecordKey> {
        self.0.rkey.as_ref()
    }
}

impl FromStr for AtUri {
    type Err = SyntaxError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let fail = |reason: &str| SyntaxError::new("at-uri", reason);
        if text.len() > Self::MAX_LEN {
            return Err(fail("longer than 8 KiB"));
        }
        let rest = text
            .strip_prefix("at://")
            .ok_or_else(|| fail("must start with `at://`"))?;
        if rest.contains(['?', '#']) {
            return Err(fail("query and fragment are not allowed"));
        }
        let mut parts = rest.split('/');
        let authority = parts.next().unwrap_or_default();
        let authority: AtIdentifier = authority
            .parse()
            .map_err(|e: SyntaxError| fail(&format!("authority: {}", e.reason())))?;
        let collection = match parts.next() {
            None => None,
            Some(c) => Some(
                c.parse::<Nsid>()
                    .map_err(|e| fail(&format!("collection: {}", e.reason())))?,
            ),
        };
        let rkey = match parts.next() {
            None => None,
            Some(r) => Some(
                r.parse::<RecordKey>()
                    .map_err(|e| fail(&format!("record key: {}", e.reason())))?,
            ),
        };
        if parts.next().is_some() {
            return Err(fail("too many path segments"));
        }
        Ok(Self(Arc::new(Parts {
            text: text.to_owned(),
            authority,
            collection,
            rkey,
        })))
    }
}

impl TryFrom<&str> for AtUri {
    type Error = SyntaxError;
    fn try_from(text: &str) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl fmt::Display for AtUri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.text)
    }
}

impl fmt::Debug for AtUri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AtUri({:?})", self.0.text)
    }
}

impl serde::Serialize for AtUri {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for AtUri {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <String as serde::Deserialize>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts() {
        let uri: AtUri = "at://did:plc:abc/app.bsky.feed.post/3jzfcijpj2z2a"
            .parse()
            .unwrap();
        assert_eq!(uri.authority().as_str(), "did:plc:abc");
        assert_eq!(uri.collection().unwrap().as_str(), "app.bsky.feed.post");
        assert_eq!(uri.rkey().unwrap().as_str(), "3jzfcijpj2z2a");
        let rebuilt = AtUri::new(
            uri.authority().clone(),
            uri.collection().cloned(),
            uri.rkey().cloned(),
        );
        assert_eq!(rebuilt, uri);
    }

    #[test]
    fn account_only() {
        let uri: AtUri = "at://alice.atmos.cv".parse().unwrap();
        assert!(uri.collection().is_none() && uri.rkey().is_none());
    }
}
