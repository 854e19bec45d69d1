// @generated from lexicons/com/atproto/sync/listRepos.json by cargo xtask codegen
//! `com.atproto.sync.listRepos`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.listRepos";
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub limit: i64,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
        limit: default "limit" = "500" integer { minimum: 1, maximum: 1000 },
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub repos: ::std::vec::Vec<Repo>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        repos: required "repos",
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `com.atproto.sync.listRepos` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListRepos;
impl ::lexgen::xrpc::Endpoint for ListRepos {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum RepoStatus {
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
impl RepoStatus {
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
impl ::lexgen::typed::Typed for RepoStatus {
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
::lexgen::string_set!(RepoStatus);
impl ::lexgen::xrpc::Param for RepoStatus {}
#[derive(Clone, PartialEq)]
pub struct Repo {
    pub active: ::std::option::Option<bool>,
    pub did: ::lexgen::model::Did,
    pub head: ::lexgen::model::CidString,
    pub rev: ::lexgen::model::Tid,
    pub status: ::std::option::Option<RepoStatus>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Repo, extra {
        active: optional "active",
        did: required "did",
        head: required "head" string { cid: true },
        rev: required "rev",
        status: optional "status",
    }
}
::lexgen::via_typed!(Output, RepoStatus, Repo);
