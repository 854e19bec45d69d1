//! `Did`: a decentralized identifier, `did:<method>:<identifier>`, checked against the atproto DID syntax.

use std::sync::Arc;

use super::SyntaxError;
use super::string_type::string_type;

/// A DID such as `did:plc:7iza6de2dwap2sbkpav7c6c6` or `did:web:example.com`.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Did(Arc<str>);

string_type!(Did);

impl Did {
    /// The longest DID atproto accepts, in bytes.
    pub const MAX_LEN: usize = 2048;

    fn check(text: &str) -> Result<(), SyntaxError> {
        let fail = |reason: &str| Err(SyntaxError::new("did", reason));
        if text.len() > Self::MAX_LEN {
            return fail("longer than 2048 characters");
        }
        let Some(rest) = text.strip_prefix("did:") else {
            return fail("must start with `did:`");
        };
        let Some((method, identifier)) = rest.split_once(':') else {
            return fail("must have a method and an identifier");
        };
        if method.is_empty() || !method.bytes().all(|b| b.is_ascii_lowercase()) {
            return fail("method must be lowercase letters");
        }
        if identifier.is_empty() {
            return fail("identifier is empty");
        }
        // "In the context of atproto, implementations do not need to validate percent encoding.
        // The percent symbol is allowed in DID identifier segments, but the identifier should
        // not end in a percent symbol." (atproto DID spec)
        let allowed =
            |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b':' | b'%');
        if !identifier.bytes().all(allowed) {
            return fail("identifier has a character outside [A-Za-z0-9._:%-]");
        }
        if identifier.ends_with([':', '%']) {
            return fail("must not end with `:` or `%`");
        }
        Ok(())
    }

    /// The method, e.g. `plc` or `web`.
    pub fn method(&self) -> &str {
        self.0[4..].split(':').next().unwrap_or_default()
    }

    /// Everything after `did:<method>:`.
    pub fn identifier(&self) -> &str {
        let rest = &self.0[4..];
        rest.split_once(':').map(|(_, id)| id).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::Did;

    #[test]
    fn parts() {
        let did: Did = "did:web:localhost%3A1234".parse().unwrap();
        assert_eq!(did.method(), "web");
        assert_eq!(did.identifier(), "localhost%3A1234");
    }

    #[test]
    fn percent_is_not_decoded_but_may_not_end_the_did() {
        assert!("did:method:a%zzb".parse::<Did>().is_ok());
        assert!("did:method:a%4fb".parse::<Did>().is_ok());
        assert!("did:method:a%".parse::<Did>().is_err());
        assert!("did:method:a:".parse::<Did>().is_err());
    }

    #[test]
    fn serde_as_string() {
        let did: Did = serde_json::from_str("\"did:plc:abc\"").unwrap();
        assert_eq!(serde_json::to_string(&did).unwrap(), "\"did:plc:abc\"");
        assert!(serde_json::from_str::<Did>("\"plc:abc\"").is_err());
    }
}
