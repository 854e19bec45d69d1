//! Schemes and web origins (`scheme://host:port`), and how two origins relate (same-origin, same-site, cross-site).

use std::fmt;

use crate::routing::Host;

/// The URL scheme the public sees (the edge may terminate TLS in front of the proxy).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scheme {
    #[default]
    Http,
    Https,
}

impl Scheme {
    /// Parses `http`/`https`, case-insensitively, ignoring surrounding whitespace.
    pub fn parse(value: &str) -> Option<Scheme> {
        let value = value.trim();
        if value.eq_ignore_ascii_case("http") {
            Some(Scheme::Http)
        } else if value.eq_ignore_ascii_case("https") {
            Some(Scheme::Https)
        } else {
            None
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Http => "http",
            Scheme::Https => "https",
        }
    }

    pub fn default_port(self) -> u16 {
        match self {
            Scheme::Http => 80,
            Scheme::Https => 443,
        }
    }
}

impl fmt::Display for Scheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A tuple origin; the port is always explicit so `https://a` equals `https://a:443`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    pub scheme: Scheme,
    /// Lowercase host name, IPv6 literals in brackets.
    pub host: String,
    pub port: u16,
}

/// How a request's initiator relates to the request's own origin (the `Sec-Fetch-Site` values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SiteRelation {
    SameOrigin,
    SameSite,
    CrossSite,
}

impl Origin {
    /// The origin a request was made to, from its public scheme and `Host`.
    pub fn of_request(scheme: Scheme, host: &Host) -> Origin {
        Origin {
            scheme,
            host: host.name().to_owned(),
            port: host.port().unwrap_or(scheme.default_port()),
        }
    }

    /// Parses the origin of an `Origin` header value or of an absolute URL (a `Referer`).
    /// Returns `None` for `null`, other schemes and anything malformed.
    pub fn parse(value: &str) -> Option<Origin> {
        let (scheme, rest) = value.trim().split_once("://")?;
        let scheme = Scheme::parse(scheme)?;
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let authority = &rest[..end];
        if authority.contains('@') {
            return None;
        }
        let host = Host::parse(authority).ok()?;
        Some(Origin::of_request(scheme, &host))
    }

    /// Compares `initiator` with `self`, the request's own origin. Without a public-suffix list,
    /// "same site" means both hosts are the configured apex or under it (schemes equal), or the
    /// same host on another port; everything else is cross-site, the conservative answer.
    pub fn relation_of(&self, initiator: &Origin, apex: Option<&str>) -> SiteRelation {
        if self == initiator {
            return SiteRelation::SameOrigin;
        }
        if self.scheme != initiator.scheme {
            return SiteRelation::CrossSite;
        }
        if self.host == initiator.host {
            return SiteRelation::SameSite;
        }
        match apex {
            Some(apex) if within(&self.host, apex) && within(&initiator.host, apex) => {
                SiteRelation::SameSite
            }
            _ => SiteRelation::CrossSite,
        }
    }
}

/// True when `host` is `apex` or a subdomain of it.
pub(crate) fn within(host: &str, apex: &str) -> bool {
    host == apex
        || host
            .strip_suffix(apex)
            .is_some_and(|prefix| prefix.ends_with('.') && prefix.len() > 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(s: &str) -> Origin {
        Origin::parse(s).unwrap()
    }

    #[test]
    fn parses_origins_and_urls() {
        assert_eq!(
            origin("https://Atmos.CV"),
            Origin {
                scheme: Scheme::Https,
                host: "atmos.cv".into(),
                port: 443
            }
        );
        assert_eq!(
            origin("http://localhost:8080/oauth/authorize?x=1").port,
            8080
        );
        assert_eq!(origin("https://[::1]:9/x").host, "[::1]");
        assert_eq!(Origin::parse("null"), None);
        assert_eq!(Origin::parse("ftp://atmos.cv"), None);
        assert_eq!(Origin::parse("https://user@atmos.cv/"), None);
        assert_eq!(Origin::parse("https:///x"), None);
    }

    #[test]
    fn default_ports_compare_equal() {
        assert_eq!(origin("https://atmos.cv:443"), origin("https://atmos.cv/"));
    }

    #[test]
    fn relations() {
        let own = origin("https://atmos.cv");
        let apex = Some("atmos.cv");
        assert_eq!(
            own.relation_of(&origin("https://atmos.cv/x"), apex),
            SiteRelation::SameOrigin
        );
        assert_eq!(
            own.relation_of(&origin("https://dave.atmos.cv"), apex),
            SiteRelation::SameSite
        );
        assert_eq!(
            own.relation_of(&origin("https://dave.atmos.cv"), None),
            SiteRelation::CrossSite
        );
        assert_eq!(
            own.relation_of(&origin("http://atmos.cv"), apex),
            SiteRelation::CrossSite
        );
        assert_eq!(
            own.relation_of(&origin("https://evil.cv"), apex),
            SiteRelation::CrossSite
        );
        assert_eq!(
            own.relation_of(&origin("https://atmos.cv:8443"), None),
            SiteRelation::SameSite
        );
        assert_eq!(
            own.relation_of(&origin("https://notatmos.cv"), apex),
            SiteRelation::CrossSite
        );
    }

    #[test]
    fn within_apex() {
        assert!(within("atmos.cv", "atmos.cv"));
        assert!(within("a.b.atmos.cv", "atmos.cv"));
        assert!(!within("xatmos.cv", "atmos.cv"));
        assert!(!within(".atmos.cv", "atmos.cv"));
    }
}
