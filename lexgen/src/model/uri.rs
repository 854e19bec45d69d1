//! `Uri`: a URI as the Lexicon `uri` format accepts it (RFC 3986 `URI`, with something after the scheme).

use std::sync::Arc;

use super::SyntaxError;
use super::string_type::string_type;

/// Any URI with a scheme: `https://…`, `at://…`, `did:…`, `dns:…`. Up to 8 KiB.
///
/// The text must match RFC 3986's `URI` rule (`scheme ":" hier-part ["?" query] ["#" fragment]`:
/// only the characters of §2, well-formed percent-encodings), and, as the
/// reference implementation requires, the hier-part must not be empty and must not start with
/// `/` once an optional `//` is skipped (so `http:`, `http:/x`, `https://` and `https:///x` are
/// rejected; the interop vectors list `http:` as invalid).
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
        let shape = rest.strip_prefix("//").unwrap_or(rest);
        if shape.is_empty() || shape.starts_with('/') {
            return fail("nothing (or a bare `/`) after the scheme and its optional `//`");
        }
        let (rest, fragment) = match rest.split_once('#') {
            Some((rest, fragment)) => (rest, Some(fragment)),
            None => (rest, None),
        };
        let (hier, query) = match rest.split_once('?') {
            Some((hier, query)) => (hier, Some(query)),
            None => (rest, None),
        };
        let path = match hier.strip_prefix("//") {
            Some(after) => {
                let end = after.find('/').unwrap_or(after.len());
                let (authority, path) = after.split_at(end);
                check_authority(authority).or_else(fail)?;
                path
            }
            None => hier,
        };
        if !all_chars(path, |b| is_pchar(b) || b == b'/') {
            return fail("path has a character RFC 3986 does not allow (or a bad `%` escape)");
        }
        for part in [query, fragment].into_iter().flatten() {
            if !all_chars(part, |b| is_pchar(b) || b == b'/' || b == b'?') {
                return fail(
                    "query or fragment has a character RFC 3986 does not allow (or a bad `%` escape)",
                );
            }
        }
        Ok(())
    }

    /// The scheme, e.g. `https`.
    pub fn scheme(&self) -> &str {
        self.0.split_once(':').map(|(s, _)| s).unwrap_or_default()
    }
}

/// The characters of an RFC 3986 §3.2 authority (`userinfo@host:port`). Its structure is not
/// checked further: an AT-URI's authority is a DID, whose colons RFC 3986 would read as a port
/// (the AT URI scheme is knowingly not generic-URI compliant there).
fn check_authority(authority: &str) -> Result<(), &'static str> {
    if all_chars(authority, |b| {
        is_unreserved(b) || is_sub_delim(b) || matches!(b, b':' | b'@' | b'[' | b']')
    }) {
        Ok(())
    } else {
        Err("authority has a character RFC 3986 does not allow (or a bad `%` escape)")
    }
}

/// Whether every byte of `text` is allowed by `allowed`, where `%` must start a `%HH` escape.
fn all_chars(text: &str, allowed: impl Fn(u8) -> bool) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = |j: usize| bytes.get(j).is_some_and(u8::is_ascii_hexdigit);
            if !(hex(i + 1) && hex(i + 2)) {
                return false;
            }
            i += 3;
        } else if allowed(bytes[i]) {
            i += 1;
        } else {
            return false;
        }
    }
    true
}

fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

fn is_sub_delim(b: u8) -> bool {
    matches!(
        b,
        b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'='
    )
}

fn is_pchar(b: u8) -> bool {
    is_unreserved(b) || is_sub_delim(b) || matches!(b, b':' | b'@')
}

#[cfg(test)]
mod tests {
    use super::Uri;

    #[test]
    fn rfc_3986() {
        for ok in [
            "https://example.com/path?q=blah&yes=true#frag.123",
            "microsoft.windows.camera:thing",
            "go://?Mercedes%20Benz",
            "https://user:pw@[::1]:8080/x",
            "at://did:plc:abc/app.bsky.feed.post/3lrbn4zbyaifd",
            "mailto:a@b",
            "urn:isbn:0451450523",
        ] {
            assert!(ok.parse::<Uri>().is_ok(), "{ok}");
        }
        for bad in [
            "https:///x",
            "https://",
            "http:",
            "http:/x",
            "https://a|b",
            "https://a\"b",
            "https://example.com/%zz",
            "https://é.com",
            "1a:x",
            "_:x",
            "https://a.com/x#a#b",
            "https://a b",
        ] {
            assert!(bad.parse::<Uri>().is_err(), "{bad}");
        }
    }
}
