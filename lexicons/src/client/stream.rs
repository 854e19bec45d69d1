//! Streamed bodies for the endpoints whose body is bytes (`Binary`: CARs, blobs): `upload` sends a request
//! body as its chunks arrive (`importRepo`, `uploadBlob`), `download` gives a response body as a stream of
//! chunks (`getRepo`, `getBlob`). Neither holds the whole body, so a repository or a blob of any size
//! passes through in constant memory.

use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_core::Stream;
use lexgen::xrpc::{Binary, Endpoint, EndpointError, XrpcError};

use super::{Client, checked, decode};

/// A response body, chunk by chunk, as the network delivers it.
pub struct ByteStream {
    content_type: Option<String>,
    content_length: Option<u64>,
    chunks: Pin<Box<dyn Stream<Item = Result<Bytes, StreamError>> + Send>>,
}

/// A streamed body broke off (connection lost, timeout, the other side's stream failed).
#[derive(Debug)]
pub struct StreamError(reqwest::Error);

impl std::fmt::Display for StreamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "body stream failed: {}", self.0)
    }
}

impl std::error::Error for StreamError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

impl ByteStream {
    /// The body's declared content type.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// The body's declared length, if the server sent one.
    pub fn content_length(&self) -> Option<u64> {
        self.content_length
    }
}

impl std::fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ByteStream")
            .field("content_type", &self.content_type)
            .field("content_length", &self.content_length)
            .finish_non_exhaustive()
    }
}

impl Stream for ByteStream {
    type Item = Result<Bytes, StreamError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.chunks.as_mut().poll_next(cx)
    }
}

impl Client {
    /// Calls `E` with a request body of `content_type` read from `body` while it is sent. The body can be
    /// read only once, so the call is made once: no retry. An `ExpiredToken` answer refreshes the
    /// password session before the error is returned ([`is_expired_token`]), so calling again with a
    /// new stream goes through.
    pub async fn upload<E, S, C, X>(
        &self,
        params: &E::Params,
        content_type: &str,
        body: S,
    ) -> Result<E::Output, XrpcError<E::Error>>
    where
        E: Endpoint<Input = Binary>,
        S: Stream<Item = Result<C, X>> + Send + 'static,
        C: Into<Bytes> + 'static,
        X: Into<Box<dyn std::error::Error + Send + Sync>> + 'static,
    {
        let body = reqwest::Body::wrap_stream(IntoBytes(Box::pin(body)));
        let token = self.access_token();
        let response = self
            .send::<E>(
                params,
                Some((body, content_type.to_owned())),
                token.as_deref(),
            )
            .await
            .map_err(|e| XrpcError::Internal(format!("request failed: {e}")))?;
        let response = match checked::<E>(response).await {
            Ok(response) => response,
            Err(e) => {
                if is_expired_token(&e) {
                    self.refresh().await;
                }
                return Err(e);
            }
        };
        decode::<E>(response).await
    }

    /// Calls `E` (refreshing and retrying as [`Client::call`] does until the answer's status is known)
    /// and gives its response body as a stream of chunks.
    pub async fn download<E>(
        &self,
        params: &E::Params,
        input: &E::Input,
    ) -> Result<ByteStream, XrpcError<E::Error>>
    where
        E: Endpoint<Output = Binary>,
    {
        let response = self.exchange::<E>(params, input).await?;
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let content_length = response.content_length();
        Ok(ByteStream {
            content_type,
            content_length,
            chunks: Box::pin(Chunks(Box::pin(response.bytes_stream()))),
        })
    }
}

/// Whether a call failed because the session's access token expired (an upload's caller then calls
/// again with a new stream: the session was refreshed).
pub fn is_expired_token<E: EndpointError>(error: &XrpcError<E>) -> bool {
    match error {
        XrpcError::Other {
            status: 400, name, ..
        } => name == "ExpiredToken",
        XrpcError::Endpoint { error, .. } => error.name() == "ExpiredToken",
        _ => false,
    }
}

/// A caller's stream with its chunks as [`Bytes`], the shape reqwest sends.
struct IntoBytes<S>(Pin<Box<S>>);

impl<S, C, X> Stream for IntoBytes<S>
where
    S: Stream<Item = Result<C, X>>,
    C: Into<Bytes>,
{
    type Item = Result<Bytes, X>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.0
            .as_mut()
            .poll_next(cx)
            .map(|item| item.map(|chunk| chunk.map(Into::into)))
    }
}

/// reqwest's chunks with our error type.
struct Chunks<S>(Pin<Box<S>>);

impl<S> Stream for Chunks<S>
where
    S: Stream<Item = Result<Bytes, reqwest::Error>>,
{
    type Item = Result<Bytes, StreamError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.0
            .as_mut()
            .poll_next(cx)
            .map(|item| item.map(|chunk| chunk.map_err(StreamError)))
    }
}

#[cfg(test)]
mod tests {
    use lexgen::xrpc::{ErrorBody, NoError, XrpcError};

    use super::is_expired_token;

    fn answer(status: u16, error: &str) -> XrpcError<NoError> {
        XrpcError::from_response(
            status,
            ErrorBody {
                error: error.to_owned(),
                message: None,
            },
        )
    }

    #[test]
    fn an_expired_token_is_told_from_other_refusals() {
        assert!(is_expired_token(&answer(400, "ExpiredToken")));
        assert!(!is_expired_token(&answer(400, "InvalidToken")));
        assert!(!is_expired_token(&answer(401, "ExpiredToken")));
        assert!(!is_expired_token(&answer(400, "InvalidRequest")));
    }
}
