// @generated from lexicons/com/atproto/server/requestAccountDelete.json by cargo xtask codegen
//! `com.atproto.server.requestAccountDelete`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.requestAccountDelete";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.server.requestAccountDelete` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RequestAccountDelete;
impl ::lexgen::xrpc::Endpoint for RequestAccountDelete {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
