// @generated from lexicons/app/bsky/actor/searchActorsTypeahead.json by cargo xtask codegen
//! `app.bsky.actor.searchActorsTypeahead`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.actor.searchActorsTypeahead";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub limit: i64,
    pub q: ::std::option::Option<::std::string::String>,
    pub term: ::std::option::Option<::std::string::String>,
}
::lexgen::params! {
    Params {
        limit: default "limit" = "10" integer { minimum: 1, maximum: 100 },
        q: optional "q",
        term: optional "term",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub actors: ::std::vec::Vec<crate::app::bsky::actor::defs::ProfileViewBasic>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        actors: required "actors",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.actor.searchActorsTypeahead` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SearchActorsTypeahead;
impl ::lexgen::xrpc::Endpoint for SearchActorsTypeahead {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
