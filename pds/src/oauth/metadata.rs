//! Discovery: the protected resource metadata (RFC 9728), the authorization server metadata (RFC 8414)
//! with the reference's fields and values (issuer = the public URL), and the JWKS (empty: access tokens
//! are signed with a symmetric key only this server holds, as the reference PDS does).

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::app::AppState;

/// The algorithms this server verifies (DPoP proofs, client assertions).
pub(super) const ALGS: [&str; 2] = ["ES256", "ES256K"];

pub(super) fn protected_resource(public_url: &str, issuer: &str) -> Value {
    json!({
        "resource": public_url,
        "authorization_servers": [issuer],
        "scopes_supported": [],
        "bearer_methods_supported": ["header"],
        "resource_documentation": "https://atproto.com",
    })
}

pub(super) fn authorization_server(issuer: &str, public_url: &str) -> Value {
    let at = |path: &str| format!("{issuer}{path}");
    json!({
        "issuer": issuer,
        "scopes_supported": ["atproto", "transition:email", "transition:generic", "transition:chat.bsky"],
        "subject_types_supported": ["public"],
        "response_types_supported": ["code"],
        "response_modes_supported": ["query", "fragment", "form_post"],
        "grant_types_supported": ["authorization_code", "refresh_token"],
        "code_challenge_methods_supported": ["S256"],
        "ui_locales_supported": ["en-US"],
        "display_values_supported": ["page", "popup", "touch"],
        "prompt_values_supported": ["none", "login", "consent", "select_account", "create"],
        "authorization_response_iss_parameter_supported": true,
        "request_parameter_supported": false,
        "request_uri_parameter_supported": true,
        "require_request_uri_registration": true,
        "jwks_uri": at("/oauth/jwks"),
        "authorization_endpoint": at("/oauth/authorize"),
        "token_endpoint": at("/oauth/token"),
        "token_endpoint_auth_methods_supported": ["none", "private_key_jwt"],
        "token_endpoint_auth_signing_alg_values_supported": ALGS,
        "revocation_endpoint": at("/oauth/revoke"),
        "pushed_authorization_request_endpoint": at("/oauth/par"),
        "require_pushed_authorization_requests": true,
        "dpop_signing_alg_values_supported": ALGS,
        "protected_resources": [public_url],
        "client_id_metadata_document_supported": true,
        "authorization_management_uri": at("/oauth/account"),
    })
}

fn cached_json(body: Value) -> Response {
    let mut response = axum::Json(body).into_response();
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    response
}

pub(super) async fn serve_protected_resource(State(app): State<AppState>) -> Response {
    cached_json(protected_resource(&app.public_url, &app.oauth.issuer))
}

pub(super) async fn serve_authorization_server(State(app): State<AppState>) -> Response {
    cached_json(authorization_server(&app.oauth.issuer, &app.public_url))
}

pub(super) async fn serve_jwks() -> Response {
    cached_json(json!({"keys": []}))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documents_point_at_each_other_and_the_endpoints() {
        let issuer = "https://pds.test";
        let server = authorization_server(issuer, issuer);
        assert_eq!(server["token_endpoint"], "https://pds.test/oauth/token");
        assert_eq!(server["require_pushed_authorization_requests"], true);
        assert_eq!(server["client_id_metadata_document_supported"], true);
        assert!(
            !server["token_endpoint_auth_signing_alg_values_supported"]
                .as_array()
                .unwrap()
                .contains(&"none".into())
        );
        let resource = protected_resource(issuer, issuer);
        assert_eq!(resource["authorization_servers"][0], issuer);
    }
}
