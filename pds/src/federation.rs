//! `pds federation status|crawl`: asks a running server, as its administrator (Basic auth with the
//! configured admin password), for its federation status or to ask every relay to crawl it now, and prints
//! the answer for people (or as the endpoint's JSON).

use std::fmt::Write as _;
use std::time::Duration;

use lexgen::xrpc::{Endpoint, ErrorBody};
use lexicons::cv::atmos::server::{get_federation_status as status, request_relay_crawl};

use crate::config::Config;

/// Why a `pds federation` command failed.
#[derive(Debug, thiserror::Error)]
pub enum FederationError {
    #[error(
        "no admin password: set `admin_password` in the configuration or PDS_ADMIN_PASSWORD, as the server has it"
    )]
    NoAdminPassword,
    #[error("HTTP client: {0}")]
    Client(#[from] crate::plc::client::ClientError),
    #[error("cannot reach the server at {url}: {source}")]
    Unreachable { url: String, source: reqwest::Error },
    #[error("the server answered {status}: {error}{}", message.as_deref().map(|m| format!(": {m}")).unwrap_or_default())]
    Refused {
        status: u16,
        error: String,
        message: Option<String>,
    },
    #[error("unexpected answer from the server: {0}")]
    BadAnswer(String),
}

/// The URL a server started with `config` listens on, from this machine.
pub fn local_url(config: &Config) -> String {
    let host = match config.bind {
        ip if ip.is_unspecified() && ip.is_ipv4() => "127.0.0.1".to_owned(),
        ip if ip.is_unspecified() => "[::1]".to_owned(),
        std::net::IpAddr::V6(ip) => format!("[{ip}]"),
        std::net::IpAddr::V4(ip) => ip.to_string(),
    };
    format!("http://{host}:{}", config.port)
}

/// A client of one server's federation endpoints.
pub struct Client {
    http: reqwest::Client,
    url: String,
    password: String,
}

impl Client {
    /// For the server at `url`, with the admin password of `config`.
    pub fn new(config: &Config, url: &str) -> Result<Self, FederationError> {
        let password = config
            .admin_password
            .clone()
            .ok_or(FederationError::NoAdminPassword)?;
        Ok(Client {
            // Asking the relays waits for each (10 s at most).
            http: crate::plc::client::http_client(Duration::from_secs(30))?,
            url: url.trim_end_matches('/').to_owned(),
            password,
        })
    }

    /// `cv.atmos.server.getFederationStatus`.
    pub async fn status(&self) -> Result<status::Output, FederationError> {
        self.call::<status::GetFederationStatus>(reqwest::Method::GET)
            .await
    }

    /// `cv.atmos.server.requestRelayCrawl`.
    pub async fn crawl(&self) -> Result<request_relay_crawl::Output, FederationError> {
        self.call::<request_relay_crawl::RequestRelayCrawl>(reqwest::Method::POST)
            .await
    }

    async fn call<E>(&self, method: reqwest::Method) -> Result<E::Output, FederationError>
    where
        E: Endpoint,
        E::Output: serde::de::DeserializeOwned,
    {
        let url = format!("{}/xrpc/{}", self.url, E::NSID);
        let unreachable = |source| FederationError::Unreachable {
            url: self.url.clone(),
            source,
        };
        let response = self
            .http
            .request(method, &url)
            .basic_auth("admin", Some(&self.password))
            .send()
            .await
            .map_err(unreachable)?;
        let status = response.status();
        let body = response.bytes().await.map_err(unreachable)?;
        if !status.is_success() {
            let error: ErrorBody = serde_json::from_slice(&body).unwrap_or_else(|_| ErrorBody {
                error: "Unknown".into(),
                message: Some(String::from_utf8_lossy(&body).into_owned()),
            });
            return Err(FederationError::Refused {
                status: status.as_u16(),
                error: error.error,
                message: error.message,
            });
        }
        serde_json::from_slice(&body).map_err(|e| FederationError::BadAnswer(e.to_string()))
    }
}

/// The status for people: the head, then one line per relay and per subscriber.
pub fn format_status(status: &status::Output) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "head seq: {}", status.seq);
    out.push_str(&format_relays(&status.relays));
    let _ = writeln!(out, "subscribers: {}", status.subscribers.len());
    for subscriber in &status.subscribers {
        let _ = write!(
            out,
            "  #{} {} cursor={} sent={} behind={} since {}",
            subscriber.id,
            subscriber.remote_addr.as_deref().unwrap_or("-"),
            subscriber
                .cursor
                .map_or_else(|| "live".to_owned(), |c| c.to_string()),
            subscriber.last_seq,
            subscriber.behind,
            subscriber.connected_at,
        );
        if let Some(forwarded) = &subscriber.forwarded_for {
            let _ = write!(out, " forwarded-for={forwarded}");
        }
        out.push('\n');
    }
    out
}

/// One line per relay: its URL, the last request's time and answer, the last accepted one, failures in a
/// row, and when the next request is due.
pub fn format_relays(relays: &[status::Relay]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "relays: {}", relays.len());
    for relay in relays {
        let _ = write!(out, "  {}", relay.url);
        match (&relay.last_request_at, &relay.last_answer) {
            (Some(at), Some(answer)) => {
                let _ = write!(out, " last request {at}: {answer}");
            }
            _ => out.push_str(" not asked yet"),
        }
        if let Some(at) = &relay.last_accepted_at {
            let _ = write!(out, "; last accepted {at}");
        }
        if relay.failures > 0 {
            let _ = write!(out, "; {} failures in a row", relay.failures);
        }
        if let Some(at) = &relay.next_request_at {
            let _ = write!(out, "; next request {at}");
        }
        out.push('\n');
    }
    out
}
