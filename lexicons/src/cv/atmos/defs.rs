// @generated from lexicons/cv/atmos/defs.json by cargo xtask codegen
//! Definitions shared by the Atmos lexicons: dates, places, links, media and disciplines.
/// The NSID of this lexicon document.
pub const NSID: &str = "cv.atmos.defs";
/// A creative discipline. Open set: prefer a known value, in lowercase kebab-case.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum Discipline {
    /// `3d`
    _3d,
    /// `animation`
    Animation,
    /// `architecture`
    Architecture,
    /// `art-direction`
    ArtDirection,
    /// `branding`
    Branding,
    /// `ceramics`
    Ceramics,
    /// `copywriting`
    Copywriting,
    /// `fashion-design`
    FashionDesign,
    /// `film`
    Film,
    /// `game-design`
    GameDesign,
    /// `graphic-design`
    GraphicDesign,
    /// `illustration`
    Illustration,
    /// `industrial-design`
    IndustrialDesign,
    /// `interaction-design`
    InteractionDesign,
    /// `interior-design`
    InteriorDesign,
    /// `motion-design`
    MotionDesign,
    /// `music`
    Music,
    /// `painting`
    Painting,
    /// `photography`
    Photography,
    /// `printmaking`
    Printmaking,
    /// `product-design`
    ProductDesign,
    /// `sculpture`
    Sculpture,
    /// `sound-design`
    SoundDesign,
    /// `textile-design`
    TextileDesign,
    /// `typography`
    Typography,
    /// `ux-design`
    UxDesign,
    /// `web-design`
    WebDesign,
    /// `writing`
    Writing,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl Discipline {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::_3d => "3d",
            Self::Animation => "animation",
            Self::Architecture => "architecture",
            Self::ArtDirection => "art-direction",
            Self::Branding => "branding",
            Self::Ceramics => "ceramics",
            Self::Copywriting => "copywriting",
            Self::FashionDesign => "fashion-design",
            Self::Film => "film",
            Self::GameDesign => "game-design",
            Self::GraphicDesign => "graphic-design",
            Self::Illustration => "illustration",
            Self::IndustrialDesign => "industrial-design",
            Self::InteractionDesign => "interaction-design",
            Self::InteriorDesign => "interior-design",
            Self::MotionDesign => "motion-design",
            Self::Music => "music",
            Self::Painting => "painting",
            Self::Photography => "photography",
            Self::Printmaking => "printmaking",
            Self::ProductDesign => "product-design",
            Self::Sculpture => "sculpture",
            Self::SoundDesign => "sound-design",
            Self::TextileDesign => "textile-design",
            Self::Typography => "typography",
            Self::UxDesign => "ux-design",
            Self::WebDesign => "web-design",
            Self::Writing => "writing",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for Discipline {
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
                "3d" => Self::_3d,
                "animation" => Self::Animation,
                "architecture" => Self::Architecture,
                "art-direction" => Self::ArtDirection,
                "branding" => Self::Branding,
                "ceramics" => Self::Ceramics,
                "copywriting" => Self::Copywriting,
                "fashion-design" => Self::FashionDesign,
                "film" => Self::Film,
                "game-design" => Self::GameDesign,
                "graphic-design" => Self::GraphicDesign,
                "illustration" => Self::Illustration,
                "industrial-design" => Self::IndustrialDesign,
                "interaction-design" => Self::InteractionDesign,
                "interior-design" => Self::InteriorDesign,
                "motion-design" => Self::MotionDesign,
                "music" => Self::Music,
                "painting" => Self::Painting,
                "photography" => Self::Photography,
                "printmaking" => Self::Printmaking,
                "product-design" => Self::ProductDesign,
                "sculpture" => Self::Sculpture,
                "sound-design" => Self::SoundDesign,
                "textile-design" => Self::TextileDesign,
                "typography" => Self::Typography,
                "ux-design" => Self::UxDesign,
                "web-design" => Self::WebDesign,
                "writing" => Self::Writing,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(Discipline);
impl ::lexgen::xrpc::Param for Discipline {}
/// An uploaded image with its alt text.
#[derive(Clone, PartialEq)]
pub struct Image {
    /// Alt text describing the image for people who cannot see it; empty only for decorative images.
    pub alt: ::std::string::String,
    /// Width and height, so clients can lay out before loading.
    pub aspect_ratio: ::std::option::Option<crate::app::bsky::embed::defs::AspectRatio>,
    /// The image, at display quality.
    pub image: ::lexgen::model::BlobRef,
    /// Where the full-quality original lives, when it is larger than a blob may be.
    pub original: ::std::option::Option<::lexgen::model::Uri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Image, extra {
        alt: required "alt" string { max_length: 20000, max_graphemes: 2000 },
        aspect_ratio: optional "aspectRatio",
        image: required "image" blob { accept: &["image/png", "image/jpeg", "image/webp", "image/gif", "image/avif"], max_size: 5000000 },
        original: optional "original" string { max_length: 2000 },
    }
}
/// A link to a page outside the network.
#[derive(Clone, PartialEq)]
pub struct Link {
    /// Link text for display.
    pub title: ::std::option::Option<::std::string::String>,
    /// The address (https recommended).
    pub uri: ::lexgen::model::Uri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Link, extra {
        title: optional "title" string { max_length: 1000, max_graphemes: 100 },
        uri: required "uri" string { max_length: 2000 },
    }
}
/// A place, as people write it, with an optional country.
#[derive(Clone, PartialEq)]
pub struct Location {
    /// ISO 3166-1 alpha-2 country code, upper case (e.g. `FR`).
    pub country: ::std::option::Option<::std::string::String>,
    /// Place name for display, e.g. `Lyon, France` or `Remote`.
    pub name: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Location, extra {
        country: optional "country" string { min_length: 2, max_length: 2 },
        name: required "name" string { max_length: 640, max_graphemes: 64 },
    }
}
/// A calendar date known to the year, the month or the day (a CV rarely knows more than the month).
#[derive(Clone, PartialEq)]
pub struct PartialDate {
    /// Day of the month, 1 to 31; only with `month`.
    pub day: ::std::option::Option<i64>,
    /// Month, 1 to 12; absent when only the year is known.
    pub month: ::std::option::Option<i64>,
    /// Year of the common era.
    pub year: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    PartialDate, extra {
        day: optional "day" integer { minimum: 1, maximum: 31 },
        month: optional "month" integer { minimum: 1, maximum: 12 },
        year: required "year" integer { minimum: 1, maximum: 9999 },
    }
}
/// An uploaded video with its alt text.
#[derive(Clone, PartialEq)]
pub struct Video {
    /// Alt text describing the video.
    pub alt: ::std::string::String,
    /// Width and height, so clients can lay out before loading.
    pub aspect_ratio: ::std::option::Option<crate::app::bsky::embed::defs::AspectRatio>,
    /// Where the full-quality original lives, when it is larger than a blob may be.
    pub original: ::std::option::Option<::lexgen::model::Uri>,
    /// A still image shown before playback.
    pub poster: ::std::option::Option<::lexgen::model::BlobRef>,
    /// The video file.
    pub video: ::lexgen::model::BlobRef,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Video, extra {
        alt: required "alt" string { max_length: 20000, max_graphemes: 2000 },
        aspect_ratio: optional "aspectRatio",
        original: optional "original" string { max_length: 2000 },
        poster: optional "poster" blob { accept: &["image/png", "image/jpeg", "image/webp"], max_size: 1000000 },
        video: required "video" blob { accept: &["video/mp4", "video/webm", "video/quicktime"], max_size: 100000000 },
    }
}
::lexgen::via_typed!(Discipline, Image, Link, Location, PartialDate, Video);
