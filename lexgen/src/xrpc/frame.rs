//! Event-stream frames: a DAG-CBOR header `{op, t}` followed by a DAG-CBOR payload.

use crate::model::drisl;
use crate::model::{Map, Value};
use crate::typed::{Path, Typed, TypedError};

use super::ErrorBody;

/// One decoded frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Frame<M> {
    /// `op: 1`: a message of the stream's union.
    Message(M),
    /// `op: -1`: an error, after which the stream ends.
    Error(ErrorBody),
}

/// Why a frame could not be read or written.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FrameError {
    /// Header or payload is not strict DAG-CBOR.
    #[error("frame is not DAG-CBOR: {0}")]
    Cbor(String),
    /// The header is not `{op, t}` with a known `op`.
    #[error("bad frame header: {0}")]
    Header(String),
    /// The payload does not match its message type.
    #[error("bad frame payload: {0}")]
    Payload(#[from] TypedError),
}

/// Reads a frame of the subscription `nsid`; the header's `t` (`#commit`) names the member.
pub fn decode_frame<M: Typed>(bytes: &[u8], nsid: &str) -> Result<Frame<M>, FrameError> {
    let (header, rest) =
        drisl::decode_prefix(bytes).map_err(|e| FrameError::Cbor(e.to_string()))?;
    let payload = drisl::decode(rest).map_err(|e| FrameError::Cbor(e.to_string()))?;
    let op = header.get("op").and_then(Value::as_integer);
    match op {
        Some(1) => {
            let t = header
                .get("t")
                .and_then(Value::as_str)
                .ok_or_else(|| FrameError::Header("message frame without `t`".to_owned()))?;
            let name = match t.strip_prefix('#') {
                Some(def) => format!("{nsid}#{def}"),
                None => t.to_owned(),
            };
            let mut map = crate::typed::into_map(payload, Path::ROOT)?;
            map.insert("$type", Value::String(name));
            Ok(Frame::Message(M::from_value(Value::Map(map), Path::ROOT)?))
        }
        Some(-1) => {
            let error = payload
                .get("error")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            let message = payload
                .get("message")
                .and_then(Value::as_str)
                .map(str::to_owned);
            Ok(Frame::Error(ErrorBody { error, message }))
        }
        _ => Err(FrameError::Header(format!(
            "unknown op {:?}",
            header.get("op")
        ))),
    }
}

/// Writes a message of the subscription `nsid` as a frame (`t` is `#def` for its own members).
pub fn encode_frame<M: Typed>(message: &M, nsid: &str) -> Result<Vec<u8>, FrameError> {
    let mut payload = crate::typed::into_map(message.to_value(), Path::ROOT)?;
    let name = match payload.remove("$type") {
        Some(Value::String(name)) => name,
        _ => return Err(FrameError::Header("message without `$type`".to_owned())),
    };
    let t = match name.strip_prefix(nsid) {
        Some(rest) if rest.starts_with('#') => rest.to_owned(),
        _ => name,
    };
    let mut header = Map::new();
    header.insert("op", Value::Integer(1));
    header.insert("t", Value::String(t));
    let mut out = Value::Map(header)
        .to_drisl()
        .map_err(|e| FrameError::Cbor(e.to_string()))?;
    out.extend(
        Value::Map(payload)
            .to_drisl()
            .map_err(|e| FrameError::Cbor(e.to_string()))?,
    );
    Ok(out)
}
