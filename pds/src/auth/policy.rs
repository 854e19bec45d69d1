//! The auth decision of every endpoint this server mounts: one exhaustive `match`, so an endpoint cannot be
//! added to [`Method`] (and so to the router) without saying who may call it.

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

macro_rules! methods {
    ($($variant:ident = $nsid:literal,)*) => {
        /// Every XRPC method this server serves.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Method {
            $($variant,)*
        }

        impl Method {
            /// All of them, in NSID order.
            pub const ALL: &'static [Method] = &[$(Method::$variant,)*];

            pub fn nsid(self) -> &'static str {
                match self {
                    $(Method::$variant => $nsid,)*
                }
            }

            pub fn from_nsid(nsid: &str) -> Option<Method> {
                match nsid {
                    $($nsid => Some(Method::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

methods! {
    GetPreferences = "app.bsky.actor.getPreferences",
    PutPreferences = "app.bsky.actor.putPreferences",
    GetRecommendedDidCredentials = "com.atproto.identity.getRecommendedDidCredentials",
    RefreshIdentity = "com.atproto.identity.refreshIdentity",
    RequestPlcOperationSignature = "com.atproto.identity.requestPlcOperationSignature",
    ResolveDid = "com.atproto.identity.resolveDid",
    ResolveHandle = "com.atproto.identity.resolveHandle",
    ResolveIdentity = "com.atproto.identity.resolveIdentity",
    SignPlcOperation = "com.atproto.identity.signPlcOperation",
    SubmitPlcOperation = "com.atproto.identity.submitPlcOperation",
    UpdateHandle = "com.atproto.identity.updateHandle",
    ApplyWrites = "com.atproto.repo.applyWrites",
    CreateRecord = "com.atproto.repo.createRecord",
    DeleteRecord = "com.atproto.repo.deleteRecord",
    DescribeRepo = "com.atproto.repo.describeRepo",
    GetRecord = "com.atproto.repo.getRecord",
    ImportRepo = "com.atproto.repo.importRepo",
    ListMissingBlobs = "com.atproto.repo.listMissingBlobs",
    ListRecords = "com.atproto.repo.listRecords",
    PutRecord = "com.atproto.repo.putRecord",
    UploadBlob = "com.atproto.repo.uploadBlob",
    ActivateAccount = "com.atproto.server.activateAccount",
    CheckAccountStatus = "com.atproto.server.checkAccountStatus",
    ConfirmEmail = "com.atproto.server.confirmEmail",
    CreateAccount = "com.atproto.server.createAccount",
    CreateAppPassword = "com.atproto.server.createAppPassword",
    CreateInviteCode = "com.atproto.server.createInviteCode",
    CreateInviteCodes = "com.atproto.server.createInviteCodes",
    CreateSession = "com.atproto.server.createSession",
    DeactivateAccount = "com.atproto.server.deactivateAccount",
    DeleteAccount = "com.atproto.server.deleteAccount",
    DeleteSession = "com.atproto.server.deleteSession",
    DescribeServer = "com.atproto.server.describeServer",
    GetAccountInviteCodes = "com.atproto.server.getAccountInviteCodes",
    GetServiceAuth = "com.atproto.server.getServiceAuth",
    GetSession = "com.atproto.server.getSession",
    ListAppPasswords = "com.atproto.server.listAppPasswords",
    RefreshSession = "com.atproto.server.refreshSession",
    RequestAccountDelete = "com.atproto.server.requestAccountDelete",
    RequestEmailConfirmation = "com.atproto.server.requestEmailConfirmation",
    RequestEmailUpdate = "com.atproto.server.requestEmailUpdate",
    RequestPasswordReset = "com.atproto.server.requestPasswordReset",
    ReserveSigningKey = "com.atproto.server.reserveSigningKey",
    ResetPassword = "com.atproto.server.resetPassword",
    RevokeAppPassword = "com.atproto.server.revokeAppPassword",
    UpdateEmail = "com.atproto.server.updateEmail",
    SyncGetBlob = "com.atproto.sync.getBlob",
    SyncGetBlocks = "com.atproto.sync.getBlocks",
    SyncGetCheckout = "com.atproto.sync.getCheckout",
    SyncGetHead = "com.atproto.sync.getHead",
    SyncGetHostStatus = "com.atproto.sync.getHostStatus",
    SyncGetLatestCommit = "com.atproto.sync.getLatestCommit",
    SyncGetRecord = "com.atproto.sync.getRecord",
    SyncGetRepo = "com.atproto.sync.getRepo",
    SyncGetRepoStatus = "com.atproto.sync.getRepoStatus",
    SyncListBlobs = "com.atproto.sync.listBlobs",
    SyncListHosts = "com.atproto.sync.listHosts",
    SyncListRepos = "com.atproto.sync.listRepos",
    SyncListReposByCollection = "com.atproto.sync.listReposByCollection",
    SyncNotifyOfUpdate = "com.atproto.sync.notifyOfUpdate",
    SyncRequestCrawl = "com.atproto.sync.requestCrawl",
    GetFederationStatus = "cv.atmos.server.getFederationStatus",
    RequestRelayCrawl = "cv.atmos.server.requestRelayCrawl",
}

/// The decision, per method. Exhaustive: no wildcard arm.
pub fn policy(method: Method) -> Policy {
    use Method::*;
    match method {
        // Reads of public data and the unauthenticated account flows.
        ResolveDid | ResolveHandle | ResolveIdentity | RefreshIdentity | DescribeRepo
        | GetRecord | ListRecords | DescribeServer | CreateSession | RequestPasswordReset
        | ResetPassword | DeleteAccount => Policy::Public,
        // Migration: a key for the PLC update before the account exists here (as the reference: no auth).
        ReserveSigningKey => Policy::Public,
        CreateAccount => Policy::OptionalService,
        // Public repository reads; credentials, if sent, let an owner or the admin read an inactive repo.
        SyncGetBlob
        | SyncGetBlocks
        | SyncGetCheckout
        | SyncGetHead
        | SyncGetLatestCommit
        | SyncGetRecord
        | SyncGetRepo
        | SyncGetRepoStatus
        | SyncListBlobs
        | SyncListRepos
        | SyncListReposByCollection => Policy::OptionalAccess,
        // Relay methods this PDS answers with MethodNotImplemented.
        SyncGetHostStatus | SyncListHosts | SyncNotifyOfUpdate | SyncRequestCrawl => Policy::Public,
        RefreshSession => Policy::Refresh {
            allow_expired: false,
        },
        DeleteSession => Policy::Refresh {
            allow_expired: true,
        },
        CreateInviteCode | CreateInviteCodes => Policy::Admin,
        // This server's operations: federation status, asking the relays again.
        GetFederationStatus | RequestRelayCrawl => Policy::Admin,
        // Anything a signed-in client does day to day.
        ApplyWrites
        | CreateRecord
        | DeleteRecord
        | PutRecord
        | UpdateHandle
        | GetAccountInviteCodes
        | RequestEmailConfirmation
        | ConfirmEmail
        | RequestEmailUpdate
        | UpdateEmail => STANDARD,
        GetServiceAuth => PRIVILEGED_OR_STANDARD_SERVICE_AUTH,
        // Must work while the account is deactivated (migration) or taken down (getSession).
        GetSession => STANDARD_ANY_STATUS,
        // A migrating account is deactivated while it uploads blobs and private state.
        CheckAccountStatus
        | ListMissingBlobs
        | GetRecommendedDidCredentials
        | SubmitPlcOperation
        | UploadBlob
        | GetPreferences
        | PutPreferences => STANDARD_DEACTIVATED,
        ListAppPasswords => PRIVILEGED,
        // Account control: never with an app password.
        CreateAppPassword
        | RevokeAppPassword
        | DeactivateAccount
        | RequestAccountDelete
        | RequestPlcOperationSignature
        | SignPlcOperation => FULL,
        ActivateAccount | ImportRepo => FULL_DEACTIVATED,
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
        for &method in Method::ALL {
            assert_eq!(Method::from_nsid(method.nsid()), Some(method));
            let _ = policy(method);
        }
        assert_eq!(Method::from_nsid("com.atproto.repo.nothing"), None);
        assert_eq!(policy(Method::CreateRecord), STANDARD);
        assert_eq!(policy(Method::ImportRepo), FULL_DEACTIVATED);
        assert_eq!(policy(Method::CreateAppPassword), FULL);
    }
}
