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
impl ::lexgen::typed::Typed for Image {
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
        props.required("alt", &mut slots.0);
        props.required("aspectRatio", &mut slots.1);
        props.required("image", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(alt),
                ::std::option::Option::Some(aspect_ratio),
                ::std::option::Option::Some(image),
            ) => {
                ::std::result::Result::Ok(Self {
                    alt,
                    aspect_ratio,
                    image,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "alt", &self.alt);
        ::lexgen::typed::put(&mut map, "aspectRatio", &self.aspect_ratio);
        ::lexgen::typed::put(&mut map, "image", &self.image);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Image {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.aspect_ratio;
            ::lexgen::typed::Validate::validate_at(v, path.key("aspectRatio"), out);
        }
        {
            let v = &self.image;
            ::lexgen::typed::check::blob(
                v,
                &["image/*"],
                ::std::option::Option::Some(2000000u64),
                path.key("image"),
                out,
            );
        }
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
impl ::lexgen::typed::Typed for Gallery {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("items", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(items),) => {
                ::std::result::Result::Ok(Self { items, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "items", &self.items);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Gallery {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.items;
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(20u64),
                    path.key("items"),
                    out,
                );
                let p0 = path.key("items");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
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
impl ::lexgen::typed::Typed for View {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("items", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(items),) => {
                ::std::result::Result::Ok(Self { items, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "items", &self.items);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for View {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.items;
            {
                let p0 = path.key("items");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
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
impl ::lexgen::typed::Typed for ViewImage {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("alt", &mut slots.0);
        props.required("aspectRatio", &mut slots.1);
        props.required("fullsize", &mut slots.2);
        props.required("thumbnail", &mut slots.3);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(alt),
                ::std::option::Option::Some(aspect_ratio),
                ::std::option::Option::Some(fullsize),
                ::std::option::Option::Some(thumbnail),
            ) => {
                ::std::result::Result::Ok(Self {
                    alt,
                    aspect_ratio,
                    fullsize,
                    thumbnail,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "alt", &self.alt);
        ::lexgen::typed::put(&mut map, "aspectRatio", &self.aspect_ratio);
        ::lexgen::typed::put(&mut map, "fullsize", &self.fullsize);
        ::lexgen::typed::put(&mut map, "thumbnail", &self.thumbnail);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ViewImage {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.aspect_ratio;
            ::lexgen::typed::Validate::validate_at(v, path.key("aspectRatio"), out);
        }
    }
}
::lexgen::via_typed!(Image, GalleryItemsItem, Gallery, ViewItemsItem, View, ViewImage);
