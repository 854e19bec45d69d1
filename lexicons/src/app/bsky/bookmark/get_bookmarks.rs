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
        limit: default "limit" = "50",
    }
}
impl ::lexgen::typed::Validate for Params {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.limit;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(1i64),
                ::std::option::Option::Some(100i64),
                path.key("limit"),
                out,
            );
        }
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
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.bookmarks;
            {
                let p0 = path.key("bookmarks");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
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
