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
