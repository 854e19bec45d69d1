//! Telling relays this server exists: `com.atproto.sync.requestCrawl {hostname}` to every configured relay
//! (`crawlers`, `PDS_CRAWLERS`) on start and when new events appear, at most once per interval per relay (the
//! reference: 20 minutes), and after a failure again with a doubling wait. One background task per relay,
//! woken through the storage writer's commit signal: no write ever waits on a relay.
//!
//! Unlike the reference, events that arrive within the interval are not dropped: the relay is asked once the
//! interval is over.

mod relay;

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

pub(crate) use relay::RelayStatus;

use crate::config::Config;
use crate::storage::Storage;
use relay::Relay;

/// How long one request may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// The relays of a server, and what each last answered. Cheap to clone.
#[derive(Clone)]
pub struct Crawlers {
    inner: Arc<Inner>,
}

struct Inner {
    /// What relays are told to crawl: the host (and port, if any) of the public URL.
    hostname: String,
    interval: Duration,
    retry: Duration,
    http: reqwest::Client,
    relays: Vec<Relay>,
}

impl Crawlers {
    /// The configured relays (none asked yet: see [`Crawlers::start`]). `public_url` is the server's.
    pub(crate) fn new(config: &Config, public_url: &str, http: reqwest::Client) -> Self {
        let relays = config
            .crawlers
            .iter()
            // Checked when the configuration was loaded.
            .filter_map(|crawler| relay_url(crawler).ok())
            .map(Relay::new)
            .collect();
        Crawlers {
            inner: Arc::new(Inner {
                hostname: hostname_of(public_url),
                interval: Duration::from_millis(config.crawl_interval_ms),
                retry: Duration::from_millis(config.crawl_retry_ms),
                http,
                relays,
            }),
        }
    }

    /// Starts asking: one task per relay (on the current tokio runtime), each asking now and then whenever
    /// the event log has grown. Call once; the tasks stop when the returned value is dropped.
    pub(crate) fn start(&self, storage: Storage) -> Crawling {
        let mut tasks = Vec::new();
        if !self.inner.relays.is_empty() {
            let (head, heads) = watch::channel(0);
            let look_every = self.inner.interval.min(HEAD_POLL_MAX);
            for index in 0..self.inner.relays.len() {
                tasks.push(tokio::spawn(relay::run(
                    self.inner.clone(),
                    index,
                    storage.clone(),
                    heads.clone(),
                )));
            }
            tasks.push(tokio::spawn(watch_head(storage, head, look_every)));
        }
        Crawling(tasks)
    }

    /// Every relay's state, in configuration order.
    pub(crate) fn status(&self) -> Vec<RelayStatus> {
        self.inner.relays.iter().map(Relay::status).collect()
    }

    /// Asks every relay now, whatever the interval, and returns once each has answered (or timed out).
    /// Only a started [`Crawlers`] asks; otherwise this waits out the request timeout.
    pub(crate) async fn crawl_now(&self) -> Vec<RelayStatus> {
        let waits: Vec<_> = self
            .inner
            .relays
            .iter()
            .map(|relay| {
                let mut done = relay.ask_now();
                async move {
                    let wait = REQUEST_TIMEOUT + Duration::from_secs(1);
                    let _ = tokio::time::timeout(wait, done.changed()).await;
                }
            })
            .collect();
        futures_util::future::join_all(waits).await;
        self.status()
    }
}

/// The running crawl tasks; dropping this stops them.
pub(crate) struct Crawling(Vec<tokio::task::JoinHandle<()>>);

impl Drop for Crawling {
    fn drop(&mut self) {
        self.0.iter().for_each(tokio::task::JoinHandle::abort);
    }
}

/// The longest a new event waits before the relays' tasks learn of it: they ask at most once per interval
/// anyway, so looking once per commit group would only cost reads under heavy writing.
const HEAD_POLL_MAX: Duration = Duration::from_secs(1);

/// Publishes the head of the event log when a committed write group moved it, looking at most once per
/// `look_every`.
async fn watch_head(storage: Storage, head: watch::Sender<i64>, look_every: Duration) {
    let mut commits = storage.subscribe_commits();
    loop {
        match storage.read(crate::storage::last_seq).await {
            Ok(seq) => {
                head.send_if_modified(|known| {
                    let moved = seq > *known;
                    *known = seq.max(*known);
                    moved
                });
            }
            Err(error) => tracing::warn!(%error, "crawl: reading the event log head failed"),
        }
        tokio::time::sleep(look_every).await;
        if commits.changed().await.is_err() || head.is_closed() {
            return;
        }
    }
}

/// A relay's base URL from a `crawlers` entry: an `http(s)://` URL, or a bare host (`https://` implied).
pub(crate) fn relay_url(text: &str) -> Result<String, String> {
    let text = text.trim();
    let (scheme, rest) = text.split_once("://").unwrap_or(("https", text));
    if !matches!(scheme, "http" | "https") {
        return Err(format!("crawler {text:?} must be an http(s) URL or a host"));
    }
    let host = rest.trim_end_matches('/');
    if host.is_empty() || host.ends_with(':') || host.contains(['/', '?', '#', ' ', '@']) {
        return Err(format!(
            "crawler {text:?} must be a relay's base URL or host, without a path"
        ));
    }
    Ok(format!("{scheme}://{host}"))
}

/// The host (and port, if any) of a URL: what `requestCrawl` names.
fn hostname_of(public_url: &str) -> String {
    let rest = public_url
        .split_once("://")
        .map_or(public_url, |(_, rest)| rest);
    rest.split(['/', '?', '#'])
        .next()
        .unwrap_or(rest)
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relay_urls_and_the_hostname_sent() {
        assert_eq!(relay_url("bsky.network").unwrap(), "https://bsky.network");
        assert_eq!(
            relay_url(" https://bsky.network/ ").unwrap(),
            "https://bsky.network"
        );
        assert_eq!(
            relay_url("http://127.0.0.1:2470").unwrap(),
            "http://127.0.0.1:2470"
        );
        for bad in [
            "",
            "ftp://relay",
            "https://",
            "https://relay/xrpc",
            "relay host",
        ] {
            assert!(relay_url(bad).is_err(), "{bad:?}");
        }
        assert_eq!(hostname_of("https://pds.example.com"), "pds.example.com");
        assert_eq!(hostname_of("http://localhost:2583"), "localhost:2583");
        assert_eq!(hostname_of("https://pds.example.com/"), "pds.example.com");
    }
}
