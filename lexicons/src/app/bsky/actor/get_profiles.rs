// @generated from lexicons/app/bsky/actor/getProfiles.json by cargo xtask codegen
//! `app.bsky.actor.getProfiles`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.actor.getProfiles";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub actors: ::std::vec::Vec<::lexgen::model::AtIdentifier>,
}
::lexgen::params! {
    Params {
        actors: required_repeated "actors" array { max_length: 25 },
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub profiles: ::std::vec::Vec<crate::app::bsky::actor::defs::ProfileViewDetailed>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        profiles: required "profiles",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.actor.getProfiles` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetProfiles;
impl ::lexgen::xrpc::Endpoint for GetProfiles {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
