// @generated from lexicons/app/bsky/notification/*.json by cargo xtask codegen
pub mod declaration;
pub mod defs;
pub mod get_preferences;
pub mod get_unread_count;
pub mod list_activity_subscriptions;
pub mod list_notifications;
pub mod put_activity_subscription;
pub mod put_preferences;
pub mod put_preferences_v2;
pub mod register_push;
pub mod unregister_push;
pub mod update_seen;
/// The endpoints of `app.bsky.notification`: implement this to serve them; every method is required.
///
/// `C` is the per-request context the server extracts (authentication, client address, ...).
pub trait Service<
    C: ::std::marker::Send + 'static,
>: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// `app.bsky.notification.getPreferences`
    fn get_preferences(
        &self,
        ctx: C,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_preferences::Output,
            ::lexgen::xrpc::XrpcError<get_preferences::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.notification.getUnreadCount`
    fn get_unread_count(
        &self,
        ctx: C,
        params: get_unread_count::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            get_unread_count::Output,
            ::lexgen::xrpc::XrpcError<get_unread_count::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.notification.listActivitySubscriptions`
    fn list_activity_subscriptions(
        &self,
        ctx: C,
        params: list_activity_subscriptions::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            list_activity_subscriptions::Output,
            ::lexgen::xrpc::XrpcError<list_activity_subscriptions::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.notification.listNotifications`
    fn list_notifications(
        &self,
        ctx: C,
        params: list_notifications::Params,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            list_notifications::Output,
            ::lexgen::xrpc::XrpcError<list_notifications::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.notification.putActivitySubscription`
    fn put_activity_subscription(
        &self,
        ctx: C,
        input: put_activity_subscription::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            put_activity_subscription::Output,
            ::lexgen::xrpc::XrpcError<put_activity_subscription::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.notification.putPreferences`
    fn put_preferences(
        &self,
        ctx: C,
        input: put_preferences::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            put_preferences::Output,
            ::lexgen::xrpc::XrpcError<put_preferences::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.notification.putPreferencesV2`
    fn put_preferences_v2(
        &self,
        ctx: C,
        input: put_preferences_v2::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            put_preferences_v2::Output,
            ::lexgen::xrpc::XrpcError<put_preferences_v2::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.notification.registerPush`
    fn register_push(
        &self,
        ctx: C,
        input: register_push::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            register_push::Output,
            ::lexgen::xrpc::XrpcError<register_push::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.notification.unregisterPush`
    fn unregister_push(
        &self,
        ctx: C,
        input: unregister_push::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            unregister_push::Output,
            ::lexgen::xrpc::XrpcError<unregister_push::Error>,
        >,
    > + ::std::marker::Send;
    /// `app.bsky.notification.updateSeen`
    fn update_seen(
        &self,
        ctx: C,
        input: update_seen::Input,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<
            update_seen::Output,
            ::lexgen::xrpc::XrpcError<update_seen::Error>,
        >,
    > + ::std::marker::Send;
}
/// The routes of `app.bsky.notification`: decode parameters and body, validate, call `service`, encode the output or the error.
#[cfg(feature = "server")]
pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
where
    S: Service<C>,
    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
{
    ::axum::Router::new()
        .route(
            "/xrpc/app.bsky.notification.getPreferences",
            crate::server::handler::<
                get_preferences::GetPreferences,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, _input| async move {
                    service.get_preferences(ctx).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.notification.getUnreadCount",
            crate::server::handler::<
                get_unread_count::GetUnreadCount,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.get_unread_count(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.notification.listActivitySubscriptions",
            crate::server::handler::<
                list_activity_subscriptions::ListActivitySubscriptions,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.list_activity_subscriptions(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.notification.listNotifications",
            crate::server::handler::<
                list_notifications::ListNotifications,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, params, _input| async move {
                    service.list_notifications(ctx, params).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.notification.putActivitySubscription",
            crate::server::handler::<
                put_activity_subscription::PutActivitySubscription,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.put_activity_subscription(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.notification.putPreferences",
            crate::server::handler::<
                put_preferences::PutPreferences,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.put_preferences(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.notification.putPreferencesV2",
            crate::server::handler::<
                put_preferences_v2::PutPreferencesV2,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.put_preferences_v2(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.notification.registerPush",
            crate::server::handler::<
                register_push::RegisterPush,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.register_push(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.notification.unregisterPush",
            crate::server::handler::<
                unregister_push::UnregisterPush,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.unregister_push(ctx, input).await
                },
            ),
        )
        .route(
            "/xrpc/app.bsky.notification.updateSeen",
            crate::server::handler::<
                update_seen::UpdateSeen,
                S,
                C,
                St,
                _,
                _,
            >(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, _params, input| async move {
                    service.update_seen(ctx, input).await
                },
            ),
        )
}
