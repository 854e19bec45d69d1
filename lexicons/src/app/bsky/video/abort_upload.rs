// @generated from lexicons/app/bsky/video/abortUpload.json by cargo xtask codegen
//! `app.bsky.video.abortUpload`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.video.abortUpload";
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
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum OutputState {
    /// `aborted`
    Aborted,
    /// `completed`
    Completed,
    /// `failed`
    Failed,
    /// `expired`
    Expired,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl OutputState {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aborted => "aborted",
            Self::Completed => "completed",
            Self::Failed => "failed",
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
                "aborted" => Self::Aborted,
                "completed" => Self::Completed,
                "failed" => Self::Failed,
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
    pub failure_reason: ::std::option::Option<::std::string::String>,
    pub state: OutputState,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        completed_job_id: optional "completedJobId" string { min_length: 1, max_length: 256 },
        failure_reason: optional "failureReason" string { max_length: 1024 },
        state: required "state" string { max_length: 32 },
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    UploadNotFound,
    UploadNotReady,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::UploadNotFound => "UploadNotFound",
            Self::UploadNotReady => "UploadNotReady",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "UploadNotFound" => ::std::option::Option::Some(Self::UploadNotFound),
            "UploadNotReady" => ::std::option::Option::Some(Self::UploadNotReady),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.video.abortUpload` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AbortUpload;
impl ::lexgen::xrpc::Endpoint for AbortUpload {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, OutputState, Output);
