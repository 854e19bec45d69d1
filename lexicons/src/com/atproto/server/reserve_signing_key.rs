// @generated from lexicons/com/atproto/server/reserveSigningKey.json by cargo xtask codegen
//! `com.atproto.server.reserveSigningKey`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.reserveSigningKey";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub did: ::std::option::Option<::lexgen::model::Did>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        did: optional "did",
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub signing_key: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        signing_key: required "signingKey",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.server.reserveSigningKey` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReserveSigningKey;
impl ::lexgen::xrpc::Endpoint for ReserveSigningKey {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
