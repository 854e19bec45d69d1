// @generated from lexicons/app/bsky/feed/getFeedGenerators.json by cargo xtask codegen
//! `app.bsky.feed.getFeedGenerators`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.getFeedGenerators";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub feeds: ::std::vec::Vec<::lexgen::model::AtUri>,
}
::lexgen::params! {
    Params {
        feeds: required_repeated "feeds",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub feeds: ::std::vec::Vec<crate::app::bsky::feed::defs::GeneratorView>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        feeds: required "feeds",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.feed.getFeedGenerators` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetFeedGenerators;
impl ::lexgen::xrpc::Endpoint for GetFeedGenerators {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
