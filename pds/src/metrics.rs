//! Prometheus metrics, served at `GET /metrics` in the text exposition format.
//!
//! Recorded where the work happens: requests and their latency per XRPC method (a router layer), the
//! writer's group sizes and `COMMIT` times ([`WriterMetrics`], on the writer thread). Read when scraped:
//! the event log's head and the events appended per type since the server started, the firehose's
//! subscribers and how far behind each is, each relay's failed crawl requests in a row and when it last
//! accepted one, accounts, blobs and their bytes. Subscriber addresses are not
//! exposed here (only in the administrator's federation status).

use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::{Registry, Unit};

use crate::auth::Method;
use crate::crawl::Crawlers;
use crate::firehose::Firehose;
use crate::storage::{Storage, StorageError};

/// The label of requests to a path that is not one of this server's XRPC methods (proxied calls, unknown
/// methods, well-known routes): one series for all of them, so callers cannot grow the label set.
const OTHER: &str = "other";

/// The storage writer's measurements. Cheap to clone (the clones share their values).
#[derive(Clone, Debug)]
pub(crate) struct WriterMetrics {
    group_size: Histogram,
    commit_seconds: Histogram,
}

impl Default for WriterMetrics {
    fn default() -> Self {
        WriterMetrics {
            // 1, 2, 4, ... 256 (the largest group).
            group_size: Histogram::new(exponential_buckets(1.0, 2.0, 9)),
            // 50 µs to about 3 s.
            commit_seconds: Histogram::new(exponential_buckets(0.000_05, 2.0, 16)),
        }
    }
}

impl WriterMetrics {
    /// A group of `jobs` committed jobs, whose `COMMIT` took `elapsed`.
    pub(crate) fn committed(&self, jobs: usize, elapsed: Duration) {
        self.group_size.observe(jobs as f64);
        self.commit_seconds.observe(elapsed.as_secs_f64());
    }
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: &'static str,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct MethodLabels {
    method: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct KindLabels {
    kind: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct SubscriberLabels {
    subscriber: u64,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RelayLabels {
    relay: String,
}

type LatencyFamily = Family<MethodLabels, Histogram, fn() -> Histogram>;

/// Every metric of one server, and the registry they are encoded from.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: LatencyFamily,
    events: Family<KindLabels, Counter>,
    /// The last event counted into `events`.
    counted: Mutex<i64>,
    head: Gauge,
    subscribers: Gauge,
    lag: Family<SubscriberLabels, Gauge>,
    relay_failures: Family<RelayLabels, Gauge>,
    relay_accepted: Family<RelayLabels, Gauge>,
    accounts: Gauge,
    blobs: Gauge,
    blob_bytes: Gauge,
}

/// Why `/metrics` could not be produced.
#[derive(Debug, thiserror::Error)]
pub(crate) enum MetricsError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("encoding metrics: {0}")]
    Encode(#[from] std::fmt::Error),
}

impl Metrics {
    /// The metrics of a server over `storage`; events already in the log are not counted. Blocking (reads
    /// the log's head).
    pub(crate) fn new(storage: &Storage) -> Result<Self, StorageError> {
        let counted = storage.read_blocking(crate::storage::last_seq)?;
        let mut registry = Registry::with_prefix("pds");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "xrpc_requests",
            "XRPC requests answered, by method and HTTP status",
            requests.clone(),
        );
        let latency: LatencyFamily = Family::new_with_constructor(|| {
            // 0.5 ms to about 16 s.
            Histogram::new(exponential_buckets(0.000_5, 2.0, 16))
        });
        registry.register_with_unit(
            "xrpc_request_duration",
            "Time to answer an XRPC request (until the response head), by method",
            Unit::Seconds,
            latency.clone(),
        );
        let writer = storage.writer_metrics();
        registry.register(
            "storage_group_jobs",
            "Write jobs committed together by the writer (one transaction and fsync per group)",
            writer.group_size.clone(),
        );
        registry.register_with_unit(
            "storage_commit_duration",
            "Time of each group's COMMIT: writing the log and its fsync",
            Unit::Seconds,
            writer.commit_seconds.clone(),
        );
        let events = Family::<KindLabels, Counter>::default();
        registry.register(
            "events",
            "Firehose events appended to the log since the server started, by type (commit: repository commits)",
            events.clone(),
        );
        let head = Gauge::default();
        registry.register(
            "firehose_head_seq",
            "Sequence number of the newest event in the log",
            head.clone(),
        );
        let subscribers = Gauge::default();
        registry.register(
            "firehose_subscribers",
            "Open subscribeRepos connections",
            subscribers.clone(),
        );
        let lag = Family::<SubscriberLabels, Gauge>::default();
        registry.register(
            "firehose_subscriber_lag_events",
            "Events in the log after the last one sent to a subscriber, by connection number",
            lag.clone(),
        );
        let relay_failures = Family::<RelayLabels, Gauge>::default();
        registry.register(
            "crawl_relay_failures",
            "Failed requestCrawl requests to a relay since it last accepted one",
            relay_failures.clone(),
        );
        let relay_accepted = Family::<RelayLabels, Gauge>::default();
        registry.register(
            "crawl_relay_last_accepted_timestamp_seconds",
            "When a relay last accepted a requestCrawl (Unix time; absent: not yet)",
            relay_accepted.clone(),
        );
        let accounts = Gauge::default();
        registry.register("accounts", "Accounts hosted, any status", accounts.clone());
        let blobs = Gauge::default();
        registry.register(
            "blobs",
            "Blobs stored, temporary uploads included",
            blobs.clone(),
        );
        let blob_bytes = Gauge::default();
        registry.register_with_unit(
            "blob",
            "Size of the stored blobs",
            Unit::Bytes,
            blob_bytes.clone(),
        );
        Ok(Metrics {
            registry,
            requests,
            latency,
            events,
            counted: Mutex::new(counted),
            head,
            subscribers,
            lag,
            relay_failures,
            relay_accepted,
            accounts,
            blobs,
            blob_bytes,
        })
    }

    /// A request to `method` (see [`method_of`]) answered `status` after `elapsed`.
    fn request(&self, method: &'static str, status: StatusCode, elapsed: Duration) {
        self.requests
            .get_or_create(&RequestLabels {
                method,
                status: status.as_u16(),
            })
            .inc();
        self.latency
            .get_or_create(&MethodLabels { method })
            .observe(elapsed.as_secs_f64());
    }

    /// Reads what is measured when scraped, then encodes everything.
    pub(crate) async fn render(
        &self,
        storage: &Storage,
        crawlers: &Crawlers,
        firehose: &Firehose,
    ) -> Result<String, MetricsError> {
        let after = *lock(&self.counted);
        let (head, totals, kinds) = storage
            .read(move |conn| {
                let head = crate::storage::last_seq(conn)?;
                let totals = crate::storage::totals::totals(conn)?;
                let kinds = crate::storage::totals::events_by_kind(conn, after, head)?;
                Ok((head, totals, kinds))
            })
            .await?;
        {
            // Two scrapes at once: only the one that still sees `after` counts the events.
            let mut counted = lock(&self.counted);
            if *counted == after && head > after {
                for (kind, count) in kinds {
                    let kind = kind.trim_start_matches('#').to_owned();
                    self.events
                        .get_or_create(&KindLabels { kind })
                        .inc_by(count);
                }
                *counted = head;
            }
        }
        self.head.set(head);
        self.accounts.set(totals.accounts);
        self.blobs.set(totals.blobs);
        self.blob_bytes.set(totals.blob_bytes);
        let subscribers = firehose.subscribers().list();
        self.subscribers
            .set(i64::try_from(subscribers.len()).unwrap_or(i64::MAX));
        self.lag.clear();
        for subscriber in subscribers {
            self.lag
                .get_or_create(&SubscriberLabels {
                    subscriber: subscriber.id,
                })
                .set(head.saturating_sub(subscriber.last_seq).max(0));
        }
        for relay in crawlers.status() {
            let labels = RelayLabels { relay: relay.url };
            self.relay_failures
                .get_or_create(&labels)
                .set(i64::from(relay.failures));
            if let Some(at) = relay.last_accepted_at {
                self.relay_accepted
                    .get_or_create(&labels)
                    .set(at.timestamp_micros() / 1_000_000);
            }
        }
        let mut text = String::new();
        prometheus_client::encoding::text::encode(&mut text, &self.registry)?;
        Ok(text)
    }
}

fn lock(counted: &Mutex<i64>) -> std::sync::MutexGuard<'_, i64> {
    counted
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The router layer that counts and times every request.
pub(crate) async fn track(
    metrics: std::sync::Arc<Metrics>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let started = Instant::now();
    let method = method_of(request.uri().path());
    let response = next.run(request).await;
    metrics.request(method, response.status(), started.elapsed());
    response
}

/// The method label of a request path: the NSID of one of this server's XRPC methods, else [`OTHER`].
fn method_of(path: &str) -> &'static str {
    path.strip_prefix("/xrpc/")
        .and_then(Method::from_nsid)
        .map_or(OTHER, Method::nsid)
}

/// `GET /metrics`.
pub(crate) async fn serve(app: &crate::app::App, firehose: &Firehose) -> Response {
    let metrics = &app.metrics;
    match metrics.render(&app.storage, &app.crawlers, firehose).await {
        Ok(text) => {
            let mut response = text.into_response();
            response.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(
                    "application/openmetrics-text; version=1.0.0; charset=utf-8",
                ),
            );
            response
        }
        Err(error) => {
            tracing::error!(%error, "metrics failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "metrics failed\n").into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_servers_methods_get_their_own_label() {
        assert_eq!(
            method_of("/xrpc/com.atproto.repo.createRecord"),
            "com.atproto.repo.createRecord"
        );
        // Proxied or unknown methods, and anything else, share one series.
        for path in [
            "/xrpc/app.bsky.feed.getTimeline",
            "/xrpc/x.y.z",
            "/metrics",
            "/",
        ] {
            assert_eq!(method_of(path), OTHER, "{path}");
        }
    }
}
