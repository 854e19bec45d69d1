// @generated from lexicons/app/bsky/feed/*.json by cargo xtask codegen
pub mod defs;
pub mod describe_feed_generator;
pub mod generator;
pub mod get_actor_feeds;
pub mod get_actor_likes;
pub mod get_author_feed;
pub mod get_feed;
pub mod get_feed_generator;
pub mod get_feed_generators;
pub mod get_feed_skeleton;
pub mod get_likes;
pub mod get_list_feed;
pub mod get_post_thread;
pub mod get_posts;
pub mod get_quotes;
pub mod get_reposted_by;
pub mod get_suggested_feeds;
pub mod get_timeline;
pub mod like;
pub mod post;
pub mod postgate;
pub mod repost;
pub mod search_posts;
pub mod search_posts_v2;
pub mod send_interactions;
pub mod threadgate;
/// Every query, procedure and subscription of `app.bsky.feed`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `app.bsky.feed.describeFeedGenerator`.
    DescribeFeedGenerator,
    /// `app.bsky.feed.getActorFeeds`.
    GetActorFeeds,
    /// `app.bsky.feed.getActorLikes`.
    GetActorLikes,
    /// `app.bsky.feed.getAuthorFeed`.
    GetAuthorFeed,
    /// `app.bsky.feed.getFeed`.
    GetFeed,
    /// `app.bsky.feed.getFeedGenerator`.
    GetFeedGenerator,
    /// `app.bsky.feed.getFeedGenerators`.
    GetFeedGenerators,
    /// `app.bsky.feed.getFeedSkeleton`.
    GetFeedSkeleton,
    /// `app.bsky.feed.getLikes`.
    GetLikes,
    /// `app.bsky.feed.getListFeed`.
    GetListFeed,
    /// `app.bsky.feed.getPostThread`.
    GetPostThread,
    /// `app.bsky.feed.getPosts`.
    GetPosts,
    /// `app.bsky.feed.getQuotes`.
    GetQuotes,
    /// `app.bsky.feed.getRepostedBy`.
    GetRepostedBy,
    /// `app.bsky.feed.getSuggestedFeeds`.
    GetSuggestedFeeds,
    /// `app.bsky.feed.getTimeline`.
    GetTimeline,
    /// `app.bsky.feed.searchPosts`.
    SearchPosts,
    /// `app.bsky.feed.searchPostsV2`.
    SearchPostsV2,
    /// `app.bsky.feed.sendInteractions`.
    SendInteractions,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[
        Self::DescribeFeedGenerator,
        Self::GetActorFeeds,
        Self::GetActorLikes,
        Self::GetAuthorFeed,
        Self::GetFeed,
        Self::GetFeedGenerator,
        Self::GetFeedGenerators,
        Self::GetFeedSkeleton,
        Self::GetLikes,
        Self::GetListFeed,
        Self::GetPostThread,
        Self::GetPosts,
        Self::GetQuotes,
        Self::GetRepostedBy,
        Self::GetSuggestedFeeds,
        Self::GetTimeline,
        Self::SearchPosts,
        Self::SearchPostsV2,
        Self::SendInteractions,
    ];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::DescribeFeedGenerator => describe_feed_generator::NSID,
            Self::GetActorFeeds => get_actor_feeds::NSID,
            Self::GetActorLikes => get_actor_likes::NSID,
            Self::GetAuthorFeed => get_author_feed::NSID,
            Self::GetFeed => get_feed::NSID,
            Self::GetFeedGenerator => get_feed_generator::NSID,
            Self::GetFeedGenerators => get_feed_generators::NSID,
            Self::GetFeedSkeleton => get_feed_skeleton::NSID,
            Self::GetLikes => get_likes::NSID,
            Self::GetListFeed => get_list_feed::NSID,
            Self::GetPostThread => get_post_thread::NSID,
            Self::GetPosts => get_posts::NSID,
            Self::GetQuotes => get_quotes::NSID,
            Self::GetRepostedBy => get_reposted_by::NSID,
            Self::GetSuggestedFeeds => get_suggested_feeds::NSID,
            Self::GetTimeline => get_timeline::NSID,
            Self::SearchPosts => search_posts::NSID,
            Self::SearchPostsV2 => search_posts_v2::NSID,
            Self::SendInteractions => send_interactions::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "app.bsky.feed.describeFeedGenerator" => {
                ::std::option::Option::Some(Self::DescribeFeedGenerator)
            }
            "app.bsky.feed.getActorFeeds" => {
                ::std::option::Option::Some(Self::GetActorFeeds)
            }
            "app.bsky.feed.getActorLikes" => {
                ::std::option::Option::Some(Self::GetActorLikes)
            }
            "app.bsky.feed.getAuthorFeed" => {
                ::std::option::Option::Some(Self::GetAuthorFeed)
            }
            "app.bsky.feed.getFeed" => ::std::option::Option::Some(Self::GetFeed),
            "app.bsky.feed.getFeedGenerator" => {
                ::std::option::Option::Some(Self::GetFeedGenerator)
            }
            "app.bsky.feed.getFeedGenerators" => {
                ::std::option::Option::Some(Self::GetFeedGenerators)
            }
            "app.bsky.feed.getFeedSkeleton" => {
                ::std::option::Option::Some(Self::GetFeedSkeleton)
            }
            "app.bsky.feed.getLikes" => ::std::option::Option::Some(Self::GetLikes),
            "app.bsky.feed.getListFeed" => ::std::option::Option::Some(Self::GetListFeed),
            "app.bsky.feed.getPostThread" => {
                ::std::option::Option::Some(Self::GetPostThread)
            }
            "app.bsky.feed.getPosts" => ::std::option::Option::Some(Self::GetPosts),
            "app.bsky.feed.getQuotes" => ::std::option::Option::Some(Self::GetQuotes),
            "app.bsky.feed.getRepostedBy" => {
                ::std::option::Option::Some(Self::GetRepostedBy)
            }
            "app.bsky.feed.getSuggestedFeeds" => {
                ::std::option::Option::Some(Self::GetSuggestedFeeds)
            }
            "app.bsky.feed.getTimeline" => ::std::option::Option::Some(Self::GetTimeline),
            "app.bsky.feed.searchPosts" => ::std::option::Option::Some(Self::SearchPosts),
            "app.bsky.feed.searchPostsV2" => {
                ::std::option::Option::Some(Self::SearchPostsV2)
            }
            "app.bsky.feed.sendInteractions" => {
                ::std::option::Option::Some(Self::SendInteractions)
            }
            _ => ::std::option::Option::None,
        }
    }
    /// Whether the endpoint is a subscription (an event stream over WebSocket, not a request).
    pub const fn is_subscription(self) -> bool {
        false
    }
    /// The encoding of the endpoint's request body as its lexicon declares it (`application/json`,
    /// `*/*`, ...); `None` when it takes none (queries, subscriptions, procedures without input).
    pub const fn input_encoding(self) -> ::std::option::Option<&'static str> {
        match self {
            Self::DescribeFeedGenerator => ::std::option::Option::None,
            Self::GetActorFeeds => ::std::option::Option::None,
            Self::GetActorLikes => ::std::option::Option::None,
            Self::GetAuthorFeed => ::std::option::Option::None,
            Self::GetFeed => ::std::option::Option::None,
            Self::GetFeedGenerator => ::std::option::Option::None,
            Self::GetFeedGenerators => ::std::option::Option::None,
            Self::GetFeedSkeleton => ::std::option::Option::None,
            Self::GetLikes => ::std::option::Option::None,
            Self::GetListFeed => ::std::option::Option::None,
            Self::GetPostThread => ::std::option::Option::None,
            Self::GetPosts => ::std::option::Option::None,
            Self::GetQuotes => ::std::option::Option::None,
            Self::GetRepostedBy => ::std::option::Option::None,
            Self::GetSuggestedFeeds => ::std::option::Option::None,
            Self::GetTimeline => ::std::option::Option::None,
            Self::SearchPosts => ::std::option::Option::None,
            Self::SearchPostsV2 => ::std::option::Option::None,
            Self::SendInteractions => ::std::option::Option::Some("application/json"),
        }
    }
}
/// The endpoints of `app.bsky.feed`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `app.bsky.feed.describeFeedGenerator`
    fn describe_feed_generator(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            describe_feed_generator::Output,
            ::lexgen::xrpc::XrpcError<describe_feed_generator::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.feed.getActorFeeds`
    fn get_actor_feeds(
        &self,
        ctx: C,
        params: get_actor_feeds::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_actor_feeds::Output,
            ::lexgen::xrpc::XrpcError<get_actor_feeds::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.feed.getActorLikes`
    fn get_actor_likes(
        &self,
        ctx: C,
        params: get_actor_likes::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_actor_likes::Output,
            ::lexgen::xrpc::XrpcError<get_actor_likes::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.feed.getAuthorFeed`
    fn get_author_feed(
        &self,
        ctx: C,
        params: get_author_feed::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_author_feed::Output,
            ::lexgen::xrpc::XrpcError<get_author_feed::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.feed.getFeed`
    fn get_feed(
        &self,
        ctx: C,
        params: get_feed::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_feed::Output,
            ::lexgen::xrpc::XrpcError<get_feed::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.feed.getFeedGenerator`
    fn get_feed_generator(
        &self,
        ctx: C,
        params: get_feed_generator::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_feed_generator::Output,
            ::lexgen::xrpc::XrpcError<get_feed_generator::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.feed.getFeedGenerators`
    fn get_feed_generators(
        &self,
        ctx: C,
        params: get_feed_generators::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_feed_generators::Output,
            ::lexgen::xrpc::XrpcError<get_feed_generators::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.feed.getFeedSkeleton`
    fn get_feed_skeleton(
        &self,
        ctx: C,
        params: get_feed_skeleton::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_feed_skeleton::Output,
            ::lexgen::xrpc::XrpcError<get_feed_skeleton::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.feed.getLikes`
    fn get_likes(
        &self,
        ctx: C,
        params: get_likes::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_likes::Output,
            ::lexgen::xrpc::XrpcError<get_likes::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.feed.getListFeed`
    fn get_list_feed(
        &self,
        ctx: C,
        params: get_list_feed::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_list_feed::Output,
            ::lexgen::xrpc::XrpcError<get_list_feed::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.feed.getPostThread`
    fn get_post_thread(
        &self,
        ctx: C,
        params: get_post_thread::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_post_thread::Output,
            ::lexgen::xrpc::XrpcError<get_post_thread::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.feed.getPosts`
    fn get_posts(
        &self,
        ctx: C,
        params: get_posts::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_posts::Output,
            ::lexgen::xrpc::XrpcError<get_posts::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.feed.getQuotes`
    fn get_quotes(
        &self,
        ctx: C,
        params: get_quotes::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_quotes::Output,
            ::lexgen::xrpc::XrpcError<get_quotes::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.feed.getRepostedBy`
    fn get_reposted_by(
        &self,
        ctx: C,
        params: get_reposted_by::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_reposted_by::Output,
            ::lexgen::xrpc::XrpcError<get_reposted_by::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.feed.getSuggestedFeeds`
    fn get_suggested_feeds(
        &self,
        ctx: C,
        params: get_suggested_feeds::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_suggested_feeds::Output,
            ::lexgen::xrpc::XrpcError<get_suggested_feeds::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.feed.getTimeline`
    fn get_timeline(
        &self,
        ctx: C,
        params: get_timeline::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_timeline::Output,
            ::lexgen::xrpc::XrpcError<get_timeline::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.feed.searchPosts`
    fn search_posts(
        &self,
        ctx: C,
        params: search_posts::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            search_posts::Output,
            ::lexgen::xrpc::XrpcError<search_posts::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.feed.searchPostsV2`
    fn search_posts_v2(
        &self,
        ctx: C,
        params: search_posts_v2::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            search_posts_v2::Output,
            ::lexgen::xrpc::XrpcError<search_posts_v2::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.feed.sendInteractions`
    fn send_interactions(
        &self,
        ctx: C,
        input: send_interactions::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            send_interactions::Output,
            ::lexgen::xrpc::XrpcError<send_interactions::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `app.bsky.feed`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/app.bsky.feed.describeFeedGenerator",
            crate::server::handler::<
                describe_feed_generator::DescribeFeedGenerator,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.describe_feed_generator(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.feed.getActorFeeds",
            crate::server::handler::<
                get_actor_feeds::GetActorFeeds,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_actor_feeds(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.feed.getActorLikes",
            crate::server::handler::<
                get_actor_likes::GetActorLikes,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_actor_likes(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.feed.getAuthorFeed",
            crate::server::handler::<
                get_author_feed::GetAuthorFeed,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_author_feed(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.feed.getFeed",
            crate::server::handler::<
                get_feed::GetFeed,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_feed(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.feed.getFeedGenerator",
            crate::server::handler::<
                get_feed_generator::GetFeedGenerator,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_feed_generator(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.feed.getFeedGenerators",
            crate::server::handler::<
                get_feed_generators::GetFeedGenerators,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_feed_generators(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.feed.getFeedSkeleton",
            crate::server::handler::<
                get_feed_skeleton::GetFeedSkeleton,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_feed_skeleton(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.feed.getLikes",
            crate::server::handler::<
                get_likes::GetLikes,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_likes(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.feed.getListFeed",
            crate::server::handler::<
                get_list_feed::GetListFeed,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_list_feed(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.feed.getPostThread",
            crate::server::handler::<
                get_post_thread::GetPostThread,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_post_thread(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.feed.getPosts",
            crate::server::handler::<
                get_posts::GetPosts,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_posts(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.feed.getQuotes",
            crate::server::handler::<
                get_quotes::GetQuotes,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_quotes(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.feed.getRepostedBy",
            crate::server::handler::<
                get_reposted_by::GetRepostedBy,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_reposted_by(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.feed.getSuggestedFeeds",
            crate::server::handler::<
                get_suggested_feeds::GetSuggestedFeeds,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_suggested_feeds(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.feed.getTimeline",
            crate::server::handler::<
                get_timeline::GetTimeline,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_timeline(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.feed.searchPosts",
            crate::server::handler::<
                search_posts::SearchPosts,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.search_posts(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.feed.searchPostsV2",
            crate::server::handler::<
                search_posts_v2::SearchPostsV2,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.search_posts_v2(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.feed.sendInteractions",
            crate::server::handler::<
                send_interactions::SendInteractions,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.send_interactions(ctx, input).await
                },
            ),
        )
}
