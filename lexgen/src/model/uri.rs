//! `Uri`: a generic URI as the Lexicon `uri` format accepts it (scheme, colon, no whitespace).

use std::sync::Arc;

use super::SyntaxError;
use super::string_type::string_type;

/// Any URI with a scheme: `https://…`, `at://…`, `did:…`, `dns:…`. Up to 8 KiB, no whitespace.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Uri(Arc<str>);

string_type!(Uri);

impl Uri {
    /// The longest URI, in bytes.
    pub const MAX_LEN: usize = 8 * 1024;

    fn check(text: &str) -> Result<(), SyntaxError> {
        let fail = |reason: &str| Err(SyntaxError::new("uri", reason));
        if text.len() > Self::MAX_LEN {
            return fail("longer than 8 KiB");
        }
        let Some((scheme, rest)) = text.split_once(':') else {
            return fail("needs a scheme followed by `:`");
        };
        let scheme_ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
        if !scheme_ok {
            return fail("scheme must be a letter followed by letters, digits, `+`, `-` or `.`");
        }
        if rest.is_empty() {
            return fail("nothing after the scheme");
        }
        if text.chars().any(char::is_whitespace) {
            return fail("whitespace is not allowed");
        }
        Ok(())
    }

    /// The scheme, e.g. `https`.
    pub fn scheme(&self) -> &str {
        self.0.split_once(':').map(|(s, _)| s).unwrap_or_default()
    }
}
