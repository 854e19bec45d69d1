// @generated from lexicons/com/atproto/label/*.json by cargo xtask codegen
pub mod defs;
pub mod query_labels;
pub mod subscribe_labels;
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
