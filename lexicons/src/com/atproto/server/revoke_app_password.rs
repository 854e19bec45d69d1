// @generated from lexicons/com/atproto/server/revokeAppPassword.json by cargo xtask codegen
//! `com.atproto.server.revokeAppPassword`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.revokeAppPassword";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub name: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        name: required "name",
    }
}
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.server.revokeAppPassword` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RevokeAppPassword;
impl ::lexgen::xrpc::Endpoint for RevokeAppPassword {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
