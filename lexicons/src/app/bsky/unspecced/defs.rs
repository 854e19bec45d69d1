// @generated from lexicons/app/bsky/unspecced/defs.json by cargo xtask codegen
//! `app.bsky.unspecced.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.unspecced.defs";
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum AgeAssuranceEventStatus {
    /// `unknown`
    Unknown,
    /// `pending`
    Pending,
    /// `assured`
    Assured,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl AgeAssuranceEventStatus {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Pending => "pending",
            Self::Assured => "assured",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for AgeAssuranceEventStatus {
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
                "unknown" => Self::Unknown,
                "pending" => Self::Pending,
                "assured" => Self::Assured,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(AgeAssuranceEventStatus);
impl ::lexgen::xrpc::Param for AgeAssuranceEventStatus {}
#[derive(Clone, PartialEq)]
pub struct AgeAssuranceEvent {
    pub attempt_id: ::std::string::String,
    pub complete_ip: ::std::option::Option<::std::string::String>,
    pub complete_ua: ::std::option::Option<::std::string::String>,
    pub created_at: ::lexgen::model::Datetime,
    pub email: ::std::option::Option<::std::string::String>,
    pub init_ip: ::std::option::Option<::std::string::String>,
    pub init_ua: ::std::option::Option<::std::string::String>,
    pub status: AgeAssuranceEventStatus,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    AgeAssuranceEvent, extra {
        attempt_id: required "attemptId",
        complete_ip: optional "completeIp",
        complete_ua: optional "completeUa",
        created_at: required "createdAt",
        email: optional "email",
        init_ip: optional "initIp",
        init_ua: optional "initUa",
        status: required "status",
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum AgeAssuranceStateStatus {
    /// `unknown`
    Unknown,
    /// `pending`
    Pending,
    /// `assured`
    Assured,
    /// `blocked`
    Blocked,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl AgeAssuranceStateStatus {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Pending => "pending",
            Self::Assured => "assured",
            Self::Blocked => "blocked",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for AgeAssuranceStateStatus {
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
                "unknown" => Self::Unknown,
                "pending" => Self::Pending,
                "assured" => Self::Assured,
                "blocked" => Self::Blocked,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(AgeAssuranceStateStatus);
impl ::lexgen::xrpc::Param for AgeAssuranceStateStatus {}
#[derive(Clone, PartialEq)]
pub struct AgeAssuranceState {
    pub last_initiated_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub status: AgeAssuranceStateStatus,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    AgeAssuranceState, extra {
        last_initiated_at: optional "lastInitiatedAt",
        status: required "status",
    }
}
#[derive(Clone, PartialEq)]
pub struct SkeletonSearchActor {
    pub did: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    SkeletonSearchActor, extra {
        did: required "did",
    }
}
#[derive(Clone, PartialEq)]
pub struct SkeletonSearchPost {
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    SkeletonSearchPost, extra {
        uri: required "uri",
    }
}
#[derive(Clone, PartialEq)]
pub struct SkeletonSearchStarterPack {
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    SkeletonSearchStarterPack, extra {
        uri: required "uri",
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum SkeletonTrendStatus {
    /// `hot`
    Hot,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl SkeletonTrendStatus {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hot => "hot",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for SkeletonTrendStatus {
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
                "hot" => Self::Hot,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(SkeletonTrendStatus);
impl ::lexgen::xrpc::Param for SkeletonTrendStatus {}
#[derive(Clone, PartialEq)]
pub struct SkeletonTrend {
    pub category: ::std::option::Option<::std::string::String>,
    pub description: ::std::option::Option<::std::string::String>,
    pub dids: ::std::vec::Vec<::lexgen::model::Did>,
    pub display_name: ::std::string::String,
    pub link: ::std::string::String,
    pub post_count: i64,
    pub started_at: ::lexgen::model::Datetime,
    pub status: ::std::option::Option<SkeletonTrendStatus>,
    pub topic: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    SkeletonTrend, extra {
        category: optional "category",
        description: optional "description",
        dids: required "dids",
        display_name: required "displayName",
        link: required "link",
        post_count: required "postCount",
        started_at: required "startedAt",
        status: optional "status",
        topic: required "topic",
    }
}
#[derive(Clone, PartialEq)]
pub struct ThreadItemBlocked {
    pub author: crate::app::bsky::feed::defs::BlockedAuthor,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ThreadItemBlocked, extra {
        author: required "author",
    }
}
#[derive(Clone, PartialEq)]
pub struct ThreadItemNoUnauthenticated {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ThreadItemNoUnauthenticated, extra {
    }
}
#[derive(Clone, PartialEq)]
pub struct ThreadItemNotFound {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ThreadItemNotFound, extra {
    }
}
#[derive(Clone, PartialEq)]
pub struct ThreadItemPost {
    pub hidden_by_threadgate: bool,
    pub more_parents: bool,
    pub more_replies: i64,
    pub muted_by_viewer: bool,
    pub op_thread: bool,
    pub op_thread_post_count: ::std::option::Option<i64>,
    pub op_thread_post_index: ::std::option::Option<i64>,
    pub post: crate::app::bsky::feed::defs::PostView,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ThreadItemPost, extra {
        hidden_by_threadgate: required "hiddenByThreadgate",
        more_parents: required "moreParents",
        more_replies: required "moreReplies",
        muted_by_viewer: required "mutedByViewer",
        op_thread: required "opThread",
        op_thread_post_count: optional "opThreadPostCount",
        op_thread_post_index: optional "opThreadPostIndex",
        post: required "post",
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum TrendViewStatus {
    /// `hot`
    Hot,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl TrendViewStatus {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hot => "hot",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for TrendViewStatus {
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
                "hot" => Self::Hot,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(TrendViewStatus);
impl ::lexgen::xrpc::Param for TrendViewStatus {}
#[derive(Clone, PartialEq)]
pub struct TrendView {
    pub actors: ::std::vec::Vec<crate::app::bsky::actor::defs::ProfileViewBasic>,
    pub category: ::std::option::Option<::std::string::String>,
    pub description: ::std::option::Option<::std::string::String>,
    pub display_name: ::std::string::String,
    pub link: ::std::string::String,
    pub post_count: i64,
    pub started_at: ::lexgen::model::Datetime,
    pub status: ::std::option::Option<TrendViewStatus>,
    pub topic: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    TrendView, extra {
        actors: required "actors",
        category: optional "category",
        description: optional "description",
        display_name: required "displayName",
        link: required "link",
        post_count: required "postCount",
        started_at: required "startedAt",
        status: optional "status",
        topic: required "topic",
    }
}
#[derive(Clone, PartialEq)]
pub struct TrendingTopic {
    pub description: ::std::option::Option<::std::string::String>,
    pub display_name: ::std::option::Option<::std::string::String>,
    pub link: ::std::string::String,
    pub topic: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    TrendingTopic, extra {
        description: optional "description",
        display_name: optional "displayName",
        link: required "link",
        topic: required "topic",
    }
}
::lexgen::via_typed!(
    AgeAssuranceEventStatus, AgeAssuranceEvent, AgeAssuranceStateStatus,
    AgeAssuranceState, SkeletonSearchActor, SkeletonSearchPost,
    SkeletonSearchStarterPack, SkeletonTrendStatus, SkeletonTrend, ThreadItemBlocked,
    ThreadItemNoUnauthenticated, ThreadItemNotFound, ThreadItemPost, TrendViewStatus,
    TrendView, TrendingTopic
);
