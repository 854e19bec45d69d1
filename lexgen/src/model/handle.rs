//! `Handle`: a DNS-name handle such as `alice.atmos.cv`, normalised to lowercase.

use std::sync::Arc;

use super::SyntaxError;
use super::string_type::string_type;

/// A handle, stored lowercase (handles compare case-insensitively).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Handle(Arc<str>);

string_type!(Handle, lowercase);

/// Top-level domains that are syntactically fine but never valid for an account's handle.
const DISALLOWED_TLDS: &[&str] = &[
    "alt",
    "arpa",
    "example",
    "internal",
    "invalid",
    "local",
    "localhost",
    "onion",
];

impl Handle {
    /// The longest handle, in characters.
    pub const MAX_LEN: usize = 253;

    /// The placeholder shown when an account's handle does not verify.
    pub const INVALID: &'static str = "handle.invalid";

    fn check(text: &str) -> Result<(), SyntaxError> {
        let fail = |reason: &str| Err(SyntaxError::new("handle", reason));
        if text.len() > Self::MAX_LEN {
            return fail("longer than 253 characters");
        }
        let labels: Vec<&str> = text.split('.').collect();
        if labels.len() < 2 {
            return fail("needs at least two labels");
        }
        for label in &labels {
            check_label(label).map_err(|reason| SyntaxError::new("handle", reason))?;
        }
        let tld = labels.last().copied().unwrap_or_default();
        if !tld.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return fail("the top-level label must start with a letter");
        }
        Ok(())
    }

    /// The last label, lowercase.
    pub fn tld(&self) -> &str {
        self.0.rsplit('.').next().unwrap_or_default()
    }

    /// Whether the top-level domain is one atproto never allows for accounts (`.local`, `.onion`, ...).
    /// `handle.invalid` counts as disallowed.
    pub fn has_disallowed_tld(&self) -> bool {
        DISALLOWED_TLDS.contains(&self.tld())
    }
}

/// A DNS label: 1–63 of `[A-Za-z0-9-]`, no hyphen at either end.
pub(crate) fn check_label(label: &str) -> Result<(), &'static str> {
    if label.is_empty() {
        return Err("empty label");
    }
    if label.len() > 63 {
        return Err("label longer than 63 characters");
    }
    if !label
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return Err("label has a character outside [A-Za-z0-9-]");
    }
    if label.starts_with('-') || label.ends_with('-') {
        return Err("label starts or ends with a hyphen");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::Handle;

    #[test]
    fn normalised_to_lowercase() {
        let handle: Handle = "Alice.ATMOS.cv".parse().unwrap();
        assert_eq!(handle.as_str(), "alice.atmos.cv");
        assert_eq!(handle, "alice.atmos.cv".parse::<Handle>().unwrap());
    }

    #[test]
    fn disallowed_tlds() {
        assert!(
            "laptop.local"
                .parse::<Handle>()
                .unwrap()
                .has_disallowed_tld()
        );
        assert!(
            Handle::INVALID
                .parse::<Handle>()
                .unwrap()
                .has_disallowed_tld()
        );
        assert!(
            !"alice.atmos.cv"
                .parse::<Handle>()
                .unwrap()
                .has_disallowed_tld()
        );
    }
}
