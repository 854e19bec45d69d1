// @generated from lexicons/com/atproto/server/deleteAccount.json by cargo xtask codegen
//! `com.atproto.server.deleteAccount`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.deleteAccount";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub did: ::lexgen::model::Did,
    pub password: ::std::string::String,
    pub token: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        did: required "did",
        password: required "password",
        token: required "token",
    }
}
/// No response body.
pub type Output = ();
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    ExpiredToken,
    InvalidToken,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::ExpiredToken => "ExpiredToken",
            Self::InvalidToken => "InvalidToken",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "ExpiredToken" => ::std::option::Option::Some(Self::ExpiredToken),
            "InvalidToken" => ::std::option::Option::Some(Self::InvalidToken),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.server.deleteAccount` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeleteAccount;
impl ::lexgen::xrpc::Endpoint for DeleteAccount {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
