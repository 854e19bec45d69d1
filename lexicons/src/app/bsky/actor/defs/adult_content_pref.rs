// @generated from lexicons/app/bsky/actor/defs.json by cargo xtask codegen
//! Defs `adultContentPref` to `profileView` of the document (split for length).
#[allow(unused_imports)]
use super::*;
#[derive(Clone, PartialEq)]
pub struct AdultContentPref {
    pub enabled: bool,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    AdultContentPref, extra {
        enabled: required "enabled",
    }
}
impl ::lexgen::typed::Validate for AdultContentPref {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct BskyAppProgressGuide {
    pub guide: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    BskyAppProgressGuide, extra {
        guide: required "guide",
    }
}
impl ::lexgen::typed::Validate for BskyAppProgressGuide {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.guide;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(100u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("guide"),
                out,
            );
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct BskyAppStatePref {
    pub active_progress_guide: ::std::option::Option<BskyAppProgressGuide>,
    pub is_beta_user: ::std::option::Option<bool>,
    pub nuxs: ::std::option::Option<::std::vec::Vec<Nux>>,
    pub queued_nudges: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    BskyAppStatePref, extra {
        active_progress_guide: optional "activeProgressGuide",
        is_beta_user: optional "isBetaUser",
        nuxs: optional "nuxs",
        queued_nudges: optional "queuedNudges",
    }
}
impl ::lexgen::typed::Validate for BskyAppStatePref {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.active_progress_guide {
            ::lexgen::typed::Validate::validate_at(
                v,
                path.key("activeProgressGuide"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.nuxs {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(100u64),
                    path.key("nuxs"),
                    out,
                );
                let p0 = path.key("nuxs");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.queued_nudges {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(1000u64),
                    path.key("queuedNudges"),
                    out,
                );
                let p0 = path.key("queuedNudges");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::check::string(
                        &::lexgen::typed::AsText::text(item0),
                        &::lexgen::typed::check::StringLimits {
                            min_length: ::std::option::Option::None,
                            max_length: ::std::option::Option::Some(100u64),
                            min_graphemes: ::std::option::Option::None,
                            max_graphemes: ::std::option::Option::None,
                        },
                        p0.index(i0),
                        out,
                    );
                }
            }
        }
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ContentLabelPrefVisibility {
    /// `ignore`
    Ignore,
    /// `show`
    Show,
    /// `warn`
    Warn,
    /// `hide`
    Hide,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ContentLabelPrefVisibility {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ignore => "ignore",
            Self::Show => "show",
            Self::Warn => "warn",
            Self::Hide => "hide",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ContentLabelPrefVisibility {
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
                "ignore" => Self::Ignore,
                "show" => Self::Show,
                "warn" => Self::Warn,
                "hide" => Self::Hide,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
impl ::lexgen::typed::AsText for ContentLabelPrefVisibility {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for ContentLabelPrefVisibility {}
#[derive(Clone, PartialEq)]
pub struct ContentLabelPref {
    pub label: ::std::string::String,
    pub labeler_did: ::std::option::Option<::lexgen::model::Did>,
    pub visibility: ContentLabelPrefVisibility,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ContentLabelPref, extra {
        label: required "label",
        labeler_did: optional "labelerDid",
        visibility: required "visibility",
    }
}
impl ::lexgen::typed::Validate for ContentLabelPref {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct DeclaredAgePref {
    pub is_over_age13: ::std::option::Option<bool>,
    pub is_over_age16: ::std::option::Option<bool>,
    pub is_over_age18: ::std::option::Option<bool>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    DeclaredAgePref, extra {
        is_over_age13: optional "isOverAge13",
        is_over_age16: optional "isOverAge16",
        is_over_age18: optional "isOverAge18",
    }
}
impl ::lexgen::typed::Validate for DeclaredAgePref {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct FeedViewPref {
    pub feed: ::std::string::String,
    pub hide_quote_posts: ::std::option::Option<bool>,
    pub hide_replies: ::std::option::Option<bool>,
    pub hide_replies_by_like_count: ::std::option::Option<i64>,
    pub hide_replies_by_unfollowed: ::std::option::Option<bool>,
    pub hide_reposts: ::std::option::Option<bool>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    FeedViewPref, extra {
        feed: required "feed",
        hide_quote_posts: optional "hideQuotePosts",
        hide_replies: optional "hideReplies",
        hide_replies_by_like_count: optional "hideRepliesByLikeCount",
        hide_replies_by_unfollowed: optional "hideRepliesByUnfollowed",
        hide_reposts: optional "hideReposts",
    }
}
impl ::lexgen::typed::Validate for FeedViewPref {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct HiddenPostsPref {
    pub items: ::std::vec::Vec<::lexgen::model::AtUri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    HiddenPostsPref, extra {
        items: required "items",
    }
}
impl ::lexgen::typed::Validate for HiddenPostsPref {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct InterestsPref {
    pub tags: ::std::vec::Vec<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    InterestsPref, extra {
        tags: required "tags",
    }
}
impl ::lexgen::typed::Validate for InterestsPref {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.tags;
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(100u64),
                    path.key("tags"),
                    out,
                );
                let p0 = path.key("tags");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::check::string(
                        &::lexgen::typed::AsText::text(item0),
                        &::lexgen::typed::check::StringLimits {
                            min_length: ::std::option::Option::None,
                            max_length: ::std::option::Option::Some(640u64),
                            min_graphemes: ::std::option::Option::None,
                            max_graphemes: ::std::option::Option::Some(64u64),
                        },
                        p0.index(i0),
                        out,
                    );
                }
            }
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct KnownFollowers {
    pub count: i64,
    pub followers: ::std::vec::Vec<::std::boxed::Box<ProfileViewBasic>>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    KnownFollowers, extra {
        count: required "count",
        followers: required "followers",
    }
}
impl ::lexgen::typed::Validate for KnownFollowers {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.followers;
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::Some(0u64),
                    ::std::option::Option::Some(5u64),
                    path.key("followers"),
                    out,
                );
                let p0 = path.key("followers");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct LabelerPrefItem {
    pub did: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    LabelerPrefItem, extra {
        did: required "did",
    }
}
impl ::lexgen::typed::Validate for LabelerPrefItem {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct LabelersPref {
    pub labelers: ::std::vec::Vec<LabelerPrefItem>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    LabelersPref, extra {
        labelers: required "labelers",
    }
}
impl ::lexgen::typed::Validate for LabelersPref {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.labelers;
            {
                let p0 = path.key("labelers");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct LiveEventPreferences {
    pub hidden_feed_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub hide_all_feeds: ::std::option::Option<bool>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    LiveEventPreferences, extra {
        hidden_feed_ids: optional "hiddenFeedIds",
        hide_all_feeds: optional "hideAllFeeds",
    }
}
impl ::lexgen::typed::Validate for LiveEventPreferences {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum MutedWordActorTarget {
    /// `all`
    All,
    /// `exclude-following`
    ExcludeFollowing,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl MutedWordActorTarget {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::ExcludeFollowing => "exclude-following",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for MutedWordActorTarget {
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
                "all" => Self::All,
                "exclude-following" => Self::ExcludeFollowing,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
impl ::lexgen::typed::AsText for MutedWordActorTarget {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for MutedWordActorTarget {}
#[derive(Clone, PartialEq)]
pub struct MutedWord {
    pub actor_target: ::std::option::Option<MutedWordActorTarget>,
    pub expires_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub id: ::std::option::Option<::std::string::String>,
    pub targets: ::std::vec::Vec<MutedWordTarget>,
    pub value: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    MutedWord, extra {
        actor_target: optional "actorTarget",
        expires_at: optional "expiresAt",
        id: optional "id",
        targets: required "targets",
        value: required "value",
    }
}
impl ::lexgen::typed::Validate for MutedWord {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.targets;
            {
                let p0 = path.key("targets");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::check::string(
                        &::lexgen::typed::AsText::text(item0),
                        &::lexgen::typed::check::StringLimits {
                            min_length: ::std::option::Option::None,
                            max_length: ::std::option::Option::Some(640u64),
                            min_graphemes: ::std::option::Option::None,
                            max_graphemes: ::std::option::Option::Some(64u64),
                        },
                        p0.index(i0),
                        out,
                    );
                }
            }
        }
        {
            let v = &self.value;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(10000u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(1000u64),
                },
                path.key("value"),
                out,
            );
        }
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum MutedWordTarget {
    /// `content`
    Content,
    /// `tag`
    Tag,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl MutedWordTarget {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Content => "content",
            Self::Tag => "tag",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for MutedWordTarget {
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
                "content" => Self::Content,
                "tag" => Self::Tag,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
impl ::lexgen::typed::AsText for MutedWordTarget {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for MutedWordTarget {}
#[derive(Clone, PartialEq)]
pub struct MutedWordsPref {
    pub items: ::std::vec::Vec<MutedWord>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    MutedWordsPref, extra {
        items: required "items",
    }
}
impl ::lexgen::typed::Validate for MutedWordsPref {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.items;
            {
                let p0 = path.key("items");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Nux {
    pub completed: bool,
    pub data: ::std::option::Option<::std::string::String>,
    pub expires_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub id: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Nux, extra {
        completed: required "completed",
        data: optional "data",
        expires_at: optional "expiresAt",
        id: required "id",
    }
}
impl ::lexgen::typed::Validate for Nux {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.data {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(3000u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(300u64),
                },
                path.key("data"),
                out,
            );
        }
        {
            let v = &self.id;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(100u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("id"),
                out,
            );
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct PersonalDetailsPref {
    pub birth_date: ::std::option::Option<::lexgen::model::Datetime>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    PersonalDetailsPref, extra {
        birth_date: optional "birthDate",
    }
}
impl ::lexgen::typed::Validate for PersonalDetailsPref {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub enum PostInteractionSettingsPrefPostgateEmbeddingRulesItem {
    /// `app.bsky.feed.postgate#disableRule`
    PostgateDisableRule(
        ::std::boxed::Box<crate::app::bsky::feed::postgate::DisableRule>,
    ),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for PostInteractionSettingsPrefPostgateEmbeddingRulesItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.feed.postgate#disableRule" => {
                ::lexgen::typed::member(map, path).map(Self::PostgateDisableRule)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::PostgateDisableRule(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.postgate#disableRule")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate
for PostInteractionSettingsPrefPostgateEmbeddingRulesItem {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::PostgateDisableRule(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub enum PostInteractionSettingsPrefThreadgateAllowRulesItem {
    /// `app.bsky.feed.threadgate#mentionRule`
    ThreadgateMentionRule(
        ::std::boxed::Box<crate::app::bsky::feed::threadgate::MentionRule>,
    ),
    /// `app.bsky.feed.threadgate#followerRule`
    ThreadgateFollowerRule(
        ::std::boxed::Box<crate::app::bsky::feed::threadgate::FollowerRule>,
    ),
    /// `app.bsky.feed.threadgate#followingRule`
    ThreadgateFollowingRule(
        ::std::boxed::Box<crate::app::bsky::feed::threadgate::FollowingRule>,
    ),
    /// `app.bsky.feed.threadgate#listRule`
    ThreadgateListRule(::std::boxed::Box<crate::app::bsky::feed::threadgate::ListRule>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for PostInteractionSettingsPrefThreadgateAllowRulesItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.feed.threadgate#mentionRule" => {
                ::lexgen::typed::member(map, path).map(Self::ThreadgateMentionRule)
            }
            "app.bsky.feed.threadgate#followerRule" => {
                ::lexgen::typed::member(map, path).map(Self::ThreadgateFollowerRule)
            }
            "app.bsky.feed.threadgate#followingRule" => {
                ::lexgen::typed::member(map, path).map(Self::ThreadgateFollowingRule)
            }
            "app.bsky.feed.threadgate#listRule" => {
                ::lexgen::typed::member(map, path).map(Self::ThreadgateListRule)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::ThreadgateMentionRule(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.feed.threadgate#mentionRule",
                )
            }
            Self::ThreadgateFollowerRule(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.feed.threadgate#followerRule",
                )
            }
            Self::ThreadgateFollowingRule(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.feed.threadgate#followingRule",
                )
            }
            Self::ThreadgateListRule(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.threadgate#listRule")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for PostInteractionSettingsPrefThreadgateAllowRulesItem {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::ThreadgateMentionRule(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::ThreadgateFollowerRule(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::ThreadgateFollowingRule(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::ThreadgateListRule(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct PostInteractionSettingsPref {
    pub postgate_embedding_rules: ::std::option::Option<
        ::std::vec::Vec<PostInteractionSettingsPrefPostgateEmbeddingRulesItem>,
    >,
    pub threadgate_allow_rules: ::std::option::Option<
        ::std::vec::Vec<PostInteractionSettingsPrefThreadgateAllowRulesItem>,
    >,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    PostInteractionSettingsPref, extra {
        postgate_embedding_rules: optional "postgateEmbeddingRules",
        threadgate_allow_rules: optional "threadgateAllowRules",
    }
}
impl ::lexgen::typed::Validate for PostInteractionSettingsPref {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.postgate_embedding_rules {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(5u64),
                    path.key("postgateEmbeddingRules"),
                    out,
                );
                let p0 = path.key("postgateEmbeddingRules");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.threadgate_allow_rules {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(5u64),
                    path.key("threadgateAllowRules"),
                    out,
                );
                let p0 = path.key("threadgateAllowRules");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
#[derive(Clone, PartialEq)]
pub enum PreferencesItem {
    /// `app.bsky.actor.defs#adultContentPref`
    AdultContentPref(::std::boxed::Box<AdultContentPref>),
    /// `app.bsky.actor.defs#contentLabelPref`
    ContentLabelPref(::std::boxed::Box<ContentLabelPref>),
    /// `app.bsky.actor.defs#savedFeedsPref`
    SavedFeedsPref(::std::boxed::Box<SavedFeedsPref>),
    /// `app.bsky.actor.defs#savedFeedsPrefV2`
    SavedFeedsPrefV2(::std::boxed::Box<SavedFeedsPrefV2>),
    /// `app.bsky.actor.defs#personalDetailsPref`
    PersonalDetailsPref(::std::boxed::Box<PersonalDetailsPref>),
    /// `app.bsky.actor.defs#declaredAgePref`
    DeclaredAgePref(::std::boxed::Box<DeclaredAgePref>),
    /// `app.bsky.actor.defs#feedViewPref`
    FeedViewPref(::std::boxed::Box<FeedViewPref>),
    /// `app.bsky.actor.defs#threadViewPref`
    ThreadViewPref(::std::boxed::Box<ThreadViewPref>),
    /// `app.bsky.actor.defs#interestsPref`
    InterestsPref(::std::boxed::Box<InterestsPref>),
    /// `app.bsky.actor.defs#mutedWordsPref`
    MutedWordsPref(::std::boxed::Box<MutedWordsPref>),
    /// `app.bsky.actor.defs#hiddenPostsPref`
    HiddenPostsPref(::std::boxed::Box<HiddenPostsPref>),
    /// `app.bsky.actor.defs#bskyAppStatePref`
    BskyAppStatePref(::std::boxed::Box<BskyAppStatePref>),
    /// `app.bsky.actor.defs#labelersPref`
    LabelersPref(::std::boxed::Box<LabelersPref>),
    /// `app.bsky.actor.defs#postInteractionSettingsPref`
    PostInteractionSettingsPref(::std::boxed::Box<PostInteractionSettingsPref>),
    /// `app.bsky.actor.defs#verificationPrefs`
    VerificationPrefs(::std::boxed::Box<VerificationPrefs>),
    /// `app.bsky.actor.defs#liveEventPreferences`
    LiveEventPreferences(::std::boxed::Box<LiveEventPreferences>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for PreferencesItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.actor.defs#adultContentPref" => {
                ::lexgen::typed::member(map, path).map(Self::AdultContentPref)
            }
            "app.bsky.actor.defs#contentLabelPref" => {
                ::lexgen::typed::member(map, path).map(Self::ContentLabelPref)
            }
            "app.bsky.actor.defs#savedFeedsPref" => {
                ::lexgen::typed::member(map, path).map(Self::SavedFeedsPref)
            }
            "app.bsky.actor.defs#savedFeedsPrefV2" => {
                ::lexgen::typed::member(map, path).map(Self::SavedFeedsPrefV2)
            }
            "app.bsky.actor.defs#personalDetailsPref" => {
                ::lexgen::typed::member(map, path).map(Self::PersonalDetailsPref)
            }
            "app.bsky.actor.defs#declaredAgePref" => {
                ::lexgen::typed::member(map, path).map(Self::DeclaredAgePref)
            }
            "app.bsky.actor.defs#feedViewPref" => {
                ::lexgen::typed::member(map, path).map(Self::FeedViewPref)
            }
            "app.bsky.actor.defs#threadViewPref" => {
                ::lexgen::typed::member(map, path).map(Self::ThreadViewPref)
            }
            "app.bsky.actor.defs#interestsPref" => {
                ::lexgen::typed::member(map, path).map(Self::InterestsPref)
            }
            "app.bsky.actor.defs#mutedWordsPref" => {
                ::lexgen::typed::member(map, path).map(Self::MutedWordsPref)
            }
            "app.bsky.actor.defs#hiddenPostsPref" => {
                ::lexgen::typed::member(map, path).map(Self::HiddenPostsPref)
            }
            "app.bsky.actor.defs#bskyAppStatePref" => {
                ::lexgen::typed::member(map, path).map(Self::BskyAppStatePref)
            }
            "app.bsky.actor.defs#labelersPref" => {
                ::lexgen::typed::member(map, path).map(Self::LabelersPref)
            }
            "app.bsky.actor.defs#postInteractionSettingsPref" => {
                ::lexgen::typed::member(map, path).map(Self::PostInteractionSettingsPref)
            }
            "app.bsky.actor.defs#verificationPrefs" => {
                ::lexgen::typed::member(map, path).map(Self::VerificationPrefs)
            }
            "app.bsky.actor.defs#liveEventPreferences" => {
                ::lexgen::typed::member(map, path).map(Self::LiveEventPreferences)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::AdultContentPref(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.actor.defs#adultContentPref",
                )
            }
            Self::ContentLabelPref(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.actor.defs#contentLabelPref",
                )
            }
            Self::SavedFeedsPref(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.actor.defs#savedFeedsPref")
            }
            Self::SavedFeedsPrefV2(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.actor.defs#savedFeedsPrefV2",
                )
            }
            Self::PersonalDetailsPref(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.actor.defs#personalDetailsPref",
                )
            }
            Self::DeclaredAgePref(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.actor.defs#declaredAgePref",
                )
            }
            Self::FeedViewPref(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.actor.defs#feedViewPref")
            }
            Self::ThreadViewPref(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.actor.defs#threadViewPref")
            }
            Self::InterestsPref(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.actor.defs#interestsPref")
            }
            Self::MutedWordsPref(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.actor.defs#mutedWordsPref")
            }
            Self::HiddenPostsPref(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.actor.defs#hiddenPostsPref",
                )
            }
            Self::BskyAppStatePref(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.actor.defs#bskyAppStatePref",
                )
            }
            Self::LabelersPref(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.actor.defs#labelersPref")
            }
            Self::PostInteractionSettingsPref(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.actor.defs#postInteractionSettingsPref",
                )
            }
            Self::VerificationPrefs(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.actor.defs#verificationPrefs",
                )
            }
            Self::LiveEventPreferences(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.actor.defs#liveEventPreferences",
                )
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for PreferencesItem {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::AdultContentPref(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::ContentLabelPref(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::SavedFeedsPref(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::SavedFeedsPrefV2(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::PersonalDetailsPref(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::DeclaredAgePref(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::FeedViewPref(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::ThreadViewPref(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::InterestsPref(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::MutedWordsPref(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::HiddenPostsPref(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::BskyAppStatePref(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::LabelersPref(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::PostInteractionSettingsPref(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::VerificationPrefs(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::LiveEventPreferences(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
pub type Preferences = ::std::vec::Vec<PreferencesItem>;
#[derive(Clone, PartialEq)]
pub struct ProfileAssociated {
    pub activity_subscription: ::std::option::Option<
        ProfileAssociatedActivitySubscription,
    >,
    pub chat: ::std::option::Option<ProfileAssociatedChat>,
    pub feedgens: ::std::option::Option<i64>,
    pub germ: ::std::option::Option<ProfileAssociatedGerm>,
    pub labeler: ::std::option::Option<bool>,
    pub lists: ::std::option::Option<i64>,
    pub starter_packs: ::std::option::Option<i64>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ProfileAssociated, extra {
        activity_subscription: optional "activitySubscription",
        chat: optional "chat",
        feedgens: optional "feedgens",
        germ: optional "germ",
        labeler: optional "labeler",
        lists: optional "lists",
        starter_packs: optional "starterPacks",
    }
}
impl ::lexgen::typed::Validate for ProfileAssociated {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.activity_subscription {
            ::lexgen::typed::Validate::validate_at(
                v,
                path.key("activitySubscription"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.chat {
            ::lexgen::typed::Validate::validate_at(v, path.key("chat"), out);
        }
        if let ::std::option::Option::Some(v) = &self.germ {
            ::lexgen::typed::Validate::validate_at(v, path.key("germ"), out);
        }
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ProfileAssociatedActivitySubscriptionAllowSubscriptions {
    /// `followers`
    Followers,
    /// `mutuals`
    Mutuals,
    /// `none`
    None,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ProfileAssociatedActivitySubscriptionAllowSubscriptions {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Followers => "followers",
            Self::Mutuals => "mutuals",
            Self::None => "none",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ProfileAssociatedActivitySubscriptionAllowSubscriptions {
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
                "followers" => Self::Followers,
                "mutuals" => Self::Mutuals,
                "none" => Self::None,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
impl ::lexgen::typed::AsText
for ProfileAssociatedActivitySubscriptionAllowSubscriptions {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for ProfileAssociatedActivitySubscriptionAllowSubscriptions {}
#[derive(Clone, PartialEq)]
pub struct ProfileAssociatedActivitySubscription {
    pub allow_subscriptions: ProfileAssociatedActivitySubscriptionAllowSubscriptions,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ProfileAssociatedActivitySubscription, extra {
        allow_subscriptions: required "allowSubscriptions",
    }
}
impl ::lexgen::typed::Validate for ProfileAssociatedActivitySubscription {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ProfileAssociatedChatAllowGroupInvites {
    /// `all`
    All,
    /// `none`
    None,
    /// `following`
    Following,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ProfileAssociatedChatAllowGroupInvites {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::None => "none",
            Self::Following => "following",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ProfileAssociatedChatAllowGroupInvites {
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
                "all" => Self::All,
                "none" => Self::None,
                "following" => Self::Following,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
impl ::lexgen::typed::AsText for ProfileAssociatedChatAllowGroupInvites {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for ProfileAssociatedChatAllowGroupInvites {}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ProfileAssociatedChatAllowIncoming {
    /// `all`
    All,
    /// `none`
    None,
    /// `following`
    Following,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ProfileAssociatedChatAllowIncoming {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::None => "none",
            Self::Following => "following",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ProfileAssociatedChatAllowIncoming {
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
                "all" => Self::All,
                "none" => Self::None,
                "following" => Self::Following,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
impl ::lexgen::typed::AsText for ProfileAssociatedChatAllowIncoming {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for ProfileAssociatedChatAllowIncoming {}
#[derive(Clone, PartialEq)]
pub struct ProfileAssociatedChat {
    pub allow_group_invites: ::std::option::Option<
        ProfileAssociatedChatAllowGroupInvites,
    >,
    pub allow_incoming: ProfileAssociatedChatAllowIncoming,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ProfileAssociatedChat, extra {
        allow_group_invites: optional "allowGroupInvites",
        allow_incoming: required "allowIncoming",
    }
}
impl ::lexgen::typed::Validate for ProfileAssociatedChat {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ProfileAssociatedGermShowButtonTo {
    /// `usersIFollow`
    UsersIFollow,
    /// `everyone`
    Everyone,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ProfileAssociatedGermShowButtonTo {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UsersIFollow => "usersIFollow",
            Self::Everyone => "everyone",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ProfileAssociatedGermShowButtonTo {
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
                "usersIFollow" => Self::UsersIFollow,
                "everyone" => Self::Everyone,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
impl ::lexgen::typed::AsText for ProfileAssociatedGermShowButtonTo {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for ProfileAssociatedGermShowButtonTo {}
#[derive(Clone, PartialEq)]
pub struct ProfileAssociatedGerm {
    pub message_me_url: ::lexgen::model::Uri,
    pub show_button_to: ProfileAssociatedGermShowButtonTo,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ProfileAssociatedGerm, extra {
        message_me_url: required "messageMeUrl",
        show_button_to: required "showButtonTo",
    }
}
impl ::lexgen::typed::Validate for ProfileAssociatedGerm {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct ProfileView {
    pub associated: ::std::option::Option<ProfileAssociated>,
    pub avatar: ::std::option::Option<::lexgen::model::Uri>,
    pub created_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub debug: ::std::option::Option<::lexgen::model::Map>,
    pub description: ::std::option::Option<::std::string::String>,
    pub did: ::lexgen::model::Did,
    pub display_name: ::std::option::Option<::std::string::String>,
    pub handle: ::lexgen::model::Handle,
    pub indexed_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub labels: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::label::defs::Label>,
    >,
    pub pronouns: ::std::option::Option<::std::string::String>,
    pub status: ::std::option::Option<StatusView>,
    pub verification: ::std::option::Option<VerificationState>,
    pub viewer: ::std::option::Option<ViewerState>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ProfileView, extra {
        associated: optional "associated",
        avatar: optional "avatar",
        created_at: optional "createdAt",
        debug: optional "debug",
        description: optional "description",
        did: required "did",
        display_name: optional "displayName",
        handle: required "handle",
        indexed_at: optional "indexedAt",
        labels: optional "labels",
        pronouns: optional "pronouns",
        status: optional "status",
        verification: optional "verification",
        viewer: optional "viewer",
    }
}
impl ::lexgen::typed::Validate for ProfileView {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.associated {
            ::lexgen::typed::Validate::validate_at(v, path.key("associated"), out);
        }
        if let ::std::option::Option::Some(v) = &self.description {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(2560u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(256u64),
                },
                path.key("description"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.display_name {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(640u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(64u64),
                },
                path.key("displayName"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.labels {
            {
                let p0 = path.key("labels");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.status {
            ::lexgen::typed::Validate::validate_at(v, path.key("status"), out);
        }
        if let ::std::option::Option::Some(v) = &self.verification {
            ::lexgen::typed::Validate::validate_at(v, path.key("verification"), out);
        }
        if let ::std::option::Option::Some(v) = &self.viewer {
            ::lexgen::typed::Validate::validate_at(v, path.key("viewer"), out);
        }
    }
}
::lexgen::via_typed!(
    AdultContentPref, BskyAppProgressGuide, BskyAppStatePref, ContentLabelPrefVisibility,
    ContentLabelPref, DeclaredAgePref, FeedViewPref, HiddenPostsPref, InterestsPref,
    KnownFollowers, LabelerPrefItem, LabelersPref, LiveEventPreferences,
    MutedWordActorTarget, MutedWord, MutedWordTarget, MutedWordsPref, Nux,
    PersonalDetailsPref, PostInteractionSettingsPrefPostgateEmbeddingRulesItem,
    PostInteractionSettingsPrefThreadgateAllowRulesItem, PostInteractionSettingsPref,
    PreferencesItem, ProfileAssociated,
    ProfileAssociatedActivitySubscriptionAllowSubscriptions,
    ProfileAssociatedActivitySubscription, ProfileAssociatedChatAllowGroupInvites,
    ProfileAssociatedChatAllowIncoming, ProfileAssociatedChat,
    ProfileAssociatedGermShowButtonTo, ProfileAssociatedGerm, ProfileView
);
