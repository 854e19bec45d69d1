// @generated from lexicons/com/atproto/sync/getHostStatus.json by cargo xtask codegen
//! `com.atproto.sync.getHostStatus`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.getHostStatus";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub hostname: ::std::string::String,
}
::lexgen::params! {
    Params {
        hostname: required "hostname",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub account_count: ::std::option::Option<i64>,
    pub hostname: ::std::string::String,
    pub seq: ::std::option::Option<i64>,
    pub status: ::std::option::Option<crate::com::atproto::sync::defs::HostStatus>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        account_count: optional "accountCount",
        hostname: required "hostname",
        seq: optional "seq",
        status: optional "status",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    HostNotFound,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::HostNotFound => "HostNotFound",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "HostNotFound" => ::std::option::Option::Some(Self::HostNotFound),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.sync.getHostStatus` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetHostStatus;
impl ::lexgen::xrpc::Endpoint for GetHostStatus {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
