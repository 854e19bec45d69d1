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
::lexgen::string_set!(ProfileAvailability);
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
        availability: optional "availability" string { max_length: 64 },
        created_at: required "createdAt",
        disciplines: optional "disciplines" array { max_length: 10 } of string { max_length: 640, max_graphemes: 64 },
        headline: optional "headline" string { max_length: 1280, max_graphemes: 128 },
        links: optional "links" array { max_length: 10 },
        location: optional "location",
        skills: optional "skills" array { max_length: 50 } of string { max_length: 640, max_graphemes: 64 },
        summary: optional "summary" string { max_length: 30000, max_graphemes: 3000 },
        summary_facets: optional "summaryFacets",
    }
}
::lexgen::via_typed!(ProfileAvailability, Profile);
