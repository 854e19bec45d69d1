// @generated from lexicons/com/atproto/server/createInviteCodes.json by cargo xtask codegen
//! `com.atproto.server.createInviteCodes`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.createInviteCodes";
#[derive(Clone, PartialEq)]
pub struct AccountCodes {
    pub account: ::std::string::String,
    pub codes: ::std::vec::Vec<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    AccountCodes, extra {
        account: required "account",
        codes: required "codes",
    }
}
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub code_count: i64,
    pub for_accounts: ::std::option::Option<::std::vec::Vec<::lexgen::model::Did>>,
    pub use_count: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        code_count: required "codeCount",
        for_accounts: optional "forAccounts",
        use_count: required "useCount",
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub codes: ::std::vec::Vec<AccountCodes>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        codes: required "codes",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.server.createInviteCodes` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CreateInviteCodes;
impl ::lexgen::xrpc::Endpoint for CreateInviteCodes {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(AccountCodes, Input, Output);
