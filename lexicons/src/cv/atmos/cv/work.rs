// @generated from lexicons/cv/atmos/cv/work.json by cargo xtask codegen
//! A position in the work history of a CV.
/// The NSID of this lexicon document.
pub const NSID: &str = "cv.atmos.cv.work";
/// The kind of engagement. Open set.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum WorkEmployment {
    /// `full-time`
    FullTime,
    /// `part-time`
    PartTime,
    /// `freelance`
    Freelance,
    /// `contract`
    Contract,
    /// `internship`
    Internship,
    /// `residency`
    Residency,
    /// `volunteer`
    Volunteer,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl WorkEmployment {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FullTime => "full-time",
            Self::PartTime => "part-time",
            Self::Freelance => "freelance",
            Self::Contract => "contract",
            Self::Internship => "internship",
            Self::Residency => "residency",
            Self::Volunteer => "volunteer",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for WorkEmployment {
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
                "full-time" => Self::FullTime,
                "part-time" => Self::PartTime,
                "freelance" => Self::Freelance,
                "contract" => Self::Contract,
                "internship" => Self::Internship,
                "residency" => Self::Residency,
                "volunteer" => Self::Volunteer,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(WorkEmployment);
impl ::lexgen::xrpc::Param for WorkEmployment {}
/// A position in the work history of a CV.
#[derive(Clone, PartialEq)]
pub struct Work {
    /// When the record was created (client clock).
    pub created_at: ::lexgen::model::Datetime,
    /// What the work involved.
    pub description: ::std::option::Option<::std::string::String>,
    /// Rich-text annotations (mentions, links, tags) of `description`, by byte range.
    pub description_facets: ::std::option::Option<
        ::std::vec::Vec<crate::app::bsky::richtext::facet::Facet>,
    >,
    /// The kind of engagement. Open set.
    pub employment: ::std::option::Option<WorkEmployment>,
    /// When the position ended; absent while it continues.
    pub end_date: ::std::option::Option<crate::cv::atmos::defs::PartialDate>,
    /// Where it took place.
    pub location: ::std::option::Option<crate::cv::atmos::defs::Location>,
    /// The employer, studio or client.
    pub organisation: ::std::string::String,
    /// When the position started.
    pub start_date: crate::cv::atmos::defs::PartialDate,
    /// The position held, e.g. `Senior designer`.
    pub title: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    record Work = "cv.atmos.cv.work", extra {
        created_at: required "createdAt",
        description: optional "description" string { max_length: 30000, max_graphemes: 3000 },
        description_facets: optional "descriptionFacets",
        employment: optional "employment" string { max_length: 64 },
        end_date: optional "endDate",
        location: optional "location",
        organisation: required "organisation" string { max_length: 1280, max_graphemes: 128 },
        start_date: required "startDate",
        title: required "title" string { max_length: 1280, max_graphemes: 128 },
    }
}
::lexgen::via_typed!(WorkEmployment, Work);
