// @generated from lexicons/com/atproto/temp/dereferenceScope.json by cargo xtask codegen
//! `com.atproto.temp.dereferenceScope`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.temp.dereferenceScope";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub scope: ::std::string::String,
}
::lexgen::params! {
    Params {
        scope: required "scope",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub scope: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        scope: required "scope",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    InvalidScopeReference,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::InvalidScopeReference => "InvalidScopeReference",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "InvalidScopeReference" => {
                ::std::option::Option::Some(Self::InvalidScopeReference)
            }
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.temp.dereferenceScope` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DereferenceScope;
impl ::lexgen::xrpc::Endpoint for DereferenceScope {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
