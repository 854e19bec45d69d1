// @generated from lexicons/com/atproto/admin/getAccountInfos.json by cargo xtask codegen
//! `com.atproto.admin.getAccountInfos`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.admin.getAccountInfos";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub dids: ::std::vec::Vec<::lexgen::model::Did>,
}
::lexgen::params! {
    Params {
        dids: required_repeated "dids",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub infos: ::std::vec::Vec<crate::com::atproto::admin::defs::AccountView>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        infos: required "infos",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.admin.getAccountInfos` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetAccountInfos;
impl ::lexgen::xrpc::Endpoint for GetAccountInfos {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
