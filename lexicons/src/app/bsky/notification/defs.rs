// @generated from lexicons/app/bsky/notification/defs.json by cargo xtask codegen
//! `app.bsky.notification.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.notification.defs";
#[derive(Clone, PartialEq)]
pub struct ActivitySubscription {
    pub post: bool,
    pub reply: bool,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ActivitySubscription, extra {
        post: required "post",
        reply: required "reply",
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ChatPreferenceInclude {
    /// `all`
    All,
    /// `accepted`
    Accepted,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ChatPreferenceInclude {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::Accepted => "accepted",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ChatPreferenceInclude {
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
                "accepted" => Self::Accepted,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(ChatPreferenceInclude);
impl ::lexgen::xrpc::Param for ChatPreferenceInclude {}
#[derive(Clone, PartialEq)]
pub struct ChatPreference {
    pub include: ChatPreferenceInclude,
    pub push: bool,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ChatPreference, extra {
        include: required "include",
        push: required "push",
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum FilterablePreferenceInclude {
    /// `all`
    All,
    /// `follows`
    Follows,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl FilterablePreferenceInclude {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::Follows => "follows",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for FilterablePreferenceInclude {
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
                "follows" => Self::Follows,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(FilterablePreferenceInclude);
impl ::lexgen::xrpc::Param for FilterablePreferenceInclude {}
#[derive(Clone, PartialEq)]
pub struct FilterablePreference {
    pub include: FilterablePreferenceInclude,
    pub list: bool,
    pub push: bool,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    FilterablePreference, extra {
        include: required "include",
        list: required "list",
        push: required "push",
    }
}
#[derive(Clone, PartialEq)]
pub struct Preference {
    pub list: bool,
    pub push: bool,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Preference, extra {
        list: required "list",
        push: required "push",
    }
}
#[derive(Clone, PartialEq)]
pub struct Preferences {
    pub chat: ChatPreference,
    pub follow: FilterablePreference,
    pub like: FilterablePreference,
    pub like_via_repost: FilterablePreference,
    pub mention: FilterablePreference,
    pub quote: FilterablePreference,
    pub reply: FilterablePreference,
    pub repost: FilterablePreference,
    pub repost_via_repost: FilterablePreference,
    pub starterpack_joined: Preference,
    pub subscribed_post: Preference,
    pub unverified: Preference,
    pub verified: Preference,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Preferences, extra {
        chat: required "chat",
        follow: required "follow",
        like: required "like",
        like_via_repost: required "likeViaRepost",
        mention: required "mention",
        quote: required "quote",
        reply: required "reply",
        repost: required "repost",
        repost_via_repost: required "repostViaRepost",
        starterpack_joined: required "starterpackJoined",
        subscribed_post: required "subscribedPost",
        unverified: required "unverified",
        verified: required "verified",
    }
}
#[derive(Clone, PartialEq)]
pub struct RecordDeleted {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    RecordDeleted, extra {
    }
}
#[derive(Clone, PartialEq)]
pub struct SubjectActivitySubscription {
    pub activity_subscription: ActivitySubscription,
    pub subject: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    SubjectActivitySubscription, extra {
        activity_subscription: required "activitySubscription",
        subject: required "subject",
    }
}
::lexgen::via_typed!(
    ActivitySubscription, ChatPreferenceInclude, ChatPreference,
    FilterablePreferenceInclude, FilterablePreference, Preference, Preferences,
    RecordDeleted, SubjectActivitySubscription
);
