// @generated from lexicons/com/atproto/label/*.json by cargo xtask codegen
pub mod defs;
pub mod query_labels;
pub mod subscribe_labels;
/// Every query, procedure and subscription of `com.atproto.label`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `com.atproto.label.queryLabels`.
    QueryLabels,
    /// `com.atproto.label.subscribeLabels`.
    SubscribeLabels,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[Self::QueryLabels, Self::SubscribeLabels];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::QueryLabels => query_labels::NSID,
            Self::SubscribeLabels => subscribe_labels::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "com.atproto.label.queryLabels" => {
                ::std::option::Option::Some(Self::QueryLabels)
            }
            "com.atproto.label.subscribeLabels" => {
                ::std::option::Option::Some(Self::SubscribeLabels)
            }
            _ => ::std::option::Option::None,
        }
    }
    /// Whether the endpoint is a subscription (an event stream over WebSocket, not a request).
    pub const fn is_subscription(self) -> bool {
        matches!(self, Self::SubscribeLabels)
    }
    /// The encoding of the endpoint's request body as its lexicon declares it (`application/json`,
    /// `*/*`, ...); `None` when it takes none (queries, subscriptions, procedures without input).
    pub const fn input_encoding(self) -> ::std::option::Option<&'static str> {
        match self {
            Self::QueryLabels => ::std::option::Option::None,
            Self::SubscribeLabels => ::std::option::Option::None,
        }
    }
}
/// The endpoints of `com.atproto.label`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `com.atproto.label.queryLabels`
    fn query_labels(
        &self,
        ctx: C,
        params: query_labels::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            query_labels::Output,
            ::lexgen::xrpc::XrpcError<query_labels::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `com.atproto.label`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/com.atproto.label.queryLabels",
            crate::server::handler::<
                query_labels::QueryLabels,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.query_labels(ctx, params).await
                },
            ),
        )
}
