// @generated from lexicons/cv/atmos/cv/exhibition.json by cargo xtask codegen
//! An exhibition, fair or screening that showed the person's work.
/// The NSID of this lexicon document.
pub const NSID: &str = "cv.atmos.cv.exhibition";
/// The kind of show. Open set.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ExhibitionKind {
    /// `solo`
    Solo,
    /// `group`
    Group,
    /// `fair`
    Fair,
    /// `festival`
    Festival,
    /// `screening`
    Screening,
    /// `online`
    Online,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ExhibitionKind {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Solo => "solo",
            Self::Group => "group",
            Self::Fair => "fair",
            Self::Festival => "festival",
            Self::Screening => "screening",
            Self::Online => "online",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ExhibitionKind {
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
                "solo" => Self::Solo,
                "group" => Self::Group,
                "fair" => Self::Fair,
                "festival" => Self::Festival,
                "screening" => Self::Screening,
                "online" => Self::Online,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(ExhibitionKind);
impl ::lexgen::xrpc::Param for ExhibitionKind {}
/// An exhibition, fair or screening that showed the person's work.
#[derive(Clone, PartialEq)]
pub struct Exhibition {
    /// When the record was created (client clock).
    pub created_at: ::lexgen::model::Datetime,
    /// Notes on the exhibition.
    pub description: ::std::option::Option<::std::string::String>,
    /// Rich-text annotations (mentions, links, tags) of `description`, by byte range.
    pub description_facets: ::std::option::Option<
        ::std::vec::Vec<crate::app::bsky::richtext::facet::Facet>,
    >,
    /// Closing date.
    pub end_date: ::std::option::Option<crate::cv::atmos::defs::PartialDate>,
    /// The kind of show. Open set.
    pub kind: ::std::option::Option<ExhibitionKind>,
    /// External links (personal site, shop, press), in display order.
    pub links: ::std::option::Option<::std::vec::Vec<crate::cv::atmos::defs::Link>>,
    /// Where it took place.
    pub location: ::std::option::Option<crate::cv::atmos::defs::Location>,
    /// Opening date.
    pub start_date: crate::cv::atmos::defs::PartialDate,
    /// The exhibition's title.
    pub title: ::std::string::String,
    /// The gallery, museum, fair or festival.
    pub venue: ::std::option::Option<::std::string::String>,
    /// Portfolio entries shown, at the version shown.
    pub works: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::repo::strong_ref::StrongRef>,
    >,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Exhibition = "cv.atmos.cv.exhibition", extra {
        created_at: required "createdAt",
        description: optional "description" string { max_length: 30000, max_graphemes: 3000 },
        description_facets: optional "descriptionFacets",
        end_date: optional "endDate",
        kind: optional "kind" string { max_length: 64 },
        links: optional "links" array { max_length: 10 },
        location: optional "location",
        start_date: required "startDate",
        title: required "title" string { max_length: 1280, max_graphemes: 128 },
        venue: optional "venue" string { max_length: 1280, max_graphemes: 128 },
        works: optional "works" array { max_length: 50 },
    }
}
::lexgen::via_typed!(ExhibitionKind, Exhibition);
