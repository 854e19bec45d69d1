// @generated from lexicons/com/atproto/sync/getRepoStatus.json by cargo xtask codegen
//! `com.atproto.sync.getRepoStatus`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.getRepoStatus";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub did: ::lexgen::model::Did,
}
::lexgen::params! {
    Params {
        did: required "did",
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum OutputStatus {
    /// `takendown`
    Takendown,
    /// `suspended`
    Suspended,
    /// `deleted`
    Deleted,
    /// `deactivated`
    Deactivated,
    /// `desynchronized`
    Desynchronized,
    /// `throttled`
    Throttled,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl OutputStatus {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Takendown => "takendown",
            Self::Suspended => "suspended",
            Self::Deleted => "deleted",
            Self::Deactivated => "deactivated",
            Self::Desynchronized => "desynchronized",
            Self::Throttled => "throttled",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for OutputStatus {
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
                "takendown" => Self::Takendown,
                "suspended" => Self::Suspended,
                "deleted" => Self::Deleted,
                "deactivated" => Self::Deactivated,
                "desynchronized" => Self::Desynchronized,
                "throttled" => Self::Throttled,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(OutputStatus);
impl ::lexgen::xrpc::Param for OutputStatus {}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub active: bool,
    pub did: ::lexgen::model::Did,
    pub rev: ::std::option::Option<::lexgen::model::Tid>,
    pub status: ::std::option::Option<OutputStatus>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        active: required "active",
        did: required "did",
        rev: optional "rev",
        status: optional "status",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    RepoNotFound,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::RepoNotFound => "RepoNotFound",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "RepoNotFound" => ::std::option::Option::Some(Self::RepoNotFound),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `com.atproto.sync.getRepoStatus` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetRepoStatus;
impl ::lexgen::xrpc::Endpoint for GetRepoStatus {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(OutputStatus, Output);
