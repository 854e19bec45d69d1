//! What an adoption did (or, dry, would do): counts per kind, and what was skipped or failed and why.

use std::fmt;

/// Something left out of the adoption, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// What: a DID, or `<did> blob <cid>`, or `invite <code>`.
    pub what: String,
    pub why: String,
}

/// Counts of what was adopted, and everything left out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub dry_run: bool,
    pub accounts: u64,
    pub records: u64,
    pub blocks: u64,
    pub blobs: u64,
    pub blob_bytes: u64,
    pub app_passwords: u64,
    /// Sessions (refresh tokens) the reference issued that had not expired.
    pub sessions: u64,
    pub preferences: u64,
    pub invite_codes: u64,
    pub invite_uses: u64,
    /// The reference's last firehose sequence number, after which ours continues.
    pub sequence: Option<i64>,
    /// Left out on purpose (already adopted, temporary uploads, ...): a rerun would leave them out too.
    pub skipped: Vec<Skipped>,
    /// Accounts (or blobs) that could not be adopted: nothing of such an account was written.
    pub failed: Vec<Skipped>,
    /// Adopted, with something the operator should know (a DID document not checked, or naming another
    /// PDS URL).
    pub notes: Vec<Skipped>,
    /// Whether the service's keys come from the configuration (the reference's environment).
    pub rotation_key_configured: bool,
    pub jwt_secret_configured: bool,
}

/// What one account adds to the counts.
pub(super) struct AccountCounts {
    pub records: u64,
    pub blocks: u64,
    pub blobs: u64,
    pub blob_bytes: u64,
    pub app_passwords: u64,
    pub sessions: u64,
    pub preferences: u64,
}

impl Summary {
    /// Counts an adopted account.
    pub(super) fn add(&mut self, counts: &AccountCounts) {
        self.accounts += 1;
        self.records += counts.records;
        self.blocks += counts.blocks;
        self.blobs += counts.blobs;
        self.blob_bytes += counts.blob_bytes;
        self.app_passwords += counts.app_passwords;
        self.sessions += counts.sessions;
        self.preferences += counts.preferences;
    }

    pub(super) fn skip(&mut self, what: impl Into<String>, why: impl Into<String>) {
        self.skipped.push(Skipped {
            what: what.into(),
            why: why.into(),
        });
    }

    pub(super) fn note(&mut self, what: impl Into<String>, why: impl Into<String>) {
        self.notes.push(Skipped {
            what: what.into(),
            why: why.into(),
        });
    }

    pub(super) fn fail(&mut self, what: impl Into<String>, why: impl Into<String>) {
        self.failed.push(Skipped {
            what: what.into(),
            why: why.into(),
        });
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verb = if self.dry_run {
            "would adopt"
        } else {
            "adopted"
        };
        writeln!(f, "{verb}:")?;
        for (kind, count) in [
            ("accounts", self.accounts),
            ("records", self.records),
            ("repository blocks", self.blocks),
            ("blobs", self.blobs),
            ("blob bytes", self.blob_bytes),
            ("app passwords", self.app_passwords),
            ("sessions", self.sessions),
            ("preferences", self.preferences),
            ("invite codes", self.invite_codes),
            ("invite code uses", self.invite_uses),
        ] {
            writeln!(f, "  {kind}: {count}")?;
        }
        if let Some(seq) = self.sequence {
            writeln!(f, "  firehose: sequence numbers continue after {seq}")?;
        }
        for (title, list) in [
            ("notes", &self.notes),
            ("skipped", &self.skipped),
            ("failed", &self.failed),
        ] {
            if !list.is_empty() {
                writeln!(f, "{title}:")?;
                for item in list {
                    writeln!(f, "  {}: {}", item.what, item.why)?;
                }
            }
        }
        if !self.rotation_key_configured {
            writeln!(
                f,
                "warning: PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX is not set: the adopted accounts' DID \
                 documents name the reference's rotation key; set it as the reference had it"
            )?;
        }
        if !self.jwt_secret_configured {
            writeln!(
                f,
                "warning: PDS_JWT_SECRET is not set: set it as the reference had it, or every session \
                 the reference issued ends"
            )?;
        }
        Ok(())
    }
}
