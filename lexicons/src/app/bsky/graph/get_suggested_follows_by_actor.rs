// @generated from lexicons/app/bsky/graph/getSuggestedFollowsByActor.json by cargo xtask codegen
//! `app.bsky.graph.getSuggestedFollowsByActor`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.getSuggestedFollowsByActor";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub actor: ::lexgen::model::AtIdentifier,
}
::lexgen::params! {
    Params {
        actor: required "actor",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub is_fallback: ::std::option::Option<bool>,
    pub rec_id: ::std::option::Option<i64>,
    pub rec_id_str: ::std::option::Option<::std::string::String>,
    pub suggestions: ::std::vec::Vec<crate::app::bsky::actor::defs::ProfileView>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        is_fallback: optional "isFallback",
        rec_id: optional "recId",
        rec_id_str: optional "recIdStr",
        suggestions: required "suggestions",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.graph.getSuggestedFollowsByActor` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetSuggestedFollowsByActor;
impl ::lexgen::xrpc::Endpoint for GetSuggestedFollowsByActor {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
