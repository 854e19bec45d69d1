// @generated from lexicons/com/atproto/server/createInviteCode.json by cargo xtask codegen
//! `com.atproto.server.createInviteCode`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.createInviteCode";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub for_account: ::std::option::Option<::lexgen::model::Did>,
    pub use_count: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        for_account: optional "forAccount",
        use_count: required "useCount",
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub code: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        code: required "code",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.server.createInviteCode` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CreateInviteCode;
impl ::lexgen::xrpc::Endpoint for CreateInviteCode {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
