// @generated from lexicons/app/bsky/contact/*.json by cargo xtask codegen
pub mod defs;
pub mod dismiss_match;
pub mod get_matches;
pub mod get_sync_status;
pub mod import_contacts;
pub mod remove_data;
pub mod send_notification;
pub mod start_phone_verification;
pub mod verify_phone;
/// Every query, procedure and subscription of `app.bsky.contact`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `app.bsky.contact.dismissMatch`.
    DismissMatch,
    /// `app.bsky.contact.getMatches`.
    GetMatches,
    /// `app.bsky.contact.getSyncStatus`.
    GetSyncStatus,
    /// `app.bsky.contact.importContacts`.
    ImportContacts,
    /// `app.bsky.contact.removeData`.
    RemoveData,
    /// `app.bsky.contact.sendNotification`.
    SendNotification,
    /// `app.bsky.contact.startPhoneVerification`.
    StartPhoneVerification,
    /// `app.bsky.contact.verifyPhone`.
    VerifyPhone,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[
        Self::DismissMatch,
        Self::GetMatches,
        Self::GetSyncStatus,
        Self::ImportContacts,
        Self::RemoveData,
        Self::SendNotification,
        Self::StartPhoneVerification,
        Self::VerifyPhone,
    ];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::DismissMatch => dismiss_match::NSID,
            Self::GetMatches => get_matches::NSID,
            Self::GetSyncStatus => get_sync_status::NSID,
            Self::ImportContacts => import_contacts::NSID,
            Self::RemoveData => remove_data::NSID,
            Self::SendNotification => send_notification::NSID,
            Self::StartPhoneVerification => start_phone_verification::NSID,
            Self::VerifyPhone => verify_phone::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "app.bsky.contact.dismissMatch" => {
                ::std::option::Option::Some(Self::DismissMatch)
            }
            "app.bsky.contact.getMatches" => {
                ::std::option::Option::Some(Self::GetMatches)
            }
            "app.bsky.contact.getSyncStatus" => {
                ::std::option::Option::Some(Self::GetSyncStatus)
            }
            "app.bsky.contact.importContacts" => {
                ::std::option::Option::Some(Self::ImportContacts)
            }
            "app.bsky.contact.removeData" => {
                ::std::option::Option::Some(Self::RemoveData)
            }
            "app.bsky.contact.sendNotification" => {
                ::std::option::Option::Some(Self::SendNotification)
            }
            "app.bsky.contact.startPhoneVerification" => {
                ::std::option::Option::Some(Self::StartPhoneVerification)
            }
            "app.bsky.contact.verifyPhone" => {
                ::std::option::Option::Some(Self::VerifyPhone)
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
            Self::DismissMatch => ::std::option::Option::Some("application/json"),
            Self::GetMatches => ::std::option::Option::None,
            Self::GetSyncStatus => ::std::option::Option::None,
            Self::ImportContacts => ::std::option::Option::Some("application/json"),
            Self::RemoveData => ::std::option::Option::Some("application/json"),
            Self::SendNotification => ::std::option::Option::Some("application/json"),
            Self::StartPhoneVerification => {
                ::std::option::Option::Some("application/json")
            }
            Self::VerifyPhone => ::std::option::Option::Some("application/json"),
        }
    }
}
/// The endpoints of `app.bsky.contact`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `app.bsky.contact.dismissMatch`
    fn dismiss_match(
        &self,
        ctx: C,
        input: dismiss_match::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            dismiss_match::Output,
            ::lexgen::xrpc::XrpcError<dismiss_match::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.contact.getMatches`
    fn get_matches(
        &self,
        ctx: C,
        params: get_matches::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_matches::Output,
            ::lexgen::xrpc::XrpcError<get_matches::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.contact.getSyncStatus`
    fn get_sync_status(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_sync_status::Output,
            ::lexgen::xrpc::XrpcError<get_sync_status::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.contact.importContacts`
    fn import_contacts(
        &self,
        ctx: C,
        input: import_contacts::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            import_contacts::Output,
            ::lexgen::xrpc::XrpcError<import_contacts::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.contact.removeData`
    fn remove_data(
        &self,
        ctx: C,
        input: remove_data::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            remove_data::Output,
            ::lexgen::xrpc::XrpcError<remove_data::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.contact.sendNotification`
    fn send_notification(
        &self,
        ctx: C,
        input: send_notification::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            send_notification::Output,
            ::lexgen::xrpc::XrpcError<send_notification::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.contact.startPhoneVerification`
    fn start_phone_verification(
        &self,
        ctx: C,
        input: start_phone_verification::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            start_phone_verification::Output,
            ::lexgen::xrpc::XrpcError<start_phone_verification::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.contact.verifyPhone`
    fn verify_phone(
        &self,
        ctx: C,
        input: verify_phone::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            verify_phone::Output,
            ::lexgen::xrpc::XrpcError<verify_phone::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `app.bsky.contact`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/app.bsky.contact.dismissMatch",
            crate::server::handler::<
                dismiss_match::DismissMatch,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.dismiss_match(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.contact.getMatches",
            crate::server::handler::<
                get_matches::GetMatches,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_matches(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.contact.getSyncStatus",
            crate::server::handler::<
                get_sync_status::GetSyncStatus,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.get_sync_status(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.contact.importContacts",
            crate::server::handler::<
                import_contacts::ImportContacts,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.import_contacts(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.contact.removeData",
            crate::server::handler::<
                remove_data::RemoveData,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.remove_data(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.contact.sendNotification",
            crate::server::handler::<
                send_notification::SendNotification,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.send_notification(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.contact.startPhoneVerification",
            crate::server::handler::<
                start_phone_verification::StartPhoneVerification,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.start_phone_verification(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.contact.verifyPhone",
            crate::server::handler::<
                verify_phone::VerifyPhone,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.verify_phone(ctx, input).await
                },
            ),
        )
}
