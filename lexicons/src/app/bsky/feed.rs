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
