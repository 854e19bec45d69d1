// @generated from lexicons/app/bsky/feed/sendInteractions.json by cargo xtask codegen
//! `app.bsky.feed.sendInteractions`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.sendInteractions";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub feed: ::std::option::Option<::lexgen::model::AtUri>,
    pub interactions: ::std::vec::Vec<crate::app::bsky::feed::defs::Interaction>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        feed: optional "feed",
        interactions: required "interactions",
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.feed.sendInteractions` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SendInteractions;
impl ::lexgen::xrpc::Endpoint for SendInteractions {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
