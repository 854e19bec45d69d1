//! `X-Forwarded-For/Proto/Host` and RFC 7239 `Forwarded`: extended when the peer is a trusted proxy, replaced otherwise.
//!
//! A client can send any of these headers; only a trusted edge's values are believed. The PDS
//! uses them to learn the client address (rate limits) and its own public origin (the OAuth
//! issuer check compares `Origin` with it), so wrong values here break sign-in.

mod trusted_proxies;

pub use trusted_proxies::{InvalidRange, TrustedProxies};

use std::net::IpAddr;

use hyper::header::{FORWARDED, HeaderMap, HeaderName, HeaderValue};

use crate::origin::Scheme;

pub const X_FORWARDED_FOR: HeaderName = HeaderName::from_static("x-forwarded-for");
pub const X_FORWARDED_PROTO: HeaderName = HeaderName::from_static("x-forwarded-proto");
pub const X_FORWARDED_HOST: HeaderName = HeaderName::from_static("x-forwarded-host");

/// What this hop knows about the request.
#[derive(Clone, Copy, Debug)]
pub struct Hop<'a> {
    /// The TCP peer.
    pub peer: IpAddr,
    /// Whether `peer` is a trusted proxy.
    pub trusted: bool,
    /// The public scheme (see [`public_scheme`]).
    pub proto: Scheme,
    /// The `Host` as received.
    pub host: &'a str,
}

/// The scheme the public used: a trusted peer's `X-Forwarded-Proto` (first entry), else the
/// configured default (the scheme of the public URL when an edge terminates TLS).
pub fn public_scheme(headers: &HeaderMap, trusted: bool, default: Scheme) -> Scheme {
    if !trusted {
        return default;
    }
    first_entry(headers, &X_FORWARDED_PROTO)
        .and_then(Scheme::parse)
        .unwrap_or(default)
}

/// A trusted peer's `X-Forwarded-Host` (first entry), if any.
pub fn forwarded_host(headers: &HeaderMap, trusted: bool) -> Option<&str> {
    if trusted {
        first_entry(headers, &X_FORWARDED_HOST)
    } else {
        None
    }
}

fn first_entry<'h>(headers: &'h HeaderMap, name: &HeaderName) -> Option<&'h str> {
    let value = headers.get(name)?.to_str().ok()?;
    let first = value.split(',').next()?.trim();
    (!first.is_empty()).then_some(first)
}

/// Rewrites the forwarding headers for the next hop.
pub fn apply(headers: &mut HeaderMap, hop: Hop<'_>) {
    let peer = hop.peer.to_canonical();

    let mut chain = if hop.trusted {
        joined(headers, &X_FORWARDED_FOR)
    } else {
        None
    };
    let peer_text = peer.to_string();
    chain = Some(match chain {
        Some(prior) => format!("{prior}, {peer_text}"),
        None => peer_text,
    });
    set(headers, X_FORWARDED_FOR, chain);

    if !(hop.trusted && headers.contains_key(&X_FORWARDED_PROTO)) {
        set(
            headers,
            X_FORWARDED_PROTO,
            Some(hop.proto.as_str().to_owned()),
        );
    }
    if !(hop.trusted && headers.contains_key(&X_FORWARDED_HOST)) {
        set(headers, X_FORWARDED_HOST, Some(hop.host.to_owned()));
    }

    let node = match peer {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => format!("\"[{v6}]\""),
    };
    let element = format!(
        "for={node};host={};proto={}",
        quote_if_needed(hop.host),
        hop.proto
    );
    let prior = if hop.trusted {
        joined(headers, &FORWARDED)
    } else {
        None
    };
    let forwarded = match prior {
        Some(prior) => format!("{prior}, {element}"),
        None => element,
    };
    set(headers, FORWARDED, Some(forwarded));
}

/// All values of a (possibly repeated) list header, joined with `, `.
fn joined(headers: &HeaderMap, name: &HeaderName) -> Option<String> {
    let parts: Vec<&str> = headers
        .get_all(name)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .map(str::trim)
        .filter(|value| !value.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

fn set(headers: &mut HeaderMap, name: HeaderName, value: Option<String>) {
    headers.remove(&name);
    if let Some(value) = value.and_then(|v| HeaderValue::from_str(&v).ok()) {
        headers.insert(name, value);
    }
}

/// RFC 7239 values are tokens or quoted strings; `host:port` needs quotes.
fn quote_if_needed(value: &str) -> String {
    let token = !value.is_empty()
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
    if token {
        value.to_owned()
    } else {
        format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(
                HeaderName::from_bytes(name.as_bytes()).unwrap(),
                HeaderValue::from_str(value).unwrap(),
            );
        }
        map
    }

    fn hop(trusted: bool) -> Hop<'static> {
        Hop {
            peer: "10.0.0.7".parse().unwrap(),
            trusted,
            proto: Scheme::Https,
            host: "atmos.cv",
        }
    }

    #[test]
    fn absent_headers_are_created() {
        let mut map = HeaderMap::new();
        apply(&mut map, hop(true));
        assert_eq!(map[X_FORWARDED_FOR], "10.0.0.7");
        assert_eq!(map[X_FORWARDED_PROTO], "https");
        assert_eq!(map[X_FORWARDED_HOST], "atmos.cv");
        assert_eq!(map[FORWARDED], "for=10.0.0.7;host=atmos.cv;proto=https");
    }

    #[test]
    fn trusted_peer_chain_is_extended() {
        let mut map = headers(&[
            ("x-forwarded-for", "203.0.113.9"),
            ("x-forwarded-for", "198.51.100.1"),
            ("x-forwarded-proto", "https"),
            ("x-forwarded-host", "atmos.cv"),
            ("forwarded", "for=203.0.113.9"),
        ]);
        apply(
            &mut map,
            Hop {
                proto: Scheme::Http,
                host: "internal:8080",
                ..hop(true)
            },
        );
        assert_eq!(map[X_FORWARDED_FOR], "203.0.113.9, 198.51.100.1, 10.0.0.7");
        assert_eq!(map[X_FORWARDED_PROTO], "https");
        assert_eq!(map[X_FORWARDED_HOST], "atmos.cv");
        assert_eq!(
            map[FORWARDED],
            "for=203.0.113.9, for=10.0.0.7;host=\"internal:8080\";proto=http"
        );
    }

    #[test]
    fn untrusted_peer_values_are_replaced() {
        let mut map = headers(&[
            ("x-forwarded-for", "1.2.3.4"),
            ("x-forwarded-proto", "https"),
            ("x-forwarded-host", "evil.example"),
            ("forwarded", "for=1.2.3.4;proto=https"),
        ]);
        apply(
            &mut map,
            Hop {
                proto: Scheme::Http,
                ..hop(false)
            },
        );
        assert_eq!(map[X_FORWARDED_FOR], "10.0.0.7");
        assert_eq!(map[X_FORWARDED_PROTO], "http");
        assert_eq!(map[X_FORWARDED_HOST], "atmos.cv");
        assert_eq!(map[FORWARDED], "for=10.0.0.7;host=atmos.cv;proto=http");
        assert_eq!(map.get_all(X_FORWARDED_FOR).iter().count(), 1);
    }

    #[test]
    fn ipv6_peers_are_quoted_in_forwarded() {
        let mut map = HeaderMap::new();
        apply(
            &mut map,
            Hop {
                peer: "::1".parse().unwrap(),
                ..hop(false)
            },
        );
        assert_eq!(map[X_FORWARDED_FOR], "::1");
        assert_eq!(map[FORWARDED], "for=\"[::1]\";host=atmos.cv;proto=https");
    }

    #[test]
    fn public_scheme_and_host_only_from_trusted_peers() {
        let map = headers(&[
            ("x-forwarded-proto", "HTTPS, http"),
            ("x-forwarded-host", "atmos.cv"),
        ]);
        assert_eq!(public_scheme(&map, true, Scheme::Http), Scheme::Https);
        assert_eq!(public_scheme(&map, false, Scheme::Http), Scheme::Http);
        assert_eq!(forwarded_host(&map, true), Some("atmos.cv"));
        assert_eq!(forwarded_host(&map, false), None);
        let bogus = headers(&[("x-forwarded-proto", "gopher")]);
        assert_eq!(public_scheme(&bogus, true, Scheme::Https), Scheme::Https);
    }
}
