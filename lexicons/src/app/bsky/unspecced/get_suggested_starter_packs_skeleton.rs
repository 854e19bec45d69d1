// @generated from lexicons/app/bsky/unspecced/getSuggestedStarterPacksSkeleton.json by cargo xtask codegen
//! `app.bsky.unspecced.getSuggestedStarterPacksSkeleton`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.unspecced.getSuggestedStarterPacksSkeleton";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub limit: i64,
    pub viewer: ::std::option::Option<::lexgen::model::Did>,
}
::lexgen::params! {
    Params {
        limit: default "limit" = "10" integer { minimum: 1, maximum: 25 },
        viewer: optional "viewer",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub starter_packs: ::std::vec::Vec<::lexgen::model::AtUri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        starter_packs: required "starterPacks",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.unspecced.getSuggestedStarterPacksSkeleton` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetSuggestedStarterPacksSkeleton;
impl ::lexgen::xrpc::Endpoint for GetSuggestedStarterPacksSkeleton {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
