// @generated from lexicons/app/bsky/draft/createDraft.json by cargo xtask codegen
//! `app.bsky.draft.createDraft`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.draft.createDraft";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub draft: crate::app::bsky::draft::defs::Draft,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        draft: required "draft",
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub id: ::lexgen::model::Tid,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        id: required "id",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    DraftLimitReached,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::DraftLimitReached => "DraftLimitReached",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "DraftLimitReached" => ::std::option::Option::Some(Self::DraftLimitReached),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.draft.createDraft` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CreateDraft;
impl ::lexgen::xrpc::Endpoint for CreateDraft {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
