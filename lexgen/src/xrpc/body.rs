//! Request and response bodies: JSON bodies are generated types, others are `Binary`, none is `()`.

use crate::typed::{Typed, TypedError, Validate, Violation};

/// Why a body could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BodyError {
    /// Not JSON, or JSON outside the atproto data model.
    #[error("invalid JSON body: {0}")]
    Json(String),
    /// Valid JSON of the wrong shape.
    #[error("invalid body: {0}")]
    Shape(#[from] TypedError),
    /// A body where none is expected, or none where one is required.
    #[error("{0}")]
    Presence(&'static str),
    /// A JSON body declared as another media type.
    #[error("Wrong request encoding (Content-Type): {0}")]
    ContentType(String),
    /// A request body sent without saying its media type.
    #[error("Request encoding (Content-Type) required but not provided")]
    ContentTypeRequired,
}

/// An XRPC body.
pub trait Body: Sized {
    /// Reads a body from its bytes (`None` when the request had no body).
    fn decode(bytes: Option<&[u8]>, content_type: Option<&str>) -> Result<Self, BodyError>;
    /// Reads a request body (server side): as [`Body::decode`], which a server may hold to stricter rules.
    fn decode_request(bytes: Option<&[u8]>, content_type: Option<&str>) -> Result<Self, BodyError> {
        Self::decode(bytes, content_type)
    }
    /// The bytes and content type to send (`None`: no body).
    fn encode(&self) -> Option<(Vec<u8>, String)>;
    /// Lexicon constraints the decoded body breaks.
    fn violations(&self) -> Vec<Violation>;
}

/// No body.
impl Body for () {
    fn decode(_bytes: Option<&[u8]>, _content_type: Option<&str>) -> Result<Self, BodyError> {
        Ok(())
    }
    /// A server refuses bytes it does not expect, as the reference does (an empty body is no body).
    fn decode_request(
        bytes: Option<&[u8]>,
        _content_type: Option<&str>,
    ) -> Result<Self, BodyError> {
        match bytes {
            Some(bytes) if !bytes.is_empty() => Err(BodyError::Presence(
                "A request body was provided when none was expected",
            )),
            _ => Ok(()),
        }
    }
    fn encode(&self) -> Option<(Vec<u8>, String)> {
        None
    }
    fn violations(&self) -> Vec<Violation> {
        Vec::new()
    }
}

/// A JSON body of a generated type.
impl<T: Typed + Validate> Body for T {
    fn decode(bytes: Option<&[u8]>, content_type: Option<&str>) -> Result<Self, BodyError> {
        // An undeclared type is read as JSON; a declared one must be `application/json` (parameters allowed).
        if let Some(declared) = content_type {
            let essence = declared.split(';').next().unwrap_or_default().trim();
            if !essence.eq_ignore_ascii_case("application/json") {
                return Err(BodyError::ContentType(declared.to_ascii_lowercase()));
            }
        }
        let bytes = bytes.ok_or(BodyError::Presence(
            "A request body is expected but none was provided",
        ))?;
        let json: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| BodyError::Json(e.to_string()))?;
        Ok(T::from_json(&json)?)
    }
    /// A request must have a body and say it is JSON (the reference's order: presence, then the type); a
    /// response without a type is still read as JSON.
    fn decode_request(bytes: Option<&[u8]>, content_type: Option<&str>) -> Result<Self, BodyError> {
        if bytes.is_none_or(<[u8]>::is_empty) {
            return Err(BodyError::Presence(
                "A request body is expected but none was provided",
            ));
        }
        match content_type.map(str::trim).filter(|t| !t.is_empty()) {
            Some(declared) => Self::decode(bytes, Some(declared)),
            None => Err(BodyError::ContentTypeRequired),
        }
    }
    fn encode(&self) -> Option<(Vec<u8>, String)> {
        let bytes = serde_json::to_vec(&self.to_json()).unwrap_or_default();
        Some((bytes, "application/json".to_owned()))
    }
    fn violations(&self) -> Vec<Violation> {
        self.validate()
    }
}

/// A non-JSON body (CAR files, blobs): bytes and their content type.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Binary {
    /// The MIME type.
    pub content_type: String,
    /// The bytes.
    pub bytes: Vec<u8>,
}

impl Body for Binary {
    fn decode(bytes: Option<&[u8]>, content_type: Option<&str>) -> Result<Self, BodyError> {
        Ok(Binary {
            content_type: content_type
                .unwrap_or("application/octet-stream")
                .to_owned(),
            bytes: bytes.unwrap_or_default().to_vec(),
        })
    }
    /// A request must say what it sends (the reference answers 400 otherwise); a response without a type
    /// is still read as `application/octet-stream`.
    fn decode_request(bytes: Option<&[u8]>, content_type: Option<&str>) -> Result<Self, BodyError> {
        match content_type.map(str::trim).filter(|t| !t.is_empty()) {
            Some(declared) => Self::decode(bytes, Some(declared)),
            None => Err(BodyError::ContentTypeRequired),
        }
    }
    fn encode(&self) -> Option<(Vec<u8>, String)> {
        Some((self.bytes.clone(), self.content_type.clone()))
    }
    fn violations(&self) -> Vec<Violation> {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_binary_request_must_declare_its_type_a_response_need_not() {
        let bytes = Some(&b"\x89PNG"[..]);
        for missing in [None, Some(""), Some("  ")] {
            assert_eq!(
                Binary::decode_request(bytes, missing),
                Err(BodyError::ContentTypeRequired)
            );
        }
        let request = Binary::decode_request(bytes, Some("image/png")).unwrap_or_default();
        assert_eq!(request.content_type, "image/png");
        let response = Binary::decode(bytes, None).unwrap_or_default();
        assert_eq!(response.content_type, "application/octet-stream");
        assert_eq!(<()>::decode_request(None, None), Ok(()));
        assert_eq!(<()>::decode_request(Some(b""), None), Ok(()));
        assert_eq!(
            <()>::decode_request(Some(b"{}"), Some("application/json")),
            Err(BodyError::Presence(
                "A request body was provided when none was expected"
            ))
        );
    }
}
