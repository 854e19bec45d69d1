// @generated from lexicons/com/atproto/server/getServiceAuth.json by cargo xtask codegen
//! `com.atproto.server.getServiceAuth`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.getServiceAuth";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub aud: ::std::string::String,
    pub exp: ::std::option::Option<i64>,
    pub lxm: ::std::option::Option<::lexgen::model::Nsid>,
}
::lexgen::params! {
    Params {
        aud: required "aud" string { max_length: 2048 },
        exp: optional "exp",
        lxm: optional "lxm",
    }
}
/// No request body.
pub type Input = ();
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
    BadExpiration,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::BadExpiration => "BadExpiration",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "BadExpiration" => ::std::option::Option::Some(Self::BadExpiration),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.server.getServiceAuth` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetServiceAuth;
impl ::lexgen::xrpc::Endpoint for GetServiceAuth {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
