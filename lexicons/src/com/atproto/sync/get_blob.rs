// @generated from lexicons/com/atproto/sync/getBlob.json by cargo xtask codegen
//! `com.atproto.sync.getBlob`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.getBlob";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cid: ::lexgen::model::CidString,
    pub did: ::lexgen::model::Did,
}
::lexgen::params! {
    Params {
        cid: required "cid" string { cid: true },
        did: required "did",
    }
}
/// No request body.
pub type Input = ();
/// A `*/*` body.
pub type Output = ::lexgen::xrpc::Binary;
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    BlobNotFound,
    RepoNotFound,
    RepoTakendown,
    RepoSuspended,
    RepoDeactivated,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::BlobNotFound => "BlobNotFound",
            Self::RepoNotFound => "RepoNotFound",
            Self::RepoTakendown => "RepoTakendown",
            Self::RepoSuspended => "RepoSuspended",
            Self::RepoDeactivated => "RepoDeactivated",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "BlobNotFound" => ::std::option::Option::Some(Self::BlobNotFound),
            "RepoNotFound" => ::std::option::Option::Some(Self::RepoNotFound),
            "RepoTakendown" => ::std::option::Option::Some(Self::RepoTakendown),
            "RepoSuspended" => ::std::option::Option::Some(Self::RepoSuspended),
            "RepoDeactivated" => ::std::option::Option::Some(Self::RepoDeactivated),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.sync.getBlob` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetBlob;
impl ::lexgen::xrpc::Endpoint for GetBlob {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
