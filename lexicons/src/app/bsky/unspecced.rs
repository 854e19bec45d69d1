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
/// Every query, procedure and subscription of `app.bsky.unspecced`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `app.bsky.unspecced.getAgeAssuranceState`.
    GetAgeAssuranceState,
    /// `app.bsky.unspecced.getConfig`.
    GetConfig,
    /// `app.bsky.unspecced.getOnboardingSuggestedStarterPacks`.
    GetOnboardingSuggestedStarterPacks,
    /// `app.bsky.unspecced.getOnboardingSuggestedStarterPacksSkeleton`.
    GetOnboardingSuggestedStarterPacksSkeleton,
    /// `app.bsky.unspecced.getOnboardingSuggestedUsersSkeleton`.
    GetOnboardingSuggestedUsersSkeleton,
    /// `app.bsky.unspecced.getPopularFeedGenerators`.
    GetPopularFeedGenerators,
    /// `app.bsky.unspecced.getPostThreadOtherV2`.
    GetPostThreadOtherV2,
    /// `app.bsky.unspecced.getPostThreadV2`.
    GetPostThreadV2,
    /// `app.bsky.unspecced.getSuggestedFeeds`.
    GetSuggestedFeeds,
    /// `app.bsky.unspecced.getSuggestedFeedsSkeleton`.
    GetSuggestedFeedsSkeleton,
    /// `app.bsky.unspecced.getSuggestedOnboardingUsers`.
    GetSuggestedOnboardingUsers,
    /// `app.bsky.unspecced.getSuggestedStarterPacks`.
    GetSuggestedStarterPacks,
    /// `app.bsky.unspecced.getSuggestedStarterPacksSkeleton`.
    GetSuggestedStarterPacksSkeleton,
    /// `app.bsky.unspecced.getSuggestedUsers`.
    GetSuggestedUsers,
    /// `app.bsky.unspecced.getSuggestedUsersForDiscover`.
    GetSuggestedUsersForDiscover,
    /// `app.bsky.unspecced.getSuggestedUsersForDiscoverSkeleton`.
    GetSuggestedUsersForDiscoverSkeleton,
    /// `app.bsky.unspecced.getSuggestedUsersForExplore`.
    GetSuggestedUsersForExplore,
    /// `app.bsky.unspecced.getSuggestedUsersForExploreSkeleton`.
    GetSuggestedUsersForExploreSkeleton,
    /// `app.bsky.unspecced.getSuggestedUsersForSeeMore`.
    GetSuggestedUsersForSeeMore,
    /// `app.bsky.unspecced.getSuggestedUsersForSeeMoreSkeleton`.
    GetSuggestedUsersForSeeMoreSkeleton,
    /// `app.bsky.unspecced.getSuggestedUsersSkeleton`.
    GetSuggestedUsersSkeleton,
    /// `app.bsky.unspecced.getSuggestionsSkeleton`.
    GetSuggestionsSkeleton,
    /// `app.bsky.unspecced.getTaggedSuggestions`.
    GetTaggedSuggestions,
    /// `app.bsky.unspecced.getTrendingTopics`.
    GetTrendingTopics,
    /// `app.bsky.unspecced.getTrends`.
    GetTrends,
    /// `app.bsky.unspecced.getTrendsSkeleton`.
    GetTrendsSkeleton,
    /// `app.bsky.unspecced.initAgeAssurance`.
    InitAgeAssurance,
    /// `app.bsky.unspecced.searchActorsSkeleton`.
    SearchActorsSkeleton,
    /// `app.bsky.unspecced.searchPostsSkeleton`.
    SearchPostsSkeleton,
    /// `app.bsky.unspecced.searchStarterPacksSkeleton`.
    SearchStarterPacksSkeleton,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[
        Self::GetAgeAssuranceState,
        Self::GetConfig,
        Self::GetOnboardingSuggestedStarterPacks,
        Self::GetOnboardingSuggestedStarterPacksSkeleton,
        Self::GetOnboardingSuggestedUsersSkeleton,
        Self::GetPopularFeedGenerators,
        Self::GetPostThreadOtherV2,
        Self::GetPostThreadV2,
        Self::GetSuggestedFeeds,
        Self::GetSuggestedFeedsSkeleton,
        Self::GetSuggestedOnboardingUsers,
        Self::GetSuggestedStarterPacks,
        Self::GetSuggestedStarterPacksSkeleton,
        Self::GetSuggestedUsers,
        Self::GetSuggestedUsersForDiscover,
        Self::GetSuggestedUsersForDiscoverSkeleton,
        Self::GetSuggestedUsersForExplore,
        Self::GetSuggestedUsersForExploreSkeleton,
        Self::GetSuggestedUsersForSeeMore,
        Self::GetSuggestedUsersForSeeMoreSkeleton,
        Self::GetSuggestedUsersSkeleton,
        Self::GetSuggestionsSkeleton,
        Self::GetTaggedSuggestions,
        Self::GetTrendingTopics,
        Self::GetTrends,
        Self::GetTrendsSkeleton,
        Self::InitAgeAssurance,
        Self::SearchActorsSkeleton,
        Self::SearchPostsSkeleton,
        Self::SearchStarterPacksSkeleton,
    ];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::GetAgeAssuranceState => get_age_assurance_state::NSID,
            Self::GetConfig => get_config::NSID,
            Self::GetOnboardingSuggestedStarterPacks => {
                get_onboarding_suggested_starter_packs::NSID
            }
            Self::GetOnboardingSuggestedStarterPacksSkeleton => {
                get_onboarding_suggested_starter_packs_skeleton::NSID
            }
            Self::GetOnboardingSuggestedUsersSkeleton => {
                get_onboarding_suggested_users_skeleton::NSID
            }
            Self::GetPopularFeedGenerators => get_popular_feed_generators::NSID,
            Self::GetPostThreadOtherV2 => get_post_thread_other_v2::NSID,
            Self::GetPostThreadV2 => get_post_thread_v2::NSID,
            Self::GetSuggestedFeeds => get_suggested_feeds::NSID,
            Self::GetSuggestedFeedsSkeleton => get_suggested_feeds_skeleton::NSID,
            Self::GetSuggestedOnboardingUsers => get_suggested_onboarding_users::NSID,
            Self::GetSuggestedStarterPacks => get_suggested_starter_packs::NSID,
            Self::GetSuggestedStarterPacksSkeleton => {
                get_suggested_starter_packs_skeleton::NSID
            }
            Self::GetSuggestedUsers => get_suggested_users::NSID,
            Self::GetSuggestedUsersForDiscover => get_suggested_users_for_discover::NSID,
            Self::GetSuggestedUsersForDiscoverSkeleton => {
                get_suggested_users_for_discover_skeleton::NSID
            }
            Self::GetSuggestedUsersForExplore => get_suggested_users_for_explore::NSID,
            Self::GetSuggestedUsersForExploreSkeleton => {
                get_suggested_users_for_explore_skeleton::NSID
            }
            Self::GetSuggestedUsersForSeeMore => get_suggested_users_for_see_more::NSID,
            Self::GetSuggestedUsersForSeeMoreSkeleton => {
                get_suggested_users_for_see_more_skeleton::NSID
            }
            Self::GetSuggestedUsersSkeleton => get_suggested_users_skeleton::NSID,
            Self::GetSuggestionsSkeleton => get_suggestions_skeleton::NSID,
            Self::GetTaggedSuggestions => get_tagged_suggestions::NSID,
            Self::GetTrendingTopics => get_trending_topics::NSID,
            Self::GetTrends => get_trends::NSID,
            Self::GetTrendsSkeleton => get_trends_skeleton::NSID,
            Self::InitAgeAssurance => init_age_assurance::NSID,
            Self::SearchActorsSkeleton => search_actors_skeleton::NSID,
            Self::SearchPostsSkeleton => search_posts_skeleton::NSID,
            Self::SearchStarterPacksSkeleton => search_starter_packs_skeleton::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "app.bsky.unspecced.getAgeAssuranceState" => {
                ::std::option::Option::Some(Self::GetAgeAssuranceState)
            }
            "app.bsky.unspecced.getConfig" => {
                ::std::option::Option::Some(Self::GetConfig)
            }
            "app.bsky.unspecced.getOnboardingSuggestedStarterPacks" => {
                ::std::option::Option::Some(Self::GetOnboardingSuggestedStarterPacks)
            }
            "app.bsky.unspecced.getOnboardingSuggestedStarterPacksSkeleton" => {
                ::std::option::Option::Some(
                    Self::GetOnboardingSuggestedStarterPacksSkeleton,
                )
            }
            "app.bsky.unspecced.getOnboardingSuggestedUsersSkeleton" => {
                ::std::option::Option::Some(Self::GetOnboardingSuggestedUsersSkeleton)
            }
            "app.bsky.unspecced.getPopularFeedGenerators" => {
                ::std::option::Option::Some(Self::GetPopularFeedGenerators)
            }
            "app.bsky.unspecced.getPostThreadOtherV2" => {
                ::std::option::Option::Some(Self::GetPostThreadOtherV2)
            }
            "app.bsky.unspecced.getPostThreadV2" => {
                ::std::option::Option::Some(Self::GetPostThreadV2)
            }
            "app.bsky.unspecced.getSuggestedFeeds" => {
                ::std::option::Option::Some(Self::GetSuggestedFeeds)
            }
            "app.bsky.unspecced.getSuggestedFeedsSkeleton" => {
                ::std::option::Option::Some(Self::GetSuggestedFeedsSkeleton)
            }
            "app.bsky.unspecced.getSuggestedOnboardingUsers" => {
                ::std::option::Option::Some(Self::GetSuggestedOnboardingUsers)
            }
            "app.bsky.unspecced.getSuggestedStarterPacks" => {
                ::std::option::Option::Some(Self::GetSuggestedStarterPacks)
            }
            "app.bsky.unspecced.getSuggestedStarterPacksSkeleton" => {
                ::std::option::Option::Some(Self::GetSuggestedStarterPacksSkeleton)
            }
            "app.bsky.unspecced.getSuggestedUsers" => {
                ::std::option::Option::Some(Self::GetSuggestedUsers)
            }
            "app.bsky.unspecced.getSuggestedUsersForDiscover" => {
                ::std::option::Option::Some(Self::GetSuggestedUsersForDiscover)
            }
            "app.bsky.unspecced.getSuggestedUsersForDiscoverSkeleton" => {
                ::std::option::Option::Some(Self::GetSuggestedUsersForDiscoverSkeleton)
            }
            "app.bsky.unspecced.getSuggestedUsersForExplore" => {
                ::std::option::Option::Some(Self::GetSuggestedUsersForExplore)
            }
            "app.bsky.unspecced.getSuggestedUsersForExploreSkeleton" => {
                ::std::option::Option::Some(Self::GetSuggestedUsersForExploreSkeleton)
            }
            "app.bsky.unspecced.getSuggestedUsersForSeeMore" => {
                ::std::option::Option::Some(Self::GetSuggestedUsersForSeeMore)
            }
            "app.bsky.unspecced.getSuggestedUsersForSeeMoreSkeleton" => {
                ::std::option::Option::Some(Self::GetSuggestedUsersForSeeMoreSkeleton)
            }
            "app.bsky.unspecced.getSuggestedUsersSkeleton" => {
                ::std::option::Option::Some(Self::GetSuggestedUsersSkeleton)
            }
            "app.bsky.unspecced.getSuggestionsSkeleton" => {
                ::std::option::Option::Some(Self::GetSuggestionsSkeleton)
            }
            "app.bsky.unspecced.getTaggedSuggestions" => {
                ::std::option::Option::Some(Self::GetTaggedSuggestions)
            }
            "app.bsky.unspecced.getTrendingTopics" => {
                ::std::option::Option::Some(Self::GetTrendingTopics)
            }
            "app.bsky.unspecced.getTrends" => {
                ::std::option::Option::Some(Self::GetTrends)
            }
            "app.bsky.unspecced.getTrendsSkeleton" => {
                ::std::option::Option::Some(Self::GetTrendsSkeleton)
            }
            "app.bsky.unspecced.initAgeAssurance" => {
                ::std::option::Option::Some(Self::InitAgeAssurance)
            }
            "app.bsky.unspecced.searchActorsSkeleton" => {
                ::std::option::Option::Some(Self::SearchActorsSkeleton)
            }
            "app.bsky.unspecced.searchPostsSkeleton" => {
                ::std::option::Option::Some(Self::SearchPostsSkeleton)
            }
            "app.bsky.unspecced.searchStarterPacksSkeleton" => {
                ::std::option::Option::Some(Self::SearchStarterPacksSkeleton)
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
            Self::GetAgeAssuranceState => ::std::option::Option::None,
            Self::GetConfig => ::std::option::Option::None,
            Self::GetOnboardingSuggestedStarterPacks => ::std::option::Option::None,
            Self::GetOnboardingSuggestedStarterPacksSkeleton => {
                ::std::option::Option::None
            }
            Self::GetOnboardingSuggestedUsersSkeleton => ::std::option::Option::None,
            Self::GetPopularFeedGenerators => ::std::option::Option::None,
            Self::GetPostThreadOtherV2 => ::std::option::Option::None,
            Self::GetPostThreadV2 => ::std::option::Option::None,
            Self::GetSuggestedFeeds => ::std::option::Option::None,
            Self::GetSuggestedFeedsSkeleton => ::std::option::Option::None,
            Self::GetSuggestedOnboardingUsers => ::std::option::Option::None,
            Self::GetSuggestedStarterPacks => ::std::option::Option::None,
            Self::GetSuggestedStarterPacksSkeleton => ::std::option::Option::None,
            Self::GetSuggestedUsers => ::std::option::Option::None,
            Self::GetSuggestedUsersForDiscover => ::std::option::Option::None,
            Self::GetSuggestedUsersForDiscoverSkeleton => ::std::option::Option::None,
            Self::GetSuggestedUsersForExplore => ::std::option::Option::None,
            Self::GetSuggestedUsersForExploreSkeleton => ::std::option::Option::None,
            Self::GetSuggestedUsersForSeeMore => ::std::option::Option::None,
            Self::GetSuggestedUsersForSeeMoreSkeleton => ::std::option::Option::None,
            Self::GetSuggestedUsersSkeleton => ::std::option::Option::None,
            Self::GetSuggestionsSkeleton => ::std::option::Option::None,
            Self::GetTaggedSuggestions => ::std::option::Option::None,
            Self::GetTrendingTopics => ::std::option::Option::None,
            Self::GetTrends => ::std::option::Option::None,
            Self::GetTrendsSkeleton => ::std::option::Option::None,
            Self::InitAgeAssurance => ::std::option::Option::Some("application/json"),
            Self::SearchActorsSkeleton => ::std::option::Option::None,
            Self::SearchPostsSkeleton => ::std::option::Option::None,
            Self::SearchStarterPacksSkeleton => ::std::option::Option::None,
        }
    }
}
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
