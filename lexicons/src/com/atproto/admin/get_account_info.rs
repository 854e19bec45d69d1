// @generated from lexicons/com/atproto/admin/getAccountInfo.json by cargo xtask codegen
//! `com.atproto.admin.getAccountInfo`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.admin.getAccountInfo";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub did: ::lexgen::model::Did,
}
::lexgen::params! {
    Params {
        did: required "did",
    }
}
/// No request body.
pub type Input = ();
pub type Output = crate::com::atproto::admin::defs::AccountView;
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.admin.getAccountInfo` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetAccountInfo;
impl ::lexgen::xrpc::Endpoint for GetAccountInfo {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
