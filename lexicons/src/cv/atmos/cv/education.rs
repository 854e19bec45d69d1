// @generated from lexicons/cv/atmos/cv/education.json by cargo xtask codegen
//! A course of study in a CV.
/// The NSID of this lexicon document.
pub const NSID: &str = "cv.atmos.cv.education";
/// A course of study in a CV.
#[derive(Clone, PartialEq)]
pub struct Education {
    /// When the record was created (client clock).
    pub created_at: ::lexgen::model::Datetime,
    /// Notes on the studies (thesis, honours, ...).
    pub description: ::std::option::Option<::std::string::String>,
    /// Rich-text annotations (mentions, links, tags) of `description`, by byte range.
    pub description_facets: ::std::option::Option<
        ::std::vec::Vec<crate::app::bsky::richtext::facet::Facet>,
    >,
    /// When the studies ended; absent while they continue.
    pub end_date: ::std::option::Option<crate::cv::atmos::defs::PartialDate>,
    /// The field of study.
    pub field: ::std::option::Option<::std::string::String>,
    /// The school, university or academy.
    pub institution: ::std::string::String,
    /// Where it took place.
    pub location: ::std::option::Option<crate::cv::atmos::defs::Location>,
    /// When the studies started.
    pub start_date: crate::cv::atmos::defs::PartialDate,
    /// The degree or qualification, e.g. `MA Graphic Design`.
    pub title: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Education = "cv.atmos.cv.education", extra {
        created_at: required "createdAt",
        description: optional "description" string { max_length: 30000, max_graphemes: 3000 },
        description_facets: optional "descriptionFacets",
        end_date: optional "endDate",
        field: optional "field" string { max_length: 1280, max_graphemes: 128 },
        institution: required "institution" string { max_length: 1280, max_graphemes: 128 },
        location: optional "location",
        start_date: required "startDate",
        title: optional "title" string { max_length: 1280, max_graphemes: 128 },
    }
}
::lexgen::via_typed!(Education);
