//! Detects `.`/`..` path segments (also percent-encoded), which browsers never send and which upstreams might resolve differently than the router did.

/// True when a segment of `path` is `.` or `..`, literally or as `%2e`.
pub fn has_dot_segments(path: &str) -> bool {
    path.split('/').any(|segment| {
        let lower = segment.to_ascii_lowercase();
        let decoded = lower.replace("%2e", ".");
        decoded == "." || decoded == ".."
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_segments() {
        for bad in ["/a/../oauth", "/./x", "/%2e%2E/x", "/x/.%2e", "/.."] {
            assert!(has_dot_segments(bad), "{bad}");
        }
        for good in ["/", "/a.b/c", "/.well-known/x", "/...", "/a..b"] {
            assert!(!has_dot_segments(good), "{good}");
        }
    }
}
