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
/// Every query, procedure and subscription of `com.atproto.identity`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `com.atproto.identity.getRecommendedDidCredentials`.
    GetRecommendedDidCredentials,
    /// `com.atproto.identity.refreshIdentity`.
    RefreshIdentity,
    /// `com.atproto.identity.requestPlcOperationSignature`.
    RequestPlcOperationSignature,
    /// `com.atproto.identity.resolveDid`.
    ResolveDid,
    /// `com.atproto.identity.resolveHandle`.
    ResolveHandle,
    /// `com.atproto.identity.resolveIdentity`.
    ResolveIdentity,
    /// `com.atproto.identity.signPlcOperation`.
    SignPlcOperation,
    /// `com.atproto.identity.submitPlcOperation`.
    SubmitPlcOperation,
    /// `com.atproto.identity.updateHandle`.
    UpdateHandle,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[
        Self::GetRecommendedDidCredentials,
        Self::RefreshIdentity,
        Self::RequestPlcOperationSignature,
        Self::ResolveDid,
        Self::ResolveHandle,
        Self::ResolveIdentity,
        Self::SignPlcOperation,
        Self::SubmitPlcOperation,
        Self::UpdateHandle,
    ];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::GetRecommendedDidCredentials => get_recommended_did_credentials::NSID,
            Self::RefreshIdentity => refresh_identity::NSID,
            Self::RequestPlcOperationSignature => request_plc_operation_signature::NSID,
            Self::ResolveDid => resolve_did::NSID,
            Self::ResolveHandle => resolve_handle::NSID,
            Self::ResolveIdentity => resolve_identity::NSID,
            Self::SignPlcOperation => sign_plc_operation::NSID,
            Self::SubmitPlcOperation => submit_plc_operation::NSID,
            Self::UpdateHandle => update_handle::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "com.atproto.identity.getRecommendedDidCredentials" => {
                ::std::option::Option::Some(Self::GetRecommendedDidCredentials)
            }
            "com.atproto.identity.refreshIdentity" => {
                ::std::option::Option::Some(Self::RefreshIdentity)
            }
            "com.atproto.identity.requestPlcOperationSignature" => {
                ::std::option::Option::Some(Self::RequestPlcOperationSignature)
            }
            "com.atproto.identity.resolveDid" => {
                ::std::option::Option::Some(Self::ResolveDid)
            }
            "com.atproto.identity.resolveHandle" => {
                ::std::option::Option::Some(Self::ResolveHandle)
            }
            "com.atproto.identity.resolveIdentity" => {
                ::std::option::Option::Some(Self::ResolveIdentity)
            }
            "com.atproto.identity.signPlcOperation" => {
                ::std::option::Option::Some(Self::SignPlcOperation)
            }
            "com.atproto.identity.submitPlcOperation" => {
                ::std::option::Option::Some(Self::SubmitPlcOperation)
            }
            "com.atproto.identity.updateHandle" => {
                ::std::option::Option::Some(Self::UpdateHandle)
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
            Self::GetRecommendedDidCredentials => ::std::option::Option::None,
            Self::RefreshIdentity => ::std::option::Option::Some("application/json"),
            Self::RequestPlcOperationSignature => ::std::option::Option::None,
            Self::ResolveDid => ::std::option::Option::None,
            Self::ResolveHandle => ::std::option::Option::None,
            Self::ResolveIdentity => ::std::option::Option::None,
            Self::SignPlcOperation => ::std::option::Option::Some("application/json"),
            Self::SubmitPlcOperation => ::std::option::Option::Some("application/json"),
            Self::UpdateHandle => ::std::option::Option::Some("application/json"),
        }
    }
}
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
