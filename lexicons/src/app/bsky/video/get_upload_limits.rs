// @generated from lexicons/app/bsky/video/getUploadLimits.json by cargo xtask codegen
//! `app.bsky.video.getUploadLimits`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.video.getUploadLimits";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub can_upload: bool,
    pub error: ::std::option::Option<::std::string::String>,
    pub message: ::std::option::Option<::std::string::String>,
    pub remaining_daily_bytes: ::std::option::Option<i64>,
    pub remaining_daily_videos: ::std::option::Option<i64>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        can_upload: required "canUpload",
        error: optional "error",
        message: optional "message",
        remaining_daily_bytes: optional "remainingDailyBytes",
        remaining_daily_videos: optional "remainingDailyVideos",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.video.getUploadLimits` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetUploadLimits;
impl ::lexgen::xrpc::Endpoint for GetUploadLimits {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
