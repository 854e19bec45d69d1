// @generated from lexicons/com/atproto/sync/listHosts.json by cargo xtask codegen
//! `com.atproto.sync.listHosts`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.listHosts";
#[derive(Clone, PartialEq)]
pub struct Host {
    pub account_count: ::std::option::Option<i64>,
    pub hostname: ::std::string::String,
    pub seq: ::std::option::Option<i64>,
    pub status: ::std::option::Option<crate::com::atproto::sync::defs::HostStatus>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Host, extra {
        account_count: optional "accountCount",
        hostname: required "hostname",
        seq: optional "seq",
        status: optional "status",
    }
}
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        limit: default "limit" = "200" integer { minimum: 1, maximum: 1000 },
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub hosts: ::std::vec::Vec<Host>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        hosts: required "hosts",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.sync.listHosts` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListHosts;
impl ::lexgen::xrpc::Endpoint for ListHosts {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Host, Output);
