// @generated from lexicons/com/atproto/server/updateEmail.json by cargo xtask codegen
//! `com.atproto.server.updateEmail`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.updateEmail";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub email: ::std::string::String,
    pub email_auth_factor: ::std::option::Option<bool>,
    pub token: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        email: required "email",
        email_auth_factor: optional "emailAuthFactor",
        token: optional "token",
    }
}
/// No response body.
pub type Output = ();
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    ExpiredToken,
    InvalidToken,
    TokenRequired,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::ExpiredToken => "ExpiredToken",
            Self::InvalidToken => "InvalidToken",
            Self::TokenRequired => "TokenRequired",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "ExpiredToken" => ::std::option::Option::Some(Self::ExpiredToken),
            "InvalidToken" => ::std::option::Option::Some(Self::InvalidToken),
            "TokenRequired" => ::std::option::Option::Some(Self::TokenRequired),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.server.updateEmail` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UpdateEmail;
impl ::lexgen::xrpc::Endpoint for UpdateEmail {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
