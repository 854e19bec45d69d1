// @generated from lexicons/app/bsky/actor/defs.json by cargo xtask codegen
//! Defs `statusView` to `viewerState` of the document (split for length).
#[allow(unused_imports)]
use super::*;
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
        props.optional("cid", &mut slots.0);
        props.optional("embed", &mut slots.1);
        props.optional("expiresAt", &mut slots.2);
        props.optional("isActive", &mut slots.3);
        props.optional("isDisabled", &mut slots.4);
        props.optional("labels", &mut slots.5);
        props.required("record", &mut slots.6);
        props.required("status", &mut slots.7);
        props.optional("uri", &mut slots.8);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(cid),
                ::std::option::Option::Some(embed),
                ::std::option::Option::Some(expires_at),
                ::std::option::Option::Some(is_active),
                ::std::option::Option::Some(is_disabled),
                ::std::option::Option::Some(labels),
                ::std::option::Option::Some(record),
                ::std::option::Option::Some(status),
                ::std::option::Option::Some(uri),
            ) => {
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
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
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
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.optional("sort", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(sort),) => {
                ::std::result::Result::Ok(Self { sort, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
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
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.optional("hideBadges", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(hide_badges),) => {
                ::std::result::Result::Ok(Self { hide_badges, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
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
impl ::lexgen::typed::AsText for VerificationStateTrustedVerifierStatus {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
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
impl ::lexgen::typed::AsText for VerificationStateVerifiedStatus {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for VerificationStateVerifiedStatus {}
#[derive(Clone, PartialEq)]
pub struct VerificationState {
    pub trusted_verifier_status: VerificationStateTrustedVerifierStatus,
    pub verifications: ::std::vec::Vec<VerificationView>,
    pub verified_status: VerificationStateVerifiedStatus,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for VerificationState {
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
        props.required("trustedVerifierStatus", &mut slots.0);
        props.required("verifications", &mut slots.1);
        props.required("verifiedStatus", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(trusted_verifier_status),
                ::std::option::Option::Some(verifications),
                ::std::option::Option::Some(verified_status),
            ) => {
                ::std::result::Result::Ok(Self {
                    trusted_verifier_status,
                    verifications,
                    verified_status,
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
            "trustedVerifierStatus",
            &self.trusted_verifier_status,
        );
        ::lexgen::typed::put(&mut map, "verifications", &self.verifications);
        ::lexgen::typed::put(&mut map, "verifiedStatus", &self.verified_status);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for VerificationState {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.verifications;
            {
                let p0 = path.key("verifications");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
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
impl ::lexgen::typed::Typed for VerificationView {
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
        ));
        props.required("createdAt", &mut slots.0);
        props.required("isValid", &mut slots.1);
        props.required("issuer", &mut slots.2);
        props.optional("issuerDisplayName", &mut slots.3);
        props.optional("issuerHandle", &mut slots.4);
        props.required("uri", &mut slots.5);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(is_valid),
                ::std::option::Option::Some(issuer),
                ::std::option::Option::Some(issuer_display_name),
                ::std::option::Option::Some(issuer_handle),
                ::std::option::Option::Some(uri),
            ) => {
                ::std::result::Result::Ok(Self {
                    created_at,
                    is_valid,
                    issuer,
                    issuer_display_name,
                    issuer_handle,
                    uri,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put(&mut map, "isValid", &self.is_valid);
        ::lexgen::typed::put(&mut map, "issuer", &self.issuer);
        ::lexgen::typed::put_optional(
            &mut map,
            "issuerDisplayName",
            &self.issuer_display_name,
        );
        ::lexgen::typed::put_optional(&mut map, "issuerHandle", &self.issuer_handle);
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for VerificationView {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
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
impl ::lexgen::typed::Typed for ViewerState {
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
        ));
        props.optional("activitySubscription", &mut slots.0);
        props.optional("blockedBy", &mut slots.1);
        props.optional("blocking", &mut slots.2);
        props.optional("blockingByList", &mut slots.3);
        props.optional("followedBy", &mut slots.4);
        props.optional("following", &mut slots.5);
        props.optional("knownFollowers", &mut slots.6);
        props.optional("muted", &mut slots.7);
        props.optional("mutedByList", &mut slots.8);
        props.optional("mutedOnlyQuoteposts", &mut slots.9);
        props.optional("mutedOnlyReposts", &mut slots.10);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(activity_subscription),
                ::std::option::Option::Some(blocked_by),
                ::std::option::Option::Some(blocking),
                ::std::option::Option::Some(blocking_by_list),
                ::std::option::Option::Some(followed_by),
                ::std::option::Option::Some(following),
                ::std::option::Option::Some(known_followers),
                ::std::option::Option::Some(muted),
                ::std::option::Option::Some(muted_by_list),
                ::std::option::Option::Some(muted_only_quoteposts),
                ::std::option::Option::Some(muted_only_reposts),
            ) => {
                ::std::result::Result::Ok(Self {
                    activity_subscription,
                    blocked_by,
                    blocking,
                    blocking_by_list,
                    followed_by,
                    following,
                    known_followers,
                    muted,
                    muted_by_list,
                    muted_only_quoteposts,
                    muted_only_reposts,
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
        ::lexgen::typed::put_optional(&mut map, "blockedBy", &self.blocked_by);
        ::lexgen::typed::put_optional(&mut map, "blocking", &self.blocking);
        ::lexgen::typed::put_optional(
            &mut map,
            "blockingByList",
            &self.blocking_by_list,
        );
        ::lexgen::typed::put_optional(&mut map, "followedBy", &self.followed_by);
        ::lexgen::typed::put_optional(&mut map, "following", &self.following);
        ::lexgen::typed::put_optional(&mut map, "knownFollowers", &self.known_followers);
        ::lexgen::typed::put_optional(&mut map, "muted", &self.muted);
        ::lexgen::typed::put_optional(&mut map, "mutedByList", &self.muted_by_list);
        ::lexgen::typed::put_optional(
            &mut map,
            "mutedOnlyQuoteposts",
            &self.muted_only_quoteposts,
        );
        ::lexgen::typed::put_optional(
            &mut map,
            "mutedOnlyReposts",
            &self.muted_only_reposts,
        );
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ViewerState {
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
        if let ::std::option::Option::Some(v) = &self.blocking_by_list {
            ::lexgen::typed::Validate::validate_at(v, path.key("blockingByList"), out);
        }
        if let ::std::option::Option::Some(v) = &self.known_followers {
            ::lexgen::typed::Validate::validate_at(v, path.key("knownFollowers"), out);
        }
        if let ::std::option::Option::Some(v) = &self.muted_by_list {
            ::lexgen::typed::Validate::validate_at(v, path.key("mutedByList"), out);
        }
    }
}
::lexgen::via_typed!(
    StatusViewEmbed, StatusViewStatus, StatusView, ThreadViewPrefSort, ThreadViewPref,
    VerificationPrefs, VerificationStateTrustedVerifierStatus,
    VerificationStateVerifiedStatus, VerificationState, VerificationView, ViewerState
);
