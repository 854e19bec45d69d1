// @generated from lexicons/com/atproto/admin/updateAccountHandle.json by cargo xtask codegen
//! `com.atproto.admin.updateAccountHandle`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.admin.updateAccountHandle";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub did: ::lexgen::model::Did,
    pub handle: ::lexgen::model::Handle,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        did: required "did",
        handle: required "handle",
    }
}
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.admin.updateAccountHandle` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UpdateAccountHandle;
impl ::lexgen::xrpc::Endpoint for UpdateAccountHandle {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
