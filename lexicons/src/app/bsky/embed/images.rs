// @generated from lexicons/app/bsky/embed/images.json by cargo xtask codegen
//! `app.bsky.embed.images`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.embed.images";
#[derive(Clone, PartialEq)]
pub struct Image {
    pub alt: ::std::string::String,
    pub aspect_ratio: ::std::option::Option<crate::app::bsky::embed::defs::AspectRatio>,
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
        props.optional("aspectRatio", &mut slots.1);
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
        ::lexgen::typed::put_optional(&mut map, "aspectRatio", &self.aspect_ratio);
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
        if let ::std::option::Option::Some(v) = &self.aspect_ratio {
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
pub struct Images {
    pub images: ::std::vec::Vec<Image>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Images {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("images", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(images),) => {
                ::std::result::Result::Ok(Self { images, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "images", &self.images);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Images {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.images;
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(4u64),
                    path.key("images"),
                    out,
                );
                let p0 = path.key("images");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct View {
    pub images: ::std::vec::Vec<ViewImage>,
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
        props.required("images", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(images),) => {
                ::std::result::Result::Ok(Self { images, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "images", &self.images);
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
            let v = &self.images;
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(4u64),
                    path.key("images"),
                    out,
                );
                let p0 = path.key("images");
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
    pub aspect_ratio: ::std::option::Option<crate::app::bsky::embed::defs::AspectRatio>,
    pub fullsize: ::lexgen::model::Uri,
    pub thumb: ::lexgen::model::Uri,
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
        props.optional("aspectRatio", &mut slots.1);
        props.required("fullsize", &mut slots.2);
        props.required("thumb", &mut slots.3);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(alt),
                ::std::option::Option::Some(aspect_ratio),
                ::std::option::Option::Some(fullsize),
                ::std::option::Option::Some(thumb),
            ) => {
                ::std::result::Result::Ok(Self {
                    alt,
                    aspect_ratio,
                    fullsize,
                    thumb,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "alt", &self.alt);
        ::lexgen::typed::put_optional(&mut map, "aspectRatio", &self.aspect_ratio);
        ::lexgen::typed::put(&mut map, "fullsize", &self.fullsize);
        ::lexgen::typed::put(&mut map, "thumb", &self.thumb);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ViewImage {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.aspect_ratio {
            ::lexgen::typed::Validate::validate_at(v, path.key("aspectRatio"), out);
        }
    }
}
::lexgen::via_typed!(Image, Images, View, ViewImage);
