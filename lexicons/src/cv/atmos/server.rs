// @generated from lexicons/cv/atmos/server/*.json by cargo xtask codegen
pub mod get_federation_status;
pub mod request_relay_crawl;
/// Every query, procedure and subscription of `cv.atmos.server`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `cv.atmos.server.getFederationStatus`.
    GetFederationStatus,
    /// `cv.atmos.server.requestRelayCrawl`.
    RequestRelayCrawl,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[
        Self::GetFederationStatus,
        Self::RequestRelayCrawl,
    ];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::GetFederationStatus => get_federation_status::NSID,
            Self::RequestRelayCrawl => request_relay_crawl::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "cv.atmos.server.getFederationStatus" => {
                ::std::option::Option::Some(Self::GetFederationStatus)
            }
            "cv.atmos.server.requestRelayCrawl" => {
                ::std::option::Option::Some(Self::RequestRelayCrawl)
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
            Self::GetFederationStatus => ::std::option::Option::None,
            Self::RequestRelayCrawl => ::std::option::Option::None,
        }
    }
}
/// The endpoints of `cv.atmos.server`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `cv.atmos.server.getFederationStatus`: How this server federates: the relays asked to crawl it and how they answered, the live firehose subscribers and how far behind each is, and the head of the event log. Administrator only.
    fn get_federation_status(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_federation_status::Output,
            ::lexgen::xrpc::XrpcError<get_federation_status::Error>,
        >,
    > + ::std::marker::Send;
    /// `cv.atmos.server.requestRelayCrawl`: Asks every configured relay to crawl this server now, whatever the interval between requests, and answers once each has answered or timed out. Administrator only.
    fn request_relay_crawl(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            request_relay_crawl::Output,
            ::lexgen::xrpc::XrpcError<request_relay_crawl::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `cv.atmos.server`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/cv.atmos.server.getFederationStatus",
            crate::server::handler::<
                get_federation_status::GetFederationStatus,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.get_federation_status(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/cv.atmos.server.requestRelayCrawl",
            crate::server::handler::<
                request_relay_crawl::RequestRelayCrawl,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.request_relay_crawl(ctx).await
                },
            ),
        )
}
