// @generated from lexicons/com/atproto/temp/*.json by cargo xtask codegen
pub mod add_reserved_handle;
pub mod check_handle_availability;
pub mod check_signup_queue;
pub mod dereference_scope;
pub mod fetch_labels;
pub mod request_phone_verification;
pub mod revoke_account_credentials;
/// Every query, procedure and subscription of `com.atproto.temp`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `com.atproto.temp.addReservedHandle`.
    AddReservedHandle,
    /// `com.atproto.temp.checkHandleAvailability`.
    CheckHandleAvailability,
    /// `com.atproto.temp.checkSignupQueue`.
    CheckSignupQueue,
    /// `com.atproto.temp.dereferenceScope`.
    DereferenceScope,
    /// `com.atproto.temp.fetchLabels`.
    FetchLabels,
    /// `com.atproto.temp.requestPhoneVerification`.
    RequestPhoneVerification,
    /// `com.atproto.temp.revokeAccountCredentials`.
    RevokeAccountCredentials,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[
        Self::AddReservedHandle,
        Self::CheckHandleAvailability,
        Self::CheckSignupQueue,
        Self::DereferenceScope,
        Self::FetchLabels,
        Self::RequestPhoneVerification,
        Self::RevokeAccountCredentials,
    ];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::AddReservedHandle => add_reserved_handle::NSID,
            Self::CheckHandleAvailability => check_handle_availability::NSID,
            Self::CheckSignupQueue => check_signup_queue::NSID,
            Self::DereferenceScope => dereference_scope::NSID,
            Self::FetchLabels => fetch_labels::NSID,
            Self::RequestPhoneVerification => request_phone_verification::NSID,
            Self::RevokeAccountCredentials => revoke_account_credentials::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "com.atproto.temp.addReservedHandle" => {
                ::std::option::Option::Some(Self::AddReservedHandle)
            }
            "com.atproto.temp.checkHandleAvailability" => {
                ::std::option::Option::Some(Self::CheckHandleAvailability)
            }
            "com.atproto.temp.checkSignupQueue" => {
                ::std::option::Option::Some(Self::CheckSignupQueue)
            }
            "com.atproto.temp.dereferenceScope" => {
                ::std::option::Option::Some(Self::DereferenceScope)
            }
            "com.atproto.temp.fetchLabels" => {
                ::std::option::Option::Some(Self::FetchLabels)
            }
            "com.atproto.temp.requestPhoneVerification" => {
                ::std::option::Option::Some(Self::RequestPhoneVerification)
            }
            "com.atproto.temp.revokeAccountCredentials" => {
                ::std::option::Option::Some(Self::RevokeAccountCredentials)
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
            Self::AddReservedHandle => ::std::option::Option::Some("application/json"),
            Self::CheckHandleAvailability => ::std::option::Option::None,
            Self::CheckSignupQueue => ::std::option::Option::None,
            Self::DereferenceScope => ::std::option::Option::None,
            Self::FetchLabels => ::std::option::Option::None,
            Self::RequestPhoneVerification => {
                ::std::option::Option::Some("application/json")
            }
            Self::RevokeAccountCredentials => {
                ::std::option::Option::Some("application/json")
            }
        }
    }
}
/// The endpoints of `com.atproto.temp`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `com.atproto.temp.addReservedHandle`
    fn add_reserved_handle(
        &self,
        ctx: C,
        input: add_reserved_handle::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            add_reserved_handle::Output,
            ::lexgen::xrpc::XrpcError<add_reserved_handle::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.temp.checkHandleAvailability`
    fn check_handle_availability(
        &self,
        ctx: C,
        params: check_handle_availability::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            check_handle_availability::Output,
            ::lexgen::xrpc::XrpcError<check_handle_availability::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.temp.checkSignupQueue`
    fn check_signup_queue(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            check_signup_queue::Output,
            ::lexgen::xrpc::XrpcError<check_signup_queue::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.temp.dereferenceScope`
    fn dereference_scope(
        &self,
        ctx: C,
        params: dereference_scope::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            dereference_scope::Output,
            ::lexgen::xrpc::XrpcError<dereference_scope::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.temp.fetchLabels`
    fn fetch_labels(
        &self,
        ctx: C,
        params: fetch_labels::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            fetch_labels::Output,
            ::lexgen::xrpc::XrpcError<fetch_labels::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.temp.requestPhoneVerification`
    fn request_phone_verification(
        &self,
        ctx: C,
        input: request_phone_verification::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            request_phone_verification::Output,
            ::lexgen::xrpc::XrpcError<request_phone_verification::Error>,
        >,
    > + ::std::marker::Send;
    /// `com.atproto.temp.revokeAccountCredentials`
    fn revoke_account_credentials(
        &self,
        ctx: C,
        input: revoke_account_credentials::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            revoke_account_credentials::Output,
            ::lexgen::xrpc::XrpcError<revoke_account_credentials::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `com.atproto.temp`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/com.atproto.temp.addReservedHandle",
            crate::server::handler::<
                add_reserved_handle::AddReservedHandle,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.add_reserved_handle(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.temp.checkHandleAvailability",
            crate::server::handler::<
                check_handle_availability::CheckHandleAvailability,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.check_handle_availability(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.temp.checkSignupQueue",
            crate::server::handler::<
                check_signup_queue::CheckSignupQueue,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.check_signup_queue(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.temp.dereferenceScope",
            crate::server::handler::<
                dereference_scope::DereferenceScope,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.dereference_scope(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.temp.fetchLabels",
            crate::server::handler::<
                fetch_labels::FetchLabels,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.fetch_labels(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.temp.requestPhoneVerification",
            crate::server::handler::<
                request_phone_verification::RequestPhoneVerification,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.request_phone_verification(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/com.atproto.temp.revokeAccountCredentials",
            crate::server::handler::<
                revoke_account_credentials::RevokeAccountCredentials,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.revoke_account_credentials(ctx, input).await
                },
            ),
        )
}
