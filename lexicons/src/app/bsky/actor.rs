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
