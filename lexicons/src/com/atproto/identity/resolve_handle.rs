// @generated from lexicons/com/atproto/identity/resolveHandle.json by cargo xtask codegen
//! `com.atproto.identity.resolveHandle`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.identity.resolveHandle";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub handle: ::lexgen::model::Handle,
}
::lexgen::params! {
    Params {
        handle: required "handle",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub did: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        did: required "did",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    HandleNotFound,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::HandleNotFound => "HandleNotFound",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "HandleNotFound" => ::std::option::Option::Some(Self::HandleNotFound),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.identity.resolveHandle` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ResolveHandle;
impl ::lexgen::xrpc::Endpoint for ResolveHandle {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
