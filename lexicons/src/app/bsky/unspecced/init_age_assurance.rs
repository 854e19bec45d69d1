// @generated from lexicons/app/bsky/unspecced/initAgeAssurance.json by cargo xtask codegen
//! `app.bsky.unspecced.initAgeAssurance`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.unspecced.initAgeAssurance";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub country_code: ::std::string::String,
    pub email: ::std::string::String,
    pub language: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        country_code: required "countryCode",
        email: required "email",
        language: required "language",
    }
}
pub type Output = crate::app::bsky::unspecced::defs::AgeAssuranceState;
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    InvalidEmail,
    DidTooLong,
    InvalidInitiation,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::InvalidEmail => "InvalidEmail",
            Self::DidTooLong => "DidTooLong",
            Self::InvalidInitiation => "InvalidInitiation",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "InvalidEmail" => ::std::option::Option::Some(Self::InvalidEmail),
            "DidTooLong" => ::std::option::Option::Some(Self::DidTooLong),
            "InvalidInitiation" => ::std::option::Option::Some(Self::InvalidInitiation),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.unspecced.initAgeAssurance` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InitAgeAssurance;
impl ::lexgen::xrpc::Endpoint for InitAgeAssurance {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
