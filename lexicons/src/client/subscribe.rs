//! Subscriptions (feature `subscribe`): `client.subscribe::<M>(nsid, &params)` opens the event stream of a
//! generated subscription (`ws://` or `wss://` on the client's base URL) and yields its messages typed
//! (`com::atproto::sync::subscribe_repos::Message` for the firehose): each binary frame is decoded by
//! `lexgen::xrpc::decode_frame` into the subscription's union, an error frame ends the stream with the
//! server's error.

use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use lexgen::typed::Typed;
use lexgen::xrpc::{ErrorBody, Frame, FrameError, Params, decode_frame};
use tokio_tungstenite::tungstenite::Message as WsMessage;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use super::Client;

/// An open subscription: a stream of its typed messages.
pub struct Subscription<M> {
    socket: WebSocketStream<MaybeTlsStream<tokio::net::TcpStream>>,
    nsid: &'static str,
    ended: bool,
    message: PhantomData<fn() -> M>,
}

/// Why a subscription could not be opened or stopped.
#[derive(Debug)]
pub enum SubscriptionError {
    /// The URL could not be built from the base URL and parameters.
    Url(String),
    /// The connection or the WebSocket failed.
    Socket(tokio_tungstenite::tungstenite::Error),
    /// A frame was not a valid message of the subscription.
    Frame(FrameError),
    /// The server sent an error frame (`FutureCursor`, `ConsumerTooSlow`, ...); the stream ends.
    Server(ErrorBody),
}

impl std::fmt::Display for SubscriptionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SubscriptionError::Url(e) => write!(f, "bad subscription URL: {e}"),
            SubscriptionError::Socket(e) => write!(f, "subscription socket: {e}"),
            SubscriptionError::Frame(e) => write!(f, "subscription frame: {e}"),
            SubscriptionError::Server(body) => match &body.message {
                Some(message) => write!(f, "{}: {message}", body.error),
                None => write!(f, "{}", body.error),
            },
        }
    }
}

impl std::error::Error for SubscriptionError {}

impl Client {
    /// Opens the subscription `nsid` (a generated module's `NSID`) with its `params`; messages are read
    /// as `M` (that module's `Message`).
    pub async fn subscribe<M: Typed>(
        &self,
        nsid: &'static str,
        params: &impl Params,
    ) -> Result<Subscription<M>, SubscriptionError> {
        let base = if let Some(rest) = self.base.strip_prefix("https://") {
            format!("wss://{rest}")
        } else if let Some(rest) = self.base.strip_prefix("http://") {
            format!("ws://{rest}")
        } else {
            self.base.clone()
        };
        let url = reqwest::Url::parse_with_params(
            &format!("{base}/xrpc/{nsid}"),
            params.to_pairs().iter().map(|(k, v)| (*k, v.as_str())),
        )
        .map_err(|e| SubscriptionError::Url(e.to_string()))?;
        let (socket, _) = tokio_tungstenite::connect_async(url.as_str())
            .await
            .map_err(SubscriptionError::Socket)?;
        Ok(Subscription {
            socket,
            nsid,
            ended: false,
            message: PhantomData,
        })
    }
}

impl<M: Typed> Stream for Subscription<M> {
    type Item = Result<M, SubscriptionError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            if self.ended {
                return Poll::Ready(None);
            }
            let next = match Pin::new(&mut self.socket).poll_next(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(next) => next,
            };
            let bytes = match next {
                None | Some(Ok(WsMessage::Close(_))) => {
                    self.ended = true;
                    return Poll::Ready(None);
                }
                Some(Err(e)) => {
                    self.ended = true;
                    return Poll::Ready(Some(Err(SubscriptionError::Socket(e))));
                }
                Some(Ok(WsMessage::Binary(bytes))) => bytes,
                // Pings are answered by the socket; text frames are not part of the protocol.
                Some(Ok(_)) => continue,
            };
            return Poll::Ready(Some(match decode_frame::<M>(&bytes, self.nsid) {
                Ok(Frame::Message(message)) => Ok(message),
                Ok(Frame::Error(body)) => {
                    self.ended = true;
                    Err(SubscriptionError::Server(body))
                }
                Err(e) => Err(SubscriptionError::Frame(e)),
            }));
        }
    }
}
