// @generated from lexicons/app/bsky/video/getUploadStatus.json by cargo xtask codegen
//! `app.bsky.video.getUploadStatus`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.video.getUploadStatus";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub job_id: ::std::string::String,
}
::lexgen::params! {
    Params {
        job_id: required "jobId" string { min_length: 1, max_length: 256 },
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum OutputState {
    /// `created`
    Created,
    /// `finishing`
    Finishing,
    /// `completed`
    Completed,
    /// `failed`
    Failed,
    /// `aborted`
    Aborted,
    /// `expired`
    Expired,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl OutputState {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "created",
            Self::Finishing => "finishing",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Aborted => "aborted",
            Self::Expired => "expired",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for OutputState {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let text: ::std::string::String = ::lexgen::typed::Typed::from_value(
            value,
            path,
        )?;
        ::std::result::Result::Ok(
            match text.as_str() {
                "created" => Self::Created,
                "finishing" => Self::Finishing,
                "completed" => Self::Completed,
                "failed" => Self::Failed,
                "aborted" => Self::Aborted,
                "expired" => Self::Expired,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(OutputState);
impl ::lexgen::xrpc::Param for OutputState {}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub completed_job_id: ::std::option::Option<::std::string::String>,
    pub expires_at: ::lexgen::model::Datetime,
    pub failure_reason: ::std::option::Option<::std::string::String>,
    pub job_id: ::std::string::String,
    pub job_status: ::std::option::Option<crate::app::bsky::video::defs::JobStatus>,
    pub part_count: i64,
    pub part_size_bytes: i64,
    pub received_parts: ::std::vec::Vec<i64>,
    pub state: OutputState,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        completed_job_id: optional "completedJobId" string { min_length: 1, max_length: 256 },
        expires_at: required "expiresAt",
        failure_reason: optional "failureReason" string { max_length: 1024 },
        job_id: required "jobId" string { min_length: 1, max_length: 256 },
        job_status: optional "jobStatus",
        part_count: required "partCount",
        part_size_bytes: required "partSizeBytes",
        received_parts: required "receivedParts" array {} of integer { minimum: 1 },
        state: required "state" string { max_length: 32 },
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    UploadNotFound,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::UploadNotFound => "UploadNotFound",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "UploadNotFound" => ::std::option::Option::Some(Self::UploadNotFound),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.video.getUploadStatus` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetUploadStatus;
impl ::lexgen::xrpc::Endpoint for GetUploadStatus {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(OutputState, Output);
