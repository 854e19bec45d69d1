// @generated from lexicons/com/atproto/identity/resolveDid.json by cargo xtask codegen
//! `com.atproto.identity.resolveDid`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.identity.resolveDid";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub did: ::lexgen::model::Did,
}
::lexgen::params! {
    Params {
        did: required "did",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub did_doc: ::lexgen::model::Map,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        did_doc: required "didDoc",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    DidNotFound,
    DidDeactivated,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::DidNotFound => "DidNotFound",
            Self::DidDeactivated => "DidDeactivated",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "DidNotFound" => ::std::option::Option::Some(Self::DidNotFound),
            "DidDeactivated" => ::std::option::Option::Some(Self::DidDeactivated),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.identity.resolveDid` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ResolveDid;
impl ::lexgen::xrpc::Endpoint for ResolveDid {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
