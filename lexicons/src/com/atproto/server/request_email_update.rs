// @generated from lexicons/com/atproto/server/requestEmailUpdate.json by cargo xtask codegen
//! `com.atproto.server.requestEmailUpdate`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.requestEmailUpdate";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub token_required: bool,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        token_required: required "tokenRequired",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.server.requestEmailUpdate` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RequestEmailUpdate;
impl ::lexgen::xrpc::Endpoint for RequestEmailUpdate {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
