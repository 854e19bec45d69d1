// @generated from lexicons/cv/atmos/server/*.json by cargo xtask codegen
pub mod get_federation_status;
pub mod request_relay_crawl;
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
