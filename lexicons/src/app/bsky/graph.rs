// @generated from lexicons/app/bsky/graph/*.json by cargo xtask codegen
pub mod block;
pub mod defs;
pub mod follow;
pub mod get_actor_starter_packs;
pub mod get_blocks;
pub mod get_followers;
pub mod get_follows;
pub mod get_known_followers;
pub mod get_list;
pub mod get_list_blocks;
pub mod get_list_mutes;
pub mod get_lists;
pub mod get_lists_with_membership;
pub mod get_mutes;
pub mod get_relationships;
pub mod get_starter_pack;
pub mod get_starter_packs;
pub mod get_starter_packs_with_membership;
pub mod get_suggested_follows_by_actor;
pub mod list;
pub mod listblock;
pub mod listitem;
pub mod mute_actor;
pub mod mute_actor_list;
pub mod mute_thread;
pub mod search_starter_packs;
pub mod search_starter_packs_v2;
pub mod starterpack;
pub mod unmute_actor;
pub mod unmute_actor_list;
pub mod unmute_thread;
pub mod verification;
/// Every query, procedure and subscription of `app.bsky.graph`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `app.bsky.graph.getActorStarterPacks`.
    GetActorStarterPacks,
    /// `app.bsky.graph.getBlocks`.
    GetBlocks,
    /// `app.bsky.graph.getFollowers`.
    GetFollowers,
    /// `app.bsky.graph.getFollows`.
    GetFollows,
    /// `app.bsky.graph.getKnownFollowers`.
    GetKnownFollowers,
    /// `app.bsky.graph.getList`.
    GetList,
    /// `app.bsky.graph.getListBlocks`.
    GetListBlocks,
    /// `app.bsky.graph.getListMutes`.
    GetListMutes,
    /// `app.bsky.graph.getLists`.
    GetLists,
    /// `app.bsky.graph.getListsWithMembership`.
    GetListsWithMembership,
    /// `app.bsky.graph.getMutes`.
    GetMutes,
    /// `app.bsky.graph.getRelationships`.
    GetRelationships,
    /// `app.bsky.graph.getStarterPack`.
    GetStarterPack,
    /// `app.bsky.graph.getStarterPacks`.
    GetStarterPacks,
    /// `app.bsky.graph.getStarterPacksWithMembership`.
    GetStarterPacksWithMembership,
    /// `app.bsky.graph.getSuggestedFollowsByActor`.
    GetSuggestedFollowsByActor,
    /// `app.bsky.graph.muteActor`.
    MuteActor,
    /// `app.bsky.graph.muteActorList`.
    MuteActorList,
    /// `app.bsky.graph.muteThread`.
    MuteThread,
    /// `app.bsky.graph.searchStarterPacks`.
    SearchStarterPacks,
    /// `app.bsky.graph.searchStarterPacksV2`.
    SearchStarterPacksV2,
    /// `app.bsky.graph.unmuteActor`.
    UnmuteActor,
    /// `app.bsky.graph.unmuteActorList`.
    UnmuteActorList,
    /// `app.bsky.graph.unmuteThread`.
    UnmuteThread,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[
        Self::GetActorStarterPacks,
        Self::GetBlocks,
        Self::GetFollowers,
        Self::GetFollows,
        Self::GetKnownFollowers,
        Self::GetList,
        Self::GetListBlocks,
        Self::GetListMutes,
        Self::GetLists,
        Self::GetListsWithMembership,
        Self::GetMutes,
        Self::GetRelationships,
        Self::GetStarterPack,
        Self::GetStarterPacks,
        Self::GetStarterPacksWithMembership,
        Self::GetSuggestedFollowsByActor,
        Self::MuteActor,
        Self::MuteActorList,
        Self::MuteThread,
        Self::SearchStarterPacks,
        Self::SearchStarterPacksV2,
        Self::UnmuteActor,
        Self::UnmuteActorList,
        Self::UnmuteThread,
    ];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::GetActorStarterPacks => get_actor_starter_packs::NSID,
            Self::GetBlocks => get_blocks::NSID,
            Self::GetFollowers => get_followers::NSID,
            Self::GetFollows => get_follows::NSID,
            Self::GetKnownFollowers => get_known_followers::NSID,
            Self::GetList => get_list::NSID,
            Self::GetListBlocks => get_list_blocks::NSID,
            Self::GetListMutes => get_list_mutes::NSID,
            Self::GetLists => get_lists::NSID,
            Self::GetListsWithMembership => get_lists_with_membership::NSID,
            Self::GetMutes => get_mutes::NSID,
            Self::GetRelationships => get_relationships::NSID,
            Self::GetStarterPack => get_starter_pack::NSID,
            Self::GetStarterPacks => get_starter_packs::NSID,
            Self::GetStarterPacksWithMembership => {
                get_starter_packs_with_membership::NSID
            }
            Self::GetSuggestedFollowsByActor => get_suggested_follows_by_actor::NSID,
            Self::MuteActor => mute_actor::NSID,
            Self::MuteActorList => mute_actor_list::NSID,
            Self::MuteThread => mute_thread::NSID,
            Self::SearchStarterPacks => search_starter_packs::NSID,
            Self::SearchStarterPacksV2 => search_starter_packs_v2::NSID,
            Self::UnmuteActor => unmute_actor::NSID,
            Self::UnmuteActorList => unmute_actor_list::NSID,
            Self::UnmuteThread => unmute_thread::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "app.bsky.graph.getActorStarterPacks" => {
                ::std::option::Option::Some(Self::GetActorStarterPacks)
            }
            "app.bsky.graph.getBlocks" => ::std::option::Option::Some(Self::GetBlocks),
            "app.bsky.graph.getFollowers" => {
                ::std::option::Option::Some(Self::GetFollowers)
            }
            "app.bsky.graph.getFollows" => ::std::option::Option::Some(Self::GetFollows),
            "app.bsky.graph.getKnownFollowers" => {
                ::std::option::Option::Some(Self::GetKnownFollowers)
            }
            "app.bsky.graph.getList" => ::std::option::Option::Some(Self::GetList),
            "app.bsky.graph.getListBlocks" => {
                ::std::option::Option::Some(Self::GetListBlocks)
            }
            "app.bsky.graph.getListMutes" => {
                ::std::option::Option::Some(Self::GetListMutes)
            }
            "app.bsky.graph.getLists" => ::std::option::Option::Some(Self::GetLists),
            "app.bsky.graph.getListsWithMembership" => {
                ::std::option::Option::Some(Self::GetListsWithMembership)
            }
            "app.bsky.graph.getMutes" => ::std::option::Option::Some(Self::GetMutes),
            "app.bsky.graph.getRelationships" => {
                ::std::option::Option::Some(Self::GetRelationships)
            }
            "app.bsky.graph.getStarterPack" => {
                ::std::option::Option::Some(Self::GetStarterPack)
            }
            "app.bsky.graph.getStarterPacks" => {
                ::std::option::Option::Some(Self::GetStarterPacks)
            }
            "app.bsky.graph.getStarterPacksWithMembership" => {
                ::std::option::Option::Some(Self::GetStarterPacksWithMembership)
            }
            "app.bsky.graph.getSuggestedFollowsByActor" => {
                ::std::option::Option::Some(Self::GetSuggestedFollowsByActor)
            }
            "app.bsky.graph.muteActor" => ::std::option::Option::Some(Self::MuteActor),
            "app.bsky.graph.muteActorList" => {
                ::std::option::Option::Some(Self::MuteActorList)
            }
            "app.bsky.graph.muteThread" => ::std::option::Option::Some(Self::MuteThread),
            "app.bsky.graph.searchStarterPacks" => {
                ::std::option::Option::Some(Self::SearchStarterPacks)
            }
            "app.bsky.graph.searchStarterPacksV2" => {
                ::std::option::Option::Some(Self::SearchStarterPacksV2)
            }
            "app.bsky.graph.unmuteActor" => {
                ::std::option::Option::Some(Self::UnmuteActor)
            }
            "app.bsky.graph.unmuteActorList" => {
                ::std::option::Option::Some(Self::UnmuteActorList)
            }
            "app.bsky.graph.unmuteThread" => {
                ::std::option::Option::Some(Self::UnmuteThread)
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
            Self::GetActorStarterPacks => ::std::option::Option::None,
            Self::GetBlocks => ::std::option::Option::None,
            Self::GetFollowers => ::std::option::Option::None,
            Self::GetFollows => ::std::option::Option::None,
            Self::GetKnownFollowers => ::std::option::Option::None,
            Self::GetList => ::std::option::Option::None,
            Self::GetListBlocks => ::std::option::Option::None,
            Self::GetListMutes => ::std::option::Option::None,
            Self::GetLists => ::std::option::Option::None,
            Self::GetListsWithMembership => ::std::option::Option::None,
            Self::GetMutes => ::std::option::Option::None,
            Self::GetRelationships => ::std::option::Option::None,
            Self::GetStarterPack => ::std::option::Option::None,
            Self::GetStarterPacks => ::std::option::Option::None,
            Self::GetStarterPacksWithMembership => ::std::option::Option::None,
            Self::GetSuggestedFollowsByActor => ::std::option::Option::None,
            Self::MuteActor => ::std::option::Option::Some("application/json"),
            Self::MuteActorList => ::std::option::Option::Some("application/json"),
            Self::MuteThread => ::std::option::Option::Some("application/json"),
            Self::SearchStarterPacks => ::std::option::Option::None,
            Self::SearchStarterPacksV2 => ::std::option::Option::None,
            Self::UnmuteActor => ::std::option::Option::Some("application/json"),
            Self::UnmuteActorList => ::std::option::Option::Some("application/json"),
            Self::UnmuteThread => ::std::option::Option::Some("application/json"),
        }
    }
}
/// The endpoints of `app.bsky.graph`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `app.bsky.graph.getActorStarterPacks`
    fn get_actor_starter_packs(
        &self,
        ctx: C,
        params: get_actor_starter_packs::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_actor_starter_packs::Output,
            ::lexgen::xrpc::XrpcError<get_actor_starter_packs::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.getBlocks`
    fn get_blocks(
        &self,
        ctx: C,
        params: get_blocks::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_blocks::Output,
            ::lexgen::xrpc::XrpcError<get_blocks::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.getFollowers`
    fn get_followers(
        &self,
        ctx: C,
        params: get_followers::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_followers::Output,
            ::lexgen::xrpc::XrpcError<get_followers::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.getFollows`
    fn get_follows(
        &self,
        ctx: C,
        params: get_follows::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_follows::Output,
            ::lexgen::xrpc::XrpcError<get_follows::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.getKnownFollowers`
    fn get_known_followers(
        &self,
        ctx: C,
        params: get_known_followers::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_known_followers::Output,
            ::lexgen::xrpc::XrpcError<get_known_followers::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.getList`
    fn get_list(
        &self,
        ctx: C,
        params: get_list::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_list::Output,
            ::lexgen::xrpc::XrpcError<get_list::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.getListBlocks`
    fn get_list_blocks(
        &self,
        ctx: C,
        params: get_list_blocks::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_list_blocks::Output,
            ::lexgen::xrpc::XrpcError<get_list_blocks::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.getListMutes`
    fn get_list_mutes(
        &self,
        ctx: C,
        params: get_list_mutes::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_list_mutes::Output,
            ::lexgen::xrpc::XrpcError<get_list_mutes::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.getLists`
    fn get_lists(
        &self,
        ctx: C,
        params: get_lists::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_lists::Output,
            ::lexgen::xrpc::XrpcError<get_lists::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.getListsWithMembership`
    fn get_lists_with_membership(
        &self,
        ctx: C,
        params: get_lists_with_membership::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_lists_with_membership::Output,
            ::lexgen::xrpc::XrpcError<get_lists_with_membership::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.getMutes`
    fn get_mutes(
        &self,
        ctx: C,
        params: get_mutes::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_mutes::Output,
            ::lexgen::xrpc::XrpcError<get_mutes::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.getRelationships`
    fn get_relationships(
        &self,
        ctx: C,
        params: get_relationships::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_relationships::Output,
            ::lexgen::xrpc::XrpcError<get_relationships::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.getStarterPack`
    fn get_starter_pack(
        &self,
        ctx: C,
        params: get_starter_pack::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_starter_pack::Output,
            ::lexgen::xrpc::XrpcError<get_starter_pack::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.getStarterPacks`
    fn get_starter_packs(
        &self,
        ctx: C,
        params: get_starter_packs::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_starter_packs::Output,
            ::lexgen::xrpc::XrpcError<get_starter_packs::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.getStarterPacksWithMembership`
    fn get_starter_packs_with_membership(
        &self,
        ctx: C,
        params: get_starter_packs_with_membership::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_starter_packs_with_membership::Output,
            ::lexgen::xrpc::XrpcError<get_starter_packs_with_membership::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.getSuggestedFollowsByActor`
    fn get_suggested_follows_by_actor(
        &self,
        ctx: C,
        params: get_suggested_follows_by_actor::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_suggested_follows_by_actor::Output,
            ::lexgen::xrpc::XrpcError<get_suggested_follows_by_actor::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.muteActor`
    fn mute_actor(
        &self,
        ctx: C,
        input: mute_actor::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            mute_actor::Output,
            ::lexgen::xrpc::XrpcError<mute_actor::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.muteActorList`
    fn mute_actor_list(
        &self,
        ctx: C,
        input: mute_actor_list::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            mute_actor_list::Output,
            ::lexgen::xrpc::XrpcError<mute_actor_list::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.muteThread`
    fn mute_thread(
        &self,
        ctx: C,
        input: mute_thread::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            mute_thread::Output,
            ::lexgen::xrpc::XrpcError<mute_thread::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.searchStarterPacks`
    fn search_starter_packs(
        &self,
        ctx: C,
        params: search_starter_packs::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            search_starter_packs::Output,
            ::lexgen::xrpc::XrpcError<search_starter_packs::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.searchStarterPacksV2`
    fn search_starter_packs_v2(
        &self,
        ctx: C,
        params: search_starter_packs_v2::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            search_starter_packs_v2::Output,
            ::lexgen::xrpc::XrpcError<search_starter_packs_v2::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.unmuteActor`
    fn unmute_actor(
        &self,
        ctx: C,
        input: unmute_actor::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            unmute_actor::Output,
            ::lexgen::xrpc::XrpcError<unmute_actor::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.unmuteActorList`
    fn unmute_actor_list(
        &self,
        ctx: C,
        input: unmute_actor_list::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            unmute_actor_list::Output,
            ::lexgen::xrpc::XrpcError<unmute_actor_list::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.graph.unmuteThread`
    fn unmute_thread(
        &self,
        ctx: C,
        input: unmute_thread::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            unmute_thread::Output,
            ::lexgen::xrpc::XrpcError<unmute_thread::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `app.bsky.graph`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/app.bsky.graph.getActorStarterPacks",
            crate::server::handler::<
                get_actor_starter_packs::GetActorStarterPacks,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_actor_starter_packs(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.getBlocks",
            crate::server::handler::<
                get_blocks::GetBlocks,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_blocks(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.getFollowers",
            crate::server::handler::<
                get_followers::GetFollowers,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_followers(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.getFollows",
            crate::server::handler::<
                get_follows::GetFollows,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_follows(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.getKnownFollowers",
            crate::server::handler::<
                get_known_followers::GetKnownFollowers,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_known_followers(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.getList",
            crate::server::handler::<
                get_list::GetList,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_list(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.getListBlocks",
            crate::server::handler::<
                get_list_blocks::GetListBlocks,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_list_blocks(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.getListMutes",
            crate::server::handler::<
                get_list_mutes::GetListMutes,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_list_mutes(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.getLists",
            crate::server::handler::<
                get_lists::GetLists,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_lists(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.getListsWithMembership",
            crate::server::handler::<
                get_lists_with_membership::GetListsWithMembership,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_lists_with_membership(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.getMutes",
            crate::server::handler::<
                get_mutes::GetMutes,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_mutes(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.getRelationships",
            crate::server::handler::<
                get_relationships::GetRelationships,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_relationships(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.getStarterPack",
            crate::server::handler::<
                get_starter_pack::GetStarterPack,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_starter_pack(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.getStarterPacks",
            crate::server::handler::<
                get_starter_packs::GetStarterPacks,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_starter_packs(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.getStarterPacksWithMembership",
            crate::server::handler::<
                get_starter_packs_with_membership::GetStarterPacksWithMembership,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_starter_packs_with_membership(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.getSuggestedFollowsByActor",
            crate::server::handler::<
                get_suggested_follows_by_actor::GetSuggestedFollowsByActor,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_suggested_follows_by_actor(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.muteActor",
            crate::server::handler::<
                mute_actor::MuteActor,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.mute_actor(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.muteActorList",
            crate::server::handler::<
                mute_actor_list::MuteActorList,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.mute_actor_list(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.muteThread",
            crate::server::handler::<
                mute_thread::MuteThread,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.mute_thread(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.searchStarterPacks",
            crate::server::handler::<
                search_starter_packs::SearchStarterPacks,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.search_starter_packs(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.searchStarterPacksV2",
            crate::server::handler::<
                search_starter_packs_v2::SearchStarterPacksV2,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.search_starter_packs_v2(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.unmuteActor",
            crate::server::handler::<
                unmute_actor::UnmuteActor,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.unmute_actor(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.unmuteActorList",
            crate::server::handler::<
                unmute_actor_list::UnmuteActorList,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.unmute_actor_list(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.graph.unmuteThread",
            crate::server::handler::<
                unmute_thread::UnmuteThread,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.unmute_thread(ctx, input).await
                },
            ),
        )
}
