// @generated from lexicons/com/atproto/sync/getRecord.json by cargo xtask codegen
//! `com.atproto.sync.getRecord`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.getRecord";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub collection: ::lexgen::model::Nsid,
    pub did: ::lexgen::model::Did,
    pub rkey: ::lexgen::model::RecordKey,
}
::lexgen::params! {
    Params {
        collection: required "collection",
        did: required "did",
        rkey: required "rkey",
    }
}
/// No request body.
pub type Input = ();
/// A `application/vnd.ipld.car` body.
pub type Output = ::lexgen::xrpc::Binary;
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    RecordNotFound,
    RepoNotFound,
    RepoTakendown,
    RepoSuspended,
    RepoDeactivated,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::RecordNotFound => "RecordNotFound",
            Self::RepoNotFound => "RepoNotFound",
            Self::RepoTakendown => "RepoTakendown",
            Self::RepoSuspended => "RepoSuspended",
            Self::RepoDeactivated => "RepoDeactivated",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "RecordNotFound" => ::std::option::Option::Some(Self::RecordNotFound),
            "RepoNotFound" => ::std::option::Option::Some(Self::RepoNotFound),
            "RepoTakendown" => ::std::option::Option::Some(Self::RepoTakendown),
            "RepoSuspended" => ::std::option::Option::Some(Self::RepoSuspended),
            "RepoDeactivated" => ::std::option::Option::Some(Self::RepoDeactivated),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.sync.getRecord` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetRecord;
impl ::lexgen::xrpc::Endpoint for GetRecord {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
