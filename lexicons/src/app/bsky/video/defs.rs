// @generated from lexicons/app/bsky/video/defs.json by cargo xtask codegen
//! `app.bsky.video.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.video.defs";
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum JobStatusFailureCode {
    /// `validation_failure`
    ValidationFailure,
    /// `encoding_failure`
    EncodingFailure,
    /// `pds_upload_failure`
    PdsUploadFailure,
    /// `pds_upload_unsupported_blob_size`
    PdsUploadUnsupportedBlobSize,
    /// `generic_failure`
    GenericFailure,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl JobStatusFailureCode {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ValidationFailure => "validation_failure",
            Self::EncodingFailure => "encoding_failure",
            Self::PdsUploadFailure => "pds_upload_failure",
            Self::PdsUploadUnsupportedBlobSize => "pds_upload_unsupported_blob_size",
            Self::GenericFailure => "generic_failure",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for JobStatusFailureCode {
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
                "validation_failure" => Self::ValidationFailure,
                "encoding_failure" => Self::EncodingFailure,
                "pds_upload_failure" => Self::PdsUploadFailure,
                "pds_upload_unsupported_blob_size" => Self::PdsUploadUnsupportedBlobSize,
                "generic_failure" => Self::GenericFailure,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(JobStatusFailureCode);
impl ::lexgen::xrpc::Param for JobStatusFailureCode {}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum JobStatusState {
    /// `JOB_STATE_CREATED`
    JobStateCreated,
    /// `JOB_STATE_ENCODING`
    JobStateEncoding,
    /// `JOB_STATE_ENCODED`
    JobStateEncoded,
    /// `JOB_STATE_SCANNING`
    JobStateScanning,
    /// `JOB_STATE_SCANNED`
    JobStateScanned,
    /// `JOB_STATE_UPLOADING`
    JobStateUploading,
    /// `JOB_STATE_UPLOADED`
    JobStateUploaded,
    /// `JOB_STATE_COMPLETED`
    JobStateCompleted,
    /// `JOB_STATE_FAILED`
    JobStateFailed,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl JobStatusState {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::JobStateCreated => "JOB_STATE_CREATED",
            Self::JobStateEncoding => "JOB_STATE_ENCODING",
            Self::JobStateEncoded => "JOB_STATE_ENCODED",
            Self::JobStateScanning => "JOB_STATE_SCANNING",
            Self::JobStateScanned => "JOB_STATE_SCANNED",
            Self::JobStateUploading => "JOB_STATE_UPLOADING",
            Self::JobStateUploaded => "JOB_STATE_UPLOADED",
            Self::JobStateCompleted => "JOB_STATE_COMPLETED",
            Self::JobStateFailed => "JOB_STATE_FAILED",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for JobStatusState {
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
                "JOB_STATE_CREATED" => Self::JobStateCreated,
                "JOB_STATE_ENCODING" => Self::JobStateEncoding,
                "JOB_STATE_ENCODED" => Self::JobStateEncoded,
                "JOB_STATE_SCANNING" => Self::JobStateScanning,
                "JOB_STATE_SCANNED" => Self::JobStateScanned,
                "JOB_STATE_UPLOADING" => Self::JobStateUploading,
                "JOB_STATE_UPLOADED" => Self::JobStateUploaded,
                "JOB_STATE_COMPLETED" => Self::JobStateCompleted,
                "JOB_STATE_FAILED" => Self::JobStateFailed,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(JobStatusState);
impl ::lexgen::xrpc::Param for JobStatusState {}
#[derive(Clone, PartialEq)]
pub struct JobStatus {
    pub blob: ::std::option::Option<::lexgen::model::BlobRef>,
    pub did: ::lexgen::model::Did,
    pub error: ::std::option::Option<::std::string::String>,
    pub failure_code: ::std::option::Option<JobStatusFailureCode>,
    pub job_id: ::std::string::String,
    pub message: ::std::option::Option<::std::string::String>,
    pub progress: ::std::option::Option<i64>,
    pub state: JobStatusState,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    JobStatus, extra {
        blob: optional "blob",
        did: required "did",
        error: optional "error",
        failure_code: optional "failureCode",
        job_id: required "jobId",
        message: optional "message",
        progress: optional "progress" integer { minimum: 0, maximum: 100 },
        state: required "state",
    }
}
::lexgen::via_typed!(JobStatusFailureCode, JobStatusState, JobStatus);
