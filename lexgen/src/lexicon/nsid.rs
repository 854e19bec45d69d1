//! Syntax checks for the identifiers a lexicon contains: NSIDs, def names and references.
//!
//! A minimal local check until the data model's `Nsid` type is available to this module.

/// Why a string is not an NSID, or `None` if it is one.
///
/// Rules (atproto NSID spec): at most 317 characters, at least three `.`-separated segments, a domain
/// authority (all but the last segment) of at most 253 characters;
/// segments of 1–63 ASCII letters, digits and hyphens, not starting or ending with a hyphen, the
/// first not starting with a digit; the name segment 1–63 ASCII letters and digits, not starting with a digit.
pub fn nsid_problem(s: &str) -> Option<String> {
    if s.len() > 317 {
        return Some(format!("longer than 317 characters ({})", s.len()));
    }
    let segments: Vec<&str> = s.split('.').collect();
    if segments.len() < 3 {
        return Some("needs at least three `.`-separated segments".to_owned());
    }
    let (name, domain) = match segments.split_last() {
        Some(split) => split,
        None => return Some("empty".to_owned()),
    };
    for (i, segment) in domain.iter().enumerate() {
        if segment.is_empty() || segment.len() > 63 {
            return Some(format!("segment {} must be 1 to 63 characters", i + 1));
        }
        if !segment
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return Some(format!(
                "segment `{segment}` may only hold ASCII letters, digits and hyphens"
            ));
        }
        if segment.starts_with('-') || segment.ends_with('-') {
            return Some(format!("segment `{segment}` starts or ends with a hyphen"));
        }
        if i == 0 && segment.starts_with(|c: char| c.is_ascii_digit()) {
            return Some(format!("first segment `{segment}` starts with a digit"));
        }
    }
    let authority_len = s.len() - name.len() - 1;
    if authority_len > 253 {
        return Some(format!(
            "the domain authority is longer than 253 characters ({authority_len})"
        ));
    }
    if name.is_empty() || name.len() > 63 {
        return Some("the name segment must be 1 to 63 characters".to_owned());
    }
    if !name.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Some(format!(
            "name segment `{name}` may only hold ASCII letters and digits"
        ));
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        return Some(format!("name segment `{name}` starts with a digit"));
    }
    None
}

/// Whether `s` is a valid def name (the part after `#`): 1–63 ASCII letters, digits, `_` or `-`,
/// starting with a letter.
pub fn is_def_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Whether `s` is lowerCamelCase: an ASCII lowercase letter, then ASCII letters and digits.
pub fn is_lower_camel(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase()) && s.bytes().all(|b| b.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nsids() {
        for good in [
            "app.bsky.feed.post",
            "com.example.fooBar",
            "a-0.b.c",
            "cv.atmos.board.item",
        ] {
            assert_eq!(nsid_problem(good), None, "{good}");
        }
        for bad in [
            "one-two-three",
            "a.b",
            "com.example.foo-bar",
            "com.example.3d",
            "1a.b.c",
            "a..b.c",
            "",
        ] {
            assert!(nsid_problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn names() {
        assert!(is_def_name("main"));
        assert!(is_def_name("replyRef"));
        assert!(!is_def_name("#main"));
        assert!(!is_def_name("9x"));
        assert!(is_lower_camel("createdAt"));
        assert!(!is_lower_camel("CreatedAt"));
        assert!(!is_lower_camel("created_at"));
    }
}
