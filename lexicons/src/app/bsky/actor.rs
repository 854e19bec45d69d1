// @generated from lexicons/app/bsky/actor/*.json by cargo xtask codegen
pub mod content_visibility_declaration;
pub mod defs;
pub mod get_preferences;
pub mod get_profile;
pub mod get_profiles;
pub mod get_suggestions;
pub mod profile;
pub mod put_preferences;
pub mod search_actors;
pub mod search_actors_typeahead;
pub mod status;
/// Every query, procedure and subscription of `app.bsky.actor`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `app.bsky.actor.getPreferences`.
    GetPreferences,
    /// `app.bsky.actor.getProfile`.
    GetProfile,
    /// `app.bsky.actor.getProfiles`.
    GetProfiles,
    /// `app.bsky.actor.getSuggestions`.
    GetSuggestions,
    /// `app.bsky.actor.putPreferences`.
    PutPreferences,
    /// `app.bsky.actor.searchActors`.
    SearchActors,
    /// `app.bsky.actor.searchActorsTypeahead`.
    SearchActorsTypeahead,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[
        Self::GetPreferences,
        Self::GetProfile,
        Self::GetProfiles,
        Self::GetSuggestions,
        Self::PutPreferences,
        Self::SearchActors,
        Self::SearchActorsTypeahead,
    ];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::GetPreferences => get_preferences::NSID,
            Self::GetProfile => get_profile::NSID,
            Self::GetProfiles => get_profiles::NSID,
            Self::GetSuggestions => get_suggestions::NSID,
            Self::PutPreferences => put_preferences::NSID,
            Self::SearchActors => search_actors::NSID,
            Self::SearchActorsTypeahead => search_actors_typeahead::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "app.bsky.actor.getPreferences" => {
                ::std::option::Option::Some(Self::GetPreferences)
            }
            "app.bsky.actor.getProfile" => ::std::option::Option::Some(Self::GetProfile),
            "app.bsky.actor.getProfiles" => {
                ::std::option::Option::Some(Self::GetProfiles)
            }
            "app.bsky.actor.getSuggestions" => {
                ::std::option::Option::Some(Self::GetSuggestions)
            }
            "app.bsky.actor.putPreferences" => {
                ::std::option::Option::Some(Self::PutPreferences)
            }
            "app.bsky.actor.searchActors" => {
                ::std::option::Option::Some(Self::SearchActors)
            }
            "app.bsky.actor.searchActorsTypeahead" => {
                ::std::option::Option::Some(Self::SearchActorsTypeahead)
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
            Self::GetPreferences => ::std::option::Option::None,
            Self::GetProfile => ::std::option::Option::None,
            Self::GetProfiles => ::std::option::Option::None,
            Self::GetSuggestions => ::std::option::Option::None,
            Self::PutPreferences => ::std::option::Option::Some("application/json"),
            Self::SearchActors => ::std::option::Option::None,
            Self::SearchActorsTypeahead => ::std::option::Option::None,
        }
    }
}
/// The endpoints of `app.bsky.actor`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `app.bsky.actor.getPreferences`
    fn get_preferences(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_preferences::Output,
            ::lexgen::xrpc::XrpcError<get_preferences::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.actor.getProfile`
    fn get_profile(
        &self,
        ctx: C,
        params: get_profile::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_profile::Output,
            ::lexgen::xrpc::XrpcError<get_profile::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.actor.getProfiles`
    fn get_profiles(
        &self,
        ctx: C,
        params: get_profiles::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_profiles::Output,
            ::lexgen::xrpc::XrpcError<get_profiles::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.actor.getSuggestions`
    fn get_suggestions(
        &self,
        ctx: C,
        params: get_suggestions::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_suggestions::Output,
            ::lexgen::xrpc::XrpcError<get_suggestions::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.actor.putPreferences`
    fn put_preferences(
        &self,
        ctx: C,
        input: put_preferences::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            put_preferences::Output,
            ::lexgen::xrpc::XrpcError<put_preferences::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.actor.searchActors`
    fn search_actors(
        &self,
        ctx: C,
        params: search_actors::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            search_actors::Output,
            ::lexgen::xrpc::XrpcError<search_actors::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.actor.searchActorsTypeahead`
    fn search_actors_typeahead(
        &self,
        ctx: C,
        params: search_actors_typeahead::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            search_actors_typeahead::Output,
            ::lexgen::xrpc::XrpcError<search_actors_typeahead::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `app.bsky.actor`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/app.bsky.actor.getPreferences",
            crate::server::handler::<
                get_preferences::GetPreferences,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.get_preferences(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.actor.getProfile",
            crate::server::handler::<
                get_profile::GetProfile,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_profile(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.actor.getProfiles",
            crate::server::handler::<
                get_profiles::GetProfiles,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_profiles(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.actor.getSuggestions",
            crate::server::handler::<
                get_suggestions::GetSuggestions,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_suggestions(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.actor.putPreferences",
            crate::server::handler::<
                put_preferences::PutPreferences,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.put_preferences(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.actor.searchActors",
            crate::server::handler::<
                search_actors::SearchActors,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.search_actors(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.actor.searchActorsTypeahead",
            crate::server::handler::<
                search_actors_typeahead::SearchActorsTypeahead,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.search_actors_typeahead(ctx, params).await
                },
            ),
        )
}
