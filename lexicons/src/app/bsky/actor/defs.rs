// @generated from lexicons/app/bsky/actor/defs.json by cargo xtask codegen
//! `app.bsky.actor.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.actor.defs";
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
#[derive(Clone, PartialEq)]
pub struct BskyAppProgressGuide {
    pub guide: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    BskyAppProgressGuide, extra {
        guide: required "guide" string { max_length: 100 },
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
        nuxs: optional "nuxs" array { max_length: 100 },
        queued_nudges: optional "queuedNudges" array { max_length: 1000 } of string { max_length: 100 },
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
::lexgen::string_set!(ContentLabelPrefVisibility);
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
#[derive(Clone, PartialEq)]
pub struct InterestsPref {
    pub tags: ::std::vec::Vec<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    InterestsPref, extra {
        tags: required "tags" array { max_length: 100 } of string { max_length: 640, max_graphemes: 64 },
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
        followers: required "followers" array { min_length: 0, max_length: 5 },
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
::lexgen::string_set!(MutedWordActorTarget);
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
        targets: required "targets" array {} of string { max_length: 640, max_graphemes: 64 },
        value: required "value" string { max_length: 10000, max_graphemes: 1000 },
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
::lexgen::string_set!(MutedWordTarget);
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
        data: optional "data" string { max_length: 3000, max_graphemes: 300 },
        expires_at: optional "expiresAt",
        id: required "id" string { max_length: 100 },
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
        postgate_embedding_rules: optional "postgateEmbeddingRules" array { max_length: 5 },
        threadgate_allow_rules: optional "threadgateAllowRules" array { max_length: 5 },
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
::lexgen::string_set!(ProfileAssociatedActivitySubscriptionAllowSubscriptions);
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
::lexgen::string_set!(ProfileAssociatedChatAllowGroupInvites);
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
::lexgen::string_set!(ProfileAssociatedChatAllowIncoming);
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
::lexgen::string_set!(ProfileAssociatedGermShowButtonTo);
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
        description: optional "description" string { max_length: 2560, max_graphemes: 256 },
        did: required "did",
        display_name: optional "displayName" string { max_length: 640, max_graphemes: 64 },
        handle: required "handle",
        indexed_at: optional "indexedAt",
        labels: optional "labels",
        pronouns: optional "pronouns",
        status: optional "status",
        verification: optional "verification",
        viewer: optional "viewer",
    }
}
#[derive(Clone, PartialEq)]
pub struct ProfileViewBasic {
    pub associated: ::std::option::Option<ProfileAssociated>,
    pub avatar: ::std::option::Option<::lexgen::model::Uri>,
    pub created_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub debug: ::std::option::Option<::lexgen::model::Map>,
    pub did: ::lexgen::model::Did,
    pub display_name: ::std::option::Option<::std::string::String>,
    pub handle: ::lexgen::model::Handle,
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
    ProfileViewBasic, extra {
        associated: optional "associated",
        avatar: optional "avatar",
        created_at: optional "createdAt",
        debug: optional "debug",
        did: required "did",
        display_name: optional "displayName" string { max_length: 640, max_graphemes: 64 },
        handle: required "handle",
        labels: optional "labels",
        pronouns: optional "pronouns",
        status: optional "status",
        verification: optional "verification",
        viewer: optional "viewer",
    }
}
#[derive(Clone, PartialEq)]
pub struct ProfileViewDetailed {
    pub associated: ::std::option::Option<ProfileAssociated>,
    pub avatar: ::std::option::Option<::lexgen::model::Uri>,
    pub banner: ::std::option::Option<::lexgen::model::Uri>,
    pub created_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub debug: ::std::option::Option<::lexgen::model::Map>,
    pub description: ::std::option::Option<::std::string::String>,
    pub did: ::lexgen::model::Did,
    pub display_name: ::std::option::Option<::std::string::String>,
    pub followers_count: ::std::option::Option<i64>,
    pub follows_count: ::std::option::Option<i64>,
    pub handle: ::lexgen::model::Handle,
    pub indexed_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub joined_via_starter_pack: ::std::option::Option<
        crate::app::bsky::graph::defs::StarterPackViewBasic,
    >,
    pub labels: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::label::defs::Label>,
    >,
    pub pinned_post: ::std::option::Option<
        crate::com::atproto::repo::strong_ref::StrongRef,
    >,
    pub posts_count: ::std::option::Option<i64>,
    pub pronouns: ::std::option::Option<::std::string::String>,
    pub status: ::std::option::Option<StatusView>,
    pub verification: ::std::option::Option<VerificationState>,
    pub viewer: ::std::option::Option<ViewerState>,
    pub website: ::std::option::Option<::lexgen::model::Uri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ProfileViewDetailed, extra {
        associated: optional "associated",
        avatar: optional "avatar",
        banner: optional "banner",
        created_at: optional "createdAt",
        debug: optional "debug",
        description: optional "description" string { max_length: 2560, max_graphemes: 256 },
        did: required "did",
        display_name: optional "displayName" string { max_length: 640, max_graphemes: 64 },
        followers_count: optional "followersCount",
        follows_count: optional "followsCount",
        handle: required "handle",
        indexed_at: optional "indexedAt",
        joined_via_starter_pack: optional "joinedViaStarterPack",
        labels: optional "labels",
        pinned_post: optional "pinnedPost",
        posts_count: optional "postsCount",
        pronouns: optional "pronouns",
        status: optional "status",
        verification: optional "verification",
        viewer: optional "viewer",
        website: optional "website",
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum SavedFeedType {
    /// `feed`
    Feed,
    /// `list`
    List,
    /// `timeline`
    Timeline,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl SavedFeedType {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Feed => "feed",
            Self::List => "list",
            Self::Timeline => "timeline",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for SavedFeedType {
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
                "feed" => Self::Feed,
                "list" => Self::List,
                "timeline" => Self::Timeline,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(SavedFeedType);
impl ::lexgen::xrpc::Param for SavedFeedType {}
#[derive(Clone, PartialEq)]
pub struct SavedFeed {
    pub id: ::std::string::String,
    pub pinned: bool,
    pub r#type: SavedFeedType,
    pub value: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    SavedFeed, extra {
        id: required "id",
        pinned: required "pinned",
        r#type: required "type",
        value: required "value",
    }
}
#[derive(Clone, PartialEq)]
pub struct SavedFeedsPref {
    pub pinned: ::std::vec::Vec<::lexgen::model::AtUri>,
    pub saved: ::std::vec::Vec<::lexgen::model::AtUri>,
    pub timeline_index: ::std::option::Option<i64>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    SavedFeedsPref, extra {
        pinned: required "pinned",
        saved: required "saved",
        timeline_index: optional "timelineIndex",
    }
}
#[derive(Clone, PartialEq)]
pub struct SavedFeedsPrefV2 {
    pub items: ::std::vec::Vec<SavedFeed>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    SavedFeedsPrefV2, extra {
        items: required "items",
    }
}
#[derive(Clone, PartialEq)]
pub enum StatusViewEmbed {
    /// `app.bsky.embed.external#view`
    ExternalView(::std::boxed::Box<crate::app::bsky::embed::external::View>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for StatusViewEmbed {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.embed.external#view" => {
                ::lexgen::typed::member(map, path).map(Self::ExternalView)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::ExternalView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.external#view")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for StatusViewEmbed {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::ExternalView(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum StatusViewStatus {
    /// `app.bsky.actor.status#live`
    Live,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl StatusViewStatus {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Live => "app.bsky.actor.status#live",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for StatusViewStatus {
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
                "app.bsky.actor.status#live" => Self::Live,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(StatusViewStatus);
impl ::lexgen::xrpc::Param for StatusViewStatus {}
#[derive(Clone, PartialEq)]
pub struct StatusView {
    pub cid: ::std::option::Option<::lexgen::model::CidString>,
    pub embed: ::std::option::Option<StatusViewEmbed>,
    pub expires_at: ::std::option::Option<::lexgen::model::Datetime>,
    pub is_active: ::std::option::Option<bool>,
    pub is_disabled: ::std::option::Option<bool>,
    pub labels: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::label::defs::Label>,
    >,
    pub record: ::lexgen::model::Map,
    pub status: StatusViewStatus,
    pub uri: ::std::option::Option<::lexgen::model::AtUri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    StatusView, extra {
        cid: optional "cid" string { cid: true },
        embed: optional "embed",
        expires_at: optional "expiresAt",
        is_active: optional "isActive",
        is_disabled: optional "isDisabled",
        labels: optional "labels",
        record: required "record",
        status: required "status",
        uri: optional "uri",
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ThreadViewPrefSort {
    /// `oldest`
    Oldest,
    /// `newest`
    Newest,
    /// `most-likes`
    MostLikes,
    /// `random`
    Random,
    /// `hotness`
    Hotness,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ThreadViewPrefSort {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Oldest => "oldest",
            Self::Newest => "newest",
            Self::MostLikes => "most-likes",
            Self::Random => "random",
            Self::Hotness => "hotness",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ThreadViewPrefSort {
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
                "oldest" => Self::Oldest,
                "newest" => Self::Newest,
                "most-likes" => Self::MostLikes,
                "random" => Self::Random,
                "hotness" => Self::Hotness,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(ThreadViewPrefSort);
impl ::lexgen::xrpc::Param for ThreadViewPrefSort {}
#[derive(Clone, PartialEq)]
pub struct ThreadViewPref {
    pub sort: ::std::option::Option<ThreadViewPrefSort>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ThreadViewPref, extra {
        sort: optional "sort",
    }
}
#[derive(Clone, PartialEq)]
pub struct VerificationPrefs {
    pub hide_badges: ::std::option::Option<bool>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    VerificationPrefs, extra {
        hide_badges: optional "hideBadges",
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum VerificationStateTrustedVerifierStatus {
    /// `valid`
    Valid,
    /// `invalid`
    Invalid,
    /// `none`
    None,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl VerificationStateTrustedVerifierStatus {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Valid => "valid",
            Self::Invalid => "invalid",
            Self::None => "none",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for VerificationStateTrustedVerifierStatus {
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
                "valid" => Self::Valid,
                "invalid" => Self::Invalid,
                "none" => Self::None,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(VerificationStateTrustedVerifierStatus);
impl ::lexgen::xrpc::Param for VerificationStateTrustedVerifierStatus {}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum VerificationStateVerifiedStatus {
    /// `valid`
    Valid,
    /// `invalid`
    Invalid,
    /// `none`
    None,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl VerificationStateVerifiedStatus {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Valid => "valid",
            Self::Invalid => "invalid",
            Self::None => "none",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for VerificationStateVerifiedStatus {
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
                "valid" => Self::Valid,
                "invalid" => Self::Invalid,
                "none" => Self::None,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(VerificationStateVerifiedStatus);
impl ::lexgen::xrpc::Param for VerificationStateVerifiedStatus {}
#[derive(Clone, PartialEq)]
pub struct VerificationState {
    pub trusted_verifier_status: VerificationStateTrustedVerifierStatus,
    pub verifications: ::std::vec::Vec<VerificationView>,
    pub verified_status: VerificationStateVerifiedStatus,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    VerificationState, extra {
        trusted_verifier_status: required "trustedVerifierStatus",
        verifications: required "verifications",
        verified_status: required "verifiedStatus",
    }
}
#[derive(Clone, PartialEq)]
pub struct VerificationView {
    pub created_at: ::lexgen::model::Datetime,
    pub is_valid: bool,
    pub issuer: ::lexgen::model::Did,
    pub issuer_display_name: ::std::option::Option<::std::string::String>,
    pub issuer_handle: ::std::option::Option<::lexgen::model::Handle>,
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    VerificationView, extra {
        created_at: required "createdAt",
        is_valid: required "isValid",
        issuer: required "issuer",
        issuer_display_name: optional "issuerDisplayName",
        issuer_handle: optional "issuerHandle",
        uri: required "uri",
    }
}
#[derive(Clone, PartialEq)]
pub struct ViewerState {
    pub activity_subscription: ::std::option::Option<
        crate::app::bsky::notification::defs::ActivitySubscription,
    >,
    pub blocked_by: ::std::option::Option<bool>,
    pub blocking: ::std::option::Option<::lexgen::model::AtUri>,
    pub blocking_by_list: ::std::option::Option<
        crate::app::bsky::graph::defs::ListViewBasic,
    >,
    pub followed_by: ::std::option::Option<::lexgen::model::AtUri>,
    pub following: ::std::option::Option<::lexgen::model::AtUri>,
    pub known_followers: ::std::option::Option<KnownFollowers>,
    pub muted: ::std::option::Option<bool>,
    pub muted_by_list: ::std::option::Option<
        crate::app::bsky::graph::defs::ListViewBasic,
    >,
    pub muted_only_quoteposts: ::std::option::Option<bool>,
    pub muted_only_reposts: ::std::option::Option<bool>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ViewerState, extra {
        activity_subscription: optional "activitySubscription",
        blocked_by: optional "blockedBy",
        blocking: optional "blocking",
        blocking_by_list: optional "blockingByList",
        followed_by: optional "followedBy",
        following: optional "following",
        known_followers: optional "knownFollowers",
        muted: optional "muted",
        muted_by_list: optional "mutedByList",
        muted_only_quoteposts: optional "mutedOnlyQuoteposts",
        muted_only_reposts: optional "mutedOnlyReposts",
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
    ProfileAssociatedGermShowButtonTo, ProfileAssociatedGerm, ProfileView,
    ProfileViewBasic, ProfileViewDetailed, SavedFeedType, SavedFeed, SavedFeedsPref,
    SavedFeedsPrefV2, StatusViewEmbed, StatusViewStatus, StatusView, ThreadViewPrefSort,
    ThreadViewPref, VerificationPrefs, VerificationStateTrustedVerifierStatus,
    VerificationStateVerifiedStatus, VerificationState, VerificationView, ViewerState
);
