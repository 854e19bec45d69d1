//! What every XRPC method needs of an OAuth grant: one exhaustive `match` next to the auth
//! [`policy`](crate::auth::policy::policy), so a method cannot be added without a decision. A method's
//! need is either known from the method alone (checked by [`gate`], which the `Auth` extractor calls
//! once the credentials are verified) or depends on the request (record writes, blob uploads, service
//! tokens, proxied calls), which the handler checks with [`require`] once it knows the resource.
//! Sessions without an OAuth grant (passwords, app passwords) are never affected.

use axum::http::request::Parts;
use lexgen::xrpc::XrpcError;

use super::scope::{AccountAction, AccountAttr, IdentityAttr};
use super::scope_set::{Need, ScopeSet};
use crate::auth::extractor::AuthError;
use crate::auth::{Auth, Method};
use lexicons::com::atproto::{identity, repo, server, sync};
use lexicons::cv::atmos::server as atmos;

/// The message of the endpoints that refuse OAuth sessions outright (the reference's).
pub(crate) const NOT_FOR_OAUTH: &str = "OAuth credentials are not supported for this endpoint";

/// What a method needs of an OAuth grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Requirement {
    /// An OAuth session reaches it only through a policy without sessions (public, admin, refresh and
    /// service-token endpoints): nothing to decide.
    NoSession,
    /// `atproto` is enough: the account's own state, read.
    Atproto,
    /// Never with OAuth credentials: account control the reference keeps to passwords.
    Refused,
    /// One permission, known from the method.
    Fixed(Need<'static>),
    /// `repo:` for each (action, collection) written: checked by the write handlers.
    RecordWrites,
    /// `blob:` for the upload's MIME type: checked by uploadBlob.
    BlobUpload,
    /// `rpc:<lxm>?aud=<aud>` from the parameters (`lxm` absent: `*`): checked by getServiceAuth.
    ServiceToken,
    /// An AppView method served here (preferences): `rpc:<nsid>?aud=<the atproto-proxy target, else the
    /// configured AppView>`, as if it were proxied.
    AppView,
}

/// The decision, per method. Exhaustive: no wildcard arm.
pub(crate) fn requirement(method: Method) -> Requirement {
    use crate::auth::policy::AppView as A;
    use Requirement::*;
    use identity::Method as I;
    use repo::Method as R;
    use server::Method as S;
    use sync::Method as Y;
    let account = |attr, action| Fixed(Need::Account { attr, action });
    match method {
        Method::Identity(
            I::ResolveDid | I::ResolveHandle | I::ResolveIdentity | I::RefreshIdentity,
        )
        | Method::Repo(R::DescribeRepo | R::GetRecord | R::ListRecords)
        | Method::Server(
            S::DescribeServer
            | S::CreateSession
            | S::RequestPasswordReset
            | S::ResetPassword
            | S::DeleteAccount
            | S::ReserveSigningKey
            | S::CreateAccount
            | S::RefreshSession
            | S::DeleteSession
            | S::CreateInviteCode
            | S::CreateInviteCodes,
        )
        | Method::Atmos(atmos::Method::GetFederationStatus | atmos::Method::RequestRelayCrawl)
        | Method::Sync(
            Y::GetHostStatus
            | Y::ListHosts
            | Y::NotifyOfUpdate
            | Y::RequestCrawl
            | Y::SubscribeRepos,
        ) => NoSession,
        // Reads that an owner's credentials may widen (an inactive repository), and the account's own
        // migration state.
        Method::Sync(
            Y::GetBlob
            | Y::GetBlocks
            | Y::GetCheckout
            | Y::GetHead
            | Y::GetLatestCommit
            | Y::GetRecord
            | Y::GetRepo
            | Y::GetRepoStatus
            | Y::ListBlobs
            | Y::ListRepos
            | Y::ListReposByCollection,
        )
        | Method::Server(S::GetSession | S::CheckAccountStatus)
        | Method::Repo(R::ListMissingBlobs)
        | Method::Identity(I::GetRecommendedDidCredentials) => Atproto,
        Method::Repo(R::ApplyWrites | R::CreateRecord | R::DeleteRecord | R::PutRecord) => {
            RecordWrites
        }
        Method::Repo(R::UploadBlob) => BlobUpload,
        Method::Server(S::GetServiceAuth) => ServiceToken,
        Method::AppView(A::GetPreferences | A::PutPreferences) => AppView,
        Method::Repo(R::ImportRepo) => account(AccountAttr::Repo, AccountAction::Manage),
        // The spec: `manage` of the email includes changing it (the reference sends OAuth clients of
        // requestEmailUpdate/updateEmail to its account manager instead).
        Method::Server(
            S::RequestEmailConfirmation | S::ConfirmEmail | S::RequestEmailUpdate | S::UpdateEmail,
        ) => account(AccountAttr::Email, AccountAction::Manage),
        Method::Identity(I::UpdateHandle) => Fixed(Need::Identity(IdentityAttr::Handle)),
        Method::Identity(
            I::RequestPlcOperationSignature | I::SignPlcOperation | I::SubmitPlcOperation,
        ) => Fixed(Need::Identity(IdentityAttr::All)),
        Method::Server(
            S::ActivateAccount
            | S::DeactivateAccount
            | S::CreateAppPassword
            | S::RevokeAppPassword
            | S::ListAppPasswords
            | S::GetAccountInviteCodes
            | S::RequestAccountDelete,
        ) => Refused,
    }
}

/// Why an OAuth grant is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The grant lacks the named scope: 403 `ScopeMissingError`.
    Missing { scope: String },
    /// The endpoint takes no OAuth credentials: 403 `Forbidden`.
    NotForOAuth,
    /// The grant has no `atproto` scope: 400 `InvalidToken`.
    NoAtproto,
}

impl Refusal {
    /// (status, error name, message), as the reference answers.
    pub fn parts(&self) -> (u16, &'static str, String) {
        match self {
            Refusal::Missing { scope } => (
                403,
                "ScopeMissingError",
                format!("Missing required scope \"{scope}\""),
            ),
            Refusal::NotForOAuth => (403, "Forbidden", NOT_FOR_OAUTH.to_owned()),
            Refusal::NoAtproto => (
                400,
                "InvalidToken",
                "OAuth token does not have \"atproto\" scope".to_owned(),
            ),
        }
    }
}

impl<E> From<Refusal> for XrpcError<E> {
    fn from(refusal: Refusal) -> XrpcError<E> {
        let (status, name, message) = refusal.parts();
        XrpcError::Other {
            status,
            name: name.to_owned(),
            message,
        }
    }
}

impl From<Refusal> for AuthError {
    fn from(refusal: Refusal) -> AuthError {
        let (status, error, message) = refusal.parts();
        AuthError {
            status: axum::http::StatusCode::from_u16(status)
                .unwrap_or(axum::http::StatusCode::FORBIDDEN),
            error,
            message,
            www_authenticate: None,
        }
    }
}

/// The scopes of `auth`'s OAuth grant; `None` for every other caller.
fn grant(auth: &Auth) -> Option<ScopeSet> {
    match auth {
        Auth::Access {
            oauth: Some(grant), ..
        } => Some(ScopeSet::parse(&grant.scope)),
        _ => None,
    }
}

fn allows(scopes: &ScopeSet, need: &Need<'_>) -> Result<(), Refusal> {
    if scopes.allows(need) {
        Ok(())
    } else {
        Err(Refusal::Missing {
            scope: need.scope(),
        })
    }
}

/// Checks `needs` against `auth`'s OAuth grant (all of them, parsed once); any other caller passes.
pub(crate) fn require_all<'a, E>(
    auth: &Auth,
    needs: impl IntoIterator<Item = Need<'a>>,
) -> Result<(), XrpcError<E>> {
    let Some(scopes) = grant(auth) else {
        return Ok(());
    };
    for need in needs {
        allows(&scopes, &need)?;
    }
    Ok(())
}

/// Checks one need against `auth`'s OAuth grant; any other caller passes.
pub(crate) fn require<E>(auth: &Auth, need: Need<'_>) -> Result<(), XrpcError<E>> {
    require_all(auth, [need])
}

/// [`require`] with the refusal itself, for the proxy (which the `Auth` extractor's [`gate`] does not
/// see): a grant without `atproto` is refused as there.
pub(crate) fn check(auth: &Auth, need: Need<'_>) -> Result<(), Refusal> {
    match grant(auth) {
        Some(scopes) if !scopes.has_atproto() => Err(Refusal::NoAtproto),
        Some(scopes) => allows(&scopes, &need),
        None => Ok(()),
    }
}

/// Whether `auth` may read the account's email address (getSession): always, but for an OAuth grant
/// without `account:email` (or `transition:email`).
pub(crate) fn may_read_email(auth: &Auth) -> bool {
    grant(auth).is_none_or(|scopes| {
        scopes.allows(&Need::Account {
            attr: AccountAttr::Email,
            action: AccountAction::Read,
        })
    })
}

/// The audience of an AppView method served here: the `atproto-proxy` header, else the configured
/// AppView, else `*` (which only a wildcard-audience scope grants).
fn appview_aud(parts: &Parts, appview: impl FnOnce() -> Option<String>) -> String {
    parts
        .headers
        .get("atproto-proxy")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
        .or_else(appview)
        .unwrap_or_else(|| "*".to_owned())
}

/// The method-level decision for a verified caller: `atproto` present, then what
/// [`requirement`] says can be decided before the handler runs. Callers without an OAuth grant pass.
pub(crate) fn gate(
    method: Method,
    auth: &Auth,
    parts: &Parts,
    appview: impl FnOnce() -> Option<String>,
) -> Result<(), Refusal> {
    let Some(scopes) = grant(auth) else {
        return Ok(());
    };
    if !scopes.has_atproto() {
        return Err(Refusal::NoAtproto);
    }
    match requirement(method) {
        Requirement::NoSession
        | Requirement::Atproto
        | Requirement::RecordWrites
        | Requirement::BlobUpload
        | Requirement::ServiceToken => Ok(()),
        Requirement::Refused => Err(Refusal::NotForOAuth),
        Requirement::Fixed(need) => allows(&scopes, &need),
        Requirement::AppView => allows(
            &scopes,
            &Need::Rpc {
                lxm: method.nsid(),
                aud: &appview_aud(parts, appview),
            },
        ),
    }
}

#[cfg(test)]
mod tests;
