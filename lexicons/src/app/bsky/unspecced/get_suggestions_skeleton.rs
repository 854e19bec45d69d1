// @generated from lexicons/app/bsky/unspecced/getSuggestionsSkeleton.json by cargo xtask codegen
//! `app.bsky.unspecced.getSuggestionsSkeleton`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.unspecced.getSuggestionsSkeleton";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
    pub relative_to_did: ::std::option::Option<::lexgen::model::Did>,
    pub viewer: ::std::option::Option<::lexgen::model::Did>,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        limit: default "limit" = "50" integer { minimum: 1, maximum: 100 },
        relative_to_did: optional "relativeToDid",
        viewer: optional "viewer",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub actors: ::std::vec::Vec<crate::app::bsky::unspecced::defs::SkeletonSearchActor>,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub rec_id: ::std::option::Option<i64>,
    pub rec_id_str: ::std::option::Option<::std::string::String>,
    pub relative_to_did: ::std::option::Option<::lexgen::model::Did>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        actors: required "actors",
        cursor: optional "cursor",
        rec_id: optional "recId",
        rec_id_str: optional "recIdStr",
        relative_to_did: optional "relativeToDid",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.unspecced.getSuggestionsSkeleton` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetSuggestionsSkeleton;
impl ::lexgen::xrpc::Endpoint for GetSuggestionsSkeleton {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
