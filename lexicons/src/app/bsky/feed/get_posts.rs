// @generated from lexicons/app/bsky/feed/getPosts.json by cargo xtask codegen
//! `app.bsky.feed.getPosts`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.getPosts";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub uris: ::std::vec::Vec<::lexgen::model::AtUri>,
}
::lexgen::params! {
    Params {
        uris: required_repeated "uris" array { max_length: 25 },
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub posts: ::std::vec::Vec<crate::app::bsky::feed::defs::PostView>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        posts: required "posts",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.feed.getPosts` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetPosts;
impl ::lexgen::xrpc::Endpoint for GetPosts {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
