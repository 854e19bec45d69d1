// @generated from lexicons/app/bsky/actor/defs.json by cargo xtask codegen
//! Defs `verificationState` to `viewerState` of the document (split for length).
#[allow(unused_imports)]
use super::*;
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
        let trusted_verifier_status = props.required("trustedVerifierStatus");
        let verifications = props.required("verifications");
        let verified_status = props.required("verifiedStatus");
        let (
            ::std::option::Option::Some(trusted_verifier_status),
            ::std::option::Option::Some(verifications),
            ::std::option::Option::Some(verified_status),
        ) = (trusted_verifier_status, verifications, verified_status) else {
            return ::std::result::Result::Err(props.error());
        };
        ::std::result::Result::Ok(Self {
            trusted_verifier_status,
            verifications,
            verified_status,
            extra: props.rest(),
        })
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
        let created_at = props.required("createdAt");
        let is_valid = props.required("isValid");
        let issuer = props.required("issuer");
        let issuer_display_name = props.optional("issuerDisplayName");
        let issuer_handle = props.optional("issuerHandle");
        let uri = props.required("uri");
        let (
            ::std::option::Option::Some(created_at),
            ::std::option::Option::Some(is_valid),
            ::std::option::Option::Some(issuer),
            ::std::option::Option::Some(issuer_display_name),
            ::std::option::Option::Some(issuer_handle),
            ::std::option::Option::Some(uri),
        ) = (created_at, is_valid, issuer, issuer_display_name, issuer_handle, uri) else {
            return ::std::result::Result::Err(props.error());
        };
        ::std::result::Result::Ok(Self {
            created_at,
            is_valid,
            issuer,
            issuer_display_name,
            issuer_handle,
            uri,
            extra: props.rest(),
        })
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
        let activity_subscription = props.optional("activitySubscription");
        let blocked_by = props.optional("blockedBy");
        let blocking = props.optional("blocking");
        let blocking_by_list = props.optional("blockingByList");
        let followed_by = props.optional("followedBy");
        let following = props.optional("following");
        let known_followers = props.optional("knownFollowers");
        let muted = props.optional("muted");
        let muted_by_list = props.optional("mutedByList");
        let muted_only_quoteposts = props.optional("mutedOnlyQuoteposts");
        let muted_only_reposts = props.optional("mutedOnlyReposts");
        let (
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
        ) = (
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
        ) else {
            return ::std::result::Result::Err(props.error());
        };
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
    VerificationStateTrustedVerifierStatus, VerificationStateVerifiedStatus,
    VerificationState, VerificationView, ViewerState
);
