// @generated from lexicons/com/atproto/temp/requestPhoneVerification.json by cargo xtask codegen
//! `com.atproto.temp.requestPhoneVerification`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.temp.requestPhoneVerification";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub phone_number: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        phone_number: required "phoneNumber",
    }
}
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.temp.requestPhoneVerification` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RequestPhoneVerification;
impl ::lexgen::xrpc::Endpoint for RequestPhoneVerification {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
