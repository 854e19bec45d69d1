// @generated from lexicons/app/bsky/bookmark/defs.json by cargo xtask codegen
//! `app.bsky.bookmark.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.bookmark.defs";
#[derive(Clone, PartialEq)]
pub struct Bookmark {
    pub subject: crate::com::atproto::repo::strong_ref::StrongRef,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Bookmark, extra {
        subject: required "subject",
    }
}
#[derive(Clone, PartialEq)]
pub enum BookmarkViewItem {
    /// `app.bsky.feed.defs#blockedPost`
    DefsBlockedPost(::std::boxed::Box<crate::app::bsky::feed::defs::BlockedPost>),
    /// `app.bsky.feed.defs#notFoundPost`
    DefsNotFoundPost(::std::boxed::Box<crate::app::bsky::feed::defs::NotFoundPost>),
    /// `app.bsky.feed.defs#postView`
    DefsPostView(::std::boxed::Box<crate::app::bsky::feed::defs::PostView>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for BookmarkViewItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.feed.defs#blockedPost" => {
                ::lexgen::typed::member(map, path).map(Self::DefsBlockedPost)
            }
            "app.bsky.feed.defs#notFoundPost" => {
                ::lexgen::typed::member(map, path).map(Self::DefsNotFoundPost)
            }
            "app.bsky.feed.defs#postView" => {
                ::lexgen::typed::member(map, path).map(Self::DefsPostView)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::DefsBlockedPost(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#blockedPost")
            }
            Self::DefsNotFoundPost(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#notFoundPost")
            }
            Self::DefsPostView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#postView")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for BookmarkViewItem {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::DefsBlockedPost(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::DefsNotFoundPost(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::DefsPostView(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct BookmarkView {
    pub created_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub item: BookmarkViewItem,
    pub subject: crate::com::atproto::repo::strong_ref::StrongRef,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    BookmarkView, extra {
        created_at: optional "createdAt",
        item: required "item",
        subject: required "subject",
    }
}
::lexgen::via_typed!(Bookmark, BookmarkViewItem, BookmarkView);
