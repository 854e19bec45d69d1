// @generated from lexicons/com/atproto/admin/disableInviteCodes.json by cargo xtask codegen
//! `com.atproto.admin.disableInviteCodes`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.admin.disableInviteCodes";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub accounts: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub codes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        accounts: optional "accounts",
        codes: optional "codes",
    }
}
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.admin.disableInviteCodes` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DisableInviteCodes;
impl ::lexgen::xrpc::Endpoint for DisableInviteCodes {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
