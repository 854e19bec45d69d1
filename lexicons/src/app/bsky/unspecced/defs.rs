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
impl ::lexgen::typed::AsText for AgeAssuranceEventStatus {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
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
impl ::lexgen::typed::Typed for AgeAssuranceEvent {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("attemptId", &mut slots.0);
        props.optional("completeIp", &mut slots.1);
        props.optional("completeUa", &mut slots.2);
        props.required("createdAt", &mut slots.3);
        props.optional("email", &mut slots.4);
        props.optional("initIp", &mut slots.5);
        props.optional("initUa", &mut slots.6);
        props.required("status", &mut slots.7);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(attempt_id),
                ::std::option::Option::Some(complete_ip),
                ::std::option::Option::Some(complete_ua),
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(email),
                ::std::option::Option::Some(init_ip),
                ::std::option::Option::Some(init_ua),
                ::std::option::Option::Some(status),
            ) => {
                ::std::result::Result::Ok(Self {
                    attempt_id,
                    complete_ip,
                    complete_ua,
                    created_at,
                    email,
                    init_ip,
                    init_ua,
                    status,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "attemptId", &self.attempt_id);
        ::lexgen::typed::put_optional(&mut map, "completeIp", &self.complete_ip);
        ::lexgen::typed::put_optional(&mut map, "completeUa", &self.complete_ua);
        ::lexgen::typed::put(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put_optional(&mut map, "email", &self.email);
        ::lexgen::typed::put_optional(&mut map, "initIp", &self.init_ip);
        ::lexgen::typed::put_optional(&mut map, "initUa", &self.init_ua);
        ::lexgen::typed::put(&mut map, "status", &self.status);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for AgeAssuranceEvent {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
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
impl ::lexgen::typed::AsText for AgeAssuranceStateStatus {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for AgeAssuranceStateStatus {}
#[derive(Clone, PartialEq)]
pub struct AgeAssuranceState {
    pub last_initiated_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub status: AgeAssuranceStateStatus,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for AgeAssuranceState {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("lastInitiatedAt", &mut slots.0);
        props.required("status", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(last_initiated_at),
                ::std::option::Option::Some(status),
            ) => {
                ::std::result::Result::Ok(Self {
                    last_initiated_at,
                    status,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(
            &mut map,
            "lastInitiatedAt",
            &self.last_initiated_at,
        );
        ::lexgen::typed::put(&mut map, "status", &self.status);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for AgeAssuranceState {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct SkeletonSearchActor {
    pub did: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for SkeletonSearchActor {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("did", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(did),) => {
                ::std::result::Result::Ok(Self { did, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "did", &self.did);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for SkeletonSearchActor {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct SkeletonSearchPost {
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for SkeletonSearchPost {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("uri", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(uri),) => {
                ::std::result::Result::Ok(Self { uri, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for SkeletonSearchPost {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct SkeletonSearchStarterPack {
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for SkeletonSearchStarterPack {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("uri", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(uri),) => {
                ::std::result::Result::Ok(Self { uri, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for SkeletonSearchStarterPack {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
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
impl ::lexgen::typed::AsText for SkeletonTrendStatus {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
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
impl ::lexgen::typed::Typed for SkeletonTrend {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("category", &mut slots.0);
        props.optional("description", &mut slots.1);
        props.required("dids", &mut slots.2);
        props.required("displayName", &mut slots.3);
        props.required("link", &mut slots.4);
        props.required("postCount", &mut slots.5);
        props.required("startedAt", &mut slots.6);
        props.optional("status", &mut slots.7);
        props.required("topic", &mut slots.8);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(category),
                ::std::option::Option::Some(description),
                ::std::option::Option::Some(dids),
                ::std::option::Option::Some(display_name),
                ::std::option::Option::Some(link),
                ::std::option::Option::Some(post_count),
                ::std::option::Option::Some(started_at),
                ::std::option::Option::Some(status),
                ::std::option::Option::Some(topic),
            ) => {
                ::std::result::Result::Ok(Self {
                    category,
                    description,
                    dids,
                    display_name,
                    link,
                    post_count,
                    started_at,
                    status,
                    topic,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "category", &self.category);
        ::lexgen::typed::put_optional(&mut map, "description", &self.description);
        ::lexgen::typed::put(&mut map, "dids", &self.dids);
        ::lexgen::typed::put(&mut map, "displayName", &self.display_name);
        ::lexgen::typed::put(&mut map, "link", &self.link);
        ::lexgen::typed::put(&mut map, "postCount", &self.post_count);
        ::lexgen::typed::put(&mut map, "startedAt", &self.started_at);
        ::lexgen::typed::put_optional(&mut map, "status", &self.status);
        ::lexgen::typed::put(&mut map, "topic", &self.topic);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for SkeletonTrend {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct ThreadItemBlocked {
    pub author: crate::app::bsky::feed::defs::BlockedAuthor,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ThreadItemBlocked {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("author", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(author),) => {
                ::std::result::Result::Ok(Self { author, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "author", &self.author);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ThreadItemBlocked {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.author;
            ::lexgen::typed::Validate::validate_at(v, path.key("author"), out);
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct ThreadItemNoUnauthenticated {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ThreadItemNoUnauthenticated {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        ::std::result::Result::Ok(Self { extra: props.rest() })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let map = self.extra.clone();
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ThreadItemNoUnauthenticated {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct ThreadItemNotFound {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ThreadItemNotFound {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        ::std::result::Result::Ok(Self { extra: props.rest() })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let map = self.extra.clone();
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ThreadItemNotFound {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
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
impl ::lexgen::typed::Typed for ThreadItemPost {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("hiddenByThreadgate", &mut slots.0);
        props.required("moreParents", &mut slots.1);
        props.required("moreReplies", &mut slots.2);
        props.required("mutedByViewer", &mut slots.3);
        props.required("opThread", &mut slots.4);
        props.optional("opThreadPostCount", &mut slots.5);
        props.optional("opThreadPostIndex", &mut slots.6);
        props.required("post", &mut slots.7);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(hidden_by_threadgate),
                ::std::option::Option::Some(more_parents),
                ::std::option::Option::Some(more_replies),
                ::std::option::Option::Some(muted_by_viewer),
                ::std::option::Option::Some(op_thread),
                ::std::option::Option::Some(op_thread_post_count),
                ::std::option::Option::Some(op_thread_post_index),
                ::std::option::Option::Some(post),
            ) => {
                ::std::result::Result::Ok(Self {
                    hidden_by_threadgate,
                    more_parents,
                    more_replies,
                    muted_by_viewer,
                    op_thread,
                    op_thread_post_count,
                    op_thread_post_index,
                    post,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "hiddenByThreadgate", &self.hidden_by_threadgate);
        ::lexgen::typed::put(&mut map, "moreParents", &self.more_parents);
        ::lexgen::typed::put(&mut map, "moreReplies", &self.more_replies);
        ::lexgen::typed::put(&mut map, "mutedByViewer", &self.muted_by_viewer);
        ::lexgen::typed::put(&mut map, "opThread", &self.op_thread);
        ::lexgen::typed::put_optional(
            &mut map,
            "opThreadPostCount",
            &self.op_thread_post_count,
        );
        ::lexgen::typed::put_optional(
            &mut map,
            "opThreadPostIndex",
            &self.op_thread_post_index,
        );
        ::lexgen::typed::put(&mut map, "post", &self.post);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ThreadItemPost {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.post;
            ::lexgen::typed::Validate::validate_at(v, path.key("post"), out);
        }
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
impl ::lexgen::typed::AsText for TrendViewStatus {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
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
impl ::lexgen::typed::Typed for TrendView {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("actors", &mut slots.0);
        props.optional("category", &mut slots.1);
        props.optional("description", &mut slots.2);
        props.required("displayName", &mut slots.3);
        props.required("link", &mut slots.4);
        props.required("postCount", &mut slots.5);
        props.required("startedAt", &mut slots.6);
        props.optional("status", &mut slots.7);
        props.required("topic", &mut slots.8);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(actors),
                ::std::option::Option::Some(category),
                ::std::option::Option::Some(description),
                ::std::option::Option::Some(display_name),
                ::std::option::Option::Some(link),
                ::std::option::Option::Some(post_count),
                ::std::option::Option::Some(started_at),
                ::std::option::Option::Some(status),
                ::std::option::Option::Some(topic),
            ) => {
                ::std::result::Result::Ok(Self {
                    actors,
                    category,
                    description,
                    display_name,
                    link,
                    post_count,
                    started_at,
                    status,
                    topic,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "actors", &self.actors);
        ::lexgen::typed::put_optional(&mut map, "category", &self.category);
        ::lexgen::typed::put_optional(&mut map, "description", &self.description);
        ::lexgen::typed::put(&mut map, "displayName", &self.display_name);
        ::lexgen::typed::put(&mut map, "link", &self.link);
        ::lexgen::typed::put(&mut map, "postCount", &self.post_count);
        ::lexgen::typed::put(&mut map, "startedAt", &self.started_at);
        ::lexgen::typed::put_optional(&mut map, "status", &self.status);
        ::lexgen::typed::put(&mut map, "topic", &self.topic);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for TrendView {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.actors;
            {
                let p0 = path.key("actors");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
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
impl ::lexgen::typed::Typed for TrendingTopic {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("description", &mut slots.0);
        props.optional("displayName", &mut slots.1);
        props.required("link", &mut slots.2);
        props.required("topic", &mut slots.3);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(description),
                ::std::option::Option::Some(display_name),
                ::std::option::Option::Some(link),
                ::std::option::Option::Some(topic),
            ) => {
                ::std::result::Result::Ok(Self {
                    description,
                    display_name,
                    link,
                    topic,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "description", &self.description);
        ::lexgen::typed::put_optional(&mut map, "displayName", &self.display_name);
        ::lexgen::typed::put(&mut map, "link", &self.link);
        ::lexgen::typed::put(&mut map, "topic", &self.topic);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for TrendingTopic {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
::lexgen::via_typed!(
    AgeAssuranceEventStatus, AgeAssuranceEvent, AgeAssuranceStateStatus,
    AgeAssuranceState, SkeletonSearchActor, SkeletonSearchPost,
    SkeletonSearchStarterPack, SkeletonTrendStatus, SkeletonTrend, ThreadItemBlocked,
    ThreadItemNoUnauthenticated, ThreadItemNotFound, ThreadItemPost, TrendViewStatus,
    TrendView, TrendingTopic
);
