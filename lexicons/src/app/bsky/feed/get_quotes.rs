// @generated from lexicons/app/bsky/feed/getQuotes.json by cargo xtask codegen
//! `app.bsky.feed.getQuotes`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.getQuotes";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cid: ::std::option::Option<::lexgen::model::CidString>,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
    pub uri: ::lexgen::model::AtUri,
}
::lexgen::params! {
    Params {
        cid: optional "cid" string { cid: true },
        cursor: optional "cursor",
        limit: default "limit" = "50" integer { minimum: 1, maximum: 100 },
        uri: required "uri",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cid: ::std::option::Option<::lexgen::model::CidString>,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub posts: ::std::vec::Vec<crate::app::bsky::feed::defs::PostView>,
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cid: optional "cid" string { cid: true },
        cursor: optional "cursor",
        posts: required "posts",
        uri: required "uri",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.feed.getQuotes` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetQuotes;
impl ::lexgen::xrpc::Endpoint for GetQuotes {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
