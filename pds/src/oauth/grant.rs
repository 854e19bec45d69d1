//! The scope the authorization server grants, through the permission model: a request's scope is parsed
//! value by value (what is not understood is dropped, `atproto` is required) and kept in that normal form,
//! `include:` sets and all; a token carries it expanded (every `include:` replaced by what its permission
//! set grants), expanded again on each refresh so a changed set takes effect (the spec's rule).

use super::error::{ErrorCode, OAuthError};
use super::permissions::{ExpandError, ScopeSet};
use crate::app::AppState;

/// The understood scopes of a request's `scope` parameter; `invalid_scope` without `atproto`.
pub(super) fn requested(scope: &str) -> Result<ScopeSet, OAuthError> {
    let scopes = ScopeSet::parse(scope);
    if !scopes.has_atproto() {
        return Err(OAuthError::new(
            ErrorCode::InvalidScope,
            "The atproto scope is required",
        ));
    }
    Ok(scopes)
}

/// The scope a token for the requested scope `requested` carries, in normal form; `invalid_scope` when a
/// permission set it includes cannot be found.
pub(super) async fn expanded(app: &AppState, requested: &str) -> Result<String, OAuthError> {
    app.oauth
        .permission_sets
        .expand(requested)
        .await
        .map(|scopes| scopes.to_string())
        .map_err(invalid_scope)
}

fn invalid_scope(error: ExpandError) -> OAuthError {
    tracing::info!(%error, "oauth scope refused");
    OAuthError::new(ErrorCode::InvalidScope, error.to_string())
}
