// @generated from lexicons/com/atproto/server/deleteSession.json by cargo xtask codegen
//! `com.atproto.server.deleteSession`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.deleteSession";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
/// No response body.
pub type Output = ();
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    InvalidToken,
    ExpiredToken,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::InvalidToken => "InvalidToken",
            Self::ExpiredToken => "ExpiredToken",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "InvalidToken" => ::std::option::Option::Some(Self::InvalidToken),
            "ExpiredToken" => ::std::option::Option::Some(Self::ExpiredToken),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.server.deleteSession` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeleteSession;
impl ::lexgen::xrpc::Endpoint for DeleteSession {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
