// @generated from lexicons/com/atproto/server/deactivateAccount.json by cargo xtask codegen
//! `com.atproto.server.deactivateAccount`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.deactivateAccount";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub delete_after: ::std::option::Option<::lexgen::model::Datetime>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        delete_after: optional "deleteAfter",
    }
}
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.server.deactivateAccount` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeactivateAccount;
impl ::lexgen::xrpc::Endpoint for DeactivateAccount {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
