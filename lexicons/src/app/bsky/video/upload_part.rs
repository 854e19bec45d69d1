// @generated from lexicons/app/bsky/video/uploadPart.json by cargo xtask codegen
//! `app.bsky.video.uploadPart`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.video.uploadPart";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub job_id: ::std::string::String,
    pub part_number: i64,
}
::lexgen::params! {
    Params {
        job_id: required "jobId" string { min_length: 1, max_length: 256 },
        part_number: required "partNumber" integer { minimum: 1 },
    }
}
/// A `application/octet-stream` body.
pub type Input = ::lexgen::xrpc::Binary;
#[derive(Clone, PartialEq)]
pub struct Output {
    pub part_number: i64,
    pub size_bytes: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        part_number: required "partNumber" integer { minimum: 1 },
        size_bytes: required "sizeBytes",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    UploadNotFound,
    UploadExpired,
    InvalidPartNumber,
    PartSizeMismatch,
    UploadNotReady,
    UploadFailed,
    UploadAborted,
    UploadAlreadyCompleted,
    ServiceOverloaded,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::UploadNotFound => "UploadNotFound",
            Self::UploadExpired => "UploadExpired",
            Self::InvalidPartNumber => "InvalidPartNumber",
            Self::PartSizeMismatch => "PartSizeMismatch",
            Self::UploadNotReady => "UploadNotReady",
            Self::UploadFailed => "UploadFailed",
            Self::UploadAborted => "UploadAborted",
            Self::UploadAlreadyCompleted => "UploadAlreadyCompleted",
            Self::ServiceOverloaded => "ServiceOverloaded",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "UploadNotFound" => ::std::option::Option::Some(Self::UploadNotFound),
            "UploadExpired" => ::std::option::Option::Some(Self::UploadExpired),
            "InvalidPartNumber" => ::std::option::Option::Some(Self::InvalidPartNumber),
            "PartSizeMismatch" => ::std::option::Option::Some(Self::PartSizeMismatch),
            "UploadNotReady" => ::std::option::Option::Some(Self::UploadNotReady),
            "UploadFailed" => ::std::option::Option::Some(Self::UploadFailed),
            "UploadAborted" => ::std::option::Option::Some(Self::UploadAborted),
            "UploadAlreadyCompleted" => {
                ::std::option::Option::Some(Self::UploadAlreadyCompleted)
            }
            "ServiceOverloaded" => ::std::option::Option::Some(Self::ServiceOverloaded),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.video.uploadPart` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UploadPart;
impl ::lexgen::xrpc::Endpoint for UploadPart {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Output);
