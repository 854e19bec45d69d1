// @generated from lexicons/app/bsky/video/finishUpload.json by cargo xtask codegen
//! `app.bsky.video.finishUpload`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.video.finishUpload";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub job_id: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Input, extra {
        job_id: required "jobId" string { min_length: 1, max_length: 256 },
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub completed_job_id: ::std::string::String,
    pub job_status: crate::app::bsky::video::defs::JobStatus,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        completed_job_id: required "completedJobId" string { min_length: 1, max_length: 256 },
        job_status: required "jobStatus",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    UploadNotFound,
    UploadExpired,
    MissingParts,
    UploadNotReady,
    UnsupportedContentType,
    UploadFailed,
    UploadAborted,
    ServiceOverloaded,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::UploadNotFound => "UploadNotFound",
            Self::UploadExpired => "UploadExpired",
            Self::MissingParts => "MissingParts",
            Self::UploadNotReady => "UploadNotReady",
            Self::UnsupportedContentType => "UnsupportedContentType",
            Self::UploadFailed => "UploadFailed",
            Self::UploadAborted => "UploadAborted",
            Self::ServiceOverloaded => "ServiceOverloaded",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "UploadNotFound" => ::std::option::Option::Some(Self::UploadNotFound),
            "UploadExpired" => ::std::option::Option::Some(Self::UploadExpired),
            "MissingParts" => ::std::option::Option::Some(Self::MissingParts),
            "UploadNotReady" => ::std::option::Option::Some(Self::UploadNotReady),
            "UnsupportedContentType" => {
                ::std::option::Option::Some(Self::UnsupportedContentType)
            }
            "UploadFailed" => ::std::option::Option::Some(Self::UploadFailed),
            "UploadAborted" => ::std::option::Option::Some(Self::UploadAborted),
            "ServiceOverloaded" => ::std::option::Option::Some(Self::ServiceOverloaded),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.video.finishUpload` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FinishUpload;
impl ::lexgen::xrpc::Endpoint for FinishUpload {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
