// @generated from lexicons/app/bsky/video/startUpload.json by cargo xtask codegen
//! `app.bsky.video.startUpload`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.video.startUpload";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub duration_ms: ::std::option::Option<i64>,
    pub height: ::std::option::Option<i64>,
    pub mime_type: ::std::string::String,
    pub name: ::std::option::Option<::std::string::String>,
    pub size_bytes: i64,
    pub width: ::std::option::Option<i64>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        duration_ms: optional "durationMs",
        height: optional "height",
        mime_type: required "mimeType" string { min_length: 3, max_length: 255 },
        name: optional "name" string { max_length: 256 },
        size_bytes: required "sizeBytes" integer { minimum: 1 },
        width: optional "width",
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub expires_at: ::lexgen::model::Datetime,
    pub job_id: ::std::string::String,
    pub part_count: i64,
    pub part_size_bytes: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        expires_at: required "expiresAt",
        job_id: required "jobId" string { min_length: 1, max_length: 256 },
        part_count: required "partCount",
        part_size_bytes: required "partSizeBytes",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    UnsupportedContentType,
    VideoTooLarge,
    VideoTooLong,
    BadAspectRatio,
    DailyLimitExceeded,
    TooManyOpenUploads,
    UploadForbidden,
    ServiceOverloaded,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::UnsupportedContentType => "UnsupportedContentType",
            Self::VideoTooLarge => "VideoTooLarge",
            Self::VideoTooLong => "VideoTooLong",
            Self::BadAspectRatio => "BadAspectRatio",
            Self::DailyLimitExceeded => "DailyLimitExceeded",
            Self::TooManyOpenUploads => "TooManyOpenUploads",
            Self::UploadForbidden => "UploadForbidden",
            Self::ServiceOverloaded => "ServiceOverloaded",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "UnsupportedContentType" => {
                ::std::option::Option::Some(Self::UnsupportedContentType)
            }
            "VideoTooLarge" => ::std::option::Option::Some(Self::VideoTooLarge),
            "VideoTooLong" => ::std::option::Option::Some(Self::VideoTooLong),
            "BadAspectRatio" => ::std::option::Option::Some(Self::BadAspectRatio),
            "DailyLimitExceeded" => ::std::option::Option::Some(Self::DailyLimitExceeded),
            "TooManyOpenUploads" => ::std::option::Option::Some(Self::TooManyOpenUploads),
            "UploadForbidden" => ::std::option::Option::Some(Self::UploadForbidden),
            "ServiceOverloaded" => ::std::option::Option::Some(Self::ServiceOverloaded),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.video.startUpload` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StartUpload;
impl ::lexgen::xrpc::Endpoint for StartUpload {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
