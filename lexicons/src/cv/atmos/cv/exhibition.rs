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
impl ::lexgen::typed::AsText for ExhibitionKind {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
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
        description: optional "description",
        description_facets: optional "descriptionFacets",
        end_date: optional "endDate",
        kind: optional "kind",
        links: optional "links",
        location: optional "location",
        start_date: required "startDate",
        title: required "title",
        venue: optional "venue",
        works: optional "works",
    }
}
impl ::lexgen::typed::Validate for Exhibition {
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
        if let ::std::option::Option::Some(v) = &self.kind {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(64u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("kind"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.links {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(10u64),
                    path.key("links"),
                    out,
                );
                let p0 = path.key("links");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.location {
            ::lexgen::typed::Validate::validate_at(v, path.key("location"), out);
        }
        {
            let v = &self.start_date;
            ::lexgen::typed::Validate::validate_at(v, path.key("startDate"), out);
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
        if let ::std::option::Option::Some(v) = &self.venue {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(1280u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(128u64),
                },
                path.key("venue"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.works {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(50u64),
                    path.key("works"),
                    out,
                );
                let p0 = path.key("works");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
::lexgen::via_typed!(ExhibitionKind, Exhibition);
