//! Event-stream frames as sent: a DAG-CBOR header (`{op: 1, t}` or `{op: -1}`) followed by the DAG-CBOR
//! payload. Stored events lack `seq`; it is inserted here.

use axum::body::Bytes;
use lexgen::model::{Map, Value, drisl};

use super::FirehoseError;
use crate::storage::StoredEvent;

fn header(t: Option<&str>) -> Map {
    let mut header = Map::new();
    match t {
        Some(t) => {
            header.insert("op", Value::Integer(1));
            header.insert("t", Value::String(t.to_owned()));
        }
        None => {
            header.insert("op", Value::Integer(-1));
        }
    }
    header
}

fn frame(header: Map, payload: Map) -> Result<Bytes, FirehoseError> {
    let mut out =
        drisl::encode(&Value::Map(header)).map_err(|e| FirehoseError::Encode(e.to_string()))?;
    out.extend(
        drisl::encode(&Value::Map(payload)).map_err(|e| FirehoseError::Encode(e.to_string()))?,
    );
    Ok(Bytes::from(out))
}

/// The frame of a stored event: its payload with `seq` added.
pub(crate) fn event_frame(event: &StoredEvent) -> Result<Bytes, FirehoseError> {
    let mut payload = match drisl::decode(&event.payload) {
        Ok(Value::Map(map)) => map,
        Ok(other) => {
            return Err(FirehoseError::Corrupt(format!(
                "event {} is a {}, not a map",
                event.seq,
                other.kind()
            )));
        }
        Err(e) => return Err(FirehoseError::Corrupt(format!("event {}: {e}", event.seq))),
    };
    payload.insert("seq", Value::Integer(event.seq));
    frame(header(Some(&event.kind)), payload)
}

/// An `#info` frame (not persisted, no `seq`).
pub(crate) fn info_frame(name: &str, message: &str) -> Result<Bytes, FirehoseError> {
    let mut payload = Map::new();
    payload.insert("name", Value::String(name.to_owned()));
    payload.insert("message", Value::String(message.to_owned()));
    frame(header(Some("#info")), payload)
}

/// An error frame; the stream closes after it.
pub(crate) fn error_frame(error: &str, message: &str) -> Result<Bytes, FirehoseError> {
    let mut payload = Map::new();
    payload.insert("error", Value::String(error.to_owned()));
    payload.insert("message", Value::String(message.to_owned()));
    frame(header(None), payload)
}
