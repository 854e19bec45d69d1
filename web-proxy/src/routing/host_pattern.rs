//! Host patterns in route rules: any host, one exact host, or every subdomain of a domain (`*.atmos.cv`).

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostPattern {
    Any,
    Exact(String),
    /// `*.domain`: any depth of subdomain, not the domain itself.
    Subdomains(String),
}

impl HostPattern {
    /// `*` (or nothing), `*.domain`, or an exact host; `None` for anything else.
    pub fn parse(pattern: &str) -> Option<HostPattern> {
        let pattern = pattern.trim().to_ascii_lowercase();
        if pattern.is_empty() || pattern == "*" {
            return Some(HostPattern::Any);
        }
        let (domain, wildcard) = match pattern.strip_prefix("*.") {
            Some(domain) => (domain.to_owned(), true),
            None => (pattern, false),
        };
        let host = super::Host::parse(&domain).ok()?;
        if host.port().is_some() {
            return None;
        }
        let name = host.name().to_owned();
        Some(if wildcard {
            HostPattern::Subdomains(name)
        } else {
            HostPattern::Exact(name)
        })
    }

    /// `host` is a normalized host name (no port).
    pub fn matches(&self, host: &str) -> bool {
        match self {
            HostPattern::Any => true,
            HostPattern::Exact(exact) => host == exact,
            HostPattern::Subdomains(domain) => {
                host != domain && crate::origin::within(host, domain)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns() {
        let subs = HostPattern::parse("*.Atmos.cv").unwrap();
        assert!(subs.matches("dave.atmos.cv"));
        assert!(subs.matches("a.b.atmos.cv"));
        assert!(!subs.matches("atmos.cv"));
        assert!(!subs.matches("evilatmos.cv"));
        assert!(
            HostPattern::parse("pds.atmos.cv")
                .unwrap()
                .matches("pds.atmos.cv")
        );
        assert!(
            !HostPattern::parse("pds.atmos.cv")
                .unwrap()
                .matches("atmos.cv")
        );
        assert!(HostPattern::parse("*").unwrap().matches("anything"));
        assert_eq!(HostPattern::parse("a.cv:80"), None);
        assert_eq!(HostPattern::parse("*.*.cv"), None);
    }
}
