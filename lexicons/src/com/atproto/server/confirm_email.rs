// @generated from lexicons/com/atproto/server/confirmEmail.json by cargo xtask codegen
//! `com.atproto.server.confirmEmail`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.confirmEmail";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub email: ::std::string::String,
    pub token: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        email: required "email",
        token: required "token",
    }
}
/// No response body.
pub type Output = ();
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    AccountNotFound,
    ExpiredToken,
    InvalidToken,
    InvalidEmail,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::AccountNotFound => "AccountNotFound",
            Self::ExpiredToken => "ExpiredToken",
            Self::InvalidToken => "InvalidToken",
            Self::InvalidEmail => "InvalidEmail",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "AccountNotFound" => ::std::option::Option::Some(Self::AccountNotFound),
            "ExpiredToken" => ::std::option::Option::Some(Self::ExpiredToken),
            "InvalidToken" => ::std::option::Option::Some(Self::InvalidToken),
            "InvalidEmail" => ::std::option::Option::Some(Self::InvalidEmail),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.server.confirmEmail` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ConfirmEmail;
impl ::lexgen::xrpc::Endpoint for ConfirmEmail {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
