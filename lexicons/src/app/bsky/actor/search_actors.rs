// @generated from lexicons/app/bsky/actor/searchActors.json by cargo xtask codegen
//! `app.bsky.actor.searchActors`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.actor.searchActors";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
    pub q: ::std::option::Option<::std::string::String>,
    pub term: ::std::option::Option<::std::string::String>,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        limit: default "limit" = "25" integer { minimum: 1, maximum: 100 },
        q: optional "q",
        term: optional "term",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub actors: ::std::vec::Vec<crate::app::bsky::actor::defs::ProfileView>,
    pub cursor: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        actors: required "actors",
        cursor: optional "cursor",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.actor.searchActors` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SearchActors;
impl ::lexgen::xrpc::Endpoint for SearchActors {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
