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
        description: optional "description",
        description_facets: optional "descriptionFacets",
        end_date: optional "endDate",
        field: optional "field",
        institution: required "institution",
        location: optional "location",
        start_date: required "startDate",
        title: optional "title",
    }
}
impl ::lexgen::typed::Validate for Education {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.description {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(30000u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(3000u64),
                },
                path.key("description"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.description_facets {
            {
                let p0 = path.key("descriptionFacets");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.end_date {
            ::lexgen::typed::Validate::validate_at(v, path.key("endDate"), out);
        }
        if let ::std::option::Option::Some(v) = &self.field {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(1280u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(128u64),
                },
                path.key("field"),
                out,
            );
        }
        {
            let v = &self.institution;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(1280u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(128u64),
                },
                path.key("institution"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.location {
            ::lexgen::typed::Validate::validate_at(v, path.key("location"), out);
        }
        {
            let v = &self.start_date;
            ::lexgen::typed::Validate::validate_at(v, path.key("startDate"), out);
        }
        if let ::std::option::Option::Some(v) = &self.title {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(1280u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(128u64),
                },
                path.key("title"),
                out,
            );
        }
    }
}
::lexgen::via_typed!(Education);
