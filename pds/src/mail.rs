//! Outgoing mail (email confirmation, password reset, PLC and deletion tokens): through the configured SMTP
//! relay, or — the embedded default — into an outbox directory, one RFC 5322 file per message, that the
//! operator reads.

pub(crate) mod smtp;

use std::path::PathBuf;

/// Sends messages.
#[derive(Clone, Debug)]
pub struct Mailer {
    outbox: PathBuf,
    from: String,
    relay: Option<smtp::Relay>,
    helo: String,
}

impl Mailer {
    /// Writes to `outbox`.
    pub(crate) fn new(outbox: PathBuf, from: String) -> Mailer {
        Mailer {
            outbox,
            from,
            relay: None,
            helo: "localhost".into(),
        }
    }

    /// Sends through `relay` instead, greeting it as `helo` (our hostname).
    pub(crate) fn with_relay(mut self, relay: smtp::Relay, helo: String) -> Mailer {
        self.relay = Some(relay);
        self.helo = helo;
        self
    }

    /// Sends a plain-text message to `to`; returns the outbox file (empty when sent through the relay).
    pub(crate) async fn send(
        &self,
        to: &str,
        subject: &str,
        body: &str,
    ) -> std::io::Result<PathBuf> {
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
        if let Some(relay) = self.relay.clone() {
            let (helo, from, to_owned) = (self.helo.clone(), self.from.clone(), to.to_owned());
            tokio::task::spawn_blocking(move || relay.send(&helo, &from, &to_owned, &message))
                .await
                .map_err(std::io::Error::other)?
                .map_err(std::io::Error::other)?;
            tracing::info!(to, subject, "mail sent through the SMTP relay");
            return Ok(PathBuf::new());
        }
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
