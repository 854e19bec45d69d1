// @generated from lexicons/com/atproto/repo/uploadBlob.json by cargo xtask codegen
//! `com.atproto.repo.uploadBlob`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.repo.uploadBlob";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// A `*/*` body.
pub type Input = ::lexgen::xrpc::Binary;
#[derive(Clone, PartialEq)]
pub struct Output {
    pub blob: ::lexgen::model::BlobRef,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        blob: required "blob",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.repo.uploadBlob` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UploadBlob;
impl ::lexgen::xrpc::Endpoint for UploadBlob {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
