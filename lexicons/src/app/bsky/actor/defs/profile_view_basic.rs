// @generated from lexicons/app/bsky/actor/defs.json by cargo xtask codegen
//! Defs `profileViewBasic` to `viewerState` of the document (split for length).
#[allow(unused_imports)]
use super::*;
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
        display_name: optional "displayName",
        handle: required "handle",
        labels: optional "labels",
        pronouns: optional "pronouns",
        status: optional "status",
        verification: optional "verification",
        viewer: optional "viewer",
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
::lexgen::object! {
    ProfileViewDetailed, extra {
        associated: optional "associated",
        avatar: optional "avatar",
        banner: optional "banner",
        created_at: optional "createdAt",
        debug: optional "debug",
        description: optional "description",
        did: required "did",
        display_name: optional "displayName",
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
::lexgen::object! {
    SavedFeed, extra {
        id: required "id",
        pinned: required "pinned",
        r#type: required "type",
        value: required "value",
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
::lexgen::object! {
    SavedFeedsPref, extra {
        pinned: required "pinned",
        saved: required "saved",
        timeline_index: optional "timelineIndex",
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
::lexgen::object! {
    SavedFeedsPrefV2, extra {
        items: required "items",
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
::lexgen::object! {
    StatusView, extra {
        cid: optional "cid",
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
::lexgen::object! {
    ThreadViewPref, extra {
        sort: optional "sort",
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
::lexgen::object! {
    VerificationPrefs, extra {
        hide_badges: optional "hideBadges",
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
::lexgen::object! {
    VerificationState, extra {
        trusted_verifier_status: required "trustedVerifierStatus",
        verifications: required "verifications",
        verified_status: required "verifiedStatus",
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
    ProfileViewBasic, ProfileViewDetailed, SavedFeedType, SavedFeed, SavedFeedsPref,
    SavedFeedsPrefV2, StatusViewEmbed, StatusViewStatus, StatusView, ThreadViewPrefSort,
    ThreadViewPref, VerificationPrefs, VerificationStateTrustedVerifierStatus,
    VerificationStateVerifiedStatus, VerificationState, VerificationView, ViewerState
);
