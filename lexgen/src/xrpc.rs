//! Framework-free XRPC vocabulary used by generated endpoints: endpoint metadata, query-string
//! parameters, bodies, and the `{"error", "message"}` error shape with its HTTP status.

mod body;
mod error;
mod frame;
mod params;

pub use body::{Binary, Body, BodyError};
pub use error::{EndpointError, ErrorBody, NoError, XrpcError};
pub use frame::{Frame, FrameError, decode_frame, encode_frame};
pub use params::{
    NoParams, Param, Params, optional, repeated, required, required_repeated, with_default,
};

/// Whether an endpoint is read (`GET`) or written (`POST`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `query`: HTTP GET.
    Query,
    /// `procedure`: HTTP POST.
    Procedure,
}

/// One XRPC endpoint, as generated from its lexicon.
pub trait Endpoint {
    /// The endpoint's NSID (its path is `/xrpc/<NSID>`).
    const NSID: &'static str;
    /// Query or procedure.
    const KIND: Kind;
    /// Query-string parameters.
    type Params: Params + Send;
    /// Request body (`()` for none).
    type Input: Body + Send;
    /// Response body (`()` for none).
    type Output: Body + Send;
    /// The named errors of the endpoint.
    type Error: EndpointError + Send;
}
