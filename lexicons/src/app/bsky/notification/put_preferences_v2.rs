// @generated from lexicons/app/bsky/notification/putPreferencesV2.json by cargo xtask codegen
//! `app.bsky.notification.putPreferencesV2`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.notification.putPreferencesV2";
/// This endpoint takes no parameters.
pub type Params = ::lexgen::xrpc::NoParams;
#[derive(Clone, PartialEq)]
pub struct Input {
    pub chat: ::std::option::Option<
        crate::app::bsky::notification::defs::ChatPreference,
    >,
    pub follow: ::std::option::Option<
        crate::app::bsky::notification::defs::FilterablePreference,
    >,
    pub like: ::std::option::Option<
        crate::app::bsky::notification::defs::FilterablePreference,
    >,
    pub like_via_repost: ::std::option::Option<
        crate::app::bsky::notification::defs::FilterablePreference,
    >,
    pub mention: ::std::option::Option<
        crate::app::bsky::notification::defs::FilterablePreference,
    >,
    pub quote: ::std::option::Option<
        crate::app::bsky::notification::defs::FilterablePreference,
    >,
    pub reply: ::std::option::Option<
        crate::app::bsky::notification::defs::FilterablePreference,
    >,
    pub repost: ::std::option::Option<
        crate::app::bsky::notification::defs::FilterablePreference,
    >,
    pub repost_via_repost: ::std::option::Option<
        crate::app::bsky::notification::defs::FilterablePreference,
    >,
    pub starterpack_joined: ::std::option::Option<
        crate::app::bsky::notification::defs::Preference,
    >,
    pub subscribed_post: ::std::option::Option<
        crate::app::bsky::notification::defs::Preference,
    >,
    pub unverified: ::std::option::Option<
        crate::app::bsky::notification::defs::Preference,
    >,
    pub verified: ::std::option::Option<
        crate::app::bsky::notification::defs::Preference,
    >,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Input {
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
        props.optional("chat", &mut slots.0);
        props.optional("follow", &mut slots.1);
        props.optional("like", &mut slots.2);
        props.optional("likeViaRepost", &mut slots.3);
        props.optional("mention", &mut slots.4);
        props.optional("quote", &mut slots.5);
        props.optional("reply", &mut slots.6);
        props.optional("repost", &mut slots.7);
        props.optional("repostViaRepost", &mut slots.8);
        props.optional("starterpackJoined", &mut slots.9);
        props.optional("subscribedPost", &mut slots.10);
        props.optional("unverified", &mut slots.11);
        props.optional("verified", &mut slots.12);
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
        ::lexgen::typed::put_optional(&mut map, "chat", &self.chat);
        ::lexgen::typed::put_optional(&mut map, "follow", &self.follow);
        ::lexgen::typed::put_optional(&mut map, "like", &self.like);
        ::lexgen::typed::put_optional(&mut map, "likeViaRepost", &self.like_via_repost);
        ::lexgen::typed::put_optional(&mut map, "mention", &self.mention);
        ::lexgen::typed::put_optional(&mut map, "quote", &self.quote);
        ::lexgen::typed::put_optional(&mut map, "reply", &self.reply);
        ::lexgen::typed::put_optional(&mut map, "repost", &self.repost);
        ::lexgen::typed::put_optional(
            &mut map,
            "repostViaRepost",
            &self.repost_via_repost,
        );
        ::lexgen::typed::put_optional(
            &mut map,
            "starterpackJoined",
            &self.starterpack_joined,
        );
        ::lexgen::typed::put_optional(&mut map, "subscribedPost", &self.subscribed_post);
        ::lexgen::typed::put_optional(&mut map, "unverified", &self.unverified);
        ::lexgen::typed::put_optional(&mut map, "verified", &self.verified);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Input {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.chat {
            ::lexgen::typed::Validate::validate_at(v, path.key("chat"), out);
        }
        if let ::std::option::Option::Some(v) = &self.follow {
            ::lexgen::typed::Validate::validate_at(v, path.key("follow"), out);
        }
        if let ::std::option::Option::Some(v) = &self.like {
            ::lexgen::typed::Validate::validate_at(v, path.key("like"), out);
        }
        if let ::std::option::Option::Some(v) = &self.like_via_repost {
            ::lexgen::typed::Validate::validate_at(v, path.key("likeViaRepost"), out);
        }
        if let ::std::option::Option::Some(v) = &self.mention {
            ::lexgen::typed::Validate::validate_at(v, path.key("mention"), out);
        }
        if let ::std::option::Option::Some(v) = &self.quote {
            ::lexgen::typed::Validate::validate_at(v, path.key("quote"), out);
        }
        if let ::std::option::Option::Some(v) = &self.reply {
            ::lexgen::typed::Validate::validate_at(v, path.key("reply"), out);
        }
        if let ::std::option::Option::Some(v) = &self.repost {
            ::lexgen::typed::Validate::validate_at(v, path.key("repost"), out);
        }
        if let ::std::option::Option::Some(v) = &self.repost_via_repost {
            ::lexgen::typed::Validate::validate_at(v, path.key("repostViaRepost"), out);
        }
        if let ::std::option::Option::Some(v) = &self.starterpack_joined {
            ::lexgen::typed::Validate::validate_at(
                v,
                path.key("starterpackJoined"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.subscribed_post {
            ::lexgen::typed::Validate::validate_at(v, path.key("subscribedPost"), out);
        }
        if let ::std::option::Option::Some(v) = &self.unverified {
            ::lexgen::typed::Validate::validate_at(v, path.key("unverified"), out);
        }
        if let ::std::option::Option::Some(v) = &self.verified {
            ::lexgen::typed::Validate::validate_at(v, path.key("verified"), out);
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct Output {
    pub preferences: crate::app::bsky::notification::defs::Preferences,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Output {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("preferences", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(preferences),) => {
                ::std::result::Result::Ok(Self { preferences, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "preferences", &self.preferences);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Output {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.preferences;
            ::lexgen::typed::Validate::validate_at(v, path.key("preferences"), out);
        }
    }
}
/// This endpoint declares no errors.
pub type Error = ::lexgen::xrpc::NoError;
/// The `app.bsky.notification.putPreferencesV2` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PutPreferencesV2;
impl ::lexgen::xrpc::Endpoint for PutPreferencesV2 {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Procedure;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(Input, Output);
