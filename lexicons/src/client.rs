//! A typed XRPC client over reqwest (feature `client`): `client.call::<E>(&params, &input)` for any
//! generated endpoint marker `E`, with a password session that refreshes itself (`session.rs`) and
//! retries with backoff on 429/5xx (`retry.rs`). CARs and blobs can go either way as byte streams
//! (`stream.rs`: `upload`, `download`), so their size never has to fit in memory; with feature
//! `subscribe`, event streams yield typed messages (`subscribe.rs`).

mod retry;
mod session;
mod stream;
#[cfg(feature = "subscribe")]
mod subscribe;

pub use retry::RetryPolicy;
pub use session::Session;
pub use stream::{ByteStream, StreamError, is_expired_token};
#[cfg(feature = "subscribe")]
pub use subscribe::{Subscription, SubscriptionError};

use std::sync::{Arc, Mutex};

use lexgen::xrpc::{Body, Endpoint, ErrorBody, Kind, Params, XrpcError};

/// An XRPC client for one service (a PDS, an AppView): a bearer token or a password session, and a retry
/// policy. Clones share the session.
#[derive(Clone, Debug)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    token: Option<String>,
    session: Arc<Mutex<Option<Session>>>,
    retry: RetryPolicy,
}

/// How long [`Client::new`]'s client waits for a connection.
pub const CONNECT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
/// How long [`Client::new`]'s client waits for the next bytes of an answer.
pub const READ_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// One answer, before it is decoded.
struct Reply {
    status: u16,
    headers: reqwest::header::HeaderMap,
    bytes: Vec<u8>,
}

impl Client {
    /// A client for the service at `base` (`https://pds.example.com`), over rustls with the ring provider,
    /// with [`CONNECT_TIMEOUT`] and [`READ_TIMEOUT`] (no overall timeout: a repository or a blob may take
    /// long to stream, but never stalls for longer than the read timeout).
    pub fn new(base: impl Into<String>) -> Client {
        // reqwest is built without a default TLS provider; installing one twice is harmless.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .read_timeout(READ_TIMEOUT)
            .build()
            .unwrap_or_default();
        Client::with_http(http, base)
    }

    /// A client sharing an existing reqwest client.
    pub fn with_http(http: reqwest::Client, base: impl Into<String>) -> Client {
        Client {
            http,
            base: base.into().trim_end_matches('/').to_owned(),
            token: None,
            session: Arc::new(Mutex::new(None)),
            retry: RetryPolicy::default(),
        }
    }

    /// The service's base URL.
    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// Sends `Authorization: Bearer <token>` from now on (when there is no password session).
    pub fn set_token(&mut self, token: Option<String>) {
        self.token = token;
    }

    /// Replaces the retry policy ([`RetryPolicy::none`] to never retry).
    pub fn set_retry(&mut self, retry: RetryPolicy) {
        self.retry = retry;
    }

    /// Calls endpoint `E`; errors come back typed (`XrpcError::Endpoint` for its named errors). With a
    /// password session, an `ExpiredToken` answer refreshes the session once and sends the call again;
    /// 429 and 5xx answers are retried as the [`RetryPolicy`] says.
    pub async fn call<E: Endpoint>(
        &self,
        params: &E::Params,
        input: &E::Input,
    ) -> Result<E::Output, XrpcError<E::Error>> {
        let response = self.exchange::<E>(params, input).await?;
        decode::<E>(response).await
    }

    /// Sends `E` until it succeeds or may not be tried again (refreshing the session once on
    /// `ExpiredToken`, retrying as the policy says); gives the successful response with its body unread.
    async fn exchange<E: Endpoint>(
        &self,
        params: &E::Params,
        input: &E::Input,
    ) -> Result<reqwest::Response, XrpcError<E::Error>> {
        let idempotent = matches!(E::KIND, Kind::Query);
        let mut refreshed = false;
        let mut attempt = 1;
        loop {
            let token = self.access_token();
            let body = input
                .encode()
                .map(|(bytes, content_type)| (reqwest::Body::from(bytes), content_type));
            let sent = match self.send::<E>(params, body, token.as_deref()).await {
                Ok(response) if response.status().is_success() => return Ok(response),
                Ok(response) => Reply::read(response).await,
                Err(e) => Err(e),
            };
            let reply = match sent {
                Ok(reply) => reply,
                Err(e) => {
                    let empty = reqwest::header::HeaderMap::new();
                    if idempotent && let Some(wait) = self.retry.delay(attempt, &empty) {
                        tokio::time::sleep(wait).await;
                        attempt += 1;
                        continue;
                    }
                    return Err(XrpcError::Internal(format!("request failed: {e}")));
                }
            };
            let body = error_body(&reply.bytes);
            if reply.status == 400 && body.error == "ExpiredToken" && !refreshed {
                refreshed = true;
                if self.refresh().await {
                    continue;
                }
            }
            if RetryPolicy::retryable(reply.status, idempotent)
                && let Some(wait) = self.retry.delay(attempt, &reply.headers)
            {
                tokio::time::sleep(wait).await;
                attempt += 1;
                continue;
            }
            return Err(XrpcError::from_response(reply.status, body));
        }
    }

    /// One attempt with `token` (or none), no refresh and no retry: logging in and refreshing.
    async fn call_once<E: Endpoint>(
        &self,
        params: &E::Params,
        input: &E::Input,
        token: Option<&str>,
    ) -> Result<E::Output, XrpcError<E::Error>> {
        let body = input
            .encode()
            .map(|(bytes, content_type)| (reqwest::Body::from(bytes), content_type));
        let response = self
            .send::<E>(params, body, token)
            .await
            .map_err(|e| XrpcError::Internal(format!("request failed: {e}")))?;
        let response = checked::<E>(response).await?;
        decode::<E>(response).await
    }

    /// Sends one attempt of a call, with `body` and its content type if any.
    async fn send<E: Endpoint>(
        &self,
        params: &E::Params,
        body: Option<(reqwest::Body, String)>,
        token: Option<&str>,
    ) -> Result<reqwest::Response, reqwest::Error> {
        let url = format!("{}/xrpc/{}", self.base, E::NSID);
        let mut request = match E::KIND {
            Kind::Query => self.http.get(&url),
            Kind::Procedure => self.http.post(&url),
        };
        let pairs = params.to_pairs();
        if !pairs.is_empty() {
            request = request.query(&pairs);
        }
        if let Some((body, content_type)) = body {
            request = request
                .header(reqwest::header::CONTENT_TYPE, content_type)
                .body(body);
        }
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await
    }
}

impl Reply {
    /// Reads a whole answer.
    async fn read(response: reqwest::Response) -> Result<Reply, reqwest::Error> {
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?.to_vec();
        Ok(Reply {
            status,
            headers,
            bytes,
        })
    }
}

/// The response if it is a success, else its typed error.
async fn checked<E: Endpoint>(
    response: reqwest::Response,
) -> Result<reqwest::Response, XrpcError<E::Error>> {
    if response.status().is_success() {
        return Ok(response);
    }
    let reply = Reply::read(response)
        .await
        .map_err(|e| XrpcError::Internal(format!("request failed: {e}")))?;
    Err(XrpcError::from_response(
        reply.status,
        error_body(&reply.bytes),
    ))
}

/// Reads and decodes a successful response's body.
async fn decode<E: Endpoint>(
    response: reqwest::Response,
) -> Result<E::Output, XrpcError<E::Error>> {
    let content_type = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let bytes = response
        .bytes()
        .await
        .map_err(|e| XrpcError::Internal(format!("request failed: {e}")))?;
    let body = (!bytes.is_empty()).then_some(&bytes[..]);
    E::Output::decode(body, content_type.as_deref())
        .map_err(|e| XrpcError::Internal(format!("bad response: {e}")))
}

/// An error answer's body; one that is not the XRPC shape is kept as the message.
fn error_body(bytes: &[u8]) -> ErrorBody {
    serde_json::from_slice(bytes).unwrap_or_else(|_| ErrorBody {
        error: "Unknown".to_owned(),
        message: Some(String::from_utf8_lossy(bytes).into_owned()),
    })
}
