// @generated from lexicons/app/bsky/contact/getMatches.json by cargo xtask codegen
//! `app.bsky.contact.getMatches`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.contact.getMatches";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        limit: default "limit" = "50" integer { minimum: 1, maximum: 100 },
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub matches: ::std::vec::Vec<crate::app::bsky::actor::defs::ProfileView>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        matches: required "matches",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    InvalidDid,
    InvalidLimit,
    InvalidCursor,
    InternalError,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::InvalidDid => "InvalidDid",
            Self::InvalidLimit => "InvalidLimit",
            Self::InvalidCursor => "InvalidCursor",
            Self::InternalError => "InternalError",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "InvalidDid" => ::std::option::Option::Some(Self::InvalidDid),
            "InvalidLimit" => ::std::option::Option::Some(Self::InvalidLimit),
            "InvalidCursor" => ::std::option::Option::Some(Self::InvalidCursor),
            "InternalError" => ::std::option::Option::Some(Self::InternalError),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.contact.getMatches` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetMatches;
impl ::lexgen::xrpc::Endpoint for GetMatches {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
