// @generated from lexicons/com/atproto/identity/refreshIdentity.json by cargo xtask codegen
//! `com.atproto.identity.refreshIdentity`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.identity.refreshIdentity";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub identifier: ::lexgen::model::AtIdentifier,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        identifier: required "identifier",
    }
}
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
/// The `com.atproto.identity.refreshIdentity` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RefreshIdentity;
impl ::lexgen::xrpc::Endpoint for RefreshIdentity {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input);
