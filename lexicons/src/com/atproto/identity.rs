// @generated from lexicons/com/atproto/identity/*.json by cargo xtask codegen
pub mod defs;
pub mod get_recommended_did_credentials;
pub mod refresh_identity;
pub mod request_plc_operation_signature;
pub mod resolve_did;
pub mod resolve_handle;
pub mod resolve_identity;
pub mod sign_plc_operation;
pub mod submit_plc_operation;
pub mod update_handle;
/// The endpoints of `com.atproto.identity`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `com.atproto.identity.getRecommendedDidCredentials`
    fn get_recommended_did_credentials(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_recommended_did_credentials::Output,
            ::lexgen::xrpc::XrpcError<get_recommended_did_credentials::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.identity.refreshIdentity`
    fn refresh_identity(
        &self,
        ctx: C,
        input: refresh_identity::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            refresh_identity::Output,
            ::lexgen::xrpc::XrpcError<refresh_identity::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.identity.requestPlcOperationSignature`
    fn request_plc_operation_signature(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            request_plc_operation_signature::Output,
            ::lexgen::xrpc::XrpcError<request_plc_operation_signature::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.identity.resolveDid`
    fn resolve_did(
        &self,
        ctx: C,
        params: resolve_did::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            resolve_did::Output,
            ::lexgen::xrpc::XrpcError<resolve_did::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.identity.resolveHandle`
    fn resolve_handle(
        &self,
        ctx: C,
        params: resolve_handle::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            resolve_handle::Output,
            ::lexgen::xrpc::XrpcError<resolve_handle::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.identity.resolveIdentity`
    fn resolve_identity(
        &self,
        ctx: C,
        params: resolve_identity::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            resolve_identity::Output,
            ::lexgen::xrpc::XrpcError<resolve_identity::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.identity.signPlcOperation`
    fn sign_plc_operation(
        &self,
        ctx: C,
        input: sign_plc_operation::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            sign_plc_operation::Output,
            ::lexgen::xrpc::XrpcError<sign_plc_operation::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.identity.submitPlcOperation`
    fn submit_plc_operation(
        &self,
        ctx: C,
        input: submit_plc_operation::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            submit_plc_operation::Output,
            ::lexgen::xrpc::XrpcError<submit_plc_operation::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.identity.updateHandle`
    fn update_handle(
        &self,
        ctx: C,
        input: update_handle::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            update_handle::Output,
            ::lexgen::xrpc::XrpcError<update_handle::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `com.atproto.identity`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/com.atproto.identity.getRecommendedDidCredentials",
            crate::server::handler::<
                get_recommended_did_credentials::GetRecommendedDidCredentials,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.get_recommended_did_credentials(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.identity.refreshIdentity",
            crate::server::handler::<
                refresh_identity::RefreshIdentity,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.refresh_identity(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.identity.requestPlcOperationSignature",
            crate::server::handler::<
                request_plc_operation_signature::RequestPlcOperationSignature,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.request_plc_operation_signature(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.identity.resolveDid",
            crate::server::handler::<
                resolve_did::ResolveDid,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.resolve_did(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.identity.resolveHandle",
            crate::server::handler::<
                resolve_handle::ResolveHandle,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.resolve_handle(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.identity.resolveIdentity",
            crate::server::handler::<
                resolve_identity::ResolveIdentity,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.resolve_identity(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.identity.signPlcOperation",
            crate::server::handler::<
                sign_plc_operation::SignPlcOperation,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.sign_plc_operation(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.identity.submitPlcOperation",
            crate::server::handler::<
                submit_plc_operation::SubmitPlcOperation,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.submit_plc_operation(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.identity.updateHandle",
            crate::server::handler::<
                update_handle::UpdateHandle,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.update_handle(ctx, input).await
                },
            ),
        )
}
