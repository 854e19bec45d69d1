// @generated from lexicons/com/atproto/sync/getCheckout.json by cargo xtask codegen
//! `com.atproto.sync.getCheckout`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.getCheckout";
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
/// A `application/vnd.ipld.car` body.
pub type Output = ::lexgen::xrpc::Binary;
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.sync.getCheckout` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetCheckout;
impl ::lexgen::xrpc::Endpoint for GetCheckout {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
