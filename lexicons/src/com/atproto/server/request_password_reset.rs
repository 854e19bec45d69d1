// @generated from lexicons/com/atproto/server/requestPasswordReset.json by cargo xtask codegen
//! `com.atproto.server.requestPasswordReset`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.requestPasswordReset";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub email: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        email: required "email",
    }
}
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.server.requestPasswordReset` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RequestPasswordReset;
impl ::lexgen::xrpc::Endpoint for RequestPasswordReset {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
