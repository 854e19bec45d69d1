// @generated from lexicons/app/bsky/draft/defs.json by cargo xtask codegen
//! `app.bsky.draft.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.draft.defs";
#[derive(Clone, PartialEq)]
pub enum DraftPostgateEmbeddingRulesItem {
    /// `app.bsky.feed.postgate#disableRule`
    PostgateDisableRule(
        ::std::boxed::Box<crate::app::bsky::feed::postgate::DisableRule>,
    ),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for DraftPostgateEmbeddingRulesItem {
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
impl ::lexgen::typed::Validate for DraftPostgateEmbeddingRulesItem {
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
pub enum DraftThreadgateAllowItem {
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
impl ::lexgen::typed::Typed for DraftThreadgateAllowItem {
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
impl ::lexgen::typed::Validate for DraftThreadgateAllowItem {
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
pub struct Draft {
    pub device_id: ::std::option::Option<::std::string::String>,
    pub device_name: ::std::option::Option<::std::string::String>,
    pub langs: ::std::option::Option<::std::vec::Vec<::lexgen::model::Language>>,
    pub postgate_embedding_rules: ::std::option::Option<
        ::std::vec::Vec<DraftPostgateEmbeddingRulesItem>,
    >,
    pub posts: ::std::vec::Vec<DraftPost>,
    pub threadgate_allow: ::std::option::Option<
        ::std::vec::Vec<DraftThreadgateAllowItem>,
    >,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Draft {
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
        props.optional("deviceId", &mut slots.0);
        props.optional("deviceName", &mut slots.1);
        props.optional("langs", &mut slots.2);
        props.optional("postgateEmbeddingRules", &mut slots.3);
        props.required("posts", &mut slots.4);
        props.optional("threadgateAllow", &mut slots.5);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(device_id),
                ::std::option::Option::Some(device_name),
                ::std::option::Option::Some(langs),
                ::std::option::Option::Some(postgate_embedding_rules),
                ::std::option::Option::Some(posts),
                ::std::option::Option::Some(threadgate_allow),
            ) => {
                ::std::result::Result::Ok(Self {
                    device_id,
                    device_name,
                    langs,
                    postgate_embedding_rules,
                    posts,
                    threadgate_allow,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "deviceId", &self.device_id);
        ::lexgen::typed::put_optional(&mut map, "deviceName", &self.device_name);
        ::lexgen::typed::put_optional(&mut map, "langs", &self.langs);
        ::lexgen::typed::put_optional(
            &mut map,
            "postgateEmbeddingRules",
            &self.postgate_embedding_rules,
        );
        ::lexgen::typed::put(&mut map, "posts", &self.posts);
        ::lexgen::typed::put_optional(
            &mut map,
            "threadgateAllow",
            &self.threadgate_allow,
        );
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Draft {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.device_id {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(100u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("deviceId"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.device_name {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(100u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("deviceName"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.langs {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(3u64),
                    path.key("langs"),
                    out,
                );
            }
        }
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
        {
            let v = &self.posts;
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::Some(1u64),
                    ::std::option::Option::Some(100u64),
                    path.key("posts"),
                    out,
                );
                let p0 = path.key("posts");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.threadgate_allow {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(5u64),
                    path.key("threadgateAllow"),
                    out,
                );
                let p0 = path.key("threadgateAllow");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct DraftEmbedCaption {
    pub content: ::std::string::String,
    pub lang: ::lexgen::model::Language,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for DraftEmbedCaption {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("content", &mut slots.0);
        props.required("lang", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(content), ::std::option::Option::Some(lang)) => {
                ::std::result::Result::Ok(Self { content, lang, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "content", &self.content);
        ::lexgen::typed::put(&mut map, "lang", &self.lang);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for DraftEmbedCaption {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.content;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(10000u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("content"),
                out,
            );
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct DraftEmbedExternal {
    pub uri: ::lexgen::model::Uri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for DraftEmbedExternal {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("uri", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(uri),) => {
                ::std::result::Result::Ok(Self { uri, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for DraftEmbedExternal {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, PartialEq)]
pub struct DraftEmbedGallery {
    pub items: DraftEmbedGalleryItems,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for DraftEmbedGallery {
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
impl ::lexgen::typed::Validate for DraftEmbedGallery {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.items;
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(20u64),
                    path.key("items"),
                    out,
                );
                let p1 = path.key("items");
                for (i1, item1) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item1, p1.index(i1), out);
                }
            }
        }
    }
}
#[derive(Clone, PartialEq)]
pub enum DraftEmbedGalleryItemsItem {
    /// `app.bsky.draft.defs#draftEmbedImage`
    DraftEmbedImage(::std::boxed::Box<DraftEmbedImage>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for DraftEmbedGalleryItemsItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.draft.defs#draftEmbedImage" => {
                ::lexgen::typed::member(map, path).map(Self::DraftEmbedImage)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::DraftEmbedImage(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.draft.defs#draftEmbedImage",
                )
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for DraftEmbedGalleryItemsItem {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::DraftEmbedImage(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
pub type DraftEmbedGalleryItems = ::std::vec::Vec<DraftEmbedGalleryItemsItem>;
#[derive(Clone, PartialEq)]
pub struct DraftEmbedImage {
    pub alt: ::std::option::Option<::std::string::String>,
    pub local_ref: DraftEmbedLocalRef,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for DraftEmbedImage {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.optional("alt", &mut slots.0);
        props.required("localRef", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(alt),
                ::std::option::Option::Some(local_ref),
            ) => ::std::result::Result::Ok(Self { alt, local_ref, extra }),
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "alt", &self.alt);
        ::lexgen::typed::put(&mut map, "localRef", &self.local_ref);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for DraftEmbedImage {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.alt {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::None,
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(2000u64),
                },
                path.key("alt"),
                out,
            );
        }
        {
            let v = &self.local_ref;
            ::lexgen::typed::Validate::validate_at(v, path.key("localRef"), out);
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct DraftEmbedLocalRef {
    pub path: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for DraftEmbedLocalRef {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("path", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(path),) => {
                ::std::result::Result::Ok(Self { path, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "path", &self.path);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for DraftEmbedLocalRef {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.path;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::Some(1u64),
                    max_length: ::std::option::Option::Some(1024u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("path"),
                out,
            );
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct DraftEmbedRecord {
    pub record: crate::com::atproto::repo::strong_ref::StrongRef,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for DraftEmbedRecord {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((::std::option::Option::None,));
        props.required("record", &mut slots.0);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(record),) => {
                ::std::result::Result::Ok(Self { record, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "record", &self.record);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for DraftEmbedRecord {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.record;
            ::lexgen::typed::Validate::validate_at(v, path.key("record"), out);
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct DraftEmbedVideo {
    pub alt: ::std::option::Option<::std::string::String>,
    pub captions: ::std::option::Option<::std::vec::Vec<DraftEmbedCaption>>,
    pub local_ref: DraftEmbedLocalRef,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for DraftEmbedVideo {
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
        props.optional("alt", &mut slots.0);
        props.optional("captions", &mut slots.1);
        props.required("localRef", &mut slots.2);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(alt),
                ::std::option::Option::Some(captions),
                ::std::option::Option::Some(local_ref),
            ) => {
                ::std::result::Result::Ok(Self {
                    alt,
                    captions,
                    local_ref,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "alt", &self.alt);
        ::lexgen::typed::put_optional(&mut map, "captions", &self.captions);
        ::lexgen::typed::put(&mut map, "localRef", &self.local_ref);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for DraftEmbedVideo {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.alt {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::None,
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(2000u64),
                },
                path.key("alt"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.captions {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(20u64),
                    path.key("captions"),
                    out,
                );
                let p0 = path.key("captions");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        {
            let v = &self.local_ref;
            ::lexgen::typed::Validate::validate_at(v, path.key("localRef"), out);
        }
    }
}
#[derive(Clone, PartialEq)]
pub enum DraftPostLabels {
    /// `com.atproto.label.defs#selfLabels`
    DefsSelfLabels(::std::boxed::Box<crate::com::atproto::label::defs::SelfLabels>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for DraftPostLabels {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "com.atproto.label.defs#selfLabels" => {
                ::lexgen::typed::member(map, path).map(Self::DefsSelfLabels)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::DefsSelfLabels(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "com.atproto.label.defs#selfLabels")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for DraftPostLabels {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::DefsSelfLabels(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct DraftPost {
    pub embed_externals: ::std::option::Option<::std::vec::Vec<DraftEmbedExternal>>,
    pub embed_gallery: ::std::option::Option<DraftEmbedGallery>,
    pub embed_images: ::std::option::Option<::std::vec::Vec<DraftEmbedImage>>,
    pub embed_records: ::std::option::Option<::std::vec::Vec<DraftEmbedRecord>>,
    pub embed_videos: ::std::option::Option<::std::vec::Vec<DraftEmbedVideo>>,
    pub labels: ::std::option::Option<DraftPostLabels>,
    pub text: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for DraftPost {
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
        props.optional("embedExternals", &mut slots.0);
        props.optional("embedGallery", &mut slots.1);
        props.optional("embedImages", &mut slots.2);
        props.optional("embedRecords", &mut slots.3);
        props.optional("embedVideos", &mut slots.4);
        props.optional("labels", &mut slots.5);
        props.required("text", &mut slots.6);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(embed_externals),
                ::std::option::Option::Some(embed_gallery),
                ::std::option::Option::Some(embed_images),
                ::std::option::Option::Some(embed_records),
                ::std::option::Option::Some(embed_videos),
                ::std::option::Option::Some(labels),
                ::std::option::Option::Some(text),
            ) => {
                ::std::result::Result::Ok(Self {
                    embed_externals,
                    embed_gallery,
                    embed_images,
                    embed_records,
                    embed_videos,
                    labels,
                    text,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "embedExternals", &self.embed_externals);
        ::lexgen::typed::put_optional(&mut map, "embedGallery", &self.embed_gallery);
        ::lexgen::typed::put_optional(&mut map, "embedImages", &self.embed_images);
        ::lexgen::typed::put_optional(&mut map, "embedRecords", &self.embed_records);
        ::lexgen::typed::put_optional(&mut map, "embedVideos", &self.embed_videos);
        ::lexgen::typed::put_optional(&mut map, "labels", &self.labels);
        ::lexgen::typed::put(&mut map, "text", &self.text);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for DraftPost {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.embed_externals {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(1u64),
                    path.key("embedExternals"),
                    out,
                );
                let p0 = path.key("embedExternals");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.embed_gallery {
            ::lexgen::typed::Validate::validate_at(v, path.key("embedGallery"), out);
        }
        if let ::std::option::Option::Some(v) = &self.embed_images {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(4u64),
                    path.key("embedImages"),
                    out,
                );
                let p0 = path.key("embedImages");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.embed_records {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(1u64),
                    path.key("embedRecords"),
                    out,
                );
                let p0 = path.key("embedRecords");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.embed_videos {
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::None,
                    ::std::option::Option::Some(1u64),
                    path.key("embedVideos"),
                    out,
                );
                let p0 = path.key("embedVideos");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.labels {
            ::lexgen::typed::Validate::validate_at(v, path.key("labels"), out);
        }
        {
            let v = &self.text;
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(10000u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(1000u64),
                },
                path.key("text"),
                out,
            );
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct DraftView {
    pub created_at: ::lexgen::model::Datetime,
    pub draft: Draft,
    pub id: ::lexgen::model::Tid,
    pub updated_at: ::lexgen::model::Datetime,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for DraftView {
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
        props.required("createdAt", &mut slots.0);
        props.required("draft", &mut slots.1);
        props.required("id", &mut slots.2);
        props.required("updatedAt", &mut slots.3);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (
                ::std::option::Option::Some(created_at),
                ::std::option::Option::Some(draft),
                ::std::option::Option::Some(id),
                ::std::option::Option::Some(updated_at),
            ) => {
                ::std::result::Result::Ok(Self {
                    created_at,
                    draft,
                    id,
                    updated_at,
                    extra,
                })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "createdAt", &self.created_at);
        ::lexgen::typed::put(&mut map, "draft", &self.draft);
        ::lexgen::typed::put(&mut map, "id", &self.id);
        ::lexgen::typed::put(&mut map, "updatedAt", &self.updated_at);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for DraftView {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.draft;
            ::lexgen::typed::Validate::validate_at(v, path.key("draft"), out);
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct DraftWithId {
    pub draft: Draft,
    pub id: ::lexgen::model::Tid,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for DraftWithId {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut props = ::lexgen::typed::Fields::new(value, path)?;
        let mut slots = ::std::mem::ManuallyDrop::new((
            ::std::option::Option::None,
            ::std::option::Option::None,
        ));
        props.required("draft", &mut slots.0);
        props.required("id", &mut slots.1);
        let extra = props.rest();
        match ::std::mem::ManuallyDrop::into_inner(slots) {
            (::std::option::Option::Some(draft), ::std::option::Option::Some(id)) => {
                ::std::result::Result::Ok(Self { draft, id, extra })
            }
            slots => ::std::result::Result::Err(props.error_dropping(slots)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "draft", &self.draft);
        ::lexgen::typed::put(&mut map, "id", &self.id);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for DraftWithId {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.draft;
            ::lexgen::typed::Validate::validate_at(v, path.key("draft"), out);
        }
    }
}
::lexgen::via_typed!(
    DraftPostgateEmbeddingRulesItem, DraftThreadgateAllowItem, Draft, DraftEmbedCaption,
    DraftEmbedExternal, DraftEmbedGallery, DraftEmbedGalleryItemsItem, DraftEmbedImage,
    DraftEmbedLocalRef, DraftEmbedRecord, DraftEmbedVideo, DraftPostLabels, DraftPost,
    DraftView, DraftWithId
);
