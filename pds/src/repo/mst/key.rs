//! MST keys: their height in the tree (from SHA-256), the syntax a stored key must have, shared prefixes.

use sha2::{Digest, Sha256};

/// The longest key the MST accepts, in bytes (`<collection>/<rkey>`, as the reference implementation caps it).
pub(super) const MAX_KEY_LEN: usize = 1024;

/// The layer a key lives on: leading zero bits of SHA-256(key), halved (fanout 4).
pub fn key_height(key: &[u8]) -> u8 {
    let digest = Sha256::digest(key);
    let mut zeros = 0u32;
    for byte in digest {
        if byte == 0 {
            zeros += 8;
            continue;
        }
        zeros += byte.leading_zeros();
        break;
    }
    (zeros / 2) as u8
}

/// Length of the common prefix of two byte strings.
pub fn common_prefix_len(a: &[u8], b: &[u8]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// Whether `key` is a valid repository path: `<collection>/<rkey>`, both non-empty, characters from
/// `[A-Za-z0-9._:~-]`, at most [`MAX_KEY_LEN`] bytes.
pub fn is_valid_key(key: &[u8]) -> bool {
    if key.is_empty() || key.len() > MAX_KEY_LEN {
        return false;
    }
    let mut parts = key.split(|&b| b == b'/');
    let (Some(collection), Some(rkey), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let allowed =
        |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b':' | b'~');
    !collection.is_empty()
        && !rkey.is_empty()
        && collection.iter().all(allowed)
        && rkey.iter().all(allowed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heights_from_the_spec() {
        assert_eq!(key_height(b""), 0);
        assert_eq!(key_height(b"blue"), 1);
        assert_eq!(key_height(b"app.bsky.feed.post/9adeb165882c"), 8);
    }

    #[test]
    fn keys() {
        assert!(is_valid_key(b"app.bsky.feed.post/3jzfcijpj2z2a"));
        assert!(is_valid_key(b"A0/374913"));
        for bad in [&b""[..], b"/a", b"a/", b"a/b/c", b"a b/c", b"nocollection"] {
            assert!(!is_valid_key(bad), "{bad:?}");
        }
    }
}
