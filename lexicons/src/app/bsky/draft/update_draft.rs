// @generated from lexicons/app/bsky/draft/updateDraft.json by cargo xtask codegen
//! `app.bsky.draft.updateDraft`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.draft.updateDraft";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub draft: crate::app::bsky::draft::defs::DraftWithId,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        draft: required "draft",
    }
}
/// No response body.
pub type Output = ();
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.draft.updateDraft` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UpdateDraft;
impl ::lexgen::xrpc::Endpoint for UpdateDraft {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
