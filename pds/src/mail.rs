//! Outgoing mail (email confirmation, password reset, PLC and deletion tokens). Messages are written to an
//! outbox directory, one RFC 5322 file per message, that the operator (or a local relay) reads.

use std::path::PathBuf;

/// Writes messages to the outbox directory.
#[derive(Clone, Debug)]
pub struct Mailer {
    outbox: PathBuf,
    from: String,
}

impl Mailer {
    pub fn new(outbox: PathBuf, from: String) -> Mailer {
        Mailer { outbox, from }
    }

    /// Queues a plain-text message to `to`.
    pub async fn send(&self, to: &str, subject: &str, body: &str) -> std::io::Result<PathBuf> {
        let clean = |s: &str| s.replace(['\r', '\n'], " ");
        let message = format!(
            "From: {}\r\nTo: {}\r\nSubject: {}\r\nDate: {}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{}\r\n",
            clean(&self.from),
            clean(to),
            clean(subject),
            lexgen::model::Datetime::now().as_str(),
            body
        );
        // Names sort in sending order (microseconds, zero-padded).
        let micros = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_micros())
            .unwrap_or(0);
        let name = format!(
            "{micros:020}-{}.eml",
            crate::auth::random_hex(4).map_err(std::io::Error::other)?
        );
        let path = self.outbox.join(name);
        tokio::fs::create_dir_all(&self.outbox).await?;
        tokio::fs::write(&path, message).await?;
        tracing::info!(to, subject, path = %path.display(), "mail written to the outbox");
        Ok(path)
    }

    pub fn outbox(&self) -> &std::path::Path {
        &self.outbox
    }
}
