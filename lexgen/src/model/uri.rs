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
        let Some((scheme, rest)) = split_at_byte(text, b':') else {
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
        let (rest, fragment) = match split_at_byte(rest, b'#') {
            Some((rest, fragment)) => (rest, Some(fragment)),
            None => (rest, None),
        };
        let (hier, query) = match split_at_byte(rest, b'?') {
            Some((hier, query)) => (hier, Some(query)),
            None => (rest, None),
        };
        let path = match hier.strip_prefix("//") {
            Some(after) => {
                let (authority, path) = match after.bytes().position(|b| b == b'/') {
                    Some(end) => after.split_at(end),
                    None => (after, ""),
                };
                check_authority(authority).or_else(fail)?;
                path
            }
            None => hier,
        };
        if !all_chars(path, PATH) {
            return fail("path has a character RFC 3986 does not allow (or a bad `%` escape)");
        }
        for part in [query, fragment].into_iter().flatten() {
            if !all_chars(part, QUERY) {
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
    if all_chars(authority, AUTHORITY) {
        Ok(())
    } else {
        Err("authority has a character RFC 3986 does not allow (or a bad `%` escape)")
    }
}

/// `text` split around the first `byte` (a byte search: `split_once` on a char goes through the
/// general pattern searcher, which showed in validation profiles).
fn split_at_byte(text: &str, byte: u8) -> Option<(&str, &str)> {
    let at = text.bytes().position(|b| b == byte)?;
    Some((text.get(..at)?, text.get(at + 1..)?))
}

/// Character classes of [`CLASSES`], as bits.
const AUTHORITY: u8 = 1;
const PATH: u8 = 2;
const QUERY: u8 = 4;

/// For each byte, the classes it belongs to: an authority character (unreserved, sub-delims,
/// `:`, `@`, `[`, `]`), a path character (pchar or `/`), a query or fragment character (pchar,
/// `/` or `?`). `%` is in none: [`all_chars`] reads escapes itself.
const CLASSES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        let unreserved = c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_' | b'~');
        let sub_delim = matches!(
            c,
            b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'='
        );
        let pchar = unreserved || sub_delim || matches!(c, b':' | b'@');
        if unreserved || sub_delim || matches!(c, b':' | b'@' | b'[' | b']') {
            table[b] |= AUTHORITY;
        }
        if pchar || c == b'/' {
            table[b] |= PATH;
        }
        if pchar || c == b'/' || c == b'?' {
            table[b] |= QUERY;
        }
        b += 1;
    }
    table
};

/// Whether every byte of `text` is in `class` (of [`CLASSES`]), where `%` must start a `%HH` escape.
fn all_chars(text: &str, class: u8) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if CLASSES[usize::from(b)] & class != 0 {
            i += 1;
        } else if b == b'%' {
            let hex = |j: usize| bytes.get(j).is_some_and(u8::is_ascii_hexdigit);
            if !(hex(i + 1) && hex(i + 2)) {
                return false;
            }
            i += 3;
        } else {
            return false;
        }
    }
    true
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
