// @generated from lexicons/app/bsky/unspecced/*.json by cargo xtask codegen
pub mod defs;
pub mod get_age_assurance_state;
pub mod get_config;
pub mod get_onboarding_suggested_starter_packs;
pub mod get_onboarding_suggested_starter_packs_skeleton;
pub mod get_onboarding_suggested_users_skeleton;
pub mod get_popular_feed_generators;
pub mod get_post_thread_other_v2;
pub mod get_post_thread_v2;
pub mod get_suggested_feeds;
pub mod get_suggested_feeds_skeleton;
pub mod get_suggested_onboarding_users;
pub mod get_suggested_starter_packs;
pub mod get_suggested_starter_packs_skeleton;
pub mod get_suggested_users;
pub mod get_suggested_users_for_discover;
pub mod get_suggested_users_for_discover_skeleton;
pub mod get_suggested_users_for_explore;
pub mod get_suggested_users_for_explore_skeleton;
pub mod get_suggested_users_for_see_more;
pub mod get_suggested_users_for_see_more_skeleton;
pub mod get_suggested_users_skeleton;
pub mod get_suggestions_skeleton;
pub mod get_tagged_suggestions;
pub mod get_trending_topics;
pub mod get_trends;
pub mod get_trends_skeleton;
pub mod init_age_assurance;
pub mod search_actors_skeleton;
pub mod search_posts_skeleton;
pub mod search_starter_packs_skeleton;
/// The endpoints of `app.bsky.unspecced`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `app.bsky.unspecced.getAgeAssuranceState`
    fn get_age_assurance_state(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_age_assurance_state::Output,
            ::lexgen::xrpc::XrpcError<get_age_assurance_state::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getConfig`
    fn get_config(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_config::Output,
            ::lexgen::xrpc::XrpcError<get_config::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getOnboardingSuggestedStarterPacks`
    fn get_onboarding_suggested_starter_packs(
        &self,
        ctx: C,
        params: get_onboarding_suggested_starter_packs::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_onboarding_suggested_starter_packs::Output,
            ::lexgen::xrpc::XrpcError<get_onboarding_suggested_starter_packs::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getOnboardingSuggestedStarterPacksSkeleton`
    fn get_onboarding_suggested_starter_packs_skeleton(
        &self,
        ctx: C,
        params: get_onboarding_suggested_starter_packs_skeleton::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_onboarding_suggested_starter_packs_skeleton::Output,
            ::lexgen::xrpc::XrpcError<
                get_onboarding_suggested_starter_packs_skeleton::Error,
            >,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getOnboardingSuggestedUsersSkeleton`
    fn get_onboarding_suggested_users_skeleton(
        &self,
        ctx: C,
        params: get_onboarding_suggested_users_skeleton::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_onboarding_suggested_users_skeleton::Output,
            ::lexgen::xrpc::XrpcError<get_onboarding_suggested_users_skeleton::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getPopularFeedGenerators`
    fn get_popular_feed_generators(
        &self,
        ctx: C,
        params: get_popular_feed_generators::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_popular_feed_generators::Output,
            ::lexgen::xrpc::XrpcError<get_popular_feed_generators::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getPostThreadOtherV2`
    fn get_post_thread_other_v2(
        &self,
        ctx: C,
        params: get_post_thread_other_v2::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_post_thread_other_v2::Output,
            ::lexgen::xrpc::XrpcError<get_post_thread_other_v2::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getPostThreadV2`
    fn get_post_thread_v2(
        &self,
        ctx: C,
        params: get_post_thread_v2::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_post_thread_v2::Output,
            ::lexgen::xrpc::XrpcError<get_post_thread_v2::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getSuggestedFeeds`
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
    /// `app.bsky.unspecced.getSuggestedFeedsSkeleton`
    fn get_suggested_feeds_skeleton(
        &self,
        ctx: C,
        params: get_suggested_feeds_skeleton::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_suggested_feeds_skeleton::Output,
            ::lexgen::xrpc::XrpcError<get_suggested_feeds_skeleton::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getSuggestedOnboardingUsers`
    fn get_suggested_onboarding_users(
        &self,
        ctx: C,
        params: get_suggested_onboarding_users::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_suggested_onboarding_users::Output,
            ::lexgen::xrpc::XrpcError<get_suggested_onboarding_users::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getSuggestedStarterPacks`
    fn get_suggested_starter_packs(
        &self,
        ctx: C,
        params: get_suggested_starter_packs::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_suggested_starter_packs::Output,
            ::lexgen::xrpc::XrpcError<get_suggested_starter_packs::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getSuggestedStarterPacksSkeleton`
    fn get_suggested_starter_packs_skeleton(
        &self,
        ctx: C,
        params: get_suggested_starter_packs_skeleton::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_suggested_starter_packs_skeleton::Output,
            ::lexgen::xrpc::XrpcError<get_suggested_starter_packs_skeleton::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getSuggestedUsers`
    fn get_suggested_users(
        &self,
        ctx: C,
        params: get_suggested_users::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_suggested_users::Output,
            ::lexgen::xrpc::XrpcError<get_suggested_users::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getSuggestedUsersForDiscover`
    fn get_suggested_users_for_discover(
        &self,
        ctx: C,
        params: get_suggested_users_for_discover::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_suggested_users_for_discover::Output,
            ::lexgen::xrpc::XrpcError<get_suggested_users_for_discover::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getSuggestedUsersForDiscoverSkeleton`
    fn get_suggested_users_for_discover_skeleton(
        &self,
        ctx: C,
        params: get_suggested_users_for_discover_skeleton::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_suggested_users_for_discover_skeleton::Output,
            ::lexgen::xrpc::XrpcError<get_suggested_users_for_discover_skeleton::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getSuggestedUsersForExplore`
    fn get_suggested_users_for_explore(
        &self,
        ctx: C,
        params: get_suggested_users_for_explore::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_suggested_users_for_explore::Output,
            ::lexgen::xrpc::XrpcError<get_suggested_users_for_explore::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getSuggestedUsersForExploreSkeleton`
    fn get_suggested_users_for_explore_skeleton(
        &self,
        ctx: C,
        params: get_suggested_users_for_explore_skeleton::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_suggested_users_for_explore_skeleton::Output,
            ::lexgen::xrpc::XrpcError<get_suggested_users_for_explore_skeleton::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getSuggestedUsersForSeeMore`
    fn get_suggested_users_for_see_more(
        &self,
        ctx: C,
        params: get_suggested_users_for_see_more::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_suggested_users_for_see_more::Output,
            ::lexgen::xrpc::XrpcError<get_suggested_users_for_see_more::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getSuggestedUsersForSeeMoreSkeleton`
    fn get_suggested_users_for_see_more_skeleton(
        &self,
        ctx: C,
        params: get_suggested_users_for_see_more_skeleton::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_suggested_users_for_see_more_skeleton::Output,
            ::lexgen::xrpc::XrpcError<get_suggested_users_for_see_more_skeleton::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getSuggestedUsersSkeleton`
    fn get_suggested_users_skeleton(
        &self,
        ctx: C,
        params: get_suggested_users_skeleton::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_suggested_users_skeleton::Output,
            ::lexgen::xrpc::XrpcError<get_suggested_users_skeleton::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getSuggestionsSkeleton`
    fn get_suggestions_skeleton(
        &self,
        ctx: C,
        params: get_suggestions_skeleton::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_suggestions_skeleton::Output,
            ::lexgen::xrpc::XrpcError<get_suggestions_skeleton::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getTaggedSuggestions`
    fn get_tagged_suggestions(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_tagged_suggestions::Output,
            ::lexgen::xrpc::XrpcError<get_tagged_suggestions::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getTrendingTopics`
    fn get_trending_topics(
        &self,
        ctx: C,
        params: get_trending_topics::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_trending_topics::Output,
            ::lexgen::xrpc::XrpcError<get_trending_topics::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getTrends`
    fn get_trends(
        &self,
        ctx: C,
        params: get_trends::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_trends::Output,
            ::lexgen::xrpc::XrpcError<get_trends::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.getTrendsSkeleton`
    fn get_trends_skeleton(
        &self,
        ctx: C,
        params: get_trends_skeleton::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_trends_skeleton::Output,
            ::lexgen::xrpc::XrpcError<get_trends_skeleton::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.initAgeAssurance`
    fn init_age_assurance(
        &self,
        ctx: C,
        input: init_age_assurance::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            init_age_assurance::Output,
            ::lexgen::xrpc::XrpcError<init_age_assurance::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.searchActorsSkeleton`
    fn search_actors_skeleton(
        &self,
        ctx: C,
        params: search_actors_skeleton::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            search_actors_skeleton::Output,
            ::lexgen::xrpc::XrpcError<search_actors_skeleton::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.searchPostsSkeleton`
    fn search_posts_skeleton(
        &self,
        ctx: C,
        params: search_posts_skeleton::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            search_posts_skeleton::Output,
            ::lexgen::xrpc::XrpcError<search_posts_skeleton::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.unspecced.searchStarterPacksSkeleton`
    fn search_starter_packs_skeleton(
        &self,
        ctx: C,
        params: search_starter_packs_skeleton::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            search_starter_packs_skeleton::Output,
            ::lexgen::xrpc::XrpcError<search_starter_packs_skeleton::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `app.bsky.unspecced`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/app.bsky.unspecced.getAgeAssuranceState",
            crate::server::handler::<
                get_age_assurance_state::GetAgeAssuranceState,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.get_age_assurance_state(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getConfig",
            crate::server::handler::<
                get_config::GetConfig,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.get_config(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getOnboardingSuggestedStarterPacks",
            crate::server::handler::<
                get_onboarding_suggested_starter_packs::GetOnboardingSuggestedStarterPacks,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_onboarding_suggested_starter_packs(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getOnboardingSuggestedStarterPacksSkeleton",
            crate::server::handler::<
                get_onboarding_suggested_starter_packs_skeleton::GetOnboardingSuggestedStarterPacksSkeleton,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service
                        .get_onboarding_suggested_starter_packs_skeleton(ctx, params)
                        .await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getOnboardingSuggestedUsersSkeleton",
            crate::server::handler::<
                get_onboarding_suggested_users_skeleton::GetOnboardingSuggestedUsersSkeleton,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_onboarding_suggested_users_skeleton(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getPopularFeedGenerators",
            crate::server::handler::<
                get_popular_feed_generators::GetPopularFeedGenerators,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_popular_feed_generators(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getPostThreadOtherV2",
            crate::server::handler::<
                get_post_thread_other_v2::GetPostThreadOtherV2,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_post_thread_other_v2(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getPostThreadV2",
            crate::server::handler::<
                get_post_thread_v2::GetPostThreadV2,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_post_thread_v2(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getSuggestedFeeds",
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
            "/xrpc/app.bsky.unspecced.getSuggestedFeedsSkeleton",
            crate::server::handler::<
                get_suggested_feeds_skeleton::GetSuggestedFeedsSkeleton,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_suggested_feeds_skeleton(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getSuggestedOnboardingUsers",
            crate::server::handler::<
                get_suggested_onboarding_users::GetSuggestedOnboardingUsers,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_suggested_onboarding_users(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getSuggestedStarterPacks",
            crate::server::handler::<
                get_suggested_starter_packs::GetSuggestedStarterPacks,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_suggested_starter_packs(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getSuggestedStarterPacksSkeleton",
            crate::server::handler::<
                get_suggested_starter_packs_skeleton::GetSuggestedStarterPacksSkeleton,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_suggested_starter_packs_skeleton(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getSuggestedUsers",
            crate::server::handler::<
                get_suggested_users::GetSuggestedUsers,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_suggested_users(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getSuggestedUsersForDiscover",
            crate::server::handler::<
                get_suggested_users_for_discover::GetSuggestedUsersForDiscover,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_suggested_users_for_discover(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getSuggestedUsersForDiscoverSkeleton",
            crate::server::handler::<
                get_suggested_users_for_discover_skeleton::GetSuggestedUsersForDiscoverSkeleton,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_suggested_users_for_discover_skeleton(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getSuggestedUsersForExplore",
            crate::server::handler::<
                get_suggested_users_for_explore::GetSuggestedUsersForExplore,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_suggested_users_for_explore(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getSuggestedUsersForExploreSkeleton",
            crate::server::handler::<
                get_suggested_users_for_explore_skeleton::GetSuggestedUsersForExploreSkeleton,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_suggested_users_for_explore_skeleton(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getSuggestedUsersForSeeMore",
            crate::server::handler::<
                get_suggested_users_for_see_more::GetSuggestedUsersForSeeMore,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_suggested_users_for_see_more(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getSuggestedUsersForSeeMoreSkeleton",
            crate::server::handler::<
                get_suggested_users_for_see_more_skeleton::GetSuggestedUsersForSeeMoreSkeleton,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_suggested_users_for_see_more_skeleton(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getSuggestedUsersSkeleton",
            crate::server::handler::<
                get_suggested_users_skeleton::GetSuggestedUsersSkeleton,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_suggested_users_skeleton(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getSuggestionsSkeleton",
            crate::server::handler::<
                get_suggestions_skeleton::GetSuggestionsSkeleton,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_suggestions_skeleton(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getTaggedSuggestions",
            crate::server::handler::<
                get_tagged_suggestions::GetTaggedSuggestions,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.get_tagged_suggestions(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getTrendingTopics",
            crate::server::handler::<
                get_trending_topics::GetTrendingTopics,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_trending_topics(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getTrends",
            crate::server::handler::<
                get_trends::GetTrends,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_trends(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.getTrendsSkeleton",
            crate::server::handler::<
                get_trends_skeleton::GetTrendsSkeleton,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_trends_skeleton(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.initAgeAssurance",
            crate::server::handler::<
                init_age_assurance::InitAgeAssurance,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.init_age_assurance(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.searchActorsSkeleton",
            crate::server::handler::<
                search_actors_skeleton::SearchActorsSkeleton,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.search_actors_skeleton(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.searchPostsSkeleton",
            crate::server::handler::<
                search_posts_skeleton::SearchPostsSkeleton,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.search_posts_skeleton(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.unspecced.searchStarterPacksSkeleton",
            crate::server::handler::<
                search_starter_packs_skeleton::SearchStarterPacksSkeleton,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.search_starter_packs_skeleton(ctx, params).await
                },
            ),
        )
}
