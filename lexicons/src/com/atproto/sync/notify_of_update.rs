// @generated from lexicons/com/atproto/sync/notifyOfUpdate.json by cargo xtask codegen
//! `com.atproto.sync.notifyOfUpdate`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.notifyOfUpdate";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub hostname: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        hostname: required "hostname",
    }
}
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.sync.notifyOfUpdate` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NotifyOfUpdate;
impl ::lexgen::xrpc::Endpoint for NotifyOfUpdate {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
