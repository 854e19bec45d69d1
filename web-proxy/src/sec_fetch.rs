//! Synthesizes `Sec-Fetch-Site/Mode/Dest/User` that an edge stripped, from what the request shows; never overwrites ones that arrived.
//!
//! The PDS's OAuth pages reject requests without Fetch Metadata (`GET /oauth/authorize` needs
//! `navigate`/`document` and a site; the `~api` needs `same-origin`; see protocol notes §4f).
//! Every current browser sends them, so when none arrived an edge removed them and we
//! reconstruct what the browser most plausibly sent:
//!
//! - site: from `Origin`, else the `Referer`'s origin, compared with the request's public origin
//!   (`null` origin → `cross-site`; neither header → `none`, a typed URL or bookmark);
//! - mode/dest: a WebSocket upgrade is `websocket`; a GET/HEAD/POST carrying
//!   `Upgrade-Insecure-Requests: 1` or accepting `text/html` is a navigation (`navigate`,
//!   `document`, and `Sec-Fetch-User: ?1`); otherwise a subresource or fetch whose destination is
//!   guessed from `Accept` and the file extension (`style`, `image`, `script`, `font`, else
//!   `empty`), with mode `same-origin` for same-origin requests, `cors` when an `Origin` was
//!   sent, `no-cors` otherwise.
//!
//! If some of the headers arrived, only the missing ones among site/mode/dest are filled in;
//! `Sec-Fetch-User` is then left alone because its absence is meaningful. The inference cannot
//! tell a top-level navigation from an iframe; the PDS's `X-Frame-Options: DENY` and CSP
//! `frame-ancestors` still stop framing in the browser.

use hyper::Method;
use hyper::header::{ACCEPT, HeaderMap, HeaderName, HeaderValue, ORIGIN, REFERER, UPGRADE};

use crate::origin::{Origin, SiteRelation};

pub const SEC_FETCH_SITE: HeaderName = HeaderName::from_static("sec-fetch-site");
pub const SEC_FETCH_MODE: HeaderName = HeaderName::from_static("sec-fetch-mode");
pub const SEC_FETCH_DEST: HeaderName = HeaderName::from_static("sec-fetch-dest");
pub const SEC_FETCH_USER: HeaderName = HeaderName::from_static("sec-fetch-user");
const UPGRADE_INSECURE_REQUESTS: HeaderName = HeaderName::from_static("upgrade-insecure-requests");

/// What the request shows, besides its headers.
#[derive(Clone, Copy, Debug)]
pub struct RequestFacts<'a> {
    pub method: &'a Method,
    pub path: &'a str,
    /// The request's public origin (public scheme + `Host`).
    pub own_origin: &'a Origin,
    /// The configured apex domain, for `same-site`.
    pub apex: Option<&'a str>,
}

/// The headers to add (possibly none); existing ones are never part of the answer.
pub fn missing_headers(
    headers: &HeaderMap,
    facts: RequestFacts<'_>,
) -> Vec<(HeaderName, HeaderValue)> {
    let present = |name: &HeaderName| headers.contains_key(name);
    let any_arrived = [
        SEC_FETCH_SITE,
        SEC_FETCH_MODE,
        SEC_FETCH_DEST,
        SEC_FETCH_USER,
    ]
    .iter()
    .any(present);

    let site = site(headers, facts);
    let kind = request_kind(headers, facts.method);
    let (mode, dest) = match kind {
        Kind::Navigation => ("navigate", "document"),
        Kind::WebSocket => ("websocket", "websocket"),
        Kind::Subresource => {
            let mode = if site == "same-origin" {
                "same-origin"
            } else if headers.contains_key(ORIGIN) {
                "cors"
            } else {
                "no-cors"
            };
            (mode, subresource_dest(headers, facts.path))
        }
    };

    let mut out = Vec::new();
    for (name, value) in [
        (SEC_FETCH_SITE, site),
        (SEC_FETCH_MODE, mode),
        (SEC_FETCH_DEST, dest),
    ] {
        if !present(&name) {
            out.push((name, HeaderValue::from_static(value)));
        }
    }
    if !any_arrived && kind == Kind::Navigation {
        out.push((SEC_FETCH_USER, HeaderValue::from_static("?1")));
    }
    out
}

/// Adds the [`missing_headers`] to `headers`.
pub fn apply(headers: &mut HeaderMap, facts: RequestFacts<'_>) {
    for (name, value) in missing_headers(headers, facts) {
        headers.insert(name, value);
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Navigation,
    WebSocket,
    Subresource,
}

fn header_str<'h>(headers: &'h HeaderMap, name: &HeaderName) -> Option<&'h str> {
    headers.get(name).and_then(|value| value.to_str().ok())
}

fn site(headers: &HeaderMap, facts: RequestFacts<'_>) -> &'static str {
    let initiator = match header_str(headers, &ORIGIN) {
        Some(origin) if origin.trim() == "null" => return "cross-site",
        Some(origin) => Origin::parse(origin),
        None => None,
    }
    .or_else(|| header_str(headers, &REFERER).and_then(Origin::parse));
    let Some(initiator) = initiator else {
        // An unparseable Origin is treated like an opaque one.
        return if headers.contains_key(ORIGIN) {
            "cross-site"
        } else {
            "none"
        };
    };
    match facts.own_origin.relation_of(&initiator, facts.apex) {
        SiteRelation::SameOrigin => "same-origin",
        SiteRelation::SameSite => "same-site",
        SiteRelation::CrossSite => "cross-site",
    }
}

fn request_kind(headers: &HeaderMap, method: &Method) -> Kind {
    let websocket = headers
        .get_all(UPGRADE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .any(|value| {
            value
                .split(',')
                .any(|token| token.trim().eq_ignore_ascii_case("websocket"))
        });
    if websocket {
        return Kind::WebSocket;
    }
    let navigable = matches!(*method, Method::GET | Method::HEAD | Method::POST);
    let uir = header_str(headers, &UPGRADE_INSECURE_REQUESTS).is_some_and(|v| v.trim() == "1");
    let wants_html = header_str(headers, &ACCEPT).is_some_and(|accept| {
        accept.split(',').any(|item| {
            item.split(';')
                .next()
                .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("text/html"))
        })
    });
    if navigable && (uir || wants_html) {
        Kind::Navigation
    } else {
        Kind::Subresource
    }
}

fn subresource_dest(headers: &HeaderMap, path: &str) -> &'static str {
    let accept = header_str(headers, &ACCEPT)
        .unwrap_or("")
        .trim_start()
        .to_ascii_lowercase();
    if accept.starts_with("text/css") {
        return "style";
    }
    if accept.starts_with("image/") {
        return "image";
    }
    let file = path.rsplit('/').next().unwrap_or("");
    let extension = file
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase());
    match extension.as_deref() {
        Some("js" | "mjs") => "script",
        Some("css") => "style",
        Some("woff" | "woff2" | "ttf" | "otf") => "font",
        _ => "empty",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(method: Method, path: &str, headers: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.append(
                HeaderName::from_bytes(name.as_bytes()).unwrap(),
                HeaderValue::from_str(value).unwrap(),
            );
        }
        let own = Origin::parse("https://atmos.cv").unwrap();
        let facts = RequestFacts {
            method: &method,
            path,
            own_origin: &own,
            apex: Some("atmos.cv"),
        };
        missing_headers(&map, facts)
            .into_iter()
            .map(|(n, v)| (n.as_str().to_owned(), v.to_str().unwrap().to_owned()))
            .collect()
    }

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect()
    }

    const NAV: &[(&str, &str)] = &[
        (
            "accept",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        ),
        ("upgrade-insecure-requests", "1"),
    ];

    #[test]
    fn typed_url_navigation() {
        assert_eq!(
            run(Method::GET, "/oauth/authorize", NAV),
            pairs(&[
                ("sec-fetch-site", "none"),
                ("sec-fetch-mode", "navigate"),
                ("sec-fetch-dest", "document"),
                ("sec-fetch-user", "?1"),
            ])
        );
    }

    #[test]
    fn navigation_from_a_client_app_is_cross_site() {
        let mut headers = NAV.to_vec();
        headers.push(("referer", "https://client.example/login"));
        assert_eq!(
            run(Method::GET, "/oauth/authorize", &headers)[0],
            pairs(&[("sec-fetch-site", "cross-site")])[0]
        );
    }

    #[test]
    fn sibling_subdomain_is_same_site() {
        let mut headers = NAV.to_vec();
        headers.push(("referer", "https://app.atmos.cv/"));
        assert_eq!(
            run(Method::GET, "/oauth/authorize", &headers)[0].1,
            "same-site"
        );
    }

    #[test]
    fn same_origin_api_fetch() {
        let got = run(
            Method::POST,
            "/@atproto/oauth-provider/~api/sign-in",
            &[
                ("origin", "https://atmos.cv"),
                ("accept", "application/json"),
                ("content-type", "application/json"),
            ],
        );
        assert_eq!(
            got,
            pairs(&[
                ("sec-fetch-site", "same-origin"),
                ("sec-fetch-mode", "same-origin"),
                ("sec-fetch-dest", "empty")
            ])
        );
    }

    #[test]
    fn cross_origin_fetch_is_cors() {
        let got = run(
            Method::POST,
            "/xrpc/x",
            &[("origin", "https://evil.example")],
        );
        assert_eq!(got[0].1, "cross-site");
        assert_eq!(got[1].1, "cors");
    }

    #[test]
    fn null_origin_is_cross_site() {
        assert_eq!(
            run(Method::POST, "/x", &[("origin", "null")])[0].1,
            "cross-site"
        );
    }

    #[test]
    fn assets_get_script_and_style_destinations() {
        let referer = ("referer", "https://atmos.cv/oauth/authorize?request_uri=x");
        let script = run(
            Method::GET,
            "/@atproto/oauth-provider/~assets/main.js",
            &[referer, ("accept", "*/*")],
        );
        assert_eq!(script[2].1, "script");
        let style = run(
            Method::GET,
            "/@atproto/oauth-provider/~assets/a",
            &[referer, ("accept", "text/css,*/*;q=0.1")],
        );
        assert_eq!(style[2].1, "style");
        let image = run(Method::GET, "/x", &[("accept", "image/avif,image/webp")]);
        assert_eq!(
            (image[1].1.as_str(), image[2].1.as_str()),
            ("no-cors", "image")
        );
    }

    #[test]
    fn websocket() {
        let got = run(
            Method::GET,
            "/xrpc/com.atproto.sync.subscribeRepos",
            &[("upgrade", "websocket"), ("origin", "https://atmos.cv")],
        );
        assert_eq!(
            got,
            pairs(&[
                ("sec-fetch-site", "same-origin"),
                ("sec-fetch-mode", "websocket"),
                ("sec-fetch-dest", "websocket")
            ])
        );
    }

    #[test]
    fn all_present_adds_nothing_even_when_they_disagree_with_inference() {
        let mut headers = NAV.to_vec();
        headers.extend([
            ("sec-fetch-site", "cross-site"),
            ("sec-fetch-mode", "no-cors"),
            ("sec-fetch-dest", "iframe"),
        ]);
        assert!(run(Method::GET, "/oauth/authorize", &headers).is_empty());
    }

    #[test]
    fn partial_strip_fills_only_the_missing_and_never_user() {
        let mut headers = NAV.to_vec();
        headers.push(("sec-fetch-site", "same-origin"));
        assert_eq!(
            run(Method::GET, "/oauth/authorize", &headers),
            pairs(&[
                ("sec-fetch-mode", "navigate"),
                ("sec-fetch-dest", "document")
            ])
        );
    }

    #[test]
    fn apply_never_overwrites() {
        let mut map = HeaderMap::new();
        map.insert(SEC_FETCH_DEST, HeaderValue::from_static("iframe"));
        map.insert(ACCEPT, HeaderValue::from_static("text/html"));
        let own = Origin::parse("https://atmos.cv").unwrap();
        let method = Method::GET;
        apply(
            &mut map,
            RequestFacts {
                method: &method,
                path: "/",
                own_origin: &own,
                apex: None,
            },
        );
        assert_eq!(map[SEC_FETCH_DEST], "iframe");
        assert_eq!(map[SEC_FETCH_MODE], "navigate");
        assert!(!map.contains_key(SEC_FETCH_USER));
    }
}
