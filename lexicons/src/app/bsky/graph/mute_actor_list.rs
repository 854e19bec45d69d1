// @generated from lexicons/app/bsky/graph/muteActorList.json by cargo xtask codegen
//! `app.bsky.graph.muteActorList`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.graph.muteActorList";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub list: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        list: required "list",
    }
}
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.graph.muteActorList` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MuteActorList;
impl ::lexgen::xrpc::Endpoint for MuteActorList {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
