// @generated from lexicons/app/bsky/actor/defs.json by cargo xtask codegen
//! Defs `adultContentPref` to `postInteractionSettingsPref` of the document (split for length).
#[allow(unused_imports)]
use super::*;
#[derive(Clone, PartialEq)]
pub struct AdultContentPref {
    pub enabled: bool,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for AdultContentPref {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("enabled", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(enabled),) => {
                ::std::result::Result::Ok(Self { enabled, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "enabled", &self.enabled);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for BskyAppProgressGuide {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("guide", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(guide),) => {
                ::std::result::Result::Ok(Self { guide, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "guide", &self.guide);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for BskyAppStatePref {
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
        props.optional("activeProgressGuide", &mut slots.0);
        props.optional("isBetaUser", &mut slots.1);
        props.optional("nuxs", &mut slots.2);
        props.optional("queuedNudges", &mut slots.3);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(active_progress_guide),
                ::std::option::Option::Some(is_beta_user),
                ::std::option::Option::Some(nuxs),
                ::std::option::Option::Some(queued_nudges),
            ) => {
                ::std::result::Result::Ok(Self {
                    active_progress_guide,
                    is_beta_user,
                    nuxs,
                    queued_nudges,
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
            "activeProgressGuide",
            &self.active_progress_guide,
        );
        ::lexgen::typed::put_optional(&mut map, "isBetaUser", &self.is_beta_user);
        ::lexgen::typed::put_optional(&mut map, "nuxs", &self.nuxs);
        ::lexgen::typed::put_optional(&mut map, "queuedNudges", &self.queued_nudges);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for ContentLabelPref {
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
        props.required("label", &mut slots.0);
        props.optional("labelerDid", &mut slots.1);
        props.required("visibility", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(label),
                ::std::option::Option::Some(labeler_did),
                ::std::option::Option::Some(visibility),
            ) => {
                ::std::result::Result::Ok(Self {
                    label,
                    labeler_did,
                    visibility,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "label", &self.label);
        ::lexgen::typed::put_optional(&mut map, "labelerDid", &self.labeler_did);
        ::lexgen::typed::put(&mut map, "visibility", &self.visibility);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for DeclaredAgePref {
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
        props.optional("isOverAge13", &mut slots.0);
        props.optional("isOverAge16", &mut slots.1);
        props.optional("isOverAge18", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(is_over_age13),
                ::std::option::Option::Some(is_over_age16),
                ::std::option::Option::Some(is_over_age18),
            ) => {
                ::std::result::Result::Ok(Self {
                    is_over_age13,
                    is_over_age16,
                    is_over_age18,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "isOverAge13", &self.is_over_age13);
        ::lexgen::typed::put_optional(&mut map, "isOverAge16", &self.is_over_age16);
        ::lexgen::typed::put_optional(&mut map, "isOverAge18", &self.is_over_age18);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for FeedViewPref {
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
        props.required("feed", &mut slots.0);
        props.optional("hideQuotePosts", &mut slots.1);
        props.optional("hideReplies", &mut slots.2);
        props.optional("hideRepliesByLikeCount", &mut slots.3);
        props.optional("hideRepliesByUnfollowed", &mut slots.4);
        props.optional("hideReposts", &mut slots.5);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(feed),
                ::std::option::Option::Some(hide_quote_posts),
                ::std::option::Option::Some(hide_replies),
                ::std::option::Option::Some(hide_replies_by_like_count),
                ::std::option::Option::Some(hide_replies_by_unfollowed),
                ::std::option::Option::Some(hide_reposts),
            ) => {
                ::std::result::Result::Ok(Self {
                    feed,
                    hide_quote_posts,
                    hide_replies,
                    hide_replies_by_like_count,
                    hide_replies_by_unfollowed,
                    hide_reposts,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "feed", &self.feed);
        ::lexgen::typed::put_optional(
            &mut map,
            "hideQuotePosts",
            &self.hide_quote_posts,
        );
        ::lexgen::typed::put_optional(&mut map, "hideReplies", &self.hide_replies);
        ::lexgen::typed::put_optional(
            &mut map,
            "hideRepliesByLikeCount",
            &self.hide_replies_by_like_count,
        );
        ::lexgen::typed::put_optional(
            &mut map,
            "hideRepliesByUnfollowed",
            &self.hide_replies_by_unfollowed,
        );
        ::lexgen::typed::put_optional(&mut map, "hideReposts", &self.hide_reposts);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for HiddenPostsPref {
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
impl ::lexgen::typed::Typed for InterestsPref {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("tags", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(tags),) => {
                ::std::result::Result::Ok(Self { tags, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "tags", &self.tags);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for KnownFollowers {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("count", &mut slots.0);
        props.required("followers", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(count),
                ::std::option::Option::Some(followers),
            ) => ::std::result::Result::Ok(Self { count, followers, extra }),
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "count", &self.count);
        ::lexgen::typed::put(&mut map, "followers", &self.followers);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for LabelerPrefItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("did", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(did),) => {
                ::std::result::Result::Ok(Self { did, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "did", &self.did);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for LabelersPref {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("labelers", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(labelers),) => {
                ::std::result::Result::Ok(Self { labelers, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "labelers", &self.labelers);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for LiveEventPreferences {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("hiddenFeedIds", &mut slots.0);
        props.optional("hideAllFeeds", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(hidden_feed_ids),
                ::std::option::Option::Some(hide_all_feeds),
            ) => {
                ::std::result::Result::Ok(Self {
                    hidden_feed_ids,
                    hide_all_feeds,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "hiddenFeedIds", &self.hidden_feed_ids);
        ::lexgen::typed::put_optional(&mut map, "hideAllFeeds", &self.hide_all_feeds);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for MutedWord {
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
        ));
        props.optional("actorTarget", &mut slots.0);
        props.optional("expiresAt", &mut slots.1);
        props.optional("id", &mut slots.2);
        props.required("targets", &mut slots.3);
        props.required("value", &mut slots.4);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(actor_target),
                ::std::option::Option::Some(expires_at),
                ::std::option::Option::Some(id),
                ::std::option::Option::Some(targets),
                ::std::option::Option::Some(value),
            ) => {
                ::std::result::Result::Ok(Self {
                    actor_target,
                    expires_at,
                    id,
                    targets,
                    value,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "actorTarget", &self.actor_target);
        ::lexgen::typed::put_optional(&mut map, "expiresAt", &self.expires_at);
        ::lexgen::typed::put_optional(&mut map, "id", &self.id);
        ::lexgen::typed::put(&mut map, "targets", &self.targets);
        ::lexgen::typed::put(&mut map, "value", &self.value);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for MutedWordsPref {
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
impl ::lexgen::typed::Typed for Nux {
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
        props.required("completed", &mut slots.0);
        props.optional("data", &mut slots.1);
        props.optional("expiresAt", &mut slots.2);
        props.required("id", &mut slots.3);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(completed),
                ::std::option::Option::Some(data),
                ::std::option::Option::Some(expires_at),
                ::std::option::Option::Some(id),
            ) => {
                ::std::result::Result::Ok(Self {
                    completed,
                    data,
                    expires_at,
                    id,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "completed", &self.completed);
        ::lexgen::typed::put_optional(&mut map, "data", &self.data);
        ::lexgen::typed::put_optional(&mut map, "expiresAt", &self.expires_at);
        ::lexgen::typed::put(&mut map, "id", &self.id);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for PersonalDetailsPref {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.optional("birthDate", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(birth_date),) => {
                ::std::result::Result::Ok(Self { birth_date, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "birthDate", &self.birth_date);
        ::lexgen::model::Value::Map(map)
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
impl ::lexgen::typed::Typed for PostInteractionSettingsPref {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("postgateEmbeddingRules", &mut slots.0);
        props.optional("threadgateAllowRules", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(postgate_embedding_rules),
                ::std::option::Option::Some(threadgate_allow_rules),
            ) => {
                ::std::result::Result::Ok(Self {
                    postgate_embedding_rules,
                    threadgate_allow_rules,
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
            "postgateEmbeddingRules",
            &self.postgate_embedding_rules,
        );
        ::lexgen::typed::put_optional(
            &mut map,
            "threadgateAllowRules",
            &self.threadgate_allow_rules,
        );
        ::lexgen::model::Value::Map(map)
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
::lexgen::via_typed!(
    AdultContentPref, BskyAppProgressGuide, BskyAppStatePref, ContentLabelPrefVisibility,
    ContentLabelPref, DeclaredAgePref, FeedViewPref, HiddenPostsPref, InterestsPref,
    KnownFollowers, LabelerPrefItem, LabelersPref, LiveEventPreferences,
    MutedWordActorTarget, MutedWord, MutedWordTarget, MutedWordsPref, Nux,
    PersonalDetailsPref, PostInteractionSettingsPrefPostgateEmbeddingRulesItem,
    PostInteractionSettingsPrefThreadgateAllowRulesItem, PostInteractionSettingsPref
);
