//! MIME types and the `accept` patterns of `blob:` permissions (`*/*`, `image/*`, `image/png`).

/// `type/subtype`: one slash with something on both sides, no spaces.
fn type_slash_subtype(value: &str) -> bool {
    match value.split_once('/') {
        Some((kind, sub)) => !kind.is_empty() && !sub.is_empty() && !sub.contains('/'),
        None => false,
    }
}

/// A concrete MIME type (no wildcard).
pub(crate) fn is_mime(value: &str) -> bool {
    type_slash_subtype(value) && !value.contains('*') && !value.contains(' ')
}

/// An accept pattern: `*/*`, `type/*` or a concrete MIME type.
pub(crate) fn is_accept(value: &str) -> bool {
    value == "*/*"
        || (type_slash_subtype(value)
            && !value.contains(' ')
            && (!value.contains('*') || (value.ends_with("/*") && value.matches('*').count() == 1)))
}

/// Whether `mime` (a concrete type) is accepted by `accept` (as the reference: the type as declared,
/// against patterns lowercased by [`normalize`]).
pub(crate) fn accepts(accept: &str, mime: &str) -> bool {
    if !is_mime(mime) {
        return false;
    }
    match accept.strip_suffix('*') {
        Some("*/") => true,
        Some(prefix) => mime.starts_with(prefix),
        None => accept == mime,
    }
}

/// A list of accept patterns in normal form: `*/*` alone if present; otherwise lowercased, without types a
/// `type/*` of the list already covers, sorted, without duplicates.
pub(crate) fn normalize(accept: Vec<String>) -> Vec<String> {
    if accept.iter().any(|a| a == "*/*") {
        return vec!["*/*".to_owned()];
    }
    let lower: Vec<String> = accept.iter().map(|a| a.to_ascii_lowercase()).collect();
    let mut out: Vec<String> = lower
        .iter()
        .filter(|a| {
            a.ends_with("/*")
                || a.split_once('/')
                    .is_none_or(|(kind, _)| !lower.contains(&format!("{kind}/*")))
        })
        .cloned()
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_and_types() {
        for ok in ["*/*", "image/*", "image/png", "application/ld+json"] {
            assert!(is_accept(ok), "{ok}");
        }
        for bad in [
            "*", "image", "/png", "image/", "a/b/c", "*/png", "im*/*", "image/p*", "a /b",
        ] {
            assert!(!is_accept(bad), "{bad}");
        }
        assert!(is_mime("image/png"));
        assert!(!is_mime("image/*"));
    }

    #[test]
    fn matching() {
        assert!(accepts("*/*", "video/mp4"));
        assert!(accepts("image/*", "image/png"));
        assert!(!accepts("image/*", "IMAGE/PNG"));
        assert!(!accepts("image/*", "imagex/png"));
        assert!(!accepts("image/*", "video/mp4"));
        assert!(accepts("text/html", "text/html"));
        assert!(!accepts("text/html", "text/plain"));
        // What is matched must itself be a concrete type.
        assert!(!accepts("*/*", "*/*"));
        assert!(!accepts("*/*", "nonsense"));
    }

    #[test]
    fn normal_form() {
        let list = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(normalize(list(&["image/png", "*/*"])), ["*/*"]);
        assert_eq!(
            normalize(list(&[
                "video/*",
                "IMAGE/PNG",
                "image/*",
                "text/html",
                "text/html"
            ])),
            ["image/*", "text/html", "video/*"]
        );
    }
}
