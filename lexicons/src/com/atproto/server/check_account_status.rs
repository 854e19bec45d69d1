// @generated from lexicons/com/atproto/server/checkAccountStatus.json by cargo xtask codegen
//! `com.atproto.server.checkAccountStatus`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.server.checkAccountStatus";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub activated: bool,
    pub expected_blobs: i64,
    pub imported_blobs: i64,
    pub indexed_records: i64,
    pub private_state_values: i64,
    pub repo_blocks: i64,
    pub repo_commit: ::lexgen::model::CidString,
    pub repo_rev: ::std::string::String,
    pub valid_did: bool,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        activated: required "activated",
        expected_blobs: required "expectedBlobs",
        imported_blobs: required "importedBlobs",
        indexed_records: required "indexedRecords",
        private_state_values: required "privateStateValues",
        repo_blocks: required "repoBlocks",
        repo_commit: required "repoCommit" string { cid: true },
        repo_rev: required "repoRev",
        valid_did: required "validDid",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.server.checkAccountStatus` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CheckAccountStatus;
impl ::lexgen::xrpc::Endpoint for CheckAccountStatus {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
