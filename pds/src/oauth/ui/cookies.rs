//! The pages' cookies: `dev-id` (the device, `dev-<hex>`, a year) and `csrf-token` (a session cookie
//! the forms' CSRF tokens are derived from), both HttpOnly, `SameSite=Lax; Path=/`, `Secure` on https.

use axum::http::HeaderMap;

pub(crate) const DEVICE: &str = "dev-id";
pub(crate) const CSRF: &str = "csrf-token";

/// A cookie's value from the request (the first of that name).
pub(crate) fn get<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, value)| value)
}

/// Whether an id has our shape: `prefix` then 32 lowercase hex characters.
pub(crate) fn well_formed(value: &str, prefix: &str) -> bool {
    value.strip_prefix(prefix).is_some_and(|hex| {
        hex.len() == 32
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// A `Set-Cookie` value.
pub(crate) fn set(
    name: &str,
    value: &str,
    http_only: bool,
    max_age: Option<i64>,
    secure: bool,
) -> String {
    let mut cookie = format!("{name}={value}; Path=/; SameSite=Lax");
    if http_only {
        cookie.push_str("; HttpOnly");
    }
    if secure {
        cookie.push_str("; Secure");
    }
    if let Some(age) = max_age {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    cookie
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_by_name() {
        let mut headers = HeaderMap::new();
        headers.insert(
            "cookie",
            "a=1; dev-id=dev-00112233445566778899aabbccddeeff"
                .parse()
                .unwrap(),
        );
        let device = get(&headers, DEVICE).unwrap();
        assert!(well_formed(device, "dev-"));
        assert_eq!(get(&headers, "a"), Some("1"));
        assert_eq!(get(&headers, "b"), None);
        assert!(!well_formed("dev-xyz", "dev-"));
        assert_eq!(
            set("n", "v", true, Some(5), true),
            "n=v; Path=/; SameSite=Lax; HttpOnly; Secure; Max-Age=5"
        );
    }
}
