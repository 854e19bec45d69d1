// @generated from lexicons/com/atproto/sync/listBlobs.json by cargo xtask codegen
//! `com.atproto.sync.listBlobs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.listBlobs";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub did: ::lexgen::model::Did,
    pub limit: i64,
    pub since: ::std::option::Option<::lexgen::model::Tid>,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        did: required "did",
        limit: default "limit" = "500" integer { minimum: 1, maximum: 1000 },
        since: optional "since",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cids: ::std::vec::Vec<::lexgen::model::CidString>,
    pub cursor: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cids: required "cids" array {} of string { cid: true },
        cursor: optional "cursor",
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
/// The `com.atproto.sync.listBlobs` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListBlobs;
impl ::lexgen::xrpc::Endpoint for ListBlobs {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
