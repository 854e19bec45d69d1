// @generated from lexicons/app/bsky/ageassurance/getConfig.json by cargo xtask codegen
//! `app.bsky.ageassurance.getConfig`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.ageassurance.getConfig";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
pub type Output = crate::app::bsky::ageassurance::defs::Config;
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.ageassurance.getConfig` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetConfig;
impl ::lexgen::xrpc::Endpoint for GetConfig {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
