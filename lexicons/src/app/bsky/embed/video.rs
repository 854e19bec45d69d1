// @generated from lexicons/app/bsky/embed/video.json by cargo xtask codegen
//! `app.bsky.embed.video`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.embed.video";
#[derive(Clone, PartialEq)]
pub struct Caption {
    pub file: ::lexgen::model::BlobRef,
    pub lang: ::lexgen::model::Language,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Caption, extra {
        file: required "file" blob { accept: &["text/vtt"], max_size: 20000 },
        lang: required "lang",
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum VideoPresentation {
    /// `default`
    Default,
    /// `gif`
    Gif,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl VideoPresentation {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::Gif => "gif",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for VideoPresentation {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let text: ::std::string::String = ::lexgen::typed::Typed::from_value(
            value,
            path,
        )?;
        ::std::result::Result::Ok(
            match text.as_str() {
                "default" => Self::Default,
                "gif" => Self::Gif,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(VideoPresentation);
impl ::lexgen::xrpc::Param for VideoPresentation {}
#[derive(Clone, PartialEq)]
pub struct Video {
    pub alt: ::std::option::Option<::std::string::String>,
    pub aspect_ratio: ::std::option::Option<crate::app::bsky::embed::defs::AspectRatio>,
    pub captions: ::std::option::Option<::std::vec::Vec<Caption>>,
    pub presentation: ::std::option::Option<VideoPresentation>,
    pub video: ::lexgen::model::BlobRef,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Video, extra {
        alt: optional "alt",
        aspect_ratio: optional "aspectRatio",
        captions: optional "captions" array { max_length: 20 },
        presentation: optional "presentation",
        video: required "video" blob { accept: &["video/mp4"], max_size: 300000000 },
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ViewPresentation {
    /// `default`
    Default,
    /// `gif`
    Gif,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ViewPresentation {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::Gif => "gif",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ViewPresentation {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let text: ::std::string::String = ::lexgen::typed::Typed::from_value(
            value,
            path,
        )?;
        ::std::result::Result::Ok(
            match text.as_str() {
                "default" => Self::Default,
                "gif" => Self::Gif,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(ViewPresentation);
impl ::lexgen::xrpc::Param for ViewPresentation {}
#[derive(Clone, PartialEq)]
pub struct View {
    pub alt: ::std::option::Option<::std::string::String>,
    pub aspect_ratio: ::std::option::Option<crate::app::bsky::embed::defs::AspectRatio>,
    pub cid: ::lexgen::model::CidString,
    pub playlist: ::lexgen::model::Uri,
    pub presentation: ::std::option::Option<ViewPresentation>,
    pub thumbnail: ::std::option::Option<::lexgen::model::Uri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    View, extra {
        alt: optional "alt",
        aspect_ratio: optional "aspectRatio",
        cid: required "cid" string { cid: true },
        playlist: required "playlist",
        presentation: optional "presentation",
        thumbnail: optional "thumbnail",
    }
}
::lexgen::via_typed!(Caption, VideoPresentation, Video, ViewPresentation, View);
