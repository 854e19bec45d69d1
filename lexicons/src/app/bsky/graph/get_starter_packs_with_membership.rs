// @generated from lexicons/app/bsky/graph/getStarterPacksWithMembership.json by cargo xtask codegen
//! `app.bsky.graph.getStarterPacksWithMembership`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.getStarterPacksWithMembership";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub actor: ::lexgen::model::AtIdentifier,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
}
::lexgen::params! {
    Params {
        actor: required "actor",
        cursor: optional "cursor",
        limit: default "limit" = "50" integer { minimum: 1, maximum: 100 },
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub starter_packs_with_membership: ::std::vec::Vec<StarterPackWithMembership>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        starter_packs_with_membership: required "starterPacksWithMembership",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.graph.getStarterPacksWithMembership` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetStarterPacksWithMembership;
impl ::lexgen::xrpc::Endpoint for GetStarterPacksWithMembership {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
#[derive(Clone, PartialEq)]
pub struct StarterPackWithMembership {
    pub list_item: ::std::option::Option<crate::app::bsky::graph::defs::ListItemView>,
    pub starter_pack: crate::app::bsky::graph::defs::StarterPackView,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    StarterPackWithMembership, extra {
        list_item: optional "listItem",
        starter_pack: required "starterPack",
    }
}
::lexgen::via_typed!(Output, StarterPackWithMembership);
