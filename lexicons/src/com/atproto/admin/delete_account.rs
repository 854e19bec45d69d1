// @generated from lexicons/com/atproto/admin/deleteAccount.json by cargo xtask codegen
//! `com.atproto.admin.deleteAccount`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.admin.deleteAccount";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub did: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        did: required "did",
    }
}
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.admin.deleteAccount` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeleteAccount;
impl ::lexgen::xrpc::Endpoint for DeleteAccount {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
