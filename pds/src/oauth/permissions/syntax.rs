//! The general scope string syntax: `resource[:positional][?key=value&...]`, percent-encoded, and its
//! normalised form. What the parts mean is up to each resource ([`super::scope`]).

use std::fmt::Write as _;

/// One scope string, split into its parts and decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Syntax<'a> {
    /// The resource name (`repo`, `rpc`, ...): everything before the first `:` or `?`.
    pub resource: &'a str,
    /// The decoded positional part (after `:`, before `?`), if there is a `:` before any `?`.
    pub positional: Option<String>,
    /// The decoded `key=value` parameters, in order (repeated keys are array values).
    pub params: Vec<(String, String)>,
}

impl<'a> Syntax<'a> {
    /// Splits `scope`; `None` when it is not printable ASCII without spaces or a `%` escape is malformed.
    pub(crate) fn parse(scope: &'a str) -> Option<Syntax<'a>> {
        if scope.is_empty() || !scope.bytes().all(|b| b.is_ascii_graphic()) {
            return None;
        }
        let query = scope.find('?');
        let colon = scope.find(':').filter(|&c| query.is_none_or(|q| c < q));
        let resource_end = colon.or(query).unwrap_or(scope.len());
        let positional = match colon {
            Some(c) => Some(decode(&scope[c + 1..query.unwrap_or(scope.len())], false)?),
            None => None,
        };
        let mut params = Vec::new();
        if let Some(q) = query {
            for pair in scope[q + 1..].split('&').filter(|p| !p.is_empty()) {
                let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                params.push((decode(key, true)?, decode(value, true)?));
            }
        }
        Some(Syntax {
            resource: &scope[..resource_end],
            positional,
            params,
        })
    }

    /// Every value of parameter `key` (empty when absent).
    pub(crate) fn values(&self, key: &str) -> Vec<&str> {
        self.params
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// Whether every parameter name is one of `known`.
    pub(crate) fn only_keys(&self, known: &[&str]) -> bool {
        self.params.iter().all(|(k, _)| known.contains(&k.as_str()))
    }
}

/// Percent-decodes `text` (and `+` as a space in a parameter, as form encoding has it); `None` for a
/// malformed escape or bytes that are not UTF-8.
fn decode(text: &str, form: bool) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' if form => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Writes `value` percent-encoded: letters, digits and `-._~*:/@,` as they are (so NSIDs, MIME types and
/// DIDs read plainly), everything else (`#`, `?`, `&`, `=`, `+`, `%`, ...) escaped.
fn encode(out: &mut String, value: &str) {
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~*:/@,".contains(&byte) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
}

/// `resource[:positional][?k=v&...]`, encoded.
pub(crate) fn format(resource: &str, positional: Option<&str>, params: &[(&str, &str)]) -> String {
    let mut out = String::from(resource);
    if let Some(positional) = positional {
        out.push(':');
        encode(&mut out, positional);
    }
    for (i, (key, value)) in params.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        out.push_str(key);
        out.push('=');
        encode(&mut out, value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (resource, positional, parameters) of `scope`.
    type Parts = (String, Option<String>, Vec<(String, String)>);

    fn parts(scope: &str) -> Option<Parts> {
        Syntax::parse(scope).map(|s| (s.resource.to_owned(), s.positional, s.params))
    }

    #[test]
    fn splits_resource_positional_and_parameters() {
        let (resource, positional, params) =
            parts("rpc:app.x.get?aud=did:web:x.com%23svc&lxm=a").unwrap();
        assert_eq!(resource, "rpc");
        assert_eq!(positional.as_deref(), Some("app.x.get"));
        assert_eq!(
            params,
            [
                ("aud".to_owned(), "did:web:x.com#svc".to_owned()),
                ("lxm".to_owned(), "a".to_owned())
            ]
        );
        // A colon after the `?` belongs to a value, not to a positional part.
        let (resource, positional, _) = parts("rpc?aud=did:web:x.com%23svc").unwrap();
        assert_eq!((resource.as_str(), positional), ("rpc", None));
        // The positional part may hold colons and escapes.
        let (_, positional, _) = parts("identity:%2A").unwrap();
        assert_eq!(positional.as_deref(), Some("*"));
        let (_, positional, params) = parts("identity:*?").unwrap();
        assert_eq!((positional.as_deref(), params.len()), (Some("*"), 0));
        assert_eq!(parts("resource:").unwrap().1.as_deref(), Some(""));
    }

    #[test]
    fn refuses_what_is_not_the_general_syntax() {
        assert_eq!(parts("resource:positional?key=québec"), None);
        assert_eq!(parts("emoji:☺️"), None);
        assert_eq!(parts("repo:a%2"), None);
        assert_eq!(parts("repo:a%zz"), None);
        assert_eq!(parts(""), None);
    }

    #[test]
    fn formats_with_the_escapes_it_needs() {
        assert_eq!(
            format(
                "rpc",
                Some("app.x.get"),
                &[("aud", "did:web:api.x.com#svc")]
            ),
            "rpc:app.x.get?aud=did:web:api.x.com%23svc"
        );
        assert_eq!(
            format("blob", None, &[("accept", "image/*"), ("accept", "a+b/c")]),
            "blob?accept=image/*&accept=a%2Bb/c"
        );
        let scope = format("blob", Some("a+b/c"), &[]);
        assert_eq!(
            Syntax::parse(&scope).unwrap().positional.as_deref(),
            Some("a+b/c")
        );
    }
}
