//! XRPC errors: an endpoint's named errors, the common ones every endpoint may return, and the
//! `{"error", "message"}` body with its HTTP status.

use std::fmt;

/// The named errors of one endpoint (generated as an enum, variants named as in the lexicon).
pub trait EndpointError: fmt::Debug {
    /// The error name sent in `error`.
    fn name(&self) -> &'static str;
    /// The error for a name received from a server.
    fn from_name(name: &str) -> Option<Self>
    where
        Self: Sized;
}

/// The error type of an endpoint that declares no errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoError {}

impl EndpointError for NoError {
    fn name(&self) -> &'static str {
        match *self {}
    }
    fn from_name(_name: &str) -> Option<Self> {
        None
    }
}

/// What a handler (or a client call) can fail with.
#[derive(Debug)]
pub enum XrpcError<E> {
    /// One of the endpoint's named errors (HTTP 400).
    Endpoint {
        /// Which.
        error: E,
        /// Human-readable detail.
        message: Option<String>,
    },
    /// Bad parameters or body (HTTP 400 `InvalidRequest`).
    InvalidRequest(String),
    /// Missing or bad credentials (HTTP 401 `AuthenticationRequired`).
    AuthenticationRequired(String),
    /// Not allowed (HTTP 403 `Forbidden`).
    Forbidden(String),
    /// Any other error, with its status and name (e.g. 404 `NotFound`, 501 `MethodNotImplemented`).
    Other {
        /// HTTP status.
        status: u16,
        /// Error name.
        name: String,
        /// Human-readable detail.
        message: String,
    },
    /// A server-side failure (HTTP 500 `InternalServerError`); the cause is logged, not sent.
    Internal(String),
}

impl<E: EndpointError> XrpcError<E> {
    /// A named endpoint error with a message.
    pub fn endpoint(error: E, message: impl Into<String>) -> Self {
        XrpcError::Endpoint {
            error,
            message: Some(message.into()),
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            XrpcError::Endpoint { .. } | XrpcError::InvalidRequest(_) => 400,
            XrpcError::AuthenticationRequired(_) => 401,
            XrpcError::Forbidden(_) => 403,
            XrpcError::Other { status, .. } => *status,
            XrpcError::Internal(_) => 500,
        }
    }

    /// The body sent to the client (internal causes are replaced by a generic message).
    pub fn body(&self) -> ErrorBody {
        let (error, message) = match self {
            XrpcError::Endpoint { error, message } => (error.name().to_owned(), message.clone()),
            XrpcError::InvalidRequest(m) => ("InvalidRequest".to_owned(), Some(m.clone())),
            XrpcError::AuthenticationRequired(m) => {
                ("AuthenticationRequired".to_owned(), Some(m.clone()))
            }
            XrpcError::Forbidden(m) => ("Forbidden".to_owned(), Some(m.clone())),
            XrpcError::Other { name, message, .. } => (name.clone(), Some(message.clone())),
            XrpcError::Internal(_) => (
                "InternalServerError".to_owned(),
                Some("Internal Server Error".to_owned()),
            ),
        };
        ErrorBody { error, message }
    }

    /// Reads an error response received by a client.
    pub fn from_response(status: u16, body: ErrorBody) -> Self {
        let message = body.message.unwrap_or_default();
        match (status, E::from_name(&body.error)) {
            (400, Some(error)) => XrpcError::Endpoint {
                error,
                message: Some(message),
            },
            (400, None) if body.error == "InvalidRequest" => XrpcError::InvalidRequest(message),
            (401, _) => XrpcError::AuthenticationRequired(message),
            (403, _) => XrpcError::Forbidden(message),
            _ => XrpcError::Other {
                status,
                name: body.error,
                message,
            },
        }
    }
}

impl<E: EndpointError> fmt::Display for XrpcError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let body = self.body();
        match (&body.message, self) {
            (_, XrpcError::Internal(cause)) => write!(f, "InternalServerError: {cause}"),
            (Some(message), _) => write!(f, "{}: {message}", body.error),
            (None, _) => f.write_str(&body.error),
        }
    }
}

impl<E: EndpointError> std::error::Error for XrpcError<E> {}

/// The JSON error body: `{"error": "InvalidSwap", "message": "..."}`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ErrorBody {
    /// The error name.
    pub error: String,
    /// Human-readable detail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
