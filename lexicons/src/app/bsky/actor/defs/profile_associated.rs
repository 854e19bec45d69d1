// @generated from lexicons/app/bsky/actor/defs.json by cargo xtask codegen
//! Defs `profileAssociated` to `verificationPrefs` of the document (split for length).
#[allow(unused_imports)]
use super::*;
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
        let activity_subscription = props.optional("activitySubscription");
        let chat = props.optional("chat");
        let feedgens = props.optional("feedgens");
        let germ = props.optional("germ");
        let labeler = props.optional("labeler");
        let lists = props.optional("lists");
        let starter_packs = props.optional("starterPacks");
        let (
            ::std::option::Option::Some(activity_subscription),
            ::std::option::Option::Some(chat),
            ::std::option::Option::Some(feedgens),
            ::std::option::Option::Some(germ),
            ::std::option::Option::Some(labeler),
            ::std::option::Option::Some(lists),
            ::std::option::Option::Some(starter_packs),
        ) = (activity_subscription, chat, feedgens, germ, labeler, lists, starter_packs)
        else {
            return ::std::result::Result::Err(props.error());
        };
        ::std::result::Result::Ok(Self {
            activity_subscription,
            chat,
            feedgens,
            germ,
            labeler,
            lists,
            starter_packs,
            extra: props.rest(),
        })
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
        let allow_subscriptions = props.required("allowSubscriptions");
        let (::std::option::Option::Some(allow_subscriptions),) = (allow_subscriptions,)
        else {
            return ::std::result::Result::Err(props.error());
        };
        ::std::result::Result::Ok(Self {
            allow_subscriptions,
            extra: props.rest(),
        })
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
        let allow_group_invites = props.optional("allowGroupInvites");
        let allow_incoming = props.required("allowIncoming");
        let (
            ::std::option::Option::Some(allow_group_invites),
            ::std::option::Option::Some(allow_incoming),
        ) = (allow_group_invites, allow_incoming) else {
            return ::std::result::Result::Err(props.error());
        };
        ::std::result::Result::Ok(Self {
            allow_group_invites,
            allow_incoming,
            extra: props.rest(),
        })
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
        let message_me_url = props.required("messageMeUrl");
        let show_button_to = props.required("showButtonTo");
        let (
            ::std::option::Option::Some(message_me_url),
            ::std::option::Option::Some(show_button_to),
        ) = (message_me_url, show_button_to) else {
            return ::std::result::Result::Err(props.error());
        };
        ::std::result::Result::Ok(Self {
            message_me_url,
            show_button_to,
            extra: props.rest(),
        })
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
        let associated = props.optional("associated");
        let avatar = props.optional("avatar");
        let created_at = props.optional("createdAt");
        let debug = props.optional("debug");
        let description = props.optional("description");
        let did = props.required("did");
        let display_name = props.optional("displayName");
        let handle = props.required("handle");
        let indexed_at = props.optional("indexedAt");
        let labels = props.optional("labels");
        let pronouns = props.optional("pronouns");
        let status = props.optional("status");
        let verification = props.optional("verification");
        let viewer = props.optional("viewer");
        let (
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
        ) = (
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
        ) else {
            return ::std::result::Result::Err(props.error());
        };
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
            extra: props.rest(),
        })
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
        let associated = props.optional("associated");
        let avatar = props.optional("avatar");
        let created_at = props.optional("createdAt");
        let debug = props.optional("debug");
        let did = props.required("did");
        let display_name = props.optional("displayName");
        let handle = props.required("handle");
        let labels = props.optional("labels");
        let pronouns = props.optional("pronouns");
        let status = props.optional("status");
        let verification = props.optional("verification");
        let viewer = props.optional("viewer");
        let (
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
        ) = (
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
        ) else {
            return ::std::result::Result::Err(props.error());
        };
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
            extra: props.rest(),
        })
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
        let associated = props.optional("associated");
        let avatar = props.optional("avatar");
        let banner = props.optional("banner");
        let created_at = props.optional("createdAt");
        let debug = props.optional("debug");
        let description = props.optional("description");
        let did = props.required("did");
        let display_name = props.optional("displayName");
        let followers_count = props.optional("followersCount");
        let follows_count = props.optional("followsCount");
        let handle = props.required("handle");
        let indexed_at = props.optional("indexedAt");
        let joined_via_starter_pack = props.optional("joinedViaStarterPack");
        let labels = props.optional("labels");
        let pinned_post = props.optional("pinnedPost");
        let posts_count = props.optional("postsCount");
        let pronouns = props.optional("pronouns");
        let status = props.optional("status");
        let verification = props.optional("verification");
        let viewer = props.optional("viewer");
        let website = props.optional("website");
        let (
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
        ) = (
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
        ) else {
            return ::std::result::Result::Err(props.error());
        };
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
            extra: props.rest(),
        })
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
        let id = props.required("id");
        let pinned = props.required("pinned");
        let r#type = props.required("type");
        let value = props.required("value");
        let (
            ::std::option::Option::Some(id),
            ::std::option::Option::Some(pinned),
            ::std::option::Option::Some(r#type),
            ::std::option::Option::Some(value),
        ) = (id, pinned, r#type, value) else {
            return ::std::result::Result::Err(props.error());
        };
        ::std::result::Result::Ok(Self {
            id,
            pinned,
            r#type,
            value,
            extra: props.rest(),
        })
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
        let pinned = props.required("pinned");
        let saved = props.required("saved");
        let timeline_index = props.optional("timelineIndex");
        let (
            ::std::option::Option::Some(pinned),
            ::std::option::Option::Some(saved),
            ::std::option::Option::Some(timeline_index),
        ) = (pinned, saved, timeline_index) else {
            return ::std::result::Result::Err(props.error());
        };
        ::std::result::Result::Ok(Self {
            pinned,
            saved,
            timeline_index,
            extra: props.rest(),
        })
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
        let items = props.required("items");
        let (::std::option::Option::Some(items),) = (items,) else {
            return ::std::result::Result::Err(props.error());
        };
        ::std::result::Result::Ok(Self { items, extra: props.rest() })
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
impl ::lexgen::typed::AsText for StatusViewStatus {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
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
impl ::lexgen::typed::Typed for StatusView {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let cid = props.optional("cid");
        let embed = props.optional("embed");
        let expires_at = props.optional("expiresAt");
        let is_active = props.optional("isActive");
        let is_disabled = props.optional("isDisabled");
        let labels = props.optional("labels");
        let record = props.required("record");
        let status = props.required("status");
        let uri = props.optional("uri");
        let (
            ::std::option::Option::Some(cid),
            ::std::option::Option::Some(embed),
            ::std::option::Option::Some(expires_at),
            ::std::option::Option::Some(is_active),
            ::std::option::Option::Some(is_disabled),
            ::std::option::Option::Some(labels),
            ::std::option::Option::Some(record),
            ::std::option::Option::Some(status),
            ::std::option::Option::Some(uri),
        ) = (cid, embed, expires_at, is_active, is_disabled, labels, record, status, uri)
        else {
            return ::std::result::Result::Err(props.error());
        };
        ::std::result::Result::Ok(Self {
            cid,
            embed,
            expires_at,
            is_active,
            is_disabled,
            labels,
            record,
            status,
            uri,
            extra: props.rest(),
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "cid", &self.cid);
        ::lexgen::typed::put_optional(&mut map, "embed", &self.embed);
        ::lexgen::typed::put_optional(&mut map, "expiresAt", &self.expires_at);
        ::lexgen::typed::put_optional(&mut map, "isActive", &self.is_active);
        ::lexgen::typed::put_optional(&mut map, "isDisabled", &self.is_disabled);
        ::lexgen::typed::put_optional(&mut map, "labels", &self.labels);
        ::lexgen::typed::put(&mut map, "record", &self.record);
        ::lexgen::typed::put(&mut map, "status", &self.status);
        ::lexgen::typed::put_optional(&mut map, "uri", &self.uri);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for StatusView {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.cid {
            ::lexgen::typed::check::cid(v, path.key("cid"), out);
        }
        if let ::std::option::Option::Some(v) = &self.embed {
            ::lexgen::typed::Validate::validate_at(v, path.key("embed"), out);
        }
        if let ::std::option::Option::Some(v) = &self.labels {
            {
                let p0 = path.key("labels");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
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
impl ::lexgen::typed::AsText for ThreadViewPrefSort {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for ThreadViewPrefSort {}
#[derive(Clone, PartialEq)]
pub struct ThreadViewPref {
    pub sort: ::std::option::Option<ThreadViewPrefSort>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ThreadViewPref {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let sort = props.optional("sort");
        let (::std::option::Option::Some(sort),) = (sort,) else {
            return ::std::result::Result::Err(props.error());
        };
        ::std::result::Result::Ok(Self { sort, extra: props.rest() })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "sort", &self.sort);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ThreadViewPref {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct VerificationPrefs {
    pub hide_badges: ::std::option::Option<bool>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for VerificationPrefs {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let hide_badges = props.optional("hideBadges");
        let (::std::option::Option::Some(hide_badges),) = (hide_badges,) else {
            return ::std::result::Result::Err(props.error());
        };
        ::std::result::Result::Ok(Self {
            hide_badges,
            extra: props.rest(),
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "hideBadges", &self.hide_badges);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for VerificationPrefs {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
::lexgen::via_typed!(
    ProfileAssociated, ProfileAssociatedActivitySubscriptionAllowSubscriptions,
    ProfileAssociatedActivitySubscription, ProfileAssociatedChatAllowGroupInvites,
    ProfileAssociatedChatAllowIncoming, ProfileAssociatedChat,
    ProfileAssociatedGermShowButtonTo, ProfileAssociatedGerm, ProfileView,
    ProfileViewBasic, ProfileViewDetailed, SavedFeedType, SavedFeed, SavedFeedsPref,
    SavedFeedsPrefV2, StatusViewEmbed, StatusViewStatus, StatusView, ThreadViewPrefSort,
    ThreadViewPref, VerificationPrefs
);
