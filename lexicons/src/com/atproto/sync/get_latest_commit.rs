// @generated from lexicons/com/atproto/sync/getLatestCommit.json by cargo xtask codegen
//! `com.atproto.sync.getLatestCommit`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.getLatestCommit";
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
    pub cid: ::lexgen::model::CidString,
    pub rev: ::lexgen::model::Tid,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cid: required "cid" string { cid: true },
        rev: required "rev",
    }
}
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
/// The `com.atproto.sync.getLatestCommit` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetLatestCommit;
impl ::lexgen::xrpc::Endpoint for GetLatestCommit {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
