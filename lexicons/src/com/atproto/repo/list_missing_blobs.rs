// @generated from lexicons/com/atproto/repo/listMissingBlobs.json by cargo xtask codegen
//! `com.atproto.repo.listMissingBlobs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.repo.listMissingBlobs";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        limit: default "limit" = "500" integer { minimum: 1, maximum: 1000 },
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub blobs: ::std::vec::Vec<RecordBlob>,
    pub cursor: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        blobs: required "blobs",
        cursor: optional "cursor",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.repo.listMissingBlobs` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListMissingBlobs;
impl ::lexgen::xrpc::Endpoint for ListMissingBlobs {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
#[derive(Clone, PartialEq)]
pub struct RecordBlob {
    pub cid: ::lexgen::model::CidString,
    pub record_uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    RecordBlob, extra {
        cid: required "cid" string { cid: true },
        record_uri: required "recordUri",
    }
}
::lexgen::via_typed!(Output, RecordBlob);
