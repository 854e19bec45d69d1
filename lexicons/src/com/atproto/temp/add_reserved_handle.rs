// @generated from lexicons/com/atproto/temp/addReservedHandle.json by cargo xtask codegen
//! `com.atproto.temp.addReservedHandle`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.temp.addReservedHandle";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub handle: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        handle: required "handle",
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.temp.addReservedHandle` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AddReservedHandle;
impl ::lexgen::xrpc::Endpoint for AddReservedHandle {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
