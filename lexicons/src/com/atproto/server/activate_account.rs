// @generated from lexicons/com/atproto/server/activateAccount.json by cargo xtask codegen
//! `com.atproto.server.activateAccount`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.activateAccount";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.server.activateAccount` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ActivateAccount;
impl ::lexgen::xrpc::Endpoint for ActivateAccount {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
