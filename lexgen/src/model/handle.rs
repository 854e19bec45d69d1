//! `Handle`: a DNS-name handle such as `alice.atmos.cv`, kept as written, compared case-insensitively.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use super::SyntaxError;
use super::string_type::string_type;

/// A handle. [`as_str`](Handle::as_str) is the text as written, so a record holding
/// `Alice.example.com` writes back the same bytes (and CID); handles are DNS names, so equality,
/// hashing and ordering ignore ASCII case, and [`normalized`](Handle::normalized) gives the
/// lowercase form to store, resolve or display as canonical.
#[derive(Clone)]
pub struct Handle(Arc<str>);

string_type!(Handle, case_insensitive);

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

    /// The handle in lowercase, its canonical form (borrowed when already lowercase).
    pub fn normalized(&self) -> Cow<'_, str> {
        if self.0.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(self.0.to_ascii_lowercase())
        } else {
            Cow::Borrowed(&self.0)
        }
    }

    /// The last label, as written.
    pub fn tld(&self) -> &str {
        self.0.rsplit('.').next().unwrap_or_default()
    }

    /// Whether the top-level domain is one atproto never allows for accounts (`.local`, `.onion`, ...).
    /// `handle.invalid` counts as disallowed.
    pub fn has_disallowed_tld(&self) -> bool {
        let tld = self.tld();
        DISALLOWED_TLDS
            .iter()
            .any(|disallowed| disallowed.eq_ignore_ascii_case(tld))
    }
}

impl PartialEq for Handle {
    fn eq(&self, other: &Handle) -> bool {
        self.0.eq_ignore_ascii_case(&other.0)
    }
}

impl Eq for Handle {}

impl Hash for Handle {
    fn hash<H: Hasher>(&self, state: &mut H) {
        for b in self.0.bytes() {
            state.write_u8(b.to_ascii_lowercase());
        }
        state.write_u8(0xff);
    }
}

impl PartialOrd for Handle {
    fn partial_cmp(&self, other: &Handle) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Handle {
    fn cmp(&self, other: &Handle) -> Ordering {
        let lower = |s: &str| {
            s.bytes()
                .map(|b| b.to_ascii_lowercase())
                .collect::<Vec<u8>>()
        };
        lower(&self.0).cmp(&lower(&other.0))
    }
}

impl PartialEq<str> for Handle {
    fn eq(&self, other: &str) -> bool {
        self.0.eq_ignore_ascii_case(other)
    }
}

impl PartialEq<&str> for Handle {
    fn eq(&self, other: &&str) -> bool {
        self.0.eq_ignore_ascii_case(other)
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

    use std::collections::HashSet;

    #[test]
    fn kept_as_written_and_compared_case_insensitively() {
        let handle: Handle = "Alice.ATMOS.cv".parse().unwrap();
        assert_eq!(handle.as_str(), "Alice.ATMOS.cv");
        assert_eq!(handle.to_string(), "Alice.ATMOS.cv");
        assert_eq!(handle.normalized(), "alice.atmos.cv");
        let lower: Handle = "alice.atmos.cv".parse().unwrap();
        assert_eq!(handle, lower);
        assert_eq!(handle, "ALICE.atmos.CV");
        assert_eq!(handle.cmp(&lower), std::cmp::Ordering::Equal);
        let set: HashSet<Handle> = [handle, lower].into_iter().collect();
        assert_eq!(set.len(), 1);
        assert!("alice.atmos.cv".parse::<Handle>().unwrap() != "bob.atmos.cv");
    }

    #[test]
    fn normalized_borrows_when_already_lowercase() {
        let handle: Handle = "alice.atmos.cv".parse().unwrap();
        assert!(matches!(handle.normalized(), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn ordering_ignores_case() {
        let a: Handle = "B.example.com".parse().unwrap();
        let b: Handle = "a.example.com".parse().unwrap();
        assert!(b < a);
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
            "laptop.LOCAL"
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
