// @generated from lexicons/com/atproto/repo/listRecords.json by cargo xtask codegen
//! `com.atproto.repo.listRecords`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.repo.listRecords";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub collection: ::lexgen::model::Nsid,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
    pub repo: ::lexgen::model::AtIdentifier,
    pub reverse: ::std::option::Option<bool>,
}
::lexgen::params! {
    Params {
        collection: required "collection",
        cursor: optional "cursor",
        limit: default "limit" = "50" integer { minimum: 1, maximum: 100 },
        repo: required "repo",
        reverse: optional "reverse",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub records: ::std::vec::Vec<Record>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        records: required "records",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.repo.listRecords` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListRecords;
impl ::lexgen::xrpc::Endpoint for ListRecords {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
#[derive(Clone, PartialEq)]
pub struct Record {
    pub cid: ::lexgen::model::CidString,
    pub uri: ::lexgen::model::AtUri,
    pub value: ::lexgen::model::Map,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Record, extra {
        cid: required "cid" string { cid: true },
        uri: required "uri",
        value: required "value",
    }
}
::lexgen::via_typed!(Output, Record);
