//! `cv.atmos.server.*` (administrator only): how this server federates — the relays asked to crawl it and
//! their answers, the firehose's subscribers and their lag, the event log's head — and asking the relays
//! again now. `pds federation status|crawl` call these.

use lexgen::model::Uri;
use lexgen::xrpc::XrpcError;
use lexicons::cv::atmos::server::{Service, get_federation_status as status, request_relay_crawl};

use crate::app::AppState;
use crate::auth::Auth;
use crate::crawl::RelayStatus;
use crate::firehose::{Firehose, SubscriberInfo};
use crate::xrpc::internal;

/// This server's implementation of the `cv.atmos.server` service trait.
pub(super) struct FederationService {
    pub app: AppState,
    pub firehose: Firehose,
}

impl Service<Auth> for FederationService {
    async fn get_federation_status(
        &self,
        auth: Auth,
    ) -> Result<status::Output, XrpcError<status::Error>> {
        admin(&auth)?;
        let head = self
            .app
            .storage
            .read(crate::storage::last_seq)
            .await
            .map_err(internal)?;
        let subscribers = self.firehose.subscribers().list();
        Ok(status::Output {
            relays: relays(self.app.crawlers.status())?,
            seq: head,
            subscribers: subscribers
                .into_iter()
                .map(|subscriber| subscriber_view(subscriber, head))
                .collect(),
            extra: Default::default(),
        })
    }

    async fn request_relay_crawl(
        &self,
        auth: Auth,
    ) -> Result<request_relay_crawl::Output, XrpcError<request_relay_crawl::Error>> {
        admin(&auth)?;
        Ok(request_relay_crawl::Output {
            relays: relays(self.app.crawlers.crawl_now().await)?,
            extra: Default::default(),
        })
    }
}

/// The policy admits only the administrator; anything else reaching here is a server bug.
fn admin<E>(auth: &Auth) -> Result<(), XrpcError<E>> {
    match auth {
        Auth::Admin => Ok(()),
        _ => Err(internal(
            "a federation endpoint was reached without admin auth",
        )),
    }
}

fn relays<E>(relays: Vec<RelayStatus>) -> Result<Vec<status::Relay>, XrpcError<E>> {
    relays
        .into_iter()
        .map(|relay| {
            let (last_request_at, last_answer) = match relay.last_request {
                Some((at, answer)) => (Some(at), Some(answer)),
                None => (None, None),
            };
            Ok(status::Relay {
                failures: i64::from(relay.failures),
                last_accepted_at: relay.last_accepted_at,
                last_status: last_answer
                    .as_ref()
                    .and_then(|answer| answer.status())
                    .map(i64::from),
                last_answer: last_answer.map(|answer| bounded(answer.to_string())),
                last_request_at,
                next_request_at: relay.next_request_at,
                url: relay.url.parse::<Uri>().map_err(internal)?,
                extra: Default::default(),
            })
        })
        .collect()
}

fn subscriber_view(subscriber: SubscriberInfo, head: i64) -> status::Subscriber {
    status::Subscriber {
        behind: head.saturating_sub(subscriber.last_seq).max(0),
        connected_at: subscriber.connected_at,
        cursor: subscriber.cursor,
        forwarded_for: subscriber.peer.forwarded_for.map(bounded),
        id: i64::try_from(subscriber.id).unwrap_or(i64::MAX),
        last_seq: subscriber.last_seq,
        remote_addr: subscriber.peer.remote.map(|addr| addr.to_string()),
        extra: Default::default(),
    }
}

/// `text` cut to the lexicon's 1,000 bytes (at a character boundary).
fn bounded(mut text: String) -> String {
    const MAX: usize = 1000;
    if text.len() > MAX {
        let mut end = MAX;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text
}
