//! OAuth errors as the endpoints answer them: an RFC 6749 body `{error, error_description}` with the
//! reference's status, never cached.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// An error code of RFC 6749 / RFC 9449 (and the reference's `invalid_dpop_proof`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ErrorCode {
    InvalidRequest,
    InvalidClient,
    InvalidGrant,
    UnsupportedGrantType,
    InvalidScope,
    InvalidDpopProof,
    UseDpopNonce,
    ServerError,
}

impl ErrorCode {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidRequest => "invalid_request",
            ErrorCode::InvalidClient => "invalid_client",
            ErrorCode::InvalidGrant => "invalid_grant",
            ErrorCode::UnsupportedGrantType => "unsupported_grant_type",
            ErrorCode::InvalidScope => "invalid_scope",
            ErrorCode::InvalidDpopProof => "invalid_dpop_proof",
            ErrorCode::UseDpopNonce => "use_dpop_nonce",
            ErrorCode::ServerError => "server_error",
        }
    }
}

/// A refusal of an OAuth endpoint.
#[derive(Clone, Debug, thiserror::Error)]
#[error("{}: {description}", code.as_str())]
pub(crate) struct OAuthError {
    pub code: ErrorCode,
    pub description: String,
}

impl OAuthError {
    pub(crate) fn new(code: ErrorCode, description: impl Into<String>) -> OAuthError {
        OAuthError {
            code,
            description: description.into(),
        }
    }
    pub(crate) fn invalid_request(description: impl Into<String>) -> OAuthError {
        OAuthError::new(ErrorCode::InvalidRequest, description)
    }
    pub(crate) fn invalid_grant(description: impl Into<String>) -> OAuthError {
        OAuthError::new(ErrorCode::InvalidGrant, description)
    }
    pub(crate) fn invalid_client(description: impl Into<String>) -> OAuthError {
        OAuthError::new(ErrorCode::InvalidClient, description)
    }
    /// A failure of ours: logged, and the client told only that it happened.
    pub(crate) fn internal(cause: impl std::fmt::Display) -> OAuthError {
        tracing::error!(%cause, "oauth request failed");
        OAuthError::new(ErrorCode::ServerError, "Internal server error")
    }

    pub(crate) fn status(&self) -> StatusCode {
        match self.code {
            ErrorCode::ServerError => StatusCode::INTERNAL_SERVER_ERROR,
            // The reference answers every client error with 400, invalid_client included (RFC 6749
            // reserves 401 for clients that authenticated with the Authorization header, which none
            // does here).
            _ => StatusCode::BAD_REQUEST,
        }
    }
}

impl From<crate::storage::StorageError> for OAuthError {
    fn from(error: crate::storage::StorageError) -> OAuthError {
        OAuthError::internal(error)
    }
}

impl IntoResponse for OAuthError {
    fn into_response(self) -> Response {
        let mut response = (
            self.status(),
            axum::Json(serde_json::json!({
                "error": self.code.as_str(),
                "error_description": self.description,
            })),
        )
            .into_response();
        let headers = response.headers_mut();
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        headers.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
        response
    }
}
