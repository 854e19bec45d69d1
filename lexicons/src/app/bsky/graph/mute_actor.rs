// @generated from lexicons/app/bsky/graph/muteActor.json by cargo xtask codegen
//! `app.bsky.graph.muteActor`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.muteActor";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub actor: ::lexgen::model::AtIdentifier,
    pub only_quoteposts: ::std::option::Option<bool>,
    pub only_reposts: ::std::option::Option<bool>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        actor: required "actor",
        only_quoteposts: optional "onlyQuoteposts",
        only_reposts: optional "onlyReposts",
    }
}
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.graph.muteActor` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MuteActor;
impl ::lexgen::xrpc::Endpoint for MuteActor {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
