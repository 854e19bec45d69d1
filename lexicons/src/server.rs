//! Server support for the generated route tables (feature `server`): one generic axum handler
//! that decodes parameters and body, validates them, calls the service, and writes the output or
//! the `{"error", "message"}` body with its status.

use std::future::Future;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{FromRequest as _, FromRequestParts, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get, post};
use lexgen::typed::Validate;
use lexgen::xrpc::{Body, Endpoint, EndpointError, Kind, Params, XrpcError};

/// The method router of endpoint `E`: GET for queries, POST for procedures.
pub fn handler<E, S, C, St, F, Fut>(service: Arc<S>, call: F) -> MethodRouter<St>
where
    E: Endpoint + 'static,
    S: Send + Sync + 'static,
    C: FromRequestParts<St> + Send + 'static,
    St: Clone + Send + Sync + 'static,
    F: Fn(Arc<S>, C, E::Params, E::Input) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<E::Output, XrpcError<E::Error>>> + Send,
{
    let run = move |State(state): State<St>, request: Request| {
        let service = service.clone();
        let call = call.clone();
        async move {
            // Parameters, then the caller, then the body: the reference's order, so a request that is wrong
            // in several ways gets the same error as there.
            let (mut parts, body) = request.into_parts();
            let params = match decode_params::<E>(parts.uri.query()) {
                Ok(params) => params,
                Err(error) => return respond::<E::Output, _>(Err(error)),
            };
            let ctx = match C::from_request_parts(&mut parts, &state).await {
                Ok(ctx) => ctx,
                Err(rejection) => return rejection.into_response(),
            };
            let headers = parts.headers.clone();
            let slot = parts.extensions.get::<BodySlot>().cloned();
            let body = match Bytes::from_request(Request::from_parts(parts, body), &state).await {
                Ok(body) => body,
                Err(rejection) => {
                    return match refusal_in(&rejection) {
                        Some(refused) => refused.to_response(),
                        None => rejection.into_response(),
                    };
                }
            };
            if let Some(slot) = slot {
                slot.fill(body.clone());
            }
            let result = async {
                let input = decode_input::<E>(&headers, &body)?;
                call(service, ctx, params, input).await
            }
            .await;
            respond(result)
        }
    };
    match E::KIND {
        Kind::Query => get(run),
        Kind::Procedure => post(run),
    }
}

/// Where a handler's context finds the request body once the handler has read it (after the parameters
/// and the caller, so reading stays in the reference's order): a server's middleware puts an empty slot in
/// the request's extensions, and the handler fills it with the bytes it decodes the input from, for a
/// service that also needs them as written (a record's JSON text, say). A shared buffer, not a copy.
#[derive(Clone, Debug, Default)]
pub struct BodySlot(Arc<std::sync::OnceLock<Bytes>>);

impl BodySlot {
    fn fill(&self, body: Bytes) {
        // A slot is made per request and filled once, by the one handler that reads the body.
        let _ = self.0.set(body);
    }

    /// The body, once the handler has read it.
    pub fn get(&self) -> Option<&Bytes> {
        self.0.get()
    }
}

/// A request body refused while it was read (too large, too slow, not decodable), as decided by whoever
/// wrapped the body (a server's middleware): yielded as the body's error, answered as an XRPC error.
#[derive(Clone, Debug)]
pub struct BodyRefused {
    pub status: StatusCode,
    /// The XRPC error name.
    pub error: &'static str,
    pub message: String,
}

impl std::fmt::Display for BodyRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.error, self.message)
    }
}

impl std::error::Error for BodyRefused {}

impl BodyRefused {
    /// The `{"error", "message"}` answer.
    pub fn to_response(&self) -> Response {
        let body = lexgen::xrpc::ErrorBody {
            error: self.error.to_owned(),
            message: Some(self.message.clone()),
        };
        (self.status, axum::Json(body)).into_response()
    }
}

/// The [`BodyRefused`] behind `error`, if any (looking inside `io::Error`s, whose `source` skips the
/// error they wrap).
pub fn refusal_in<'e>(error: &'e (dyn std::error::Error + 'static)) -> Option<&'e BodyRefused> {
    let mut next = Some(error);
    while let Some(error) = next {
        if let Some(refused) = error.downcast_ref::<BodyRefused>() {
            return Some(refused);
        }
        next = match error.downcast_ref::<std::io::Error>() {
            Some(io) => io.get_ref().map(|inner| inner as _),
            None => error.source(),
        };
    }
    None
}

/// An endpoint's decoded parameters and body.
pub type Decoded<E> = (<E as Endpoint>::Params, <E as Endpoint>::Input);

/// Decodes and validates parameters and body; an `InvalidRequest` lists every violation.
pub fn decode<E: Endpoint>(
    query: Option<&str>,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Decoded<E>, XrpcError<E::Error>> {
    Ok((
        decode_params::<E>(query)?,
        decode_input::<E>(headers, body)?,
    ))
}

/// Decodes and validates the query parameters.
pub fn decode_params<E: Endpoint>(query: Option<&str>) -> Result<E::Params, XrpcError<E::Error>> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query.unwrap_or_default())
        .map_err(|e| XrpcError::InvalidRequest(format!("bad query string: {e}")))?;
    let params =
        E::Params::from_pairs(&pairs).map_err(|e| XrpcError::InvalidRequest(e.to_string()))?;
    let violations: Vec<String> = params.validate().iter().map(ToString::to_string).collect();
    if !violations.is_empty() {
        return Err(XrpcError::InvalidRequest(violations.join("; ")));
    }
    Ok(params)
}

/// Decodes and validates the body, read with its `Content-Type`.
pub fn decode_input<E: Endpoint>(
    headers: &HeaderMap,
    body: &[u8],
) -> Result<E::Input, XrpcError<E::Error>> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    let bytes = (!body.is_empty()).then_some(body);
    let input = E::Input::decode_request(bytes, content_type)
        .map_err(|e| XrpcError::InvalidRequest(e.to_string()))?;
    // Every violation, each located in the body (`Input.reason: ...`), joined with "; ".
    let violations: Vec<String> = input
        .violations()
        .iter()
        .map(|v| format!("Input{v}").replacen("Input$", "Input", 1))
        .collect();
    if !violations.is_empty() {
        return Err(XrpcError::InvalidRequest(violations.join("; ")));
    }
    Ok(input)
}

/// The HTTP response for a handler's result.
pub fn respond<O: Body, E: EndpointError>(result: Result<O, XrpcError<E>>) -> Response {
    match result {
        Ok(output) => match output.encode() {
            Some((bytes, content_type)) => {
                let mut response = bytes.into_response();
                if let Ok(value) = HeaderValue::from_str(&content_type) {
                    response.headers_mut().insert(header::CONTENT_TYPE, value);
                }
                response
            }
            None => StatusCode::OK.into_response(),
        },
        Err(error) => {
            let status =
                StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, axum::Json(error.body())).into_response()
        }
    }
}
