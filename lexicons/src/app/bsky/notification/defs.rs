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
impl ::lexgen::typed::Typed for ActivitySubscription {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("post", &mut slots.0);
        props.required("reply", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(post), ::std::option::Option::Some(reply)) => {
                ::std::result::Result::Ok(Self { post, reply, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "post", &self.post);
        ::lexgen::typed::put(&mut map, "reply", &self.reply);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ActivitySubscription {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
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
impl ::lexgen::typed::AsText for ChatPreferenceInclude {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for ChatPreferenceInclude {}
#[derive(Clone, PartialEq)]
pub struct ChatPreference {
    pub include: ChatPreferenceInclude,
    pub push: bool,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ChatPreference {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("include", &mut slots.0);
        props.required("push", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(include), ::std::option::Option::Some(push)) => {
                ::std::result::Result::Ok(Self { include, push, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "include", &self.include);
        ::lexgen::typed::put(&mut map, "push", &self.push);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ChatPreference {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
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
impl ::lexgen::typed::AsText for FilterablePreferenceInclude {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for FilterablePreferenceInclude {}
#[derive(Clone, PartialEq)]
pub struct FilterablePreference {
    pub include: FilterablePreferenceInclude,
    pub list: bool,
    pub push: bool,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for FilterablePreference {
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
        props.required("include", &mut slots.0);
        props.required("list", &mut slots.1);
        props.required("push", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(include),
                ::std::option::Option::Some(list),
                ::std::option::Option::Some(push),
            ) => ::std::result::Result::Ok(Self { include, list, push, extra }),
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "include", &self.include);
        ::lexgen::typed::put(&mut map, "list", &self.list);
        ::lexgen::typed::put(&mut map, "push", &self.push);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for FilterablePreference {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct Preference {
    pub list: bool,
    pub push: bool,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Preference {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("list", &mut slots.0);
        props.required("push", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(list), ::std::option::Option::Some(push)) => {
                ::std::result::Result::Ok(Self { list, push, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "list", &self.list);
        ::lexgen::typed::put(&mut map, "push", &self.push);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Preference {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
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
impl ::lexgen::typed::Typed for Preferences {
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
        ));
        props.required("chat", &mut slots.0);
        props.required("follow", &mut slots.1);
        props.required("like", &mut slots.2);
        props.required("likeViaRepost", &mut slots.3);
        props.required("mention", &mut slots.4);
        props.required("quote", &mut slots.5);
        props.required("reply", &mut slots.6);
        props.required("repost", &mut slots.7);
        props.required("repostViaRepost", &mut slots.8);
        props.required("starterpackJoined", &mut slots.9);
        props.required("subscribedPost", &mut slots.10);
        props.required("unverified", &mut slots.11);
        props.required("verified", &mut slots.12);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(chat),
                ::std::option::Option::Some(follow),
                ::std::option::Option::Some(like),
                ::std::option::Option::Some(like_via_repost),
                ::std::option::Option::Some(mention),
                ::std::option::Option::Some(quote),
                ::std::option::Option::Some(reply),
                ::std::option::Option::Some(repost),
                ::std::option::Option::Some(repost_via_repost),
                ::std::option::Option::Some(starterpack_joined),
                ::std::option::Option::Some(subscribed_post),
                ::std::option::Option::Some(unverified),
                ::std::option::Option::Some(verified),
            ) => {
                ::std::result::Result::Ok(Self {
                    chat,
                    follow,
                    like,
                    like_via_repost,
                    mention,
                    quote,
                    reply,
                    repost,
                    repost_via_repost,
                    starterpack_joined,
                    subscribed_post,
                    unverified,
                    verified,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "chat", &self.chat);
        ::lexgen::typed::put(&mut map, "follow", &self.follow);
        ::lexgen::typed::put(&mut map, "like", &self.like);
        ::lexgen::typed::put(&mut map, "likeViaRepost", &self.like_via_repost);
        ::lexgen::typed::put(&mut map, "mention", &self.mention);
        ::lexgen::typed::put(&mut map, "quote", &self.quote);
        ::lexgen::typed::put(&mut map, "reply", &self.reply);
        ::lexgen::typed::put(&mut map, "repost", &self.repost);
        ::lexgen::typed::put(&mut map, "repostViaRepost", &self.repost_via_repost);
        ::lexgen::typed::put(&mut map, "starterpackJoined", &self.starterpack_joined);
        ::lexgen::typed::put(&mut map, "subscribedPost", &self.subscribed_post);
        ::lexgen::typed::put(&mut map, "unverified", &self.unverified);
        ::lexgen::typed::put(&mut map, "verified", &self.verified);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Preferences {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.chat;
            ::lexgen::typed::Validate::validate_at(v, path.key("chat"), out);
        }
        {
            let v = &self.follow;
            ::lexgen::typed::Validate::validate_at(v, path.key("follow"), out);
        }
        {
            let v = &self.like;
            ::lexgen::typed::Validate::validate_at(v, path.key("like"), out);
        }
        {
            let v = &self.like_via_repost;
            ::lexgen::typed::Validate::validate_at(v, path.key("likeViaRepost"), out);
        }
        {
            let v = &self.mention;
            ::lexgen::typed::Validate::validate_at(v, path.key("mention"), out);
        }
        {
            let v = &self.quote;
            ::lexgen::typed::Validate::validate_at(v, path.key("quote"), out);
        }
        {
            let v = &self.reply;
            ::lexgen::typed::Validate::validate_at(v, path.key("reply"), out);
        }
        {
            let v = &self.repost;
            ::lexgen::typed::Validate::validate_at(v, path.key("repost"), out);
        }
        {
            let v = &self.repost_via_repost;
            ::lexgen::typed::Validate::validate_at(v, path.key("repostViaRepost"), out);
        }
        {
            let v = &self.starterpack_joined;
            ::lexgen::typed::Validate::validate_at(
                v,
                path.key("starterpackJoined"),
                out,
            );
        }
        {
            let v = &self.subscribed_post;
            ::lexgen::typed::Validate::validate_at(v, path.key("subscribedPost"), out);
        }
        {
            let v = &self.unverified;
            ::lexgen::typed::Validate::validate_at(v, path.key("unverified"), out);
        }
        {
            let v = &self.verified;
            ::lexgen::typed::Validate::validate_at(v, path.key("verified"), out);
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct RecordDeleted {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for RecordDeleted {
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
impl ::lexgen::typed::Validate for RecordDeleted {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct SubjectActivitySubscription {
    pub activity_subscription: ActivitySubscription,
    pub subject: ::lexgen::model::Did,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for SubjectActivitySubscription {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("activitySubscription", &mut slots.0);
        props.required("subject", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(activity_subscription),
                ::std::option::Option::Some(subject),
            ) => {
                ::std::result::Result::Ok(Self {
                    activity_subscription,
                    subject,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(
            &mut map,
            "activitySubscription",
            &self.activity_subscription,
        );
        ::lexgen::typed::put(&mut map, "subject", &self.subject);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for SubjectActivitySubscription {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.activity_subscription;
            ::lexgen::typed::Validate::validate_at(
                v,
                path.key("activitySubscription"),
                out,
            );
        }
    }
}
::lexgen::via_typed!(
    ActivitySubscription, ChatPreferenceInclude, ChatPreference,
    FilterablePreferenceInclude, FilterablePreference, Preference, Preferences,
    RecordDeleted, SubjectActivitySubscription
);
