//! Route table: host + path → the PDS, the web app, or the canonical-host redirect (apex only, web-app pages only).

mod dot_segments;
mod host;
mod host_pattern;
mod path_pattern;
mod pds_paths;

pub use dot_segments::has_dot_segments;
pub use host::{Host, HostError};
pub use host_pattern::HostPattern;
pub use path_pattern::PathPattern;
pub use pds_paths::PDS_PATHS;

use hyper::StatusCode;

use crate::origin::Scheme;

/// Where a request is served from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    Pds,
    App,
}

/// One route rule; the first matching rule wins.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    pub host: HostPattern,
    pub path: PathPattern,
    pub target: Target,
}

/// Which way the canonical-host redirect goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CanonicalHost {
    /// `apex` → `www.apex`.
    Www,
    /// `www.apex` → `apex`.
    Apex,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CanonicalRedirect {
    pub to: CanonicalHost,
    pub status: StatusCode,
}

/// What to do with a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    Forward(Target),
    Redirect {
        location: String,
        status: StatusCode,
    },
}

#[derive(Clone, Debug)]
pub struct RouteTable {
    rules: Vec<Rule>,
    apex: Option<String>,
    canonical: Option<CanonicalRedirect>,
}

impl RouteTable {
    /// `custom` rules are checked first, then the built-in [`PDS_PATHS`]; everything else goes to
    /// the app. `canonical` needs an `apex` to know which single host it applies to.
    pub fn new(
        apex: Option<String>,
        canonical: Option<CanonicalRedirect>,
        custom: Vec<Rule>,
    ) -> Self {
        let builtin = PDS_PATHS.iter().filter_map(|pattern| {
            Some(Rule {
                host: HostPattern::Any,
                path: PathPattern::parse(pattern)?,
                target: Target::Pds,
            })
        });
        let rules = custom.into_iter().chain(builtin).collect();
        let canonical = if apex.is_some() { canonical } else { None };
        RouteTable {
            rules,
            apex,
            canonical,
        }
    }

    pub fn apex(&self) -> Option<&str> {
        self.apex.as_deref()
    }

    /// The target for a normalized host name and a path (no query).
    pub fn target(&self, host: &str, path: &str) -> Target {
        self.rules
            .iter()
            .find(|rule| rule.host.matches(host) && rule.path.matches(path))
            .map_or(Target::App, |rule| rule.target)
    }

    /// Routes a request. The canonical redirect applies only to the one configured host (the
    /// apex, or `www.` + apex) and only to web-app pages: handle subdomains such as
    /// `dave.atmos.cv` are never redirected, and PDS endpoints are never redirected because
    /// their clients depend on the exact origin (OAuth issuer, XRPC POSTs, handle resolution).
    pub fn decide(&self, scheme: Scheme, host: &Host, path: &str, query: Option<&str>) -> Decision {
        let target = self.target(host.name(), path);
        if target == Target::App
            && let (Some(apex), Some(canonical)) = (&self.apex, &self.canonical)
        {
            let www = format!("www.{apex}");
            let to = match canonical.to {
                CanonicalHost::Www if host.name() == apex => Some(www.as_str()),
                CanonicalHost::Apex if host.name() == www => Some(apex.as_str()),
                _ => None,
            };
            if let Some(to) = to {
                let mut location = format!("{scheme}://{}{path}", host.with_name(to));
                if let Some(query) = query {
                    location.push('?');
                    location.push_str(query);
                }
                return Decision::Redirect {
                    location,
                    status: canonical.status,
                };
            }
        }
        Decision::Forward(target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(canonical: Option<CanonicalHost>) -> RouteTable {
        RouteTable::new(
            Some("atmos.cv".into()),
            canonical.map(|to| CanonicalRedirect {
                to,
                status: StatusCode::PERMANENT_REDIRECT,
            }),
            vec![Rule {
                host: HostPattern::parse("pds.atmos.cv").unwrap(),
                path: PathPattern::parse("/*").unwrap(),
                target: Target::Pds,
            }],
        )
    }

    fn decide(table: &RouteTable, host: &str, path: &str) -> Decision {
        table.decide(Scheme::Https, &Host::parse(host).unwrap(), path, None)
    }

    const PDS: Decision = Decision::Forward(Target::Pds);
    const APP: Decision = Decision::Forward(Target::App);

    #[test]
    fn pds_paths_go_to_the_pds() {
        let table = table(None);
        for path in [
            "/xrpc/com.atproto.server.describeServer",
            "/xrpc/com.atproto.sync.subscribeRepos",
            "/.well-known/atproto-did",
            "/.well-known/did.json",
            "/.well-known/oauth-protected-resource",
            "/.well-known/oauth-authorization-server",
            "/.well-known/change-password",
            "/oauth/authorize",
            "/oauth/par",
            "/@atproto/oauth-provider/~assets/main-abc.js",
            "/@atproto/oauth-provider/~api/sign-in",
            "/account",
            "/account/reset-password",
        ] {
            assert_eq!(decide(&table, "atmos.cv", path), PDS, "{path}");
        }
    }

    #[test]
    fn everything_else_goes_to_the_app() {
        let table = table(None);
        for path in [
            "/",
            "/profile/dave",
            "/.well-known/assetlinks.json",
            "/xrpcx",
            "/accounts",
            "/oauthx",
        ] {
            assert_eq!(decide(&table, "atmos.cv", path), APP, "{path}");
        }
    }

    #[test]
    fn custom_host_rule() {
        assert_eq!(decide(&table(None), "pds.atmos.cv", "/"), PDS);
    }

    #[test]
    fn handle_subdomain_resolves_on_pds_and_is_never_redirected() {
        for canonical in [None, Some(CanonicalHost::Www), Some(CanonicalHost::Apex)] {
            let table = table(canonical);
            assert_eq!(
                decide(&table, "dave.atmos.cv", "/.well-known/atproto-did"),
                PDS
            );
            assert_eq!(decide(&table, "dave.atmos.cv", "/"), APP);
            assert_eq!(decide(&table, "www.dave.atmos.cv", "/"), APP);
        }
    }

    #[test]
    fn apex_to_www_applies_to_apex_pages_only() {
        let table = table(Some(CanonicalHost::Www));
        let got = table.decide(
            Scheme::Https,
            &Host::parse("atmos.cv:8443").unwrap(),
            "/p",
            Some("a=1"),
        );
        assert_eq!(
            got,
            Decision::Redirect {
                location: "https://www.atmos.cv:8443/p?a=1".into(),
                status: StatusCode::PERMANENT_REDIRECT
            }
        );
        assert_eq!(decide(&table, "www.atmos.cv", "/p"), APP);
        assert_eq!(decide(&table, "atmos.cv", "/oauth/authorize"), PDS);
        assert_eq!(decide(&table, "atmos.cv", "/.well-known/atproto-did"), PDS);
    }

    #[test]
    fn www_to_apex() {
        let table = table(Some(CanonicalHost::Apex));
        assert!(matches!(
            decide(&table, "www.atmos.cv", "/"),
            Decision::Redirect { location, .. } if location == "https://atmos.cv/"
        ));
        assert_eq!(decide(&table, "atmos.cv", "/"), APP);
    }

    #[test]
    fn canonical_without_apex_is_off() {
        let table = RouteTable::new(
            None,
            Some(CanonicalRedirect {
                to: CanonicalHost::Www,
                status: StatusCode::MOVED_PERMANENTLY,
            }),
            vec![],
        );
        assert_eq!(decide(&table, "atmos.cv", "/"), APP);
    }
}
