// @generated from lexicons/app/bsky/actor/defs.json by cargo xtask codegen
//! Defs `preferences` to `savedFeedsPrefV2` of the document (split for length).
#[allow(unused_imports)]
use super::*;
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
impl ::lexgen::typed::Typed for ProfileAssociated {
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
        ));
        props.optional("activitySubscription", &mut slots.0);
        props.optional("chat", &mut slots.1);
        props.optional("feedgens", &mut slots.2);
        props.optional("germ", &mut slots.3);
        props.optional("labeler", &mut slots.4);
        props.optional("lists", &mut slots.5);
        props.optional("starterPacks", &mut slots.6);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(activity_subscription),
                ::std::option::Option::Some(chat),
                ::std::option::Option::Some(feedgens),
                ::std::option::Option::Some(germ),
                ::std::option::Option::Some(labeler),
                ::std::option::Option::Some(lists),
                ::std::option::Option::Some(starter_packs),
            ) => {
                ::std::result::Result::Ok(Self {
                    activity_subscription,
                    chat,
                    feedgens,
                    germ,
                    labeler,
                    lists,
                    starter_packs,
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
            "activitySubscription",
            &self.activity_subscription,
        );
        ::lexgen::typed::put_optional(&mut map, "chat", &self.chat);
        ::lexgen::typed::put_optional(&mut map, "feedgens", &self.feedgens);
        ::lexgen::typed::put_optional(&mut map, "germ", &self.germ);
        ::lexgen::typed::put_optional(&mut map, "labeler", &self.labeler);
        ::lexgen::typed::put_optional(&mut map, "lists", &self.lists);
        ::lexgen::typed::put_optional(&mut map, "starterPacks", &self.starter_packs);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for ProfileAssociatedActivitySubscription {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("allowSubscriptions", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(allow_subscriptions),) => {
                ::std::result::Result::Ok(Self { allow_subscriptions, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "allowSubscriptions", &self.allow_subscriptions);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for ProfileAssociatedChat {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("allowGroupInvites", &mut slots.0);
        props.required("allowIncoming", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(allow_group_invites),
                ::std::option::Option::Some(allow_incoming),
            ) => {
                ::std::result::Result::Ok(Self {
                    allow_group_invites,
                    allow_incoming,
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
            "allowGroupInvites",
            &self.allow_group_invites,
        );
        ::lexgen::typed::put(&mut map, "allowIncoming", &self.allow_incoming);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for ProfileAssociatedGerm {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("messageMeUrl", &mut slots.0);
        props.required("showButtonTo", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(message_me_url),
                ::std::option::Option::Some(show_button_to),
            ) => {
                ::std::result::Result::Ok(Self {
                    message_me_url,
                    show_button_to,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "messageMeUrl", &self.message_me_url);
        ::lexgen::typed::put(&mut map, "showButtonTo", &self.show_button_to);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for ProfileView {
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
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("associated", &mut slots.0);
        props.optional("avatar", &mut slots.1);
        props.optional("createdAt", &mut slots.2);
        props.optional("debug", &mut slots.3);
        props.optional("description", &mut slots.4);
        props.required("did", &mut slots.5);
        props.optional("displayName", &mut slots.6);
        props.required("handle", &mut slots.7);
        props.optional("indexedAt", &mut slots.8);
        props.optional("labels", &mut slots.9);
        props.optional("pronouns", &mut slots.10);
        props.optional("status", &mut slots.11);
        props.optional("verification", &mut slots.12);
        props.optional("viewer", &mut slots.13);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(associated),
                ::std::option::Option::Some(avatar),
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(debug),
                ::std::option::Option::Some(description),
                ::std::option::Option::Some(did),
                ::std::option::Option::Some(display_name),
                ::std::option::Option::Some(handle),
                ::std::option::Option::Some(indexed_at),
                ::std::option::Option::Some(labels),
                ::std::option::Option::Some(pronouns),
                ::std::option::Option::Some(status),
                ::std::option::Option::Some(verification),
                ::std::option::Option::Some(viewer),
            ) => {
                ::std::result::Result::Ok(Self {
                    associated,
                    avatar,
                    created_at,
                    debug,
                    description,
                    did,
                    display_name,
                    handle,
                    indexed_at,
                    labels,
                    pronouns,
                    status,
                    verification,
                    viewer,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "associated", &self.associated);
        ::lexgen::typed::put_optional(&mut map, "avatar", &self.avatar);
        ::lexgen::typed::put_optional(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put_optional(&mut map, "debug", &self.debug);
        ::lexgen::typed::put_optional(&mut map, "description", &self.description);
        ::lexgen::typed::put(&mut map, "did", &self.did);
        ::lexgen::typed::put_optional(&mut map, "displayName", &self.display_name);
        ::lexgen::typed::put(&mut map, "handle", &self.handle);
        ::lexgen::typed::put_optional(&mut map, "indexedAt", &self.indexed_at);
        ::lexgen::typed::put_optional(&mut map, "labels", &self.labels);
        ::lexgen::typed::put_optional(&mut map, "pronouns", &self.pronouns);
        ::lexgen::typed::put_optional(&mut map, "status", &self.status);
        ::lexgen::typed::put_optional(&mut map, "verification", &self.verification);
        ::lexgen::typed::put_optional(&mut map, "viewer", &self.viewer);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for ProfileViewBasic {
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
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("associated", &mut slots.0);
        props.optional("avatar", &mut slots.1);
        props.optional("createdAt", &mut slots.2);
        props.optional("debug", &mut slots.3);
        props.required("did", &mut slots.4);
        props.optional("displayName", &mut slots.5);
        props.required("handle", &mut slots.6);
        props.optional("labels", &mut slots.7);
        props.optional("pronouns", &mut slots.8);
        props.optional("status", &mut slots.9);
        props.optional("verification", &mut slots.10);
        props.optional("viewer", &mut slots.11);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(associated),
                ::std::option::Option::Some(avatar),
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(debug),
                ::std::option::Option::Some(did),
                ::std::option::Option::Some(display_name),
                ::std::option::Option::Some(handle),
                ::std::option::Option::Some(labels),
                ::std::option::Option::Some(pronouns),
                ::std::option::Option::Some(status),
                ::std::option::Option::Some(verification),
                ::std::option::Option::Some(viewer),
            ) => {
                ::std::result::Result::Ok(Self {
                    associated,
                    avatar,
                    created_at,
                    debug,
                    did,
                    display_name,
                    handle,
                    labels,
                    pronouns,
                    status,
                    verification,
                    viewer,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "associated", &self.associated);
        ::lexgen::typed::put_optional(&mut map, "avatar", &self.avatar);
        ::lexgen::typed::put_optional(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put_optional(&mut map, "debug", &self.debug);
        ::lexgen::typed::put(&mut map, "did", &self.did);
        ::lexgen::typed::put_optional(&mut map, "displayName", &self.display_name);
        ::lexgen::typed::put(&mut map, "handle", &self.handle);
        ::lexgen::typed::put_optional(&mut map, "labels", &self.labels);
        ::lexgen::typed::put_optional(&mut map, "pronouns", &self.pronouns);
        ::lexgen::typed::put_optional(&mut map, "status", &self.status);
        ::lexgen::typed::put_optional(&mut map, "verification", &self.verification);
        ::lexgen::typed::put_optional(&mut map, "viewer", &self.viewer);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ProfileViewBasic {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.associated {
            ::lexgen::typed::Validate::validate_at(v, path.key("associated"), out);
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
impl ::lexgen::typed::Typed for ProfileViewDetailed {
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
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
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
        props.optional("associated", &mut slots.0);
        props.optional("avatar", &mut slots.1);
        props.optional("banner", &mut slots.2);
        props.optional("createdAt", &mut slots.3);
        props.optional("debug", &mut slots.4);
        props.optional("description", &mut slots.5);
        props.required("did", &mut slots.6);
        props.optional("displayName", &mut slots.7);
        props.optional("followersCount", &mut slots.8);
        props.optional("followsCount", &mut slots.9);
        props.required("handle", &mut slots.10);
        props.optional("indexedAt", &mut slots.11);
        props.optional("joinedViaStarterPack", &mut slots.12);
        props.optional("labels", &mut slots.13);
        props.optional("pinnedPost", &mut slots.14);
        props.optional("postsCount", &mut slots.15);
        props.optional("pronouns", &mut slots.16);
        props.optional("status", &mut slots.17);
        props.optional("verification", &mut slots.18);
        props.optional("viewer", &mut slots.19);
        props.optional("website", &mut slots.20);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(associated),
                ::std::option::Option::Some(avatar),
                ::std::option::Option::Some(banner),
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(debug),
                ::std::option::Option::Some(description),
                ::std::option::Option::Some(did),
                ::std::option::Option::Some(display_name),
                ::std::option::Option::Some(followers_count),
                ::std::option::Option::Some(follows_count),
                ::std::option::Option::Some(handle),
                ::std::option::Option::Some(indexed_at),
                ::std::option::Option::Some(joined_via_starter_pack),
                ::std::option::Option::Some(labels),
                ::std::option::Option::Some(pinned_post),
                ::std::option::Option::Some(posts_count),
                ::std::option::Option::Some(pronouns),
                ::std::option::Option::Some(status),
                ::std::option::Option::Some(verification),
                ::std::option::Option::Some(viewer),
                ::std::option::Option::Some(website),
            ) => {
                ::std::result::Result::Ok(Self {
                    associated,
                    avatar,
                    banner,
                    created_at,
                    debug,
                    description,
                    did,
                    display_name,
                    followers_count,
                    follows_count,
                    handle,
                    indexed_at,
                    joined_via_starter_pack,
                    labels,
                    pinned_post,
                    posts_count,
                    pronouns,
                    status,
                    verification,
                    viewer,
                    website,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "associated", &self.associated);
        ::lexgen::typed::put_optional(&mut map, "avatar", &self.avatar);
        ::lexgen::typed::put_optional(&mut map, "banner", &self.banner);
        ::lexgen::typed::put_optional(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put_optional(&mut map, "debug", &self.debug);
        ::lexgen::typed::put_optional(&mut map, "description", &self.description);
        ::lexgen::typed::put(&mut map, "did", &self.did);
        ::lexgen::typed::put_optional(&mut map, "displayName", &self.display_name);
        ::lexgen::typed::put_optional(&mut map, "followersCount", &self.followers_count);
        ::lexgen::typed::put_optional(&mut map, "followsCount", &self.follows_count);
        ::lexgen::typed::put(&mut map, "handle", &self.handle);
        ::lexgen::typed::put_optional(&mut map, "indexedAt", &self.indexed_at);
        ::lexgen::typed::put_optional(
            &mut map,
            "joinedViaStarterPack",
            &self.joined_via_starter_pack,
        );
        ::lexgen::typed::put_optional(&mut map, "labels", &self.labels);
        ::lexgen::typed::put_optional(&mut map, "pinnedPost", &self.pinned_post);
        ::lexgen::typed::put_optional(&mut map, "postsCount", &self.posts_count);
        ::lexgen::typed::put_optional(&mut map, "pronouns", &self.pronouns);
        ::lexgen::typed::put_optional(&mut map, "status", &self.status);
        ::lexgen::typed::put_optional(&mut map, "verification", &self.verification);
        ::lexgen::typed::put_optional(&mut map, "viewer", &self.viewer);
        ::lexgen::typed::put_optional(&mut map, "website", &self.website);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ProfileViewDetailed {
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
        if let ::std::option::Option::Some(v) = &self.joined_via_starter_pack {
            ::lexgen::typed::Validate::validate_at(
                v,
                path.key("joinedViaStarterPack"),
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
        if let ::std::option::Option::Some(v) = &self.pinned_post {
            ::lexgen::typed::Validate::validate_at(v, path.key("pinnedPost"), out);
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
impl ::lexgen::typed::AsText for SavedFeedType {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
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
impl ::lexgen::typed::Typed for SavedFeed {
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
        props.required("id", &mut slots.0);
        props.required("pinned", &mut slots.1);
        props.required("type", &mut slots.2);
        props.required("value", &mut slots.3);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(id),
                ::std::option::Option::Some(pinned),
                ::std::option::Option::Some(r#type),
                ::std::option::Option::Some(value),
            ) => {
                ::std::result::Result::Ok(Self {
                    id,
                    pinned,
                    r#type,
                    value,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "id", &self.id);
        ::lexgen::typed::put(&mut map, "pinned", &self.pinned);
        ::lexgen::typed::put(&mut map, "type", &self.r#type);
        ::lexgen::typed::put(&mut map, "value", &self.value);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for SavedFeed {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct SavedFeedsPref {
    pub pinned: ::std::vec::Vec<::lexgen::model::AtUri>,
    pub saved: ::std::vec::Vec<::lexgen::model::AtUri>,
    pub timeline_index: ::std::option::Option<i64>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for SavedFeedsPref {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("pinned", &mut slots.0);
        props.required("saved", &mut slots.1);
        props.optional("timelineIndex", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(pinned),
                ::std::option::Option::Some(saved),
                ::std::option::Option::Some(timeline_index),
            ) => {
                ::std::result::Result::Ok(Self {
                    pinned,
                    saved,
                    timeline_index,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "pinned", &self.pinned);
        ::lexgen::typed::put(&mut map, "saved", &self.saved);
        ::lexgen::typed::put_optional(&mut map, "timelineIndex", &self.timeline_index);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for SavedFeedsPref {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct SavedFeedsPrefV2 {
    pub items: ::std::vec::Vec<SavedFeed>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for SavedFeedsPrefV2 {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("items", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(items),) => {
                ::std::result::Result::Ok(Self { items, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "items", &self.items);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for SavedFeedsPrefV2 {
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
::lexgen::via_typed!(
    PreferencesItem, ProfileAssociated,
    ProfileAssociatedActivitySubscriptionAllowSubscriptions,
    ProfileAssociatedActivitySubscription, ProfileAssociatedChatAllowGroupInvites,
    ProfileAssociatedChatAllowIncoming, ProfileAssociatedChat,
    ProfileAssociatedGermShowButtonTo, ProfileAssociatedGerm, ProfileView,
    ProfileViewBasic, ProfileViewDetailed, SavedFeedType, SavedFeed, SavedFeedsPref,
    SavedFeedsPrefV2
);
