// @generated from lexicons/com/atproto/identity/resolveIdentity.json by cargo xtask codegen
//! `com.atproto.identity.resolveIdentity`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.identity.resolveIdentity";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub identifier: ::lexgen::model::AtIdentifier,
}
::lexgen::params! {
    Params {
        identifier: required "identifier",
    }
}
/// No request body.
pub type Input = ();
pub type Output = crate::com::atproto::identity::defs::IdentityInfo;
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    HandleNotFound,
    DidNotFound,
    DidDeactivated,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::HandleNotFound => "HandleNotFound",
            Self::DidNotFound => "DidNotFound",
            Self::DidDeactivated => "DidDeactivated",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "HandleNotFound" => ::std::option::Option::Some(Self::HandleNotFound),
            "DidNotFound" => ::std::option::Option::Some(Self::DidNotFound),
            "DidDeactivated" => ::std::option::Option::Some(Self::DidDeactivated),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.identity.resolveIdentity` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ResolveIdentity;
impl ::lexgen::xrpc::Endpoint for ResolveIdentity {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
