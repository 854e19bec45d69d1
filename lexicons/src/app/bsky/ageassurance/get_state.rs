// @generated from lexicons/app/bsky/ageassurance/getState.json by cargo xtask codegen
//! `app.bsky.ageassurance.getState`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.ageassurance.getState";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub country_code: ::std::string::String,
    pub region_code: ::std::option::Option<::std::string::String>,
}
::lexgen::params! {
    Params {
        country_code: required "countryCode",
        region_code: optional "regionCode",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub metadata: crate::app::bsky::ageassurance::defs::StateMetadata,
    pub state: crate::app::bsky::ageassurance::defs::State,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        metadata: required "metadata",
        state: required "state",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.ageassurance.getState` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetState;
impl ::lexgen::xrpc::Endpoint for GetState {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
