// @generated from lexicons/com/atproto/sync/getRepo.json by cargo xtask codegen
//! `com.atproto.sync.getRepo`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.getRepo";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub did: ::lexgen::model::Did,
    pub since: ::std::option::Option<::lexgen::model::Tid>,
}
::lexgen::params! {
    Params {
        did: required "did",
        since: optional "since",
    }
}
/// No request body.
pub type Input = ();
/// A `application/vnd.ipld.car` body.
pub type Output = ::lexgen::xrpc::Binary;
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    RepoNotFound,
    RepoTakendown,
    RepoSuspended,
    RepoDeactivated,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::RepoNotFound => "RepoNotFound",
            Self::RepoTakendown => "RepoTakendown",
            Self::RepoSuspended => "RepoSuspended",
            Self::RepoDeactivated => "RepoDeactivated",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "RepoNotFound" => ::std::option::Option::Some(Self::RepoNotFound),
            "RepoTakendown" => ::std::option::Option::Some(Self::RepoTakendown),
            "RepoSuspended" => ::std::option::Option::Some(Self::RepoSuspended),
            "RepoDeactivated" => ::std::option::Option::Some(Self::RepoDeactivated),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.sync.getRepo` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetRepo;
impl ::lexgen::xrpc::Endpoint for GetRepo {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
