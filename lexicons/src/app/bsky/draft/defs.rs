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
::lexgen::object! {
    Draft, extra {
        device_id: optional "deviceId" string { max_length: 100 },
        device_name: optional "deviceName" string { max_length: 100 },
        langs: optional "langs" array { max_length: 3 },
        postgate_embedding_rules: optional "postgateEmbeddingRules" array { max_length: 5 },
        posts: required "posts" array { min_length: 1, max_length: 100 },
        threadgate_allow: optional "threadgateAllow" array { max_length: 5 },
    }
}
#[derive(Clone, PartialEq)]
pub struct DraftEmbedCaption {
    pub content: ::std::string::String,
    pub lang: ::lexgen::model::Language,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    DraftEmbedCaption, extra {
        content: required "content" string { max_length: 10000 },
        lang: required "lang",
    }
}
#[derive(Clone, PartialEq)]
pub struct DraftEmbedExternal {
    pub uri: ::lexgen::model::Uri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    DraftEmbedExternal, extra {
        uri: required "uri",
    }
}
#[derive(Clone, PartialEq)]
pub struct DraftEmbedGallery {
    pub items: DraftEmbedGalleryItems,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    DraftEmbedGallery, extra {
        items: required "items" array { max_length: 20 },
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
::lexgen::object! {
    DraftEmbedImage, extra {
        alt: optional "alt" string { max_graphemes: 2000 },
        local_ref: required "localRef",
    }
}
#[derive(Clone, PartialEq)]
pub struct DraftEmbedLocalRef {
    pub path: ::std::string::String,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    DraftEmbedLocalRef, extra {
        path: required "path" string { min_length: 1, max_length: 1024 },
    }
}
#[derive(Clone, PartialEq)]
pub struct DraftEmbedRecord {
    pub record: crate::com::atproto::repo::strong_ref::StrongRef,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    DraftEmbedRecord, extra {
        record: required "record",
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
::lexgen::object! {
    DraftEmbedVideo, extra {
        alt: optional "alt" string { max_graphemes: 2000 },
        captions: optional "captions" array { max_length: 20 },
        local_ref: required "localRef",
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
::lexgen::object! {
    DraftPost, extra {
        embed_externals: optional "embedExternals" array { max_length: 1 },
        embed_gallery: optional "embedGallery",
        embed_images: optional "embedImages" array { max_length: 4 },
        embed_records: optional "embedRecords" array { max_length: 1 },
        embed_videos: optional "embedVideos" array { max_length: 1 },
        labels: optional "labels",
        text: required "text" string { max_length: 10000, max_graphemes: 1000 },
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
::lexgen::object! {
    DraftView, extra {
        created_at: required "createdAt",
        draft: required "draft",
        id: required "id",
        updated_at: required "updatedAt",
    }
}
#[derive(Clone, PartialEq)]
pub struct DraftWithId {
    pub draft: Draft,
    pub id: ::lexgen::model::Tid,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    DraftWithId, extra {
        draft: required "draft",
        id: required "id",
    }
}
::lexgen::via_typed!(
    DraftPostgateEmbeddingRulesItem, DraftThreadgateAllowItem, Draft, DraftEmbedCaption,
    DraftEmbedExternal, DraftEmbedGallery, DraftEmbedGalleryItemsItem, DraftEmbedImage,
    DraftEmbedLocalRef, DraftEmbedRecord, DraftEmbedVideo, DraftPostLabels, DraftPost,
    DraftView, DraftWithId
);
