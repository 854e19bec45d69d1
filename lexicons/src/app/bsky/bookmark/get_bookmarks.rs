// @generated from lexicons/app/bsky/bookmark/getBookmarks.json by cargo xtask codegen
//! `app.bsky.bookmark.getBookmarks`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.bookmark.getBookmarks";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        limit: default "limit" = "50" integer { minimum: 1, maximum: 100 },
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub bookmarks: ::std::vec::Vec<crate::app::bsky::bookmark::defs::BookmarkView>,
    pub cursor: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        bookmarks: required "bookmarks",
        cursor: optional "cursor",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.bookmark.getBookmarks` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetBookmarks;
impl ::lexgen::xrpc::Endpoint for GetBookmarks {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
