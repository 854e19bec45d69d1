// @generated from lexicons/com/atproto/sync/subscribeRepos.json by cargo xtask codegen
//! `com.atproto.sync.subscribeRepos`.
/// The NSID of this lexicon document.
pub const NSID: &str = "com.atproto.sync.subscribeRepos";
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum AccountStatus {
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
impl AccountStatus {
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
impl ::lexgen::typed::Typed for AccountStatus {
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
::lexgen::string_set!(AccountStatus);
impl ::lexgen::xrpc::Param for AccountStatus {}
#[derive(Clone, PartialEq)]
pub struct Account {
    pub active: bool,
    pub did: ::lexgen::model::Did,
    pub seq: i64,
    pub status: ::std::option::Option<AccountStatus>,
    pub time: ::lexgen::model::Datetime,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Account, extra {
        active: required "active",
        did: required "did",
        seq: required "seq",
        status: optional "status",
        time: required "time",
    }
}
#[derive(Clone, PartialEq)]
pub struct Commit {
    pub blobs: ::std::vec::Vec<::lexgen::model::CidLink>,
    pub blocks: ::lexgen::model::Bytes,
    pub commit: ::lexgen::model::CidLink,
    pub ops: ::std::vec::Vec<RepoOp>,
    pub prev_data: ::std::option::Option<::lexgen::model::CidLink>,
    pub rebase: bool,
    pub repo: ::lexgen::model::Did,
    pub rev: ::lexgen::model::Tid,
    pub seq: i64,
    pub since: ::lexgen::typed::Nullable<::lexgen::model::Tid>,
    pub time: ::lexgen::model::Datetime,
    pub too_big: bool,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Commit, extra {
        blobs: required "blobs",
        blocks: required "blocks" bytes { max_length: 2000000 },
        commit: required "commit",
        ops: required "ops" array { max_length: 200 },
        prev_data: optional "prevData",
        rebase: required "rebase",
        repo: required "repo",
        rev: required "rev",
        seq: required "seq",
        since: required "since",
        time: required "time",
        too_big: required "tooBig",
    }
}
#[derive(Clone, PartialEq)]
pub struct Identity {
    pub did: ::lexgen::model::Did,
    pub handle: ::std::option::Option<::lexgen::model::Handle>,
    pub seq: i64,
    pub time: ::lexgen::model::Datetime,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Identity, extra {
        did: required "did",
        handle: optional "handle",
        seq: required "seq",
        time: required "time",
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum InfoName {
    /// `OutdatedCursor`
    OutdatedCursor,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl InfoName {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OutdatedCursor => "OutdatedCursor",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for InfoName {
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
                "OutdatedCursor" => Self::OutdatedCursor,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(InfoName);
impl ::lexgen::xrpc::Param for InfoName {}
#[derive(Clone, PartialEq)]
pub struct Info {
    pub message: ::std::option::Option<::std::string::String>,
    pub name: InfoName,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Info, extra {
        message: optional "message",
        name: required "name",
    }
}
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub cursor: ::std::option::Option<i64>,
}
::lexgen::params! {
    Params {
        cursor: optional "cursor",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    FutureCursor,
    ConsumerTooSlow,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::FutureCursor => "FutureCursor",
            Self::ConsumerTooSlow => "ConsumerTooSlow",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "FutureCursor" => ::std::option::Option::Some(Self::FutureCursor),
            "ConsumerTooSlow" => ::std::option::Option::Some(Self::ConsumerTooSlow),
            _ => ::std::option::Option::None,
        }
    }
}
#[derive(Clone, PartialEq)]
pub enum Message {
    /// `com.atproto.sync.subscribeRepos#commit`
    Commit(::std::boxed::Box<Commit>),
    /// `com.atproto.sync.subscribeRepos#sync`
    Sync(::std::boxed::Box<Sync>),
    /// `com.atproto.sync.subscribeRepos#identity`
    Identity(::std::boxed::Box<Identity>),
    /// `com.atproto.sync.subscribeRepos#account`
    Account(::std::boxed::Box<Account>),
    /// `com.atproto.sync.subscribeRepos#info`
    Info(::std::boxed::Box<Info>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for Message {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "com.atproto.sync.subscribeRepos#commit" => {
                ::lexgen::typed::member(map, path).map(Self::Commit)
            }
            "com.atproto.sync.subscribeRepos#sync" => {
                ::lexgen::typed::member(map, path).map(Self::Sync)
            }
            "com.atproto.sync.subscribeRepos#identity" => {
                ::lexgen::typed::member(map, path).map(Self::Identity)
            }
            "com.atproto.sync.subscribeRepos#account" => {
                ::lexgen::typed::member(map, path).map(Self::Account)
            }
            "com.atproto.sync.subscribeRepos#info" => {
                ::lexgen::typed::member(map, path).map(Self::Info)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::Commit(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "com.atproto.sync.subscribeRepos#commit",
                )
            }
            Self::Sync(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "com.atproto.sync.subscribeRepos#sync",
                )
            }
            Self::Identity(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "com.atproto.sync.subscribeRepos#identity",
                )
            }
            Self::Account(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "com.atproto.sync.subscribeRepos#account",
                )
            }
            Self::Info(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "com.atproto.sync.subscribeRepos#info",
                )
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for Message {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::Commit(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Sync(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Identity(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Account(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Info(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
impl Message {
    /// Reads one event-stream frame (header `{op, t}` then payload, both DAG-CBOR).
    pub fn decode_frame(
        bytes: &[u8],
    ) -> ::std::result::Result<::lexgen::xrpc::Frame<Self>, ::lexgen::xrpc::FrameError> {
        ::lexgen::xrpc::decode_frame(bytes, NSID)
    }
    /// Writes this message as one event-stream frame.
    pub fn encode_frame(
        &self,
    ) -> ::std::result::Result<::std::vec::Vec<u8>, ::lexgen::xrpc::FrameError> {
        ::lexgen::xrpc::encode_frame(self, NSID)
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum RepoOpAction {
    /// `create`
    Create,
    /// `update`
    Update,
    /// `delete`
    Delete,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl RepoOpAction {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Create => "create",
            Self::Update => "update",
            Self::Delete => "delete",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for RepoOpAction {
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
                "create" => Self::Create,
                "update" => Self::Update,
                "delete" => Self::Delete,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(RepoOpAction);
impl ::lexgen::xrpc::Param for RepoOpAction {}
#[derive(Clone, PartialEq)]
pub struct RepoOp {
    pub action: RepoOpAction,
    pub cid: ::lexgen::typed::Nullable<::lexgen::model::CidLink>,
    pub path: ::std::string::String,
    pub prev: ::std::option::Option<::lexgen::model::CidLink>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    RepoOp, extra {
        action: required "action",
        cid: required "cid",
        path: required "path",
        prev: optional "prev",
    }
}
#[derive(Clone, PartialEq)]
pub struct Sync {
    pub blocks: ::lexgen::model::Bytes,
    pub did: ::lexgen::model::Did,
    pub rev: ::std::string::String,
    pub seq: i64,
    pub time: ::lexgen::model::Datetime,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Sync, extra {
        blocks: required "blocks" bytes { max_length: 10000 },
        did: required "did",
        rev: required "rev",
        seq: required "seq",
        time: required "time",
    }
}
::lexgen::via_typed!(
    AccountStatus, Account, Commit, Identity, InfoName, Info, Message, RepoOpAction,
    RepoOp, Sync
);
