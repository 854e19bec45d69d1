// @generated from lexicons/com/atproto/sync/listReposByCollection.json by cargo xtask codegen
//! `com.atproto.sync.listReposByCollection`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.listReposByCollection";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub collection: ::lexgen::model::Nsid,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
}
::lexgen::params! {
    Params {
        collection: required "collection",
        cursor: optional "cursor",
        limit: default "limit" = "500" integer { minimum: 1, maximum: 2000 },
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub repos: ::std::vec::Vec<Repo>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        repos: required "repos",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.sync.listReposByCollection` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListReposByCollection;
impl ::lexgen::xrpc::Endpoint for ListReposByCollection {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
#[derive(Clone, PartialEq)]
pub struct Repo {
    pub did: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Repo, extra {
        did: required "did",
    }
}
::lexgen::via_typed!(Output, Repo);
