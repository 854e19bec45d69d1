//! Maps a request path to a relative file path that cannot leave the static root: percent-decoded, no `..`, no hidden files.

use std::path::PathBuf;

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Unsafe {
    /// Malformed escapes, `..`, backslashes, NUL or encoded slashes: a 400.
    Invalid,
    /// Dotfiles (other than `.well-known`) are not served: a 404.
    Hidden,
}

/// The relative path for `path` (which starts with `/`), or why it is refused.
pub(crate) fn relative(path: &str) -> Result<PathBuf, Unsafe> {
    let mut out = PathBuf::new();
    for raw in path.split('/') {
        let segment = decode(raw).ok_or(Unsafe::Invalid)?;
        match segment.as_str() {
            "" | "." => continue,
            ".." => return Err(Unsafe::Invalid),
            _ => {}
        }
        if segment.contains(['/', '\\', '\0']) {
            return Err(Unsafe::Invalid);
        }
        if segment.starts_with('.') && segment != ".well-known" {
            return Err(Unsafe::Hidden);
        }
        out.push(segment);
    }
    Ok(out)
}

fn decode(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths() {
        assert_eq!(relative("/").unwrap(), PathBuf::new());
        assert_eq!(
            relative("/assets/app.js").unwrap(),
            PathBuf::from("assets/app.js")
        );
        assert_eq!(relative("/a%20b.txt").unwrap(), PathBuf::from("a b.txt"));
        assert_eq!(relative("//a/./b").unwrap(), PathBuf::from("a/b"));
        assert_eq!(
            relative("/.well-known/x").unwrap(),
            PathBuf::from(".well-known/x")
        );
    }

    #[test]
    fn traversal_is_refused() {
        for bad in [
            "/../etc/passwd",
            "/a/../../b",
            "/%2e%2e/x",
            "/%2E%2e/x",
            "/a%2f..%2fb",
            "/a%5c..",
            "/x%00",
            "/%zz",
            "/%e9",
        ] {
            assert_eq!(relative(bad), Err(Unsafe::Invalid), "{bad}");
        }
    }

    #[test]
    fn dotfiles_are_hidden() {
        assert_eq!(relative("/.env"), Err(Unsafe::Hidden));
        assert_eq!(relative("/a/.git/config"), Err(Unsafe::Hidden));
    }
}
