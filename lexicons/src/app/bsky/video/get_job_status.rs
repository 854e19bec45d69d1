// @generated from lexicons/app/bsky/video/getJobStatus.json by cargo xtask codegen
//! `app.bsky.video.getJobStatus`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.video.getJobStatus";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub job_id: ::std::string::String,
}
::lexgen::params! {
    Params {
        job_id: required "jobId",
    }
}
/// No request body.
pub type Input = ();
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
/// The `app.bsky.video.getJobStatus` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetJobStatus;
impl ::lexgen::xrpc::Endpoint for GetJobStatus {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
