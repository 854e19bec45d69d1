//! What `pds account migrate` was asked to do.

use std::path::PathBuf;

/// The command's arguments (secrets not yet resolved: see `secret`).
#[derive(Clone, Debug)]
pub struct Options {
    /// The old PDS: its URL, or the account's DID or handle (resolved to its PDS).
    pub from: String,
    /// The new PDS's URL.
    pub to: String,
    /// The account to log in as at the old PDS (handle, DID or e-mail); default: `from` when it is a
    /// DID or handle.
    pub account: Option<String>,
    /// The password at the old PDS (else `PDS_MIGRATE_OLD_PASSWORD`, else a prompt).
    pub old_password: Option<String>,
    /// The password of the account at the new PDS (else `PDS_MIGRATE_NEW_PASSWORD`, else a prompt).
    pub new_password: Option<String>,
    /// The handle at the new PDS; default: the current one.
    pub handle: Option<String>,
    /// The e-mail address at the new PDS; default: none.
    pub email: Option<String>,
    /// An invite code for the new PDS.
    pub invite_code: Option<String>,
    /// The token the old PDS e-mails for the PLC operation (else `PDS_MIGRATE_PLC_TOKEN`, else a prompt).
    pub plc_token: Option<String>,
    /// The PLC directory that resolves did:plc (`--from` a DID or handle, the final check).
    pub plc_url: String,
    /// The state file.
    pub state: PathBuf,
    /// Print the plan, change nothing.
    pub dry_run: bool,
    /// Blobs copied at once.
    pub parallel: usize,
}
