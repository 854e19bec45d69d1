// @generated from lexicons/cv/atmos/cv/award.json by cargo xtask codegen
//! An award, prize or distinction in a CV.
/// The NSID of this lexicon document.
pub const NSID: &str = "cv.atmos.cv.award";
/// An award, prize or distinction in a CV.
#[derive(Clone, PartialEq)]
pub struct Award {
    /// When the record was created (client clock).
    pub created_at: ::lexgen::model::Datetime,
    /// When the award was received.
    pub date: crate::cv::atmos::defs::PartialDate,
    /// Notes on the award.
    pub description: ::std::option::Option<::std::string::String>,
    /// Rich-text annotations (mentions, links, tags) of `description`, by byte range.
    pub description_facets: ::std::option::Option<
        ::std::vec::Vec<crate::app::bsky::richtext::facet::Facet>,
    >,
    /// Where it took place.
    pub location: ::std::option::Option<crate::cv::atmos::defs::Location>,
    /// Who gave the award.
    pub organisation: ::std::option::Option<::std::string::String>,
    /// The award, e.g. `Gold, Editorial illustration`.
    pub title: ::std::string::String,
    /// The portfolio entry (or other record) the award was given for, at the version that won.
    pub work: ::std::option::Option<crate::com::atproto::repo::strong_ref::StrongRef>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Award = "cv.atmos.cv.award", extra {
        created_at: required "createdAt",
        date: required "date",
        description: optional "description" string { max_length: 30000, max_graphemes: 3000 },
        description_facets: optional "descriptionFacets",
        location: optional "location",
        organisation: optional "organisation" string { max_length: 1280, max_graphemes: 128 },
        title: required "title" string { max_length: 1280, max_graphemes: 128 },
        work: optional "work",
    }
}
::lexgen::via_typed!(Award);
