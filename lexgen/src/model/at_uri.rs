//! `AtUri`: `at://<authority>[/<collection>[/<rkey>]][#<fragment>]`, the AT-URI form of the Lexicon
//! `at-uri` format (the restricted form records are named by, plus an optional JSON-pointer fragment).

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use super::{AtIdentifier, Did, Nsid, RecordKey, SyntaxError};

/// An AT-URI naming an account, a collection in it, or one record, optionally with a fragment that
/// points into it (`#/text`). No query, empty segment or trailing slash.
///
/// The fragment, as in the reference implementation, is a JSON pointer: it starts with `/`, holds
/// only `[A-Za-z0-9._~:@!$&'()*+,;=%[]/-]`, and its `%` escapes decode to UTF-8.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AtUri(Arc<Parts>);

#[derive(PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Parts {
    text: String,
    authority: AtIdentifier,
    collection: Option<Nsid>,
    rkey: Option<RecordKey>,
    /// Where the fragment starts in `text` (after the `#`).
    fragment: Option<usize>,
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
            fragment: None,
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

    /// The fragment (a JSON pointer such as `/text`, as written), if there is one.
    pub fn fragment(&self) -> Option<&str> {
        self.0.fragment.map(|at| &self.0.text[at..])
    }
}

/// A fragment as the reference accepts it: a JSON pointer in the allowed characters whose
/// percent-escapes decode to UTF-8.
fn check_fragment(fragment: &str) -> Result<(), &'static str> {
    let allowed = |b: u8| {
        b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'.' | b'_'
                    | b'~'
                    | b':'
                    | b'@'
                    | b'!'
                    | b'$'
                    | b'&'
                    | b'\''
                    | b'('
                    | b')'
                    | b'*'
                    | b'+'
                    | b','
                    | b';'
                    | b'='
                    | b'%'
                    | b'['
                    | b']'
                    | b'/'
                    | b'-'
            )
    };
    if !fragment.starts_with('/') || !fragment.bytes().all(allowed) {
        return Err("fragment must be a JSON pointer (`/…`) of URI characters");
    }
    let bytes = fragment.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            let Some(byte) = hex else {
                return Err("fragment has a bad `%` escape");
            };
            decoded.push(byte);
            i += 3;
        } else {
            decoded.push(bytes[i]);
            i += 1;
        }
    }
    if std::str::from_utf8(&decoded).is_err() {
        return Err("fragment's `%` escapes are not UTF-8");
    }
    Ok(())
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
        let (rest, fragment) = match rest.split_once('#') {
            Some((rest, fragment)) => {
                check_fragment(fragment).map_err(fail)?;
                (rest, Some(text.len() - fragment.len()))
            }
            None => (rest, None),
        };
        if rest.contains('?') {
            return Err(fail("a query is not allowed"));
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
            fragment,
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
    fn fragment() {
        let uri: AtUri = "at://did:plc:abc/app.bsky.feed.post/3lrbn4zbyaifd#/text"
            .parse()
            .unwrap();
        assert_eq!(uri.fragment(), Some("/text"));
        assert_eq!(uri.rkey().unwrap().as_str(), "3lrbn4zbyaifd");
        for bad in [
            "at://did:plc:abc#",
            "at://did:plc:abc#frag",
            "at://did:plc:abc#/a#/b",
            "at://did:plc:abc#/%FF",
            "at://did:plc:abc/app.bsky.feed.post/#/x",
            "at://did:plc:abc?q=1",
        ] {
            assert!(bad.parse::<AtUri>().is_err(), "{bad}");
        }
    }

    #[test]
    fn account_only() {
        let uri: AtUri = "at://alice.atmos.cv".parse().unwrap();
        assert!(uri.collection().is_none() && uri.rkey().is_none());
    }
}
