//! Whether a repository may be read: hosted, and active unless the caller is its owner or an admin
//! (`RepoNotFound`, `RepoTakendown`, `RepoSuspended`, `RepoDeactivated`, as the reference answers).

use lexgen::model::Did;
use lexgen::xrpc::{EndpointError, XrpcError};

use crate::hosting::{AccountSource, AccountStatus, InactiveStatus};

/// The named error `name` of endpoint `E` (a plain 400 with that name if the endpoint does not declare it).
pub(super) fn named<E: EndpointError>(name: &str, message: String) -> XrpcError<E> {
    match E::from_name(name) {
        Some(error) => XrpcError::Endpoint {
            error,
            message: Some(message),
        },
        None => XrpcError::Other {
            status: 400,
            name: name.to_owned(),
            message,
        },
    }
}

pub(super) fn not_found<E: EndpointError>(did: &Did) -> XrpcError<E> {
    named(
        "RepoNotFound",
        format!("Could not find repo for DID: {did}"),
    )
}

/// The account's status if the caller may read its repository.
pub(super) async fn check<A: AccountSource, E: EndpointError>(
    accounts: &A,
    ctx: &A::Ctx,
    did: &Did,
) -> Result<AccountStatus, XrpcError<E>> {
    let status = match accounts.status(did).await {
        None | Some(AccountStatus::Inactive(InactiveStatus::Deleted)) => {
            return Err(not_found(did));
        }
        Some(status) => status,
    };
    if status.is_active() || accounts.is_owner_or_admin(ctx, did) {
        return Ok(status);
    }
    Err(match status.inactive() {
        Some(InactiveStatus::Takendown) => {
            named("RepoTakendown", format!("Repo has been takendown: {did}"))
        }
        Some(InactiveStatus::Suspended) => {
            named("RepoSuspended", format!("Repo has been suspended: {did}"))
        }
        Some(InactiveStatus::Deactivated) => named(
            "RepoDeactivated",
            format!("Repo has been deactivated: {did}"),
        ),
        Some(InactiveStatus::Deleted) | None => not_found(did),
    })
}
