// @generated from lexicons/cv/atmos/cv/education.json by cargo xtask codegen
//! `cv.atmos.cv.education`.
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
impl ::lexgen::typed::Typed for Education {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::record(
            value,
            path,
            "cv.atmos.cv.education",
        )?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("createdAt", &mut slots.0);
        props.optional("description", &mut slots.1);
        props.optional("descriptionFacets", &mut slots.2);
        props.optional("endDate", &mut slots.3);
        props.optional("field", &mut slots.4);
        props.required("institution", &mut slots.5);
        props.optional("location", &mut slots.6);
        props.required("startDate", &mut slots.7);
        props.optional("title", &mut slots.8);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(description),
                ::std::option::Option::Some(description_facets),
                ::std::option::Option::Some(end_date),
                ::std::option::Option::Some(field),
                ::std::option::Option::Some(institution),
                ::std::option::Option::Some(location),
                ::std::option::Option::Some(start_date),
                ::std::option::Option::Some(title),
            ) => {
                ::std::result::Result::Ok(Self {
                    created_at,
                    description,
                    description_facets,
                    end_date,
                    field,
                    institution,
                    location,
                    start_date,
                    title,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put_optional(&mut map, "description", &self.description);
        ::lexgen::typed::put_optional(
            &mut map,
            "descriptionFacets",
            &self.description_facets,
        );
        ::lexgen::typed::put_optional(&mut map, "endDate", &self.end_date);
        ::lexgen::typed::put_optional(&mut map, "field", &self.field);
        ::lexgen::typed::put(&mut map, "institution", &self.institution);
        ::lexgen::typed::put_optional(&mut map, "location", &self.location);
        ::lexgen::typed::put(&mut map, "startDate", &self.start_date);
        ::lexgen::typed::put_optional(&mut map, "title", &self.title);
        ::lexgen::typed::with_record_type(map, "cv.atmos.cv.education")
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
