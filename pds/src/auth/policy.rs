//! The auth decision of every endpoint this server mounts: one exhaustive `match`, so an endpoint cannot be
//! added to [`Method`] (and so to the router) without saying who may call it.

use lexicons::app::bsky::actor;
use lexicons::com::atproto::{identity, repo, server, sync};
use lexicons::cv::atmos::server as atmos;

/// Which session scopes an endpoint accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scopes {
    /// A full login only (`com.atproto.access`): no app passwords.
    Full,
    /// A full login or a privileged app password.
    Privileged,
    /// Any login, including plain app passwords.
    Standard,
}

/// Who may call an endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// Anyone; credentials are ignored.
    Public,
    /// An access token with one of `scopes`, of an account in good standing unless the flags allow more.
    Access {
        scopes: Scopes,
        allow_deactivated: bool,
        allow_takendown: bool,
    },
    /// A refresh token (`expired` ones too when `allow_expired`).
    Refresh { allow_expired: bool },
    /// The administrator (basic auth `admin:<password>`).
    Admin,
    /// Anyone; credentials, if sent, must be valid and are passed on (an access session of any status, or
    /// the administrator), so a handler can let an owner read their own inactive repository (sync reads).
    OptionalAccess,
    /// Anyone, or a service token (`lxm` = this method) proving control of an existing DID (createAccount
    /// for a migrating account).
    OptionalService,
}

const STANDARD: Policy = Policy::Access {
    scopes: Scopes::Standard,
    allow_deactivated: false,
    allow_takendown: false,
};
const STANDARD_ANY_STATUS: Policy = Policy::Access {
    scopes: Scopes::Standard,
    allow_deactivated: true,
    allow_takendown: true,
};
const STANDARD_DEACTIVATED: Policy = Policy::Access {
    scopes: Scopes::Standard,
    allow_deactivated: true,
    allow_takendown: false,
};
const PRIVILEGED: Policy = Policy::Access {
    scopes: Scopes::Privileged,
    allow_deactivated: false,
    allow_takendown: false,
};
const FULL: Policy = Policy::Access {
    scopes: Scopes::Full,
    allow_deactivated: false,
    allow_takendown: false,
};
const FULL_DEACTIVATED: Policy = Policy::Access {
    scopes: Scopes::Full,
    allow_deactivated: true,
    allow_takendown: false,
};

/// Every XRPC method this server serves: the endpoints of the namespaces it mounts whole (their generated
/// route tables), and the AppView methods it keeps itself. Each namespace's list is generated from its
/// lexicons, so a new endpoint there is a new variant here, and [`policy`] does not compile without it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    Identity(identity::Method),
    Repo(repo::Method),
    Server(server::Method),
    Sync(sync::Method),
    Atmos(atmos::Method),
    AppView(AppView),
}

/// The AppView methods served here rather than proxied (`app.bsky.actor` is otherwise the AppView's).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AppView {
    GetPreferences,
    PutPreferences,
}

impl AppView {
    const ALL: [AppView; 2] = [AppView::GetPreferences, AppView::PutPreferences];

    fn endpoint(self) -> actor::Method {
        match self {
            AppView::GetPreferences => actor::Method::GetPreferences,
            AppView::PutPreferences => actor::Method::PutPreferences,
        }
    }
}

impl Method {
    /// Every method answered over XRPC requests (subscriptions, served over WebSocket, left out).
    pub fn all() -> impl Iterator<Item = Method> {
        let identity = identity::Method::ALL.iter().map(|&m| Method::Identity(m));
        let repo = repo::Method::ALL.iter().map(|&m| Method::Repo(m));
        let server = server::Method::ALL.iter().map(|&m| Method::Server(m));
        let sync = sync::Method::ALL.iter().map(|&m| Method::Sync(m));
        let atmos = atmos::Method::ALL.iter().map(|&m| Method::Atmos(m));
        let app_view = AppView::ALL.into_iter().map(Method::AppView);
        identity
            .chain(repo)
            .chain(server)
            .chain(sync)
            .chain(atmos)
            .chain(app_view)
            .filter(|m| !m.is_subscription())
    }

    pub fn nsid(self) -> &'static str {
        match self {
            Method::Identity(m) => m.nsid(),
            Method::Repo(m) => m.nsid(),
            Method::Server(m) => m.nsid(),
            Method::Sync(m) => m.nsid(),
            Method::Atmos(m) => m.nsid(),
            Method::AppView(m) => m.endpoint().nsid(),
        }
    }

    /// The encoding of the method's request body, as its lexicon declares it.
    pub(crate) fn input_encoding(self) -> Option<&'static str> {
        match self {
            Method::Identity(m) => m.input_encoding(),
            Method::Repo(m) => m.input_encoding(),
            Method::Server(m) => m.input_encoding(),
            Method::Sync(m) => m.input_encoding(),
            Method::Atmos(m) => m.input_encoding(),
            Method::AppView(m) => m.endpoint().input_encoding(),
        }
    }

    fn is_subscription(self) -> bool {
        match self {
            Method::Identity(m) => m.is_subscription(),
            Method::Repo(m) => m.is_subscription(),
            Method::Server(m) => m.is_subscription(),
            Method::Sync(m) => m.is_subscription(),
            Method::Atmos(m) => m.is_subscription(),
            Method::AppView(m) => m.endpoint().is_subscription(),
        }
    }

    /// The method answered at `/xrpc/<nsid>` (subscriptions are not: they have their own route).
    pub fn from_nsid(nsid: &str) -> Option<Method> {
        let method = identity::Method::from_nsid(nsid)
            .map(Method::Identity)
            .or_else(|| repo::Method::from_nsid(nsid).map(Method::Repo))
            .or_else(|| server::Method::from_nsid(nsid).map(Method::Server))
            .or_else(|| sync::Method::from_nsid(nsid).map(Method::Sync))
            .or_else(|| atmos::Method::from_nsid(nsid).map(Method::Atmos))
            .or_else(|| {
                let endpoint = actor::Method::from_nsid(nsid)?;
                AppView::ALL
                    .into_iter()
                    .find(|m| m.endpoint() == endpoint)
                    .map(Method::AppView)
            })?;
        (!method.is_subscription()).then_some(method)
    }
}

/// The decision, per method. Exhaustive: no wildcard arm.
pub fn policy(method: Method) -> Policy {
    match method {
        Method::Identity(method) => identity_policy(method),
        Method::Repo(method) => repo_policy(method),
        Method::Server(method) => server_policy(method),
        Method::Sync(method) => sync_policy(method),
        // This server's operations: federation status, asking the relays again.
        Method::Atmos(atmos::Method::GetFederationStatus | atmos::Method::RequestRelayCrawl) => {
            Policy::Admin
        }
        // A migrating account is deactivated while it moves its private state.
        Method::AppView(AppView::GetPreferences | AppView::PutPreferences) => STANDARD_DEACTIVATED,
    }
}

fn identity_policy(method: identity::Method) -> Policy {
    use identity::Method::*;
    match method {
        ResolveDid | ResolveHandle | ResolveIdentity | RefreshIdentity => Policy::Public,
        UpdateHandle => STANDARD,
        // A migrating account is deactivated while it updates its identity.
        GetRecommendedDidCredentials | SubmitPlcOperation => STANDARD_DEACTIVATED,
        // Account control: never with an app password.
        RequestPlcOperationSignature | SignPlcOperation => FULL,
    }
}

fn repo_policy(method: repo::Method) -> Policy {
    use repo::Method::*;
    match method {
        DescribeRepo | GetRecord | ListRecords => Policy::Public,
        ApplyWrites | CreateRecord | DeleteRecord | PutRecord => STANDARD,
        // A migrating account is deactivated while it uploads blobs.
        ListMissingBlobs | UploadBlob => STANDARD_DEACTIVATED,
        ImportRepo => FULL_DEACTIVATED,
    }
}

fn server_policy(method: server::Method) -> Policy {
    use server::Method::*;
    match method {
        // The unauthenticated account flows.
        DescribeServer | CreateSession | RequestPasswordReset | ResetPassword | DeleteAccount => {
            Policy::Public
        }
        // Migration: a key for the PLC update before the account exists here (as the reference: no auth).
        ReserveSigningKey => Policy::Public,
        CreateAccount => Policy::OptionalService,
        RefreshSession => Policy::Refresh {
            allow_expired: false,
        },
        DeleteSession => Policy::Refresh {
            allow_expired: true,
        },
        CreateInviteCode | CreateInviteCodes => Policy::Admin,
        // Anything a signed-in client does day to day.
        GetAccountInviteCodes
        | RequestEmailConfirmation
        | ConfirmEmail
        | RequestEmailUpdate
        | UpdateEmail => STANDARD,
        GetServiceAuth => PRIVILEGED_OR_STANDARD_SERVICE_AUTH,
        // Must work while the account is deactivated (migration) or taken down (getSession).
        GetSession => STANDARD_ANY_STATUS,
        CheckAccountStatus => STANDARD_DEACTIVATED,
        ListAppPasswords => PRIVILEGED,
        // Account control: never with an app password.
        CreateAppPassword | RevokeAppPassword | DeactivateAccount | RequestAccountDelete => FULL,
        ActivateAccount => FULL_DEACTIVATED,
    }
}

fn sync_policy(method: sync::Method) -> Policy {
    use sync::Method::*;
    match method {
        // Public repository reads; credentials, if sent, let an owner or the admin read an inactive repo.
        GetBlob
        | GetBlocks
        | GetCheckout
        | GetHead
        | GetLatestCommit
        | GetRecord
        | GetRepo
        | GetRepoStatus
        | ListBlobs
        | ListRepos
        | ListReposByCollection => Policy::OptionalAccess,
        // Relay methods this PDS answers with MethodNotImplemented.
        GetHostStatus | ListHosts | NotifyOfUpdate | RequestCrawl => Policy::Public,
        // The firehose: anyone (its own route; no credentials are read).
        SubscribeRepos => Policy::Public,
    }
}

/// getServiceAuth: any login (a plain app password is then refused for privileged methods by the
/// handler), allowed while deactivated so a migrating account can mint its createAccount token.
const PRIVILEGED_OR_STANDARD_SERVICE_AUTH: Policy = STANDARD_DEACTIVATED;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_method_round_trips_its_nsid_and_has_a_policy() {
        assert_eq!(Method::all().count(), 63);
        for method in Method::all() {
            assert_eq!(Method::from_nsid(method.nsid()), Some(method));
            let _ = policy(method);
        }
        assert_eq!(Method::from_nsid("com.atproto.repo.nothing"), None);
        assert_eq!(Method::from_nsid(sync::subscribe_repos::NSID), None);
        assert_eq!(Method::from_nsid(actor::get_profile::NSID), None);
        assert_eq!(
            Method::from_nsid(actor::get_preferences::NSID),
            Some(Method::AppView(AppView::GetPreferences))
        );
        assert_eq!(policy(Method::Repo(repo::Method::CreateRecord)), STANDARD);
        assert_eq!(
            policy(Method::Repo(repo::Method::ImportRepo)),
            FULL_DEACTIVATED
        );
        assert_eq!(
            policy(Method::Server(server::Method::CreateAppPassword)),
            FULL
        );
    }
}
