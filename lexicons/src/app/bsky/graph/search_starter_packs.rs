// @generated from lexicons/app/bsky/graph/searchStarterPacks.json by cargo xtask codegen
//! `app.bsky.graph.searchStarterPacks`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.searchStarterPacks";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
    pub q: ::std::string::String,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        limit: default "limit" = "25" integer { minimum: 1, maximum: 100 },
        q: required "q",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub starter_packs: ::std::vec::Vec<
        crate::app::bsky::graph::defs::StarterPackViewBasic,
    >,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        starter_packs: required "starterPacks",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.graph.searchStarterPacks` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SearchStarterPacks;
impl ::lexgen::xrpc::Endpoint for SearchStarterPacks {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
