// @generated from lexicons/app/bsky/feed/getLikes.json by cargo xtask codegen
//! `app.bsky.feed.getLikes`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.getLikes";
#[derive(Clone, PartialEq)]
pub struct Like {
    pub actor: crate::app::bsky::actor::defs::ProfileView,
    pub created_at: ::lexgen::model::Datetime,
    pub indexed_at: ::lexgen::model::Datetime,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Like, extra {
        actor: required "actor",
        created_at: required "createdAt",
        indexed_at: required "indexedAt",
    }
}
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
    pub likes: ::std::vec::Vec<Like>,
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cid: optional "cid" string { cid: true },
        cursor: optional "cursor",
        likes: required "likes",
        uri: required "uri",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.feed.getLikes` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetLikes;
impl ::lexgen::xrpc::Endpoint for GetLikes {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Like, Output);
