// @generated from lexicons/app/bsky/draft/deleteDraft.json by cargo xtask codegen
//! `app.bsky.draft.deleteDraft`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.draft.deleteDraft";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub id: ::lexgen::model::Tid,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        id: required "id",
    }
}
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.draft.deleteDraft` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeleteDraft;
impl ::lexgen::xrpc::Endpoint for DeleteDraft {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
