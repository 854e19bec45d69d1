//! Path patterns in route rules: exact (`/x`), segment prefix (`/x/*` matches `/x` and `/x/…`), raw prefix (`/x*`).

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathPattern {
    Exact(String),
    /// Written `/x/*`: the path `/x` itself or anything below `/x/`.
    Segment(String),
    /// Written `/x*`: any path starting with `/x`.
    Prefix(String),
}

impl PathPattern {
    /// Patterns start with `/`; `*` may only appear at the end.
    pub fn parse(pattern: &str) -> Option<PathPattern> {
        if !pattern.starts_with('/') {
            return None;
        }
        let parsed = if let Some(base) = pattern.strip_suffix("/*") {
            PathPattern::Segment(base.to_owned())
        } else if let Some(base) = pattern.strip_suffix('*') {
            PathPattern::Prefix(base.to_owned())
        } else {
            PathPattern::Exact(pattern.to_owned())
        };
        let base = match &parsed {
            PathPattern::Exact(p) | PathPattern::Segment(p) | PathPattern::Prefix(p) => p,
        };
        (!base.contains('*')).then_some(parsed)
    }

    /// `path` is the request path without the query.
    pub fn matches(&self, path: &str) -> bool {
        match self {
            PathPattern::Exact(exact) => path == exact,
            PathPattern::Segment(base) => path
                .strip_prefix(base.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/')),
            PathPattern::Prefix(prefix) => path.starts_with(prefix.as_str()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segment_prefix_and_exact() {
        let seg = PathPattern::parse("/account/*").unwrap();
        assert!(seg.matches("/account"));
        assert!(seg.matches("/account/"));
        assert!(seg.matches("/account/reset-password"));
        assert!(!seg.matches("/accounts"));
        let prefix = PathPattern::parse("/oauth*").unwrap();
        assert!(prefix.matches("/oauth-client-metadata.json"));
        let exact = PathPattern::parse("/.well-known/did.json").unwrap();
        assert!(exact.matches("/.well-known/did.json"));
        assert!(!exact.matches("/.well-known/did.json/x"));
        let root = PathPattern::parse("/*").unwrap();
        assert!(root.matches("/") && root.matches("/anything"));
    }

    #[test]
    fn rejects_bad_patterns() {
        assert_eq!(PathPattern::parse("xrpc/*"), None);
        assert_eq!(PathPattern::parse("/a*/b"), None);
    }
}
