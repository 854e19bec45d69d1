// @generated from lexicons/com/atproto/sync/requestCrawl.json by cargo xtask codegen
//! `com.atproto.sync.requestCrawl`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.requestCrawl";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub hostname: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        hostname: required "hostname",
    }
}
/// No response body.
pub type Output = ();
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    HostBanned,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::HostBanned => "HostBanned",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "HostBanned" => ::std::option::Option::Some(Self::HostBanned),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.sync.requestCrawl` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RequestCrawl;
impl ::lexgen::xrpc::Endpoint for RequestCrawl {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
