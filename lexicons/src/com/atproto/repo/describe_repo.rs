// @generated from lexicons/com/atproto/repo/describeRepo.json by cargo xtask codegen
//! `com.atproto.repo.describeRepo`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.repo.describeRepo";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub repo: ::lexgen::model::AtIdentifier,
}
::lexgen::params! {
    Params {
        repo: required "repo",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub collections: ::std::vec::Vec<::lexgen::model::Nsid>,
    pub did: ::lexgen::model::Did,
    pub did_doc: ::lexgen::model::Map,
    pub handle: ::lexgen::model::Handle,
    pub handle_is_correct: bool,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        collections: required "collections",
        did: required "did",
        did_doc: required "didDoc",
        handle: required "handle",
        handle_is_correct: required "handleIsCorrect",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.repo.describeRepo` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DescribeRepo;
impl ::lexgen::xrpc::Endpoint for DescribeRepo {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
