// @generated from lexicons/app/bsky/feed/defs.json by cargo xtask codegen
//! `app.bsky.feed.defs`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.defs";
#[derive(Clone, Debug, PartialEq)]
pub struct BlockedAuthor {
    pub did: ::lexgen::model::Did,
    pub viewer: ::std::option::Option<crate::app::bsky::actor::defs::ViewerState>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for BlockedAuthor {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            did: ::lexgen::typed::required(&mut map, "did", path)?,
            viewer: ::lexgen::typed::optional(&mut map, "viewer", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "did", &self.did);
        ::lexgen::typed::put_optional(&mut map, "viewer", &self.viewer);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for BlockedAuthor {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.viewer {
            ::lexgen::typed::Validate::validate_at(v, path.key("viewer"), out);
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct BlockedPost {
    pub author: BlockedAuthor,
    pub blocked: bool,
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for BlockedPost {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            author: ::lexgen::typed::required(&mut map, "author", path)?,
            blocked: ::lexgen::typed::required(&mut map, "blocked", path)?,
            uri: ::lexgen::typed::required(&mut map, "uri", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "author", &self.author);
        ::lexgen::typed::put(&mut map, "blocked", &self.blocked);
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for BlockedPost {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.author;
            ::lexgen::typed::Validate::validate_at(v, path.key("author"), out);
        }
        {
            let v = &self.blocked;
            ::lexgen::typed::check::boolean_const(*v, true, path.key("blocked"), out);
        }
    }
}
pub const CLICKTHROUGH_AUTHOR: &str = "app.bsky.feed.defs#clickthroughAuthor";
pub const CLICKTHROUGH_EMBED: &str = "app.bsky.feed.defs#clickthroughEmbed";
pub const CLICKTHROUGH_ITEM: &str = "app.bsky.feed.defs#clickthroughItem";
pub const CLICKTHROUGH_REPOSTER: &str = "app.bsky.feed.defs#clickthroughReposter";
pub const CONTENT_MODE_UNSPECIFIED: &str = "app.bsky.feed.defs#contentModeUnspecified";
pub const CONTENT_MODE_VIDEO: &str = "app.bsky.feed.defs#contentModeVideo";
#[derive(Clone, Debug, PartialEq)]
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
                ::std::result::Result::Ok(
                    Self::ReasonRepost(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.feed.defs#reasonPin" => {
                ::std::result::Result::Ok(
                    Self::ReasonPin(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
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
            Self::ReasonRepost(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::ReasonPin(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct FeedViewPost {
    pub feed_context: ::std::option::Option<::std::string::String>,
    pub post: PostView,
    pub reason: ::std::option::Option<FeedViewPostReason>,
    pub reply: ::std::option::Option<ReplyRef>,
    pub req_id: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for FeedViewPost {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            feed_context: ::lexgen::typed::optional(&mut map, "feedContext", path)?,
            post: ::lexgen::typed::required(&mut map, "post", path)?,
            reason: ::lexgen::typed::optional(&mut map, "reason", path)?,
            reply: ::lexgen::typed::optional(&mut map, "reply", path)?,
            req_id: ::lexgen::typed::optional(&mut map, "reqId", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "feedContext", &self.feed_context);
        ::lexgen::typed::put(&mut map, "post", &self.post);
        ::lexgen::typed::put_optional(&mut map, "reason", &self.reason);
        ::lexgen::typed::put_optional(&mut map, "reply", &self.reply);
        ::lexgen::typed::put_optional(&mut map, "reqId", &self.req_id);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for FeedViewPost {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.feed_context {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(2000u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("feedContext"),
                out,
            );
        }
        {
            let v = &self.post;
            ::lexgen::typed::Validate::validate_at(v, path.key("post"), out);
        }
        if let ::std::option::Option::Some(v) = &self.reason {
            ::lexgen::typed::Validate::validate_at(v, path.key("reason"), out);
        }
        if let ::std::option::Option::Some(v) = &self.reply {
            ::lexgen::typed::Validate::validate_at(v, path.key("reply"), out);
        }
        if let ::std::option::Option::Some(v) = &self.req_id {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(100u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("reqId"),
                out,
            );
        }
    }
}
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
impl ::lexgen::typed::AsText for GeneratorViewContentMode {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for GeneratorViewContentMode {}
#[derive(Clone, Debug, PartialEq)]
pub struct GeneratorView {
    pub accepts_interactions: ::std::option::Option<bool>,
    pub avatar: ::std::option::Option<::lexgen::model::Uri>,
    pub cid: ::lexgen::model::Cid,
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
impl ::lexgen::typed::Typed for GeneratorView {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            accepts_interactions: ::lexgen::typed::optional(
                &mut map,
                "acceptsInteractions",
                path,
            )?,
            avatar: ::lexgen::typed::optional(&mut map, "avatar", path)?,
            cid: ::lexgen::typed::required(&mut map, "cid", path)?,
            content_mode: ::lexgen::typed::optional(&mut map, "contentMode", path)?,
            creator: ::lexgen::typed::required(&mut map, "creator", path)?,
            description: ::lexgen::typed::optional(&mut map, "description", path)?,
            description_facets: ::lexgen::typed::optional(
                &mut map,
                "descriptionFacets",
                path,
            )?,
            did: ::lexgen::typed::required(&mut map, "did", path)?,
            display_name: ::lexgen::typed::required(&mut map, "displayName", path)?,
            indexed_at: ::lexgen::typed::required(&mut map, "indexedAt", path)?,
            labels: ::lexgen::typed::optional(&mut map, "labels", path)?,
            like_count: ::lexgen::typed::optional(&mut map, "likeCount", path)?,
            uri: ::lexgen::typed::required(&mut map, "uri", path)?,
            viewer: ::lexgen::typed::optional(&mut map, "viewer", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(
            &mut map,
            "acceptsInteractions",
            &self.accepts_interactions,
        );
        ::lexgen::typed::put_optional(&mut map, "avatar", &self.avatar);
        ::lexgen::typed::put(&mut map, "cid", &self.cid);
        ::lexgen::typed::put_optional(&mut map, "contentMode", &self.content_mode);
        ::lexgen::typed::put(&mut map, "creator", &self.creator);
        ::lexgen::typed::put_optional(&mut map, "description", &self.description);
        ::lexgen::typed::put_optional(
            &mut map,
            "descriptionFacets",
            &self.description_facets,
        );
        ::lexgen::typed::put(&mut map, "did", &self.did);
        ::lexgen::typed::put(&mut map, "displayName", &self.display_name);
        ::lexgen::typed::put(&mut map, "indexedAt", &self.indexed_at);
        ::lexgen::typed::put_optional(&mut map, "labels", &self.labels);
        ::lexgen::typed::put_optional(&mut map, "likeCount", &self.like_count);
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::typed::put_optional(&mut map, "viewer", &self.viewer);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for GeneratorView {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.creator;
            ::lexgen::typed::Validate::validate_at(v, path.key("creator"), out);
        }
        if let ::std::option::Option::Some(v) = &self.description {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(3000u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::Some(300u64),
                },
                path.key("description"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.description_facets {
            {
                let p0 = path.key("descriptionFacets");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.labels {
            {
                let p0 = path.key("labels");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.like_count {
            ::lexgen::typed::check::integer(
                *v,
                ::std::option::Option::Some(0i64),
                ::std::option::Option::None,
                path.key("likeCount"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.viewer {
            ::lexgen::typed::Validate::validate_at(v, path.key("viewer"), out);
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct GeneratorViewerState {
    pub like: ::std::option::Option<::lexgen::model::AtUri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for GeneratorViewerState {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            like: ::lexgen::typed::optional(&mut map, "like", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "like", &self.like);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for GeneratorViewerState {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
impl ::lexgen::typed::AsText for InteractionEvent {
    fn text(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.as_str())
    }
}
impl ::lexgen::xrpc::Param for InteractionEvent {}
#[derive(Clone, Debug, PartialEq)]
pub struct Interaction {
    pub event: ::std::option::Option<InteractionEvent>,
    pub feed_context: ::std::option::Option<::std::string::String>,
    pub item: ::std::option::Option<::lexgen::model::AtUri>,
    pub req_id: ::std::option::Option<::std::string::String>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for Interaction {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            event: ::lexgen::typed::optional(&mut map, "event", path)?,
            feed_context: ::lexgen::typed::optional(&mut map, "feedContext", path)?,
            item: ::lexgen::typed::optional(&mut map, "item", path)?,
            req_id: ::lexgen::typed::optional(&mut map, "reqId", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "event", &self.event);
        ::lexgen::typed::put_optional(&mut map, "feedContext", &self.feed_context);
        ::lexgen::typed::put_optional(&mut map, "item", &self.item);
        ::lexgen::typed::put_optional(&mut map, "reqId", &self.req_id);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for Interaction {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.feed_context {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(2000u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("feedContext"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.req_id {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(100u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("reqId"),
                out,
            );
        }
    }
}
pub const INTERACTION_LIKE: &str = "app.bsky.feed.defs#interactionLike";
pub const INTERACTION_QUOTE: &str = "app.bsky.feed.defs#interactionQuote";
pub const INTERACTION_REPLY: &str = "app.bsky.feed.defs#interactionReply";
pub const INTERACTION_REPOST: &str = "app.bsky.feed.defs#interactionRepost";
pub const INTERACTION_SEEN: &str = "app.bsky.feed.defs#interactionSeen";
pub const INTERACTION_SHARE: &str = "app.bsky.feed.defs#interactionShare";
#[derive(Clone, Debug, PartialEq)]
pub struct KnownLikers {
    pub actors: ::std::vec::Vec<crate::app::bsky::actor::defs::ProfileViewBasic>,
    pub count: i64,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for KnownLikers {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            actors: ::lexgen::typed::required(&mut map, "actors", path)?,
            count: ::lexgen::typed::required(&mut map, "count", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "actors", &self.actors);
        ::lexgen::typed::put(&mut map, "count", &self.count);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for KnownLikers {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.actors;
            {
                ::lexgen::typed::check::length(
                    v.len(),
                    ::std::option::Option::Some(0u64),
                    ::std::option::Option::Some(5u64),
                    path.key("actors"),
                    out,
                );
                let p0 = path.key("actors");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct NotFoundPost {
    pub not_found: bool,
    pub uri: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for NotFoundPost {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            not_found: ::lexgen::typed::required(&mut map, "notFound", path)?,
            uri: ::lexgen::typed::required(&mut map, "uri", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "notFound", &self.not_found);
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for NotFoundPost {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.not_found;
            ::lexgen::typed::check::boolean_const(*v, true, path.key("notFound"), out);
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
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
                ::std::result::Result::Ok(
                    Self::ImagesView(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.embed.video#view" => {
                ::std::result::Result::Ok(
                    Self::VideoView(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.embed.gallery#view" => {
                ::std::result::Result::Ok(
                    Self::GalleryView(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.embed.external#view" => {
                ::std::result::Result::Ok(
                    Self::ExternalView(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.embed.record#view" => {
                ::std::result::Result::Ok(
                    Self::RecordView(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.embed.recordWithMedia#view" => {
                ::std::result::Result::Ok(
                    Self::RecordWithMediaView(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
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
            Self::ImagesView(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::VideoView(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::GalleryView(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::ExternalView(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::RecordView(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::RecordWithMediaView(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct PostView {
    pub author: crate::app::bsky::actor::defs::ProfileViewBasic,
    pub bookmark_count: ::std::option::Option<i64>,
    pub cid: ::lexgen::model::Cid,
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
impl ::lexgen::typed::Typed for PostView {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            author: ::lexgen::typed::required(&mut map, "author", path)?,
            bookmark_count: ::lexgen::typed::optional(&mut map, "bookmarkCount", path)?,
            cid: ::lexgen::typed::required(&mut map, "cid", path)?,
            debug: ::lexgen::typed::optional(&mut map, "debug", path)?,
            embed: ::lexgen::typed::optional(&mut map, "embed", path)?,
            indexed_at: ::lexgen::typed::required(&mut map, "indexedAt", path)?,
            labels: ::lexgen::typed::optional(&mut map, "labels", path)?,
            like_count: ::lexgen::typed::optional(&mut map, "likeCount", path)?,
            quote_count: ::lexgen::typed::optional(&mut map, "quoteCount", path)?,
            record: ::lexgen::typed::required(&mut map, "record", path)?,
            reply_count: ::lexgen::typed::optional(&mut map, "replyCount", path)?,
            repost_count: ::lexgen::typed::optional(&mut map, "repostCount", path)?,
            threadgate: ::lexgen::typed::optional(&mut map, "threadgate", path)?,
            uri: ::lexgen::typed::required(&mut map, "uri", path)?,
            viewer: ::lexgen::typed::optional(&mut map, "viewer", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "author", &self.author);
        ::lexgen::typed::put_optional(&mut map, "bookmarkCount", &self.bookmark_count);
        ::lexgen::typed::put(&mut map, "cid", &self.cid);
        ::lexgen::typed::put_optional(&mut map, "debug", &self.debug);
        ::lexgen::typed::put_optional(&mut map, "embed", &self.embed);
        ::lexgen::typed::put(&mut map, "indexedAt", &self.indexed_at);
        ::lexgen::typed::put_optional(&mut map, "labels", &self.labels);
        ::lexgen::typed::put_optional(&mut map, "likeCount", &self.like_count);
        ::lexgen::typed::put_optional(&mut map, "quoteCount", &self.quote_count);
        ::lexgen::typed::put(&mut map, "record", &self.record);
        ::lexgen::typed::put_optional(&mut map, "replyCount", &self.reply_count);
        ::lexgen::typed::put_optional(&mut map, "repostCount", &self.repost_count);
        ::lexgen::typed::put_optional(&mut map, "threadgate", &self.threadgate);
        ::lexgen::typed::put(&mut map, "uri", &self.uri);
        ::lexgen::typed::put_optional(&mut map, "viewer", &self.viewer);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for PostView {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.author;
            ::lexgen::typed::Validate::validate_at(v, path.key("author"), out);
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
        if let ::std::option::Option::Some(v) = &self.threadgate {
            ::lexgen::typed::Validate::validate_at(v, path.key("threadgate"), out);
        }
        if let ::std::option::Option::Some(v) = &self.viewer {
            ::lexgen::typed::Validate::validate_at(v, path.key("viewer"), out);
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ReasonPin {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ReasonPin {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self { extra: map })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let map = self.extra.clone();
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ReasonPin {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, Debug, PartialEq)]
pub struct ReasonRepost {
    pub by: crate::app::bsky::actor::defs::ProfileViewBasic,
    pub cid: ::std::option::Option<::lexgen::model::Cid>,
    pub indexed_at: ::lexgen::model::Datetime,
    pub uri: ::std::option::Option<::lexgen::model::AtUri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ReasonRepost {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            by: ::lexgen::typed::required(&mut map, "by", path)?,
            cid: ::lexgen::typed::optional(&mut map, "cid", path)?,
            indexed_at: ::lexgen::typed::required(&mut map, "indexedAt", path)?,
            uri: ::lexgen::typed::optional(&mut map, "uri", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "by", &self.by);
        ::lexgen::typed::put_optional(&mut map, "cid", &self.cid);
        ::lexgen::typed::put(&mut map, "indexedAt", &self.indexed_at);
        ::lexgen::typed::put_optional(&mut map, "uri", &self.uri);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ReasonRepost {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        {
            let v = &self.by;
            ::lexgen::typed::Validate::validate_at(v, path.key("by"), out);
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
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
                ::std::result::Result::Ok(
                    Self::PostView(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.feed.defs#notFoundPost" => {
                ::std::result::Result::Ok(
                    Self::NotFoundPost(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.feed.defs#blockedPost" => {
                ::std::result::Result::Ok(
                    Self::BlockedPost(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
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
            Self::PostView(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::NotFoundPost(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::BlockedPost(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
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
                ::std::result::Result::Ok(
                    Self::PostView(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.feed.defs#notFoundPost" => {
                ::std::result::Result::Ok(
                    Self::NotFoundPost(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.feed.defs#blockedPost" => {
                ::std::result::Result::Ok(
                    Self::BlockedPost(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
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
            Self::PostView(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::NotFoundPost(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::BlockedPost(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ReplyRef {
    pub grandparent_author: ::std::option::Option<
        crate::app::bsky::actor::defs::ProfileViewBasic,
    >,
    pub parent: ReplyRefParent,
    pub root: ReplyRefRoot,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ReplyRef {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            grandparent_author: ::lexgen::typed::optional(
                &mut map,
                "grandparentAuthor",
                path,
            )?,
            parent: ::lexgen::typed::required(&mut map, "parent", path)?,
            root: ::lexgen::typed::required(&mut map, "root", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(
            &mut map,
            "grandparentAuthor",
            &self.grandparent_author,
        );
        ::lexgen::typed::put(&mut map, "parent", &self.parent);
        ::lexgen::typed::put(&mut map, "root", &self.root);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ReplyRef {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.grandparent_author {
            ::lexgen::typed::Validate::validate_at(
                v,
                path.key("grandparentAuthor"),
                out,
            );
        }
        {
            let v = &self.parent;
            ::lexgen::typed::Validate::validate_at(v, path.key("parent"), out);
        }
        {
            let v = &self.root;
            ::lexgen::typed::Validate::validate_at(v, path.key("root"), out);
        }
    }
}
pub const REQUEST_LESS: &str = "app.bsky.feed.defs#requestLess";
pub const REQUEST_MORE: &str = "app.bsky.feed.defs#requestMore";
#[derive(Clone, Debug, PartialEq)]
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
                ::std::result::Result::Ok(
                    Self::SkeletonReasonRepost(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.feed.defs#skeletonReasonPin" => {
                ::std::result::Result::Ok(
                    Self::SkeletonReasonPin(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
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
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::SkeletonReasonPin(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct SkeletonFeedPost {
    pub feed_context: ::std::option::Option<::std::string::String>,
    pub post: ::lexgen::model::AtUri,
    pub reason: ::std::option::Option<SkeletonFeedPostReason>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for SkeletonFeedPost {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            feed_context: ::lexgen::typed::optional(&mut map, "feedContext", path)?,
            post: ::lexgen::typed::required(&mut map, "post", path)?,
            reason: ::lexgen::typed::optional(&mut map, "reason", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "feedContext", &self.feed_context);
        ::lexgen::typed::put(&mut map, "post", &self.post);
        ::lexgen::typed::put_optional(&mut map, "reason", &self.reason);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for SkeletonFeedPost {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.feed_context {
            ::lexgen::typed::check::string(
                &::lexgen::typed::AsText::text(v),
                &::lexgen::typed::check::StringLimits {
                    min_length: ::std::option::Option::None,
                    max_length: ::std::option::Option::Some(2000u64),
                    min_graphemes: ::std::option::Option::None,
                    max_graphemes: ::std::option::Option::None,
                },
                path.key("feedContext"),
                out,
            );
        }
        if let ::std::option::Option::Some(v) = &self.reason {
            ::lexgen::typed::Validate::validate_at(v, path.key("reason"), out);
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct SkeletonReasonPin {
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for SkeletonReasonPin {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self { extra: map })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let map = self.extra.clone();
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for SkeletonReasonPin {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, Debug, PartialEq)]
pub struct SkeletonReasonRepost {
    pub repost: ::lexgen::model::AtUri,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for SkeletonReasonRepost {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            repost: ::lexgen::typed::required(&mut map, "repost", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put(&mut map, "repost", &self.repost);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for SkeletonReasonRepost {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, Debug, PartialEq)]
pub struct ThreadContext {
    pub root_author_like: ::std::option::Option<::lexgen::model::AtUri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ThreadContext {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            root_author_like: ::lexgen::typed::optional(
                &mut map,
                "rootAuthorLike",
                path,
            )?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(
            &mut map,
            "rootAuthorLike",
            &self.root_author_like,
        );
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ThreadContext {
    fn validate_at(
        &self,
        _path: ::lexgen::typed::Path<'_>,
        _out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {}
}
#[derive(Clone, Debug, PartialEq)]
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
                ::std::result::Result::Ok(
                    Self::ThreadViewPost(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.feed.defs#notFoundPost" => {
                ::std::result::Result::Ok(
                    Self::NotFoundPost(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.feed.defs#blockedPost" => {
                ::std::result::Result::Ok(
                    Self::BlockedPost(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
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
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::NotFoundPost(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::BlockedPost(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
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
                ::std::result::Result::Ok(
                    Self::ThreadViewPost(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.feed.defs#notFoundPost" => {
                ::std::result::Result::Ok(
                    Self::NotFoundPost(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
            }
            "app.bsky.feed.defs#blockedPost" => {
                ::std::result::Result::Ok(
                    Self::BlockedPost(
                        ::lexgen::typed::Typed::from_value(
                            ::lexgen::model::Value::Map(map),
                            path,
                        )?,
                    ),
                )
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
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::NotFoundPost(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::BlockedPost(v) => {
                ::lexgen::typed::Validate::validate_at(v.as_ref(), path, out)
            }
            Self::Unknown(_) => {}
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ThreadViewPost {
    pub parent: ::std::option::Option<ThreadViewPostParent>,
    pub post: PostView,
    pub replies: ::std::option::Option<::std::vec::Vec<ThreadViewPostRepliesItem>>,
    pub thread_context: ::std::option::Option<ThreadContext>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ThreadViewPost {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            parent: ::lexgen::typed::optional(&mut map, "parent", path)?,
            post: ::lexgen::typed::required(&mut map, "post", path)?,
            replies: ::lexgen::typed::optional(&mut map, "replies", path)?,
            thread_context: ::lexgen::typed::optional(&mut map, "threadContext", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "parent", &self.parent);
        ::lexgen::typed::put(&mut map, "post", &self.post);
        ::lexgen::typed::put_optional(&mut map, "replies", &self.replies);
        ::lexgen::typed::put_optional(&mut map, "threadContext", &self.thread_context);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ThreadViewPost {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.parent {
            ::lexgen::typed::Validate::validate_at(v, path.key("parent"), out);
        }
        {
            let v = &self.post;
            ::lexgen::typed::Validate::validate_at(v, path.key("post"), out);
        }
        if let ::std::option::Option::Some(v) = &self.replies {
            {
                let p0 = path.key("replies");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
        if let ::std::option::Option::Some(v) = &self.thread_context {
            ::lexgen::typed::Validate::validate_at(v, path.key("threadContext"), out);
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
pub struct ThreadgateView {
    pub cid: ::std::option::Option<::lexgen::model::Cid>,
    pub lists: ::std::option::Option<
        ::std::vec::Vec<crate::app::bsky::graph::defs::ListViewBasic>,
    >,
    pub record: ::std::option::Option<::lexgen::model::Map>,
    pub uri: ::std::option::Option<::lexgen::model::AtUri>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
impl ::lexgen::typed::Typed for ThreadgateView {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            cid: ::lexgen::typed::optional(&mut map, "cid", path)?,
            lists: ::lexgen::typed::optional(&mut map, "lists", path)?,
            record: ::lexgen::typed::optional(&mut map, "record", path)?,
            uri: ::lexgen::typed::optional(&mut map, "uri", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "cid", &self.cid);
        ::lexgen::typed::put_optional(&mut map, "lists", &self.lists);
        ::lexgen::typed::put_optional(&mut map, "record", &self.record);
        ::lexgen::typed::put_optional(&mut map, "uri", &self.uri);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ThreadgateView {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.lists {
            {
                let p0 = path.key("lists");
                for (i0, item0) in v.iter().enumerate() {
                    ::lexgen::typed::Validate::validate_at(item0, p0.index(i0), out);
                }
            }
        }
    }
}
#[derive(Clone, Debug, PartialEq)]
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
impl ::lexgen::typed::Typed for ViewerState {
    fn from_value(
        value: ::lexgen::model::Value,
        path: ::lexgen::typed::Path<'_>,
    ) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
        let mut map = ::lexgen::typed::into_map(value, path)?;
        ::std::result::Result::Ok(Self {
            bookmarked: ::lexgen::typed::optional(&mut map, "bookmarked", path)?,
            embedding_disabled: ::lexgen::typed::optional(
                &mut map,
                "embeddingDisabled",
                path,
            )?,
            known_likers: ::lexgen::typed::optional(&mut map, "knownLikers", path)?,
            like: ::lexgen::typed::optional(&mut map, "like", path)?,
            pinned: ::lexgen::typed::optional(&mut map, "pinned", path)?,
            reply_disabled: ::lexgen::typed::optional(&mut map, "replyDisabled", path)?,
            repost: ::lexgen::typed::optional(&mut map, "repost", path)?,
            thread_muted: ::lexgen::typed::optional(&mut map, "threadMuted", path)?,
            extra: map,
        })
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        let mut map = self.extra.clone();
        ::lexgen::typed::put_optional(&mut map, "bookmarked", &self.bookmarked);
        ::lexgen::typed::put_optional(
            &mut map,
            "embeddingDisabled",
            &self.embedding_disabled,
        );
        ::lexgen::typed::put_optional(&mut map, "knownLikers", &self.known_likers);
        ::lexgen::typed::put_optional(&mut map, "like", &self.like);
        ::lexgen::typed::put_optional(&mut map, "pinned", &self.pinned);
        ::lexgen::typed::put_optional(&mut map, "replyDisabled", &self.reply_disabled);
        ::lexgen::typed::put_optional(&mut map, "repost", &self.repost);
        ::lexgen::typed::put_optional(&mut map, "threadMuted", &self.thread_muted);
        ::lexgen::model::Value::Map(map)
    }
}
impl ::lexgen::typed::Validate for ViewerState {
    fn validate_at(
        &self,
        path: ::lexgen::typed::Path<'_>,
        out: &mut ::std::vec::Vec<::lexgen::typed::Violation>,
    ) {
        if let ::std::option::Option::Some(v) = &self.known_likers {
            ::lexgen::typed::Validate::validate_at(v, path.key("knownLikers"), out);
        }
    }
}
::lexgen::serde_via_typed!(
    BlockedAuthor, BlockedPost, FeedViewPostReason, FeedViewPost,
    GeneratorViewContentMode, GeneratorView, GeneratorViewerState, InteractionEvent,
    Interaction, KnownLikers, NotFoundPost, PostViewEmbed, PostView, ReasonPin,
    ReasonRepost, ReplyRefParent, ReplyRefRoot, ReplyRef, SkeletonFeedPostReason,
    SkeletonFeedPost, SkeletonReasonPin, SkeletonReasonRepost, ThreadContext,
    ThreadViewPostParent, ThreadViewPostRepliesItem, ThreadViewPost, ThreadgateView,
    ViewerState
);
