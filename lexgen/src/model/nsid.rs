//! `Nsid`: a namespaced identifier such as `app.bsky.feed.post` (reversed-domain authority + name).

use std::sync::Arc;

use super::SyntaxError;
use super::handle::check_label;
use super::string_type::string_type;

/// An NSID, kept as written (the name segment is case-sensitive).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Nsid(Arc<str>);

string_type!(Nsid);

impl Nsid {
    /// The longest NSID, in characters.
    pub const MAX_LEN: usize = 317;

    fn check(text: &str) -> Result<(), SyntaxError> {
        let fail = |reason: &str| Err(SyntaxError::new("nsid", reason));
        if text.len() > Self::MAX_LEN {
            return fail("longer than 317 characters");
        }
        let Some((authority, name)) = text.rsplit_once('.') else {
            return fail("needs at least three segments");
        };
        let segments: Vec<&str> = authority.split('.').collect();
        if segments.len() < 2 {
            return fail("needs at least three segments");
        }
        for segment in &segments {
            check_label(segment).map_err(|reason| SyntaxError::new("nsid", reason))?;
        }
        if segments[0].starts_with(|c: char| c.is_ascii_digit()) {
            return fail("the first segment must not start with a digit");
        }
        let valid_name = name.len() <= 63
            && name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name.bytes().all(|b| b.is_ascii_alphanumeric());
        if !valid_name {
            return fail("name must be a letter followed by up to 62 letters or digits");
        }
        Ok(())
    }

    /// The authority as written in the NSID: `app.bsky.feed` for `app.bsky.feed.post`.
    pub fn authority(&self) -> &str {
        self.0.rsplit_once('.').map(|(a, _)| a).unwrap_or_default()
    }

    /// The authority as a domain name, reversed and lowercased: `feed.bsky.app`.
    pub fn domain_authority(&self) -> String {
        let mut labels: Vec<&str> = self.authority().split('.').collect();
        labels.reverse();
        labels.join(".").to_ascii_lowercase()
    }

    /// The name: the last segment, `post` for `app.bsky.feed.post`.
    pub fn name(&self) -> &str {
        self.0.rsplit_once('.').map(|(_, n)| n).unwrap_or_default()
    }

    /// The segments, in order.
    pub fn segments(&self) -> impl Iterator<Item = &str> {
        self.0.split('.')
    }
}

#[cfg(test)]
mod tests {
    use super::Nsid;

    #[test]
    fn parts() {
        let nsid: Nsid = "app.bsky.feed.post".parse().unwrap();
        assert_eq!(nsid.authority(), "app.bsky.feed");
        assert_eq!(nsid.domain_authority(), "feed.bsky.app");
        assert_eq!(nsid.name(), "post");
        assert_eq!(nsid.segments().count(), 4);
    }
}
