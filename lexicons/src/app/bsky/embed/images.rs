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
        image: required "image" blob { accept: &["image/*"], max_size: 2000000 },
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
        images: required "images" array { max_length: 4 },
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
        images: required "images" array { max_length: 4 },
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
::lexgen::via_typed!(Image, Images, View, ViewImage);
