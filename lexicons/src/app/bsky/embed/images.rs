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
::lexgen::object! {
    Image, extra {
        alt: required "alt",
        aspect_ratio: optional "aspectRatio",
        image: required "image",
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
::lexgen::object! {
    Images, extra {
        images: required "images",
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
::lexgen::object! {
    View, extra {
        images: required "images",
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
::lexgen::object! {
    ViewImage, extra {
        alt: required "alt",
        aspect_ratio: optional "aspectRatio",
        fullsize: required "fullsize",
        thumb: required "thumb",
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
