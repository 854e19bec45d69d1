// @generated from lexicons/app/bsky/contact/verifyPhone.json by cargo xtask codegen
//! `app.bsky.contact.verifyPhone`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.contact.verifyPhone";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub code: ::std::string::String,
    pub phone: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        code: required "code",
        phone: required "phone",
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub token: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        token: required "token",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    RateLimitExceeded,
    InvalidDid,
    InvalidPhone,
    InvalidCode,
    InternalError,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::RateLimitExceeded => "RateLimitExceeded",
            Self::InvalidDid => "InvalidDid",
            Self::InvalidPhone => "InvalidPhone",
            Self::InvalidCode => "InvalidCode",
            Self::InternalError => "InternalError",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "RateLimitExceeded" => ::std::option::Option::Some(Self::RateLimitExceeded),
            "InvalidDid" => ::std::option::Option::Some(Self::InvalidDid),
            "InvalidPhone" => ::std::option::Option::Some(Self::InvalidPhone),
            "InvalidCode" => ::std::option::Option::Some(Self::InvalidCode),
            "InternalError" => ::std::option::Option::Some(Self::InternalError),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.contact.verifyPhone` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VerifyPhone;
impl ::lexgen::xrpc::Endpoint for VerifyPhone {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
