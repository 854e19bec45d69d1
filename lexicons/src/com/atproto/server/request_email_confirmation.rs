// @generated from lexicons/com/atproto/server/requestEmailConfirmation.json by cargo xtask codegen
//! `com.atproto.server.requestEmailConfirmation`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.requestEmailConfirmation";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.server.requestEmailConfirmation` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RequestEmailConfirmation;
impl ::lexgen::xrpc::Endpoint for RequestEmailConfirmation {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
