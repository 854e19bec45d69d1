// @generated from lexicons/app/bsky/ageassurance/begin.json by cargo xtask codegen
//! `app.bsky.ageassurance.begin`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.ageassurance.begin";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub country_code: ::std::string::String,
    pub email: ::std::string::String,
    pub language: ::std::string::String,
    pub region_code: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        country_code: required "countryCode",
        email: required "email",
        language: required "language",
        region_code: optional "regionCode",
    }
}
pub type Output = crate::app::bsky::ageassurance::defs::State;
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    InvalidEmail,
    DidTooLong,
    InvalidInitiation,
    RegionNotSupported,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::InvalidEmail => "InvalidEmail",
            Self::DidTooLong => "DidTooLong",
            Self::InvalidInitiation => "InvalidInitiation",
            Self::RegionNotSupported => "RegionNotSupported",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "InvalidEmail" => ::std::option::Option::Some(Self::InvalidEmail),
            "DidTooLong" => ::std::option::Option::Some(Self::DidTooLong),
            "InvalidInitiation" => ::std::option::Option::Some(Self::InvalidInitiation),
            "RegionNotSupported" => ::std::option::Option::Some(Self::RegionNotSupported),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.ageassurance.begin` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Begin;
impl ::lexgen::xrpc::Endpoint for Begin {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
