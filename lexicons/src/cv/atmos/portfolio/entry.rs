// @generated from lexicons/cv/atmos/portfolio/entry.json by cargo xtask codegen
//! A work or project in a creative's portfolio.
/// The NSID of this lexicon document.
pub const NSID: &str = "cv.atmos.portfolio.entry";
/// A collaborator's credit on a work.
#[derive(Clone, PartialEq)]
pub struct Credit {
    /// What they did, e.g. `Photography` or `Retouching`.
    pub credit: ::std::string::String,
    /// The collaborator's account.
    pub did: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Credit, extra {
        credit: required "credit" string { max_length: 640, max_graphemes: 64 },
        did: required "did",
    }
}
#[derive(Clone, PartialEq)]
pub enum EntryMediaItem {
    /// `cv.atmos.defs#image`
    DefsImage(::std::boxed::Box<crate::cv::atmos::defs::Image>),
    /// `cv.atmos.defs#video`
    DefsVideo(::std::boxed::Box<crate::cv::atmos::defs::Video>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for EntryMediaItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "cv.atmos.defs#image" => {
                ::lexgen::typed::member(map, path).map(Self::DefsImage)
            }
            "cv.atmos.defs#video" => {
                ::lexgen::typed::member(map, path).map(Self::DefsVideo)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::DefsImage(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "cv.atmos.defs#image")
            }
            Self::DefsVideo(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "cv.atmos.defs#video")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for EntryMediaItem {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::DefsImage(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::DefsVideo(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
/// A work or project in a creative's portfolio.
#[derive(Clone, PartialEq)]
pub struct Entry {
    /// Who the work was made for, if anyone.
    pub client: ::std::option::Option<::std::string::String>,
    /// People who worked on it, with their credits.
    pub collaborators: ::std::option::Option<::std::vec::Vec<Credit>>,
    /// When the record was created (client clock).
    pub created_at: ::lexgen::model::Datetime,
    /// When the work was made or released.
    pub date: ::std::option::Option<crate::cv::atmos::defs::PartialDate>,
    /// What the work is and how it was made.
    pub description: ::std::option::Option<::std::string::String>,
    /// Rich-text annotations (mentions, links, tags) of `description`, by byte range.
    pub description_facets: ::std::option::Option<
        ::std::vec::Vec<crate::app::bsky::richtext::facet::Facet>,
    >,
    /// Creative disciplines, most relevant first.
    pub disciplines: ::std::option::Option<
        ::std::vec::Vec<crate::cv::atmos::defs::Discipline>,
    >,
    /// Languages of the text fields, most used first.
    pub langs: ::std::option::Option<::std::vec::Vec<::lexgen::model::Language>>,
    /// External links (personal site, shop, press), in display order.
    pub links: ::std::option::Option<::std::vec::Vec<crate::cv::atmos::defs::Link>>,
    /// Images and videos of the work, in display order; the first is the cover.
    pub media: ::std::option::Option<::std::vec::Vec<EntryMediaItem>>,
    /// The author's role in the work, e.g. `Art direction`.
    pub role: ::std::option::Option<::std::string::String>,
    /// Free-form tags, without `#`.
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The name of the work.
    pub title: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Entry = "cv.atmos.portfolio.entry", extra {
        client: optional "client" string { max_length: 640, max_graphemes: 64 },
        collaborators: optional "collaborators" array { max_length: 50 },
        created_at: required "createdAt",
        date: optional "date",
        description: optional "description" string { max_length: 30000, max_graphemes: 3000 },
        description_facets: optional "descriptionFacets",
        disciplines: optional "disciplines" array { max_length: 10 } of string { max_length: 640, max_graphemes: 64 },
        langs: optional "langs" array { max_length: 3 },
        links: optional "links" array { max_length: 10 },
        media: optional "media" array { max_length: 50 },
        role: optional "role" string { max_length: 640, max_graphemes: 64 },
        tags: optional "tags" array { max_length: 20 } of string { max_length: 640, max_graphemes: 64 },
        title: required "title" string { max_length: 1280, max_graphemes: 128 },
    }
}
::lexgen::via_typed!(Credit, EntryMediaItem, Entry);
