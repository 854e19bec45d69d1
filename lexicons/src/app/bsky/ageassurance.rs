// @generated from lexicons/app/bsky/ageassurance/*.json by cargo xtask codegen
pub mod begin;
pub mod defs;
pub mod get_config;
pub mod get_state;
/// Every query, procedure and subscription of `app.bsky.ageassurance`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `app.bsky.ageassurance.begin`.
    Begin,
    /// `app.bsky.ageassurance.getConfig`.
    GetConfig,
    /// `app.bsky.ageassurance.getState`.
    GetState,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[Self::Begin, Self::GetConfig, Self::GetState];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::Begin => begin::NSID,
            Self::GetConfig => get_config::NSID,
            Self::GetState => get_state::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "app.bsky.ageassurance.begin" => ::std::option::Option::Some(Self::Begin),
            "app.bsky.ageassurance.getConfig" => {
                ::std::option::Option::Some(Self::GetConfig)
            }
            "app.bsky.ageassurance.getState" => {
                ::std::option::Option::Some(Self::GetState)
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
            Self::Begin => ::std::option::Option::Some("application/json"),
            Self::GetConfig => ::std::option::Option::None,
            Self::GetState => ::std::option::Option::None,
        }
    }
}
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
