// @generated from lexicons/com/atproto/sync/getBlocks.json by cargo xtask codegen
//! `com.atproto.sync.getBlocks`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.getBlocks";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cids: ::std::vec::Vec<::lexgen::model::CidString>,
    pub did: ::lexgen::model::Did,
}
::lexgen::params! {
    Params {
        cids: required_repeated "cids" array {} of string { cid: true },
        did: required "did",
    }
}
/// No request body.
pub type Input = ();
/// A `application/vnd.ipld.car` body.
pub type Output = ::lexgen::xrpc::Binary;
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    BlockNotFound,
    RepoNotFound,
    RepoTakendown,
    RepoSuspended,
    RepoDeactivated,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::BlockNotFound => "BlockNotFound",
            Self::RepoNotFound => "RepoNotFound",
            Self::RepoTakendown => "RepoTakendown",
            Self::RepoSuspended => "RepoSuspended",
            Self::RepoDeactivated => "RepoDeactivated",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "BlockNotFound" => ::std::option::Option::Some(Self::BlockNotFound),
            "RepoNotFound" => ::std::option::Option::Some(Self::RepoNotFound),
            "RepoTakendown" => ::std::option::Option::Some(Self::RepoTakendown),
            "RepoSuspended" => ::std::option::Option::Some(Self::RepoSuspended),
            "RepoDeactivated" => ::std::option::Option::Some(Self::RepoDeactivated),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.sync.getBlocks` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetBlocks;
impl ::lexgen::xrpc::Endpoint for GetBlocks {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
