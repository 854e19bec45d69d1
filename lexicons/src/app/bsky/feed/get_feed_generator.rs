// @generated from lexicons/app/bsky/feed/getFeedGenerator.json by cargo xtask codegen
//! `app.bsky.feed.getFeedGenerator`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.getFeedGenerator";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub feed: ::lexgen::model::AtUri,
}
::lexgen::params! {
    Params {
        feed: required "feed",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub is_online: bool,
    pub is_valid: bool,
    pub view: crate::app::bsky::feed::defs::GeneratorView,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        is_online: required "isOnline",
        is_valid: required "isValid",
        view: required "view",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.feed.getFeedGenerator` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetFeedGenerator;
impl ::lexgen::xrpc::Endpoint for GetFeedGenerator {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
