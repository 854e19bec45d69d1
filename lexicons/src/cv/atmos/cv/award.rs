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
        description: optional "description",
        description_facets: optional "descriptionFacets",
        location: optional "location",
        organisation: optional "organisation",
        title: required "title",
        work: optional "work",
    }
}
impl ::lexgen::typed::Validate for Award {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.date;
            ::lexgen::typed::Validate::validate_at(v, path.key("date"), out);
        }
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
        if let ::std::option::Option::Some(v) = &self.location {
            ::lexgen::typed::Validate::validate_at(v, path.key("location"), out);
        }
        if let ::std::option::Option::Some(v) = &self.organisation {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(1280u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(128u64),
                },
                path.key("organisation"),
                out,
            );
        }
        {
            let v = &self.title;
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
        if let ::std::option::Option::Some(v) = &self.work {
            ::lexgen::typed::Validate::validate_at(v, path.key("work"), out);
        }
    }
}
::lexgen::via_typed!(Award);
