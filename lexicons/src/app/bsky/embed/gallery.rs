// @generated from lexicons/app/bsky/embed/gallery.json by cargo xtask codegen
//! `app.bsky.embed.gallery`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.embed.gallery";
#[derive(Clone, PartialEq)]
pub struct Image {
    pub alt: ::std::string::String,
    pub aspect_ratio: crate::app::bsky::embed::defs::AspectRatio,
    pub image: ::lexgen::model::BlobRef,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Image, extra {
        alt: required "alt",
        aspect_ratio: required "aspectRatio",
        image: required "image" blob { accept: &["image/*"], max_size: 2000000 },
    }
}
#[derive(Clone, PartialEq)]
pub enum GalleryItemsItem {
    /// `app.bsky.embed.gallery#image`
    Image(::std::boxed::Box<Image>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for GalleryItemsItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.embed.gallery#image" => {
                ::lexgen::typed::member(map, path).map(Self::Image)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::Image(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.gallery#image")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for GalleryItemsItem {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::Image(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Gallery {
    pub items: ::std::vec::Vec<GalleryItemsItem>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Gallery, extra {
        items: required "items" array { max_length: 20 },
    }
}
#[derive(Clone, PartialEq)]
pub enum ViewItemsItem {
    /// `app.bsky.embed.gallery#viewImage`
    ViewImage(::std::boxed::Box<ViewImage>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for ViewItemsItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.embed.gallery#viewImage" => {
                ::lexgen::typed::member(map, path).map(Self::ViewImage)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::ViewImage(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.gallery#viewImage")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for ViewItemsItem {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::ViewImage(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct View {
    pub items: ::std::vec::Vec<ViewItemsItem>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    View, extra {
        items: required "items",
    }
}
#[derive(Clone, PartialEq)]
pub struct ViewImage {
    pub alt: ::std::string::String,
    pub aspect_ratio: crate::app::bsky::embed::defs::AspectRatio,
    pub fullsize: ::lexgen::model::Uri,
    pub thumbnail: ::lexgen::model::Uri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ViewImage, extra {
        alt: required "alt",
        aspect_ratio: required "aspectRatio",
        fullsize: required "fullsize",
        thumbnail: required "thumbnail",
    }
}
::lexgen::via_typed!(Image, GalleryItemsItem, Gallery, ViewItemsItem, View, ViewImage);
