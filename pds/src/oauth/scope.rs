//! Requested scopes → granted scope: `atproto` is required; the transitional scopes and the granular
//! resources (`repo:`, `rpc:`, `blob:`, `account:`, `identity:`, `include:`) are kept; anything else is
//! dropped rather than failing the login (as the spec asks: unknown scopes are ignored).

/// The transitional scopes.
pub const GENERIC: &str = "transition:generic";
pub const CHAT: &str = "transition:chat.bsky";
pub const EMAIL: &str = "transition:email";

const RESOURCES: [&str; 6] = ["repo", "rpc", "blob", "account", "identity", "include"];

/// Whether this server knows what `scope` means.
pub fn is_known(scope: &str) -> bool {
    matches!(scope, "atproto" | GENERIC | CHAT | EMAIL)
        || scope
            .split([':', '?'])
            .next()
            .is_some_and(|resource| RESOURCES.contains(&resource) && scope.len() > resource.len())
}

/// Whether a space-separated scope string contains `scope`.
pub fn has(scopes: &str, scope: &str) -> bool {
    scopes.split(' ').any(|s| s == scope)
}

/// The known scopes of `requested`, in order, without duplicates.
pub fn granted(requested: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for scope in requested.split(' ').filter(|s| is_known(s)) {
        if !out.contains(&scope) {
            out.push(scope);
        }
    }
    out.join(" ")
}

/// A scope in plain words, for the consent page.
pub fn describe(scope: &str) -> String {
    match scope {
        "atproto" => "Know your account's identity (DID and handle)".to_owned(),
        GENERIC => "Read and write your data, as an app password could (posts, likes, follows, \
                    media, preferences)"
            .to_owned(),
        CHAT => "Read and send your direct messages".to_owned(),
        EMAIL => "See your email address".to_owned(),
        other => format!("Permission: {other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_scopes_are_dropped() {
        assert_eq!(
            granted("atproto bogus transition:generic atproto repo:app.bsky.feed.post rpc"),
            "atproto transition:generic repo:app.bsky.feed.post"
        );
        assert!(has("atproto transition:generic", GENERIC));
        assert!(!has("atproto transition:genericx", GENERIC));
    }
}
