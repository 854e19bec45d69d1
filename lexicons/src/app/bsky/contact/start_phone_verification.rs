// @generated from lexicons/app/bsky/contact/startPhoneVerification.json by cargo xtask codegen
//! `app.bsky.contact.startPhoneVerification`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.contact.startPhoneVerification";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub phone: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        phone: required "phone",
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    RateLimitExceeded,
    InvalidDid,
    InvalidPhone,
    InternalError,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::RateLimitExceeded => "RateLimitExceeded",
            Self::InvalidDid => "InvalidDid",
            Self::InvalidPhone => "InvalidPhone",
            Self::InternalError => "InternalError",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "RateLimitExceeded" => ::std::option::Option::Some(Self::RateLimitExceeded),
            "InvalidDid" => ::std::option::Option::Some(Self::InvalidDid),
            "InvalidPhone" => ::std::option::Option::Some(Self::InvalidPhone),
            "InternalError" => ::std::option::Option::Some(Self::InternalError),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.contact.startPhoneVerification` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StartPhoneVerification;
impl ::lexgen::xrpc::Endpoint for StartPhoneVerification {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
