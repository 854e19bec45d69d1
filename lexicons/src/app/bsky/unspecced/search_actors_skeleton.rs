// @generated from lexicons/app/bsky/unspecced/searchActorsSkeleton.json by cargo xtask codegen
//! `app.bsky.unspecced.searchActorsSkeleton`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.unspecced.searchActorsSkeleton";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
    pub q: ::std::string::String,
    pub typeahead: ::std::option::Option<bool>,
    pub viewer: ::std::option::Option<::lexgen::model::Did>,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        limit: default "limit" = "25" integer { minimum: 1, maximum: 100 },
        q: required "q",
        typeahead: optional "typeahead",
        viewer: optional "viewer",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub actors: ::std::vec::Vec<crate::app::bsky::unspecced::defs::SkeletonSearchActor>,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub hits_total: ::std::option::Option<i64>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        actors: required "actors",
        cursor: optional "cursor",
        hits_total: optional "hitsTotal",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    BadQueryString,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::BadQueryString => "BadQueryString",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "BadQueryString" => ::std::option::Option::Some(Self::BadQueryString),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.unspecced.searchActorsSkeleton` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SearchActorsSkeleton;
impl ::lexgen::xrpc::Endpoint for SearchActorsSkeleton {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
