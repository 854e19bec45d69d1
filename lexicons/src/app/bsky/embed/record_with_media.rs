// @generated from lexicons/app/bsky/embed/recordWithMedia.json by cargo xtask codegen
//! `app.bsky.embed.recordWithMedia`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.embed.recordWithMedia";
#[derive(Clone, PartialEq)]
pub enum RecordWithMediaMedia {
    /// `app.bsky.embed.images`
    Images(::std::boxed::Box<crate::app::bsky::embed::images::Images>),
    /// `app.bsky.embed.video`
    Video(::std::boxed::Box<crate::app::bsky::embed::video::Video>),
    /// `app.bsky.embed.gallery`
    Gallery(::std::boxed::Box<crate::app::bsky::embed::gallery::Gallery>),
    /// `app.bsky.embed.external`
    External(::std::boxed::Box<crate::app::bsky::embed::external::External>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for RecordWithMediaMedia {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.embed.images" => {
                ::lexgen::typed::member(map, path).map(Self::Images)
            }
            "app.bsky.embed.video" => ::lexgen::typed::member(map, path).map(Self::Video),
            "app.bsky.embed.gallery" => {
                ::lexgen::typed::member(map, path).map(Self::Gallery)
            }
            "app.bsky.embed.external" => {
                ::lexgen::typed::member(map, path).map(Self::External)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::Images(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.images")
            }
            Self::Video(v) => ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.video"),
            Self::Gallery(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.gallery")
            }
            Self::External(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.external")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for RecordWithMediaMedia {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::Images(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Video(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Gallery(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::External(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct RecordWithMedia {
    pub media: RecordWithMediaMedia,
    pub record: crate::app::bsky::embed::record::Record,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    RecordWithMedia, extra {
        media: required "media",
        record: required "record",
    }
}
#[derive(Clone, PartialEq)]
pub enum ViewMedia {
    /// `app.bsky.embed.images#view`
    ImagesView(::std::boxed::Box<crate::app::bsky::embed::images::View>),
    /// `app.bsky.embed.video#view`
    VideoView(::std::boxed::Box<crate::app::bsky::embed::video::View>),
    /// `app.bsky.embed.gallery#view`
    GalleryView(::std::boxed::Box<crate::app::bsky::embed::gallery::View>),
    /// `app.bsky.embed.external#view`
    ExternalView(::std::boxed::Box<crate::app::bsky::embed::external::View>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for ViewMedia {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.embed.images#view" => {
                ::lexgen::typed::member(map, path).map(Self::ImagesView)
            }
            "app.bsky.embed.video#view" => {
                ::lexgen::typed::member(map, path).map(Self::VideoView)
            }
            "app.bsky.embed.gallery#view" => {
                ::lexgen::typed::member(map, path).map(Self::GalleryView)
            }
            "app.bsky.embed.external#view" => {
                ::lexgen::typed::member(map, path).map(Self::ExternalView)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::ImagesView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.images#view")
            }
            Self::VideoView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.video#view")
            }
            Self::GalleryView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.gallery#view")
            }
            Self::ExternalView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.external#view")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for ViewMedia {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::ImagesView(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::VideoView(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::GalleryView(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::ExternalView(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct View {
    pub media: ViewMedia,
    pub record: crate::app::bsky::embed::record::View,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    View, extra {
        media: required "media",
        record: required "record",
    }
}
::lexgen::via_typed!(RecordWithMediaMedia, RecordWithMedia, ViewMedia, View);
