// @generated from lexicons/app/bsky/feed/getAuthorFeed.json by cargo xtask codegen
//! `app.bsky.feed.getAuthorFeed`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.feed.getAuthorFeed";
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum ParamsFilter {
    /// `posts_with_replies`
    PostsWithReplies,
    /// `posts_no_replies`
    PostsNoReplies,
    /// `posts_with_media`
    PostsWithMedia,
    /// `posts_and_author_threads`
    PostsAndAuthorThreads,
    /// `posts_with_video`
    PostsWithVideo,
    /// A value not listed in the lexicon.
    Other(::std::string::String),
}
impl ParamsFilter {
    /// The string as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PostsWithReplies => "posts_with_replies",
            Self::PostsNoReplies => "posts_no_replies",
            Self::PostsWithMedia => "posts_with_media",
            Self::PostsAndAuthorThreads => "posts_and_author_threads",
            Self::PostsWithVideo => "posts_with_video",
            Self::Other(text) => text,
        }
    }
}
impl ::lexgen::typed::Typed for ParamsFilter {
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
                "posts_with_replies" => Self::PostsWithReplies,
                "posts_no_replies" => Self::PostsNoReplies,
                "posts_with_media" => Self::PostsWithMedia,
                "posts_and_author_threads" => Self::PostsAndAuthorThreads,
                "posts_with_video" => Self::PostsWithVideo,
                _ => Self::Other(text),
            },
        )
    }
    fn to_value(&self) -> ::lexgen::model::Value {
        ::lexgen::model::Value::String(self.as_str().to_owned())
    }
}
::lexgen::string_set!(ParamsFilter);
impl ::lexgen::xrpc::Param for ParamsFilter {}
/// Query-string parameters (defaults applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub actor: ::lexgen::model::AtIdentifier,
    pub cursor: ::std::option::Option<::std::string::String>,
    pub filter: ParamsFilter,
    pub include_pins: bool,
    pub limit: i64,
}
::lexgen::params! {
    Params {
        actor: required "actor",
        cursor: optional "cursor",
        filter: default "filter" = "posts_with_replies",
        include_pins: default "includePins" = "false",
        limit: default "limit" = "50" integer { minimum: 1, maximum: 100 },
    }
}
/// No request body.
pub type Input = ();
#[derive(Clone, PartialEq)]
pub struct Output {
    pub cursor: ::std::option::Option<::std::string::String>,
    pub feed: ::std::vec::Vec<crate::app::bsky::feed::defs::FeedViewPost>,
    /// Properties not in the lexicon, kept as read so a round trip loses nothing.
    pub extra: ::lexgen::model::Map,
}
::lexgen::object! {
    Output, extra {
        cursor: optional "cursor",
        feed: required "feed",
    }
}
/// The named errors of this endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    BlockedActor,
    BlockedByActor,
}
impl ::lexgen::xrpc::EndpointError for Error {
    fn name(&self) -> &'static str {
        match self {
            Self::BlockedActor => "BlockedActor",
            Self::BlockedByActor => "BlockedByActor",
        }
    }
    fn from_name(name: &str) -> ::std::option::Option<Self> {
        match name {
            "BlockedActor" => ::std::option::Option::Some(Self::BlockedActor),
            "BlockedByActor" => ::std::option::Option::Some(Self::BlockedByActor),
            _ => ::std::option::Option::None,
        }
    }
}
/// The `app.bsky.feed.getAuthorFeed` endpoint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GetAuthorFeed;
impl ::lexgen::xrpc::Endpoint for GetAuthorFeed {
    const NSID: &'static str = NSID;
    const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::Query;
    type Params = Params;
    type Input = Input;
    type Output = Output;
    type Error = Error;
}
::lexgen::via_typed!(ParamsFilter, Output);
