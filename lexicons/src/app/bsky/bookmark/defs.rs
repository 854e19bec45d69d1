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
impl ::lexgen::typed::Typed for Bookmark {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("subject", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(subject),) => {
                ::std::result::Result::Ok(Self { subject, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "subject", &self.subject);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Bookmark {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.subject;
            ::lexgen::typed::Validate::validate_at(v, path.key("subject"), out);
        }
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
impl ::lexgen::typed::Typed for BookmarkView {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("createdAt", &mut slots.0);
        props.required("item", &mut slots.1);
        props.required("subject", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(item),
                ::std::option::Option::Some(subject),
            ) => {
                ::std::result::Result::Ok(Self {
                    created_at,
                    item,
                    subject,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put(&mut map, "item", &self.item);
        ::lexgen::typed::put(&mut map, "subject", &self.subject);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for BookmarkView {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.item;
            ::lexgen::typed::Validate::validate_at(v, path.key("item"), out);
        }
        {
            let v = &self.subject;
            ::lexgen::typed::Validate::validate_at(v, path.key("subject"), out);
        }
    }
}
::lexgen::via_typed!(Bookmark, BookmarkViewItem, BookmarkView);
