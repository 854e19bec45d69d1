// @generated from lexicons/app/bsky/feed/defs.json by cargo xtask codegen
//! `app.bsky.feed.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.defs";
#[derive(Clone, PartialEq)]
pub struct BlockedAuthor {
    pub did: ::lexgen::model::Did,
    pub viewer: ::std::option::Option<crate::app::bsky::actor::defs::ViewerState>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    BlockedAuthor, extra {
        did: required "did",
        viewer: optional "viewer",
    }
}
#[derive(Clone, PartialEq)]
pub struct BlockedPost {
    pub author: BlockedAuthor,
    pub blocked: bool,
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    BlockedPost, extra {
        author: required "author",
        blocked: required "blocked" boolean { equals: true },
        uri: required "uri",
    }
}
pub const CLICKTHROUGH_AUTHOR: &str = "app.bsky.feed.defs#clickthroughAuthor";
pub const CLICKTHROUGH_EMBED: &str = "app.bsky.feed.defs#clickthroughEmbed";
pub const CLICKTHROUGH_ITEM: &str = "app.bsky.feed.defs#clickthroughItem";
pub const CLICKTHROUGH_REPOSTER: &str = "app.bsky.feed.defs#clickthroughReposter";
pub const CONTENT_MODE_UNSPECIFIED: &str = "app.bsky.feed.defs#contentModeUnspecified";
pub const CONTENT_MODE_VIDEO: &str = "app.bsky.feed.defs#contentModeVideo";
#[derive(Clone, PartialEq)]
pub enum FeedViewPostReason {
    /// `app.bsky.feed.defs#reasonRepost`
    ReasonRepost(::std::boxed::Box<ReasonRepost>),
    /// `app.bsky.feed.defs#reasonPin`
    ReasonPin(::std::boxed::Box<ReasonPin>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for FeedViewPostReason {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.feed.defs#reasonRepost" => {
                ::lexgen::typed::member(map, path).map(Self::ReasonRepost)
            }
            "app.bsky.feed.defs#reasonPin" => {
                ::lexgen::typed::member(map, path).map(Self::ReasonPin)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::ReasonRepost(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#reasonRepost")
            }
            Self::ReasonPin(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#reasonPin")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for FeedViewPostReason {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::ReasonRepost(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::ReasonPin(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct FeedViewPost {
    pub feed_context: ::std::option::Option<::std::string::String>,
    pub post: PostView,
    pub reason: ::std::option::Option<FeedViewPostReason>,
    pub reply: ::std::option::Option<ReplyRef>,
    pub req_id: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    FeedViewPost, extra {
        feed_context: optional "feedContext" string { max_length: 2000 },
        post: required "post",
        reason: optional "reason",
        reply: optional "reply",
        req_id: optional "reqId" string { max_length: 100 },
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum GeneratorViewContentMode {
    /// `app.bsky.feed.defs#contentModeUnspecified`
    ContentModeUnspecified,
    /// `app.bsky.feed.defs#contentModeVideo`
    ContentModeVideo,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl GeneratorViewContentMode {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ContentModeUnspecified => "app.bsky.feed.defs#contentModeUnspecified",
            Self::ContentModeVideo => "app.bsky.feed.defs#contentModeVideo",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for GeneratorViewContentMode {
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
                "app.bsky.feed.defs#contentModeUnspecified" => {
                    Self::ContentModeUnspecified
                }
                "app.bsky.feed.defs#contentModeVideo" => Self::ContentModeVideo,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(GeneratorViewContentMode);
impl ::lexgen::xrpc::Param for GeneratorViewContentMode {}
#[derive(Clone, PartialEq)]
pub struct GeneratorView {
    pub accepts_interactions: ::std::option::Option<bool>,
    pub avatar: ::std::option::Option<::lexgen::model::Uri>,
    pub cid: ::lexgen::model::CidString,
    pub content_mode: ::std::option::Option<GeneratorViewContentMode>,
    pub creator: crate::app::bsky::actor::defs::ProfileView,
    pub description: ::std::option::Option<::std::string::String>,
    pub description_facets: ::std::option::Option<
        ::std::vec::Vec<crate::app::bsky::richtext::facet::Facet>,
    >,
    pub did: ::lexgen::model::Did,
    pub display_name: ::std::string::String,
    pub indexed_at: ::lexgen::model::Datetime,
    pub labels: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::label::defs::Label>,
    >,
    pub like_count: ::std::option::Option<i64>,
    pub uri: ::lexgen::model::AtUri,
    pub viewer: ::std::option::Option<GeneratorViewerState>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    GeneratorView, extra {
        accepts_interactions: optional "acceptsInteractions",
        avatar: optional "avatar",
        cid: required "cid" string { cid: true },
        content_mode: optional "contentMode",
        creator: required "creator",
        description: optional "description" string { max_length: 3000, max_graphemes: 300 },
        description_facets: optional "descriptionFacets",
        did: required "did",
        display_name: required "displayName",
        indexed_at: required "indexedAt",
        labels: optional "labels",
        like_count: optional "likeCount" integer { minimum: 0 },
        uri: required "uri",
        viewer: optional "viewer",
    }
}
#[derive(Clone, PartialEq)]
pub struct GeneratorViewerState {
    pub like: ::std::option::Option<::lexgen::model::AtUri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    GeneratorViewerState, extra {
        like: optional "like",
    }
}
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum InteractionEvent {
    /// `app.bsky.feed.defs#requestLess`
    RequestLess,
    /// `app.bsky.feed.defs#requestMore`
    RequestMore,
    /// `app.bsky.feed.defs#clickthroughItem`
    ClickthroughItem,
    /// `app.bsky.feed.defs#clickthroughAuthor`
    ClickthroughAuthor,
    /// `app.bsky.feed.defs#clickthroughReposter`
    ClickthroughReposter,
    /// `app.bsky.feed.defs#clickthroughEmbed`
    ClickthroughEmbed,
    /// `app.bsky.feed.defs#interactionSeen`
    InteractionSeen,
    /// `app.bsky.feed.defs#interactionLike`
    InteractionLike,
    /// `app.bsky.feed.defs#interactionRepost`
    InteractionRepost,
    /// `app.bsky.feed.defs#interactionReply`
    InteractionReply,
    /// `app.bsky.feed.defs#interactionQuote`
    InteractionQuote,
    /// `app.bsky.feed.defs#interactionShare`
    InteractionShare,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl InteractionEvent {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RequestLess => "app.bsky.feed.defs#requestLess",
            Self::RequestMore => "app.bsky.feed.defs#requestMore",
            Self::ClickthroughItem => "app.bsky.feed.defs#clickthroughItem",
            Self::ClickthroughAuthor => "app.bsky.feed.defs#clickthroughAuthor",
            Self::ClickthroughReposter => "app.bsky.feed.defs#clickthroughReposter",
            Self::ClickthroughEmbed => "app.bsky.feed.defs#clickthroughEmbed",
            Self::InteractionSeen => "app.bsky.feed.defs#interactionSeen",
            Self::InteractionLike => "app.bsky.feed.defs#interactionLike",
            Self::InteractionRepost => "app.bsky.feed.defs#interactionRepost",
            Self::InteractionReply => "app.bsky.feed.defs#interactionReply",
            Self::InteractionQuote => "app.bsky.feed.defs#interactionQuote",
            Self::InteractionShare => "app.bsky.feed.defs#interactionShare",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for InteractionEvent {
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
                "app.bsky.feed.defs#requestLess" => Self::RequestLess,
                "app.bsky.feed.defs#requestMore" => Self::RequestMore,
                "app.bsky.feed.defs#clickthroughItem" => Self::ClickthroughItem,
                "app.bsky.feed.defs#clickthroughAuthor" => Self::ClickthroughAuthor,
                "app.bsky.feed.defs#clickthroughReposter" => Self::ClickthroughReposter,
                "app.bsky.feed.defs#clickthroughEmbed" => Self::ClickthroughEmbed,
                "app.bsky.feed.defs#interactionSeen" => Self::InteractionSeen,
                "app.bsky.feed.defs#interactionLike" => Self::InteractionLike,
                "app.bsky.feed.defs#interactionRepost" => Self::InteractionRepost,
                "app.bsky.feed.defs#interactionReply" => Self::InteractionReply,
                "app.bsky.feed.defs#interactionQuote" => Self::InteractionQuote,
                "app.bsky.feed.defs#interactionShare" => Self::InteractionShare,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(InteractionEvent);
impl ::lexgen::xrpc::Param for InteractionEvent {}
#[derive(Clone, PartialEq)]
pub struct Interaction {
    pub event: ::std::option::Option<InteractionEvent>,
    pub feed_context: ::std::option::Option<::std::string::String>,
    pub item: ::std::option::Option<::lexgen::model::AtUri>,
    pub req_id: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Interaction, extra {
        event: optional "event",
        feed_context: optional "feedContext" string { max_length: 2000 },
        item: optional "item",
        req_id: optional "reqId" string { max_length: 100 },
    }
}
pub const INTERACTION_LIKE: &str = "app.bsky.feed.defs#interactionLike";
pub const INTERACTION_QUOTE: &str = "app.bsky.feed.defs#interactionQuote";
pub const INTERACTION_REPLY: &str = "app.bsky.feed.defs#interactionReply";
pub const INTERACTION_REPOST: &str = "app.bsky.feed.defs#interactionRepost";
pub const INTERACTION_SEEN: &str = "app.bsky.feed.defs#interactionSeen";
pub const INTERACTION_SHARE: &str = "app.bsky.feed.defs#interactionShare";
#[derive(Clone, PartialEq)]
pub struct KnownLikers {
    pub actors: ::std::vec::Vec<crate::app::bsky::actor::defs::ProfileViewBasic>,
    pub count: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    KnownLikers, extra {
        actors: required "actors" array { min_length: 0, max_length: 5 },
        count: required "count",
    }
}
#[derive(Clone, PartialEq)]
pub struct NotFoundPost {
    pub not_found: bool,
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    NotFoundPost, extra {
        not_found: required "notFound" boolean { equals: true },
        uri: required "uri",
    }
}
#[derive(Clone, PartialEq)]
pub enum PostViewEmbed {
    /// `app.bsky.embed.images#view`
    ImagesView(::std::boxed::Box<crate::app::bsky::embed::images::View>),
    /// `app.bsky.embed.video#view`
    VideoView(::std::boxed::Box<crate::app::bsky::embed::video::View>),
    /// `app.bsky.embed.gallery#view`
    GalleryView(::std::boxed::Box<crate::app::bsky::embed::gallery::View>),
    /// `app.bsky.embed.external#view`
    ExternalView(::std::boxed::Box<crate::app::bsky::embed::external::View>),
    /// `app.bsky.embed.record#view`
    RecordView(::std::boxed::Box<crate::app::bsky::embed::record::View>),
    /// `app.bsky.embed.recordWithMedia#view`
    RecordWithMediaView(
        ::std::boxed::Box<crate::app::bsky::embed::record_with_media::View>,
    ),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for PostViewEmbed {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.embed.images#view" => {
                ::lexgen::typed::member(map, path).map(Self::ImagesView)
            }
            "app.bsky.embed.video#view" => {
                ::lexgen::typed::member(map, path).map(Self::VideoView)
            }
            "app.bsky.embed.gallery#view" => {
                ::lexgen::typed::member(map, path).map(Self::GalleryView)
            }
            "app.bsky.embed.external#view" => {
                ::lexgen::typed::member(map, path).map(Self::ExternalView)
            }
            "app.bsky.embed.record#view" => {
                ::lexgen::typed::member(map, path).map(Self::RecordView)
            }
            "app.bsky.embed.recordWithMedia#view" => {
                ::lexgen::typed::member(map, path).map(Self::RecordWithMediaView)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::ImagesView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.images#view")
            }
            Self::VideoView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.video#view")
            }
            Self::GalleryView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.gallery#view")
            }
            Self::ExternalView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.external#view")
            }
            Self::RecordView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.embed.record#view")
            }
            Self::RecordWithMediaView(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.embed.recordWithMedia#view",
                )
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for PostViewEmbed {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::ImagesView(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::VideoView(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::GalleryView(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::ExternalView(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::RecordView(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::RecordWithMediaView(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct PostView {
    pub author: crate::app::bsky::actor::defs::ProfileViewBasic,
    pub bookmark_count: ::std::option::Option<i64>,
    pub cid: ::lexgen::model::CidString,
    pub debug: ::std::option::Option<::lexgen::model::Map>,
    pub embed: ::std::option::Option<PostViewEmbed>,
    pub indexed_at: ::lexgen::model::Datetime,
    pub labels: ::std::option::Option<
        ::std::vec::Vec<crate::com::atproto::label::defs::Label>,
    >,
    pub like_count: ::std::option::Option<i64>,
    pub quote_count: ::std::option::Option<i64>,
    pub record: ::lexgen::model::Map,
    pub reply_count: ::std::option::Option<i64>,
    pub repost_count: ::std::option::Option<i64>,
    pub threadgate: ::std::option::Option<ThreadgateView>,
    pub uri: ::lexgen::model::AtUri,
    pub viewer: ::std::option::Option<ViewerState>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    PostView, extra {
        author: required "author",
        bookmark_count: optional "bookmarkCount",
        cid: required "cid" string { cid: true },
        debug: optional "debug",
        embed: optional "embed",
        indexed_at: required "indexedAt",
        labels: optional "labels",
        like_count: optional "likeCount",
        quote_count: optional "quoteCount",
        record: required "record",
        reply_count: optional "replyCount",
        repost_count: optional "repostCount",
        threadgate: optional "threadgate",
        uri: required "uri",
        viewer: optional "viewer",
    }
}
#[derive(Clone, PartialEq)]
pub struct ReasonPin {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ReasonPin, extra {
    }
}
#[derive(Clone, PartialEq)]
pub struct ReasonRepost {
    pub by: crate::app::bsky::actor::defs::ProfileViewBasic,
    pub cid: ::std::option::Option<::lexgen::model::CidString>,
    pub indexed_at: ::lexgen::model::Datetime,
    pub uri: ::std::option::Option<::lexgen::model::AtUri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ReasonRepost, extra {
        by: required "by",
        cid: optional "cid" string { cid: true },
        indexed_at: required "indexedAt",
        uri: optional "uri",
    }
}
#[derive(Clone, PartialEq)]
pub enum ReplyRefParent {
    /// `app.bsky.feed.defs#postView`
    PostView(::std::boxed::Box<PostView>),
    /// `app.bsky.feed.defs#notFoundPost`
    NotFoundPost(::std::boxed::Box<NotFoundPost>),
    /// `app.bsky.feed.defs#blockedPost`
    BlockedPost(::std::boxed::Box<BlockedPost>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for ReplyRefParent {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.feed.defs#postView" => {
                ::lexgen::typed::member(map, path).map(Self::PostView)
            }
            "app.bsky.feed.defs#notFoundPost" => {
                ::lexgen::typed::member(map, path).map(Self::NotFoundPost)
            }
            "app.bsky.feed.defs#blockedPost" => {
                ::lexgen::typed::member(map, path).map(Self::BlockedPost)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::PostView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#postView")
            }
            Self::NotFoundPost(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#notFoundPost")
            }
            Self::BlockedPost(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#blockedPost")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for ReplyRefParent {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::PostView(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::NotFoundPost(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::BlockedPost(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub enum ReplyRefRoot {
    /// `app.bsky.feed.defs#postView`
    PostView(::std::boxed::Box<PostView>),
    /// `app.bsky.feed.defs#notFoundPost`
    NotFoundPost(::std::boxed::Box<NotFoundPost>),
    /// `app.bsky.feed.defs#blockedPost`
    BlockedPost(::std::boxed::Box<BlockedPost>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for ReplyRefRoot {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.feed.defs#postView" => {
                ::lexgen::typed::member(map, path).map(Self::PostView)
            }
            "app.bsky.feed.defs#notFoundPost" => {
                ::lexgen::typed::member(map, path).map(Self::NotFoundPost)
            }
            "app.bsky.feed.defs#blockedPost" => {
                ::lexgen::typed::member(map, path).map(Self::BlockedPost)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::PostView(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#postView")
            }
            Self::NotFoundPost(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#notFoundPost")
            }
            Self::BlockedPost(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#blockedPost")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for ReplyRefRoot {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::PostView(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::NotFoundPost(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::BlockedPost(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct ReplyRef {
    pub grandparent_author: ::std::option::Option<
        crate::app::bsky::actor::defs::ProfileViewBasic,
    >,
    pub parent: ReplyRefParent,
    pub root: ReplyRefRoot,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ReplyRef, extra {
        grandparent_author: optional "grandparentAuthor",
        parent: required "parent",
        root: required "root",
    }
}
pub const REQUEST_LESS: &str = "app.bsky.feed.defs#requestLess";
pub const REQUEST_MORE: &str = "app.bsky.feed.defs#requestMore";
#[derive(Clone, PartialEq)]
pub enum SkeletonFeedPostReason {
    /// `app.bsky.feed.defs#skeletonReasonRepost`
    SkeletonReasonRepost(::std::boxed::Box<SkeletonReasonRepost>),
    /// `app.bsky.feed.defs#skeletonReasonPin`
    SkeletonReasonPin(::std::boxed::Box<SkeletonReasonPin>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for SkeletonFeedPostReason {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.feed.defs#skeletonReasonRepost" => {
                ::lexgen::typed::member(map, path).map(Self::SkeletonReasonRepost)
            }
            "app.bsky.feed.defs#skeletonReasonPin" => {
                ::lexgen::typed::member(map, path).map(Self::SkeletonReasonPin)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::SkeletonReasonRepost(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.feed.defs#skeletonReasonRepost",
                )
            }
            Self::SkeletonReasonPin(v) => {
                ::lexgen::typed::tagged(
                    v.as_ref(),
                    "app.bsky.feed.defs#skeletonReasonPin",
                )
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for SkeletonFeedPostReason {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::SkeletonReasonRepost(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::SkeletonReasonPin(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct SkeletonFeedPost {
    pub feed_context: ::std::option::Option<::std::string::String>,
    pub post: ::lexgen::model::AtUri,
    pub reason: ::std::option::Option<SkeletonFeedPostReason>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    SkeletonFeedPost, extra {
        feed_context: optional "feedContext" string { max_length: 2000 },
        post: required "post",
        reason: optional "reason",
    }
}
#[derive(Clone, PartialEq)]
pub struct SkeletonReasonPin {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    SkeletonReasonPin, extra {
    }
}
#[derive(Clone, PartialEq)]
pub struct SkeletonReasonRepost {
    pub repost: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    SkeletonReasonRepost, extra {
        repost: required "repost",
    }
}
#[derive(Clone, PartialEq)]
pub struct ThreadContext {
    pub root_author_like: ::std::option::Option<::lexgen::model::AtUri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ThreadContext, extra {
        root_author_like: optional "rootAuthorLike",
    }
}
#[derive(Clone, PartialEq)]
pub enum ThreadViewPostParent {
    /// `app.bsky.feed.defs#threadViewPost`
    ThreadViewPost(::std::boxed::Box<ThreadViewPost>),
    /// `app.bsky.feed.defs#notFoundPost`
    NotFoundPost(::std::boxed::Box<NotFoundPost>),
    /// `app.bsky.feed.defs#blockedPost`
    BlockedPost(::std::boxed::Box<BlockedPost>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for ThreadViewPostParent {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.feed.defs#threadViewPost" => {
                ::lexgen::typed::member(map, path).map(Self::ThreadViewPost)
            }
            "app.bsky.feed.defs#notFoundPost" => {
                ::lexgen::typed::member(map, path).map(Self::NotFoundPost)
            }
            "app.bsky.feed.defs#blockedPost" => {
                ::lexgen::typed::member(map, path).map(Self::BlockedPost)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::ThreadViewPost(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#threadViewPost")
            }
            Self::NotFoundPost(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#notFoundPost")
            }
            Self::BlockedPost(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#blockedPost")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for ThreadViewPostParent {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::ThreadViewPost(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::NotFoundPost(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::BlockedPost(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub enum ThreadViewPostRepliesItem {
    /// `app.bsky.feed.defs#threadViewPost`
    ThreadViewPost(::std::boxed::Box<ThreadViewPost>),
    /// `app.bsky.feed.defs#notFoundPost`
    NotFoundPost(::std::boxed::Box<NotFoundPost>),
    /// `app.bsky.feed.defs#blockedPost`
    BlockedPost(::std::boxed::Box<BlockedPost>),
    /// A member this lexicon does not know, kept as read.
    Unknown(::lexgen::model::Map),
}
impl ::lexgen::typed::Typed for ThreadViewPostRepliesItem {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        match ::lexgen::typed::union_type(&map, path)?.as_str() {
            "app.bsky.feed.defs#threadViewPost" => {
                ::lexgen::typed::member(map, path).map(Self::ThreadViewPost)
            }
            "app.bsky.feed.defs#notFoundPost" => {
                ::lexgen::typed::member(map, path).map(Self::NotFoundPost)
            }
            "app.bsky.feed.defs#blockedPost" => {
                ::lexgen::typed::member(map, path).map(Self::BlockedPost)
            }
            _ => ::std::result::Result::Ok(Self::Unknown(map)),
        }
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        match self {
            Self::ThreadViewPost(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#threadViewPost")
            }
            Self::NotFoundPost(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#notFoundPost")
            }
            Self::BlockedPost(v) => {
                ::lexgen::typed::tagged(v.as_ref(), "app.bsky.feed.defs#blockedPost")
            }
            Self::Unknown(map) => ::lexgen::model::Value::Map(map.clone()),
        }
    }
}
impl ::lexgen::typed::Validate for ThreadViewPostRepliesItem {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        match self {
            Self::ThreadViewPost(v) => {
                ::lexgen::typed::Validate::validate_at(v, path, out)
            }
            Self::NotFoundPost(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::BlockedPost(v) => ::lexgen::typed::Validate::validate_at(v, path, out),
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, PartialEq)]
pub struct ThreadViewPost {
    pub parent: ::std::option::Option<ThreadViewPostParent>,
    pub post: PostView,
    pub replies: ::std::option::Option<::std::vec::Vec<ThreadViewPostRepliesItem>>,
    pub thread_context: ::std::option::Option<ThreadContext>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ThreadViewPost, extra {
        parent: optional "parent",
        post: required "post",
        replies: optional "replies",
        thread_context: optional "threadContext",
    }
}
#[derive(Clone, PartialEq)]
pub struct ThreadgateView {
    pub cid: ::std::option::Option<::lexgen::model::CidString>,
    pub lists: ::std::option::Option<
        ::std::vec::Vec<crate::app::bsky::graph::defs::ListViewBasic>,
    >,
    pub record: ::std::option::Option<::lexgen::model::Map>,
    pub uri: ::std::option::Option<::lexgen::model::AtUri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ThreadgateView, extra {
        cid: optional "cid" string { cid: true },
        lists: optional "lists",
        record: optional "record",
        uri: optional "uri",
    }
}
#[derive(Clone, PartialEq)]
pub struct ViewerState {
    pub bookmarked: ::std::option::Option<bool>,
    pub embedding_disabled: ::std::option::Option<bool>,
    pub known_likers: ::std::option::Option<KnownLikers>,
    pub like: ::std::option::Option<::lexgen::model::AtUri>,
    pub pinned: ::std::option::Option<bool>,
    pub reply_disabled: ::std::option::Option<bool>,
    pub repost: ::std::option::Option<::lexgen::model::AtUri>,
    pub thread_muted: ::std::option::Option<bool>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    ViewerState, extra {
        bookmarked: optional "bookmarked",
        embedding_disabled: optional "embeddingDisabled",
        known_likers: optional "knownLikers",
        like: optional "like",
        pinned: optional "pinned",
        reply_disabled: optional "replyDisabled",
        repost: optional "repost",
        thread_muted: optional "threadMuted",
    }
}
::lexgen::via_typed!(
    BlockedAuthor, BlockedPost, FeedViewPostReason, FeedViewPost,
    GeneratorViewContentMode, GeneratorView, GeneratorViewerState, InteractionEvent,
    Interaction, KnownLikers, NotFoundPost, PostViewEmbed, PostView, ReasonPin,
    ReasonRepost, ReplyRefParent, ReplyRefRoot, ReplyRef, SkeletonFeedPostReason,
    SkeletonFeedPost, SkeletonReasonPin, SkeletonReasonRepost, ThreadContext,
    ThreadViewPostParent, ThreadViewPostRepliesItem, ThreadViewPost, ThreadgateView,
    ViewerState
);
