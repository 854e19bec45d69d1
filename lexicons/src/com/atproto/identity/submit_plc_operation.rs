// @generated from lexicons/com/atproto/identity/submitPlcOperation.json by cargo xtask codegen
//! `com.atproto.identity.submitPlcOperation`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.identity.submitPlcOperation";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub operation: ::lexgen::model::Map,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        operation: required "operation",
    }
}
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.identity.submitPlcOperation` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SubmitPlcOperation;
impl ::lexgen::xrpc::Endpoint for SubmitPlcOperation {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
