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
        mime_type: required "mimeType",
        name: optional "name",
        size_bytes: required "sizeBytes",
        width: optional "width",
    }
}
impl ::lexgen::typed::Validate for Input {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.mime_type;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::Some(3u64),
                    max_length: ::std::option::Option::Some(255u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("mimeType"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.name {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(256u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("name"),
                out,
            );
        }
        {
            let v = &self.size_bytes;
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(1i64),
                ::std::option::Option::None,
                path.key("sizeBytes"),
                out,
            );
        }
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
        job_id: required "jobId",
        part_count: required "partCount",
        part_size_bytes: required "partSizeBytes",
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.job_id;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::Some(1u64),
                    max_length: ::std::option::Option::Some(256u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("jobId"),
                out,
            );
        }
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
