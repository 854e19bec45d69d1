//! One relay: its state as operators see it, its request, and the task that decides when to ask (on start,
//! after the log grows but not within the interval of the last request, sooner after a failure, or now when
//! an administrator says so).

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use lexgen::model::Datetime;
use lexgen::xrpc::{Endpoint, ErrorBody};
use lexicons::com::atproto::sync::request_crawl;
use tokio::sync::{Notify, watch};
use tokio::time::Instant;

use super::{Inner, REQUEST_TIMEOUT};
use crate::storage::Storage;

/// How a relay answered a crawl request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Answer {
    /// A 2xx status.
    Accepted { status: u16 },
    /// Another status, with the XRPC error name and message when the body had them.
    Refused {
        status: u16,
        error: Option<String>,
        message: Option<String>,
    },
    /// No answer: the connection failed or the request timed out.
    Unreachable { reason: String },
}

impl Answer {
    pub(crate) fn is_accepted(&self) -> bool {
        matches!(self, Answer::Accepted { .. })
    }

    /// The HTTP status, when an answer came.
    pub(crate) fn status(&self) -> Option<u16> {
        match self {
            Answer::Accepted { status } | Answer::Refused { status, .. } => Some(*status),
            Answer::Unreachable { .. } => None,
        }
    }
}

impl std::fmt::Display for Answer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Answer::Accepted { status } => write!(f, "accepted ({status})"),
            Answer::Refused {
                status,
                error,
                message,
            } => {
                write!(f, "refused ({status}")?;
                if let Some(error) = error {
                    write!(f, " {error}")?;
                }
                f.write_str(")")?;
                match message {
                    Some(message) if !message.is_empty() => write!(f, ": {message}"),
                    _ => Ok(()),
                }
            }
            Answer::Unreachable { reason } => write!(f, "no answer: {reason}"),
        }
    }
}

/// A relay's state, as operators see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RelayStatus {
    /// Its base URL.
    pub url: String,
    /// When the last request was sent, and its answer.
    pub last_request: Option<(Datetime, Answer)>,
    /// When the relay last accepted a request.
    pub last_accepted_at: Option<Datetime>,
    /// Failed requests since the last accepted one.
    pub failures: u32,
    /// When the next request is due, if one is.
    pub next_request_at: Option<Datetime>,
}

pub(super) struct Relay {
    url: String,
    state: Mutex<RelayStatus>,
    /// An administrator asked for a request now.
    now: Notify,
    /// Counts finished requests (for whoever waits on one asked for now).
    attempts: watch::Sender<u64>,
}

impl Relay {
    pub(super) fn new(url: String) -> Self {
        Relay {
            state: Mutex::new(RelayStatus {
                url: url.clone(),
                last_request: None,
                last_accepted_at: None,
                failures: 0,
                next_request_at: None,
            }),
            url,
            now: Notify::new(),
            attempts: watch::Sender::new(0),
        }
    }

    pub(super) fn status(&self) -> RelayStatus {
        self.lock().clone()
    }

    /// Wakes the relay's task for a request now; the receiver changes once a request has finished.
    pub(super) fn ask_now(&self) -> watch::Receiver<u64> {
        let done = self.attempts.subscribe();
        self.now.notify_one();
        done
    }

    fn lock(&self) -> MutexGuard<'_, RelayStatus> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn set_next(&self, due: Option<Instant>) {
        let next = due.map(|due| {
            let wait = due.saturating_duration_since(Instant::now());
            let wait = i64::try_from(wait.as_micros()).unwrap_or(i64::MAX);
            Datetime::from_timestamp_micros(Datetime::now().timestamp_micros().saturating_add(wait))
        });
        self.lock().next_request_at = next;
    }

    /// Records a request's answer; returns the failures in a row since the last accepted one.
    fn record(&self, sent_at: Datetime, answer: Answer) -> u32 {
        let failures = {
            let mut state = self.lock();
            if answer.is_accepted() {
                state.failures = 0;
                state.last_accepted_at = Some(sent_at.clone());
            } else {
                state.failures = state.failures.saturating_add(1);
            }
            state.last_request = Some((sent_at, answer));
            state.failures
        };
        self.attempts
            .send_modify(|count| *count = count.wrapping_add(1));
        failures
    }
}

/// The task of relay `index`: asks on start, then whenever `heads` (the event log's head) moves past what
/// the last request covered (not within the interval of the last request), retrying failures with a
/// doubling wait, and whenever an administrator asks.
pub(super) async fn run(
    inner: Arc<Inner>,
    index: usize,
    storage: Storage,
    mut heads: watch::Receiver<i64>,
) {
    let Some(relay) = inner.relays.get(index) else {
        return;
    };
    let mut due = Some(Instant::now());
    let mut last_sent: Option<Instant> = None;
    // The head when the last request was sent: the relay crawls at least that far.
    let mut covered = 0;
    loop {
        relay.set_next(due);
        tokio::select! {
            () = relay.now.notified() => due = Some(Instant::now()),
            changed = heads.changed() => {
                if changed.is_err() {
                    return; // the server is gone
                }
                let head = *heads.borrow_and_update();
                if due.is_none() && head > covered {
                    let now = Instant::now();
                    due = Some(last_sent.map_or(now, |at| (at + inner.interval).max(now)));
                }
            }
            () = tokio::time::sleep_until(due.unwrap_or_else(Instant::now)), if due.is_some() => {
                match storage.read(crate::storage::last_seq).await {
                    Ok(head) => covered = covered.max(head),
                    Err(error) => tracing::warn!(%error, "crawl: reading the event log head failed"),
                }
                last_sent = Some(Instant::now());
                let sent_at = Datetime::now();
                let answer = request(&inner, &relay.url).await;
                let accepted = answer.is_accepted();
                if !accepted {
                    tracing::warn!(relay = %relay.url, %answer, "crawl request failed");
                }
                let failures = relay.record(sent_at, answer);
                due = match accepted {
                    true => None,
                    false => Some(Instant::now() + backoff(inner.retry, inner.interval, failures)),
                };
            }
        }
    }
}

/// The wait after `failures` failures in a row: `retry`, doubled each time, at most `interval`.
fn backoff(retry: Duration, interval: Duration, failures: u32) -> Duration {
    let doublings = failures.saturating_sub(1).min(30);
    retry
        .saturating_mul(1 << doublings)
        .min(interval.max(retry))
}

/// Sends `requestCrawl {hostname}` to the relay at `url`.
async fn request(inner: &Inner, url: &str) -> Answer {
    let input = request_crawl::Input {
        hostname: inner.hostname.clone(),
        extra: Default::default(),
    };
    let body = match serde_json::to_vec(&input) {
        Ok(body) => body,
        Err(e) => {
            return Answer::Unreachable {
                reason: format!("encoding the request: {e}"),
            };
        }
    };
    let sent = inner
        .http
        .post(format!("{url}/xrpc/{}", request_crawl::RequestCrawl::NSID))
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .body(body)
        .timeout(REQUEST_TIMEOUT)
        .send()
        .await;
    let response = match sent {
        Ok(response) => response,
        Err(e) => {
            return Answer::Unreachable {
                reason: error_chain(&e),
            };
        }
    };
    let status = response.status().as_u16();
    if response.status().is_success() {
        return Answer::Accepted { status };
    }
    let body = response.bytes().await.unwrap_or_default();
    let parsed: Option<ErrorBody> = serde_json::from_slice(&body).ok();
    Answer::Refused {
        status,
        error: parsed.as_ref().map(|b| b.error.clone()),
        message: parsed.and_then(|b| b.message),
    }
}

/// An error and its causes, `: `-separated (reqwest's own message names only the URL).
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_interval() {
        let (retry, interval) = (Duration::from_secs(30), Duration::from_secs(20 * 60));
        let waits: Vec<u64> = (1..=8)
            .map(|n| backoff(retry, interval, n).as_secs())
            .collect();
        assert_eq!(waits, [30, 60, 120, 240, 480, 960, 1200, 1200]);
        assert_eq!(backoff(retry, interval, u32::MAX), interval);
    }

    #[test]
    fn answers_read_as_operators_see_them() {
        let refused = Answer::Refused {
            status: 400,
            error: Some("HostBanned".into()),
            message: Some("no".into()),
        };
        assert_eq!(refused.to_string(), "refused (400 HostBanned): no");
        assert_eq!(refused.status(), Some(400));
        assert_eq!(
            Answer::Accepted { status: 200 }.to_string(),
            "accepted (200)"
        );
        let unreachable = Answer::Unreachable {
            reason: "connection refused".into(),
        };
        assert_eq!(unreachable.status(), None);
        assert!(!unreachable.is_accepted());
    }
}
