//! Why a migration, an export or an import stopped.

use lexgen::xrpc::{EndpointError, XrpcError};

/// Why a migration, an export or an import stopped. The state file keeps what was done before it.
#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    /// A call to one of the PDSes failed.
    #[error("{step}: {message}")]
    Xrpc {
        /// What was being done.
        step: &'static str,
        /// The server's answer.
        message: String,
    },
    /// `--from` could not be turned into a PDS URL.
    #[error("cannot find the PDS of {from}: {reason}")]
    Resolve { from: String, reason: String },
    /// `--from` is a URL, so the account to log in as must be named.
    #[error("--from is a URL: name the account with --account <handle|did|email>")]
    AccountNeeded,
    /// A password or token was not given and there is no terminal to ask on.
    #[error("{what} is needed: pass {flag} or set {env} (or run in a terminal to be asked)")]
    MissingSecret {
        what: &'static str,
        flag: &'static str,
        env: &'static str,
    },
    /// The old PDS sent the e-mail token; the run stops so it can be given on the next one.
    #[error(
        "the old PDS has e-mailed a confirmation token: rerun with --plc-token <TOKEN> (or {env}); \
         the state file keeps every step done so far"
    )]
    TokenNeeded { env: &'static str },
    /// The account already exists and is active at the PDS moved or imported into.
    #[error("the account {did} is already active at the PDS to move or import into")]
    AlreadyActive { did: String },
    /// A did:web account: its owner publishes the new DID document; the run stops until the new PDS
    /// sees it.
    #[error(
        "{did} is a did:web: publish a DID document with these credentials from the new PDS at \
         https://<host>/.well-known/did.json, then run the command again:\n{credentials}"
    )]
    DidWeb { did: String, credentials: String },
    /// The state file could not be read or written.
    #[error("state file {path}: {reason}")]
    State { path: String, reason: String },
    /// The state file is another migration's.
    #[error("state file {path} is for {found}, not {expected}: remove it or pass another --state")]
    StateMismatch {
        path: String,
        found: String,
        expected: String,
    },
    /// A blob came back from the new PDS under another CID.
    #[error("blob {expected} was stored by the new PDS as {got}")]
    BlobMismatch { expected: String, got: String },
    /// The final checks found a difference.
    #[error("verification failed: {0}")]
    Verification(String),
    /// A local file (export, import, prompt).
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// A file of a backup is not what the manifest says.
    #[error("backup {path}: {reason}")]
    Backup { path: String, reason: String },
}

impl MigrateError {
    /// A failed call during `step`.
    pub(crate) fn xrpc<E: EndpointError>(step: &'static str) -> impl FnOnce(XrpcError<E>) -> Self {
        move |e| MigrateError::Xrpc {
            step,
            message: e.to_string(),
        }
    }

    /// A local file error at `path`.
    pub(crate) fn io(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> Self + '_ {
        move |source| MigrateError::Io {
            path: path.display().to_string(),
            source,
        }
    }
}
