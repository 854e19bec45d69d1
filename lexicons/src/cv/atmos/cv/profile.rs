// @generated from lexicons/cv/atmos/cv/profile.json by cargo xtask codegen
//! An account's professional profile; one per account.
/// The NSID of this lexicon document.
pub const NSID: &str = "cv.atmos.cv.profile";
/// Whether the person is open to work, and how. Open set.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ProfileAvailability {
    /// `open`
    Open,
    /// `freelance`
    Freelance,
    /// `full-time`
    FullTime,
    /// `part-time`
    PartTime,
    /// `not-available`
    NotAvailable,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ProfileAvailability {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Freelance => "freelance",
            Self::FullTime => "full-time",
            Self::PartTime => "part-time",
            Self::NotAvailable => "not-available",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ProfileAvailability {
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
                "open" => Self::Open,
                "freelance" => Self::Freelance,
                "full-time" => Self::FullTime,
                "part-time" => Self::PartTime,
                "not-available" => Self::NotAvailable,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
impl ::lexgen::typed::AsText for ProfileAvailability {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for ProfileAvailability {}
/// An account's professional profile; one per account.
#[derive(Clone, PartialEq)]
pub struct Profile {
    /// Whether the person is open to work, and how. Open set.
    pub availability: ::std::option::Option<ProfileAvailability>,
    /// When the record was created (client clock).
    pub created_at: ::lexgen::model::Datetime,
    /// Creative disciplines, most relevant first.
    pub disciplines: ::std::option::Option<
        ::std::vec::Vec<crate::cv::atmos::defs::Discipline>,
    >,
    /// One line saying who the person is professionally, e.g. `Illustrator and type designer`.
    pub headline: ::std::option::Option<::std::string::String>,
    /// External links (personal site, shop, press), in display order.
    pub links: ::std::option::Option<::std::vec::Vec<crate::cv::atmos::defs::Link>>,
    /// Where the person is based.
    pub location: ::std::option::Option<crate::cv::atmos::defs::Location>,
    /// Skills and tools, e.g. `Risograph` or `Blender`.
    pub skills: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// A longer professional introduction.
    pub summary: ::std::option::Option<::std::string::String>,
    /// Rich-text annotations (mentions, links, tags) of `summary`, by byte range.
    pub summary_facets: ::std::option::Option<
        ::std::vec::Vec<crate::app::bsky::richtext::facet::Facet>,
    >,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Profile = "cv.atmos.cv.profile", extra {
        availability: optional "availability",
        created_at: required "createdAt",
        disciplines: optional "disciplines",
        headline: optional "headline",
        links: optional "links",
        location: optional "location",
        skills: optional "skills",
        summary: optional "summary",
        summary_facets: optional "summaryFacets",
    }
}
impl ::lexgen::typed::Validate for Profile {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.availability {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(64u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("availability"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.disciplines {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(10u64),
                    path.key("disciplines"),
                    out,
                );
                let p0 = path.key("disciplines");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::check::string(
                        &::lexgen::typed::AsText::text(item0),
                        &::lexgen::typed::check::StringLimits {
                            min_length: ::std::option::Option::None,
                            max_length: ::std::option::Option::Some(640u64),
                            min_graphemes: ::std::option::Option::None,
                            max_graphemes: ::std::option::Option::Some(64u64),
                        },
                        p0.index(i0),
                        out,
                    );
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.headline {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(1280u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(128u64),
                },
                path.key("headline"),
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
        if let ::std::option::Option::Some(v) = &self.skills {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(50u64),
                    path.key("skills"),
                    out,
                );
                let p0 = path.key("skills");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::check::string(
                        &::lexgen::typed::AsText::text(item0),
                        &::lexgen::typed::check::StringLimits {
                            min_length: ::std::option::Option::None,
                            max_length: ::std::option::Option::Some(640u64),
                            min_graphemes: ::std::option::Option::None,
                            max_graphemes: ::std::option::Option::Some(64u64),
                        },
                        p0.index(i0),
                        out,
                    );
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.summary {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(30000u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(3000u64),
                },
                path.key("summary"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.summary_facets {
            {
                let p0 = path.key("summaryFacets");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
::lexgen::via_typed!(ProfileAvailability, Profile);
