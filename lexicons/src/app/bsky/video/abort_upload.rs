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
        job_id: required "jobId",
    }
}
impl ::lexgen::typed::Validate for Input {
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
impl ::lexgen::typed::AsText for OutputState {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
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
        completed_job_id: optional "completedJobId",
        failure_reason: optional "failureReason",
        state: required "state",
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.completed_job_id {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::Some(1u64),
                    max_length: ::std::option::Option::Some(256u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("completedJobId"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.failure_reason {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(1024u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("failureReason"),
                out,
            );
        }
        {
            let v = &self.state;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(32u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("state"),
                out,
            );
        }
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
