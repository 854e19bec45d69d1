//! The paths the PDS owns on a shared domain (XRPC, identity and OAuth discovery documents, the OAuth UI and account pages).

/// Built-in PDS rules, in the pattern syntax of [`super::PathPattern`]. They apply on every host
/// the proxy serves, so a handle subdomain's `/.well-known/atproto-did` reaches the PDS too.
pub const PDS_PATHS: &[&str] = &[
    "/xrpc/*",
    "/.well-known/atproto-did",
    "/.well-known/did.json",
    "/.well-known/oauth-protected-resource",
    "/.well-known/oauth-authorization-server",
    // The PDS answers it with a 302 to its own `/account/reset-password`.
    "/.well-known/change-password",
    "/oauth/*",
    // The OAuth UI: `/@atproto/oauth-provider/~assets/*` and `~api/*`.
    "/@atproto/*",
    // The PDS's account-management SPA: `/account` and `/account/…`.
    "/account/*",
];
