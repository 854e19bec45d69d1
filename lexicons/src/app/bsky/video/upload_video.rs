// @generated from lexicons/app/bsky/video/uploadVideo.json by cargo xtask codegen
//! `app.bsky.video.uploadVideo`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.video.uploadVideo";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// A `video/mp4` body.
pub type Input = ::lexgen::xrpc::Binary;
#[derive(Clone, PartialEq)]
pub struct Output {
    pub job_status: crate::app::bsky::video::defs::JobStatus,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        job_status: required "jobStatus",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.video.uploadVideo` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UploadVideo;
impl ::lexgen::xrpc::Endpoint for UploadVideo {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
