// @generated from lexicons/app/bsky/ageassurance/*.json by cargo xtask codegen
pub mod begin;
pub mod defs;
pub mod get_config;
pub mod get_state;
/// The endpoints of `app.bsky.ageassurance`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `app.bsky.ageassurance.begin`
    fn begin(
        &self,
        ctx: C,
        input: begin::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            begin::Output,
            ::lexgen::xrpc::XrpcError<begin::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.ageassurance.getConfig`
    fn get_config(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_config::Output,
            ::lexgen::xrpc::XrpcError<get_config::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.ageassurance.getState`
    fn get_state(
        &self,
        ctx: C,
        params: get_state::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_state::Output,
            ::lexgen::xrpc::XrpcError<get_state::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `app.bsky.ageassurance`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/app.bsky.ageassurance.begin",
            crate::server::handler::<
                begin::Begin,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.begin(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.ageassurance.getConfig",
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
            "/xrpc/app.bsky.ageassurance.getState",
            crate::server::handler::<
                get_state::GetState,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_state(ctx, params).await
                },
            ),
        )
}
