// @generated from lexicons/cv/atmos/cv/award.json by cargo xtask codegen
//! `cv.atmos.cv.award`.
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
impl ::lexgen::typed::Typed for Award {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::record(
            value,
            path,
            "cv.atmos.cv.award",
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
        ));
        props.required("createdAt", &mut slots.0);
        props.required("date", &mut slots.1);
        props.optional("description", &mut slots.2);
        props.optional("descriptionFacets", &mut slots.3);
        props.optional("location", &mut slots.4);
        props.optional("organisation", &mut slots.5);
        props.required("title", &mut slots.6);
        props.optional("work", &mut slots.7);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(date),
                ::std::option::Option::Some(description),
                ::std::option::Option::Some(description_facets),
                ::std::option::Option::Some(location),
                ::std::option::Option::Some(organisation),
                ::std::option::Option::Some(title),
                ::std::option::Option::Some(work),
            ) => {
                ::std::result::Result::Ok(Self {
                    created_at,
                    date,
                    description,
                    description_facets,
                    location,
                    organisation,
                    title,
                    work,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put(&mut map, "date", &self.date);
        ::lexgen::typed::put_optional(&mut map, "description", &self.description);
        ::lexgen::typed::put_optional(
            &mut map,
            "descriptionFacets",
            &self.description_facets,
        );
        ::lexgen::typed::put_optional(&mut map, "location", &self.location);
        ::lexgen::typed::put_optional(&mut map, "organisation", &self.organisation);
        ::lexgen::typed::put(&mut map, "title", &self.title);
        ::lexgen::typed::put_optional(&mut map, "work", &self.work);
        ::lexgen::typed::with_record_type(map, "cv.atmos.cv.award")
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
