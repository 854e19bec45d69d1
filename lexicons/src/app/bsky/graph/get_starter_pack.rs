// @generated from lexicons/app/bsky/graph/getStarterPack.json by cargo xtask codegen
//! `app.bsky.graph.getStarterPack`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.getStarterPack";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub starter_pack: ::lexgen::model::AtUri,
}
::lexgen::params! {
    Params {
        starter_pack: required "starterPack",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub starter_pack: crate::app::bsky::graph::defs::StarterPackView,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        starter_pack: required "starterPack",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.graph.getStarterPack` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetStarterPack;
impl ::lexgen::xrpc::Endpoint for GetStarterPack {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
