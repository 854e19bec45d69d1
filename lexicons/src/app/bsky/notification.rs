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
/// Every query, procedure and subscription of `app.bsky.notification`, in NSID order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `app.bsky.notification.getPreferences`.
    GetPreferences,
    /// `app.bsky.notification.getUnreadCount`.
    GetUnreadCount,
    /// `app.bsky.notification.listActivitySubscriptions`.
    ListActivitySubscriptions,
    /// `app.bsky.notification.listNotifications`.
    ListNotifications,
    /// `app.bsky.notification.putActivitySubscription`.
    PutActivitySubscription,
    /// `app.bsky.notification.putPreferences`.
    PutPreferences,
    /// `app.bsky.notification.putPreferencesV2`.
    PutPreferencesV2,
    /// `app.bsky.notification.registerPush`.
    RegisterPush,
    /// `app.bsky.notification.unregisterPush`.
    UnregisterPush,
    /// `app.bsky.notification.updateSeen`.
    UpdateSeen,
}
impl Method {
    /// Every endpoint of the namespace, in NSID order.
    pub const ALL: &'static [Method] = &[
        Self::GetPreferences,
        Self::GetUnreadCount,
        Self::ListActivitySubscriptions,
        Self::ListNotifications,
        Self::PutActivitySubscription,
        Self::PutPreferences,
        Self::PutPreferencesV2,
        Self::RegisterPush,
        Self::UnregisterPush,
        Self::UpdateSeen,
    ];
    /// The endpoint's NSID.
    pub const fn nsid(self) -> &'static str {
        match self {
            Self::GetPreferences => get_preferences::NSID,
            Self::GetUnreadCount => get_unread_count::NSID,
            Self::ListActivitySubscriptions => list_activity_subscriptions::NSID,
            Self::ListNotifications => list_notifications::NSID,
            Self::PutActivitySubscription => put_activity_subscription::NSID,
            Self::PutPreferences => put_preferences::NSID,
            Self::PutPreferencesV2 => put_preferences_v2::NSID,
            Self::RegisterPush => register_push::NSID,
            Self::UnregisterPush => unregister_push::NSID,
            Self::UpdateSeen => update_seen::NSID,
        }
    }
    /// The endpoint named `nsid`, if it is one of this namespace.
    pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
        match nsid {
            "app.bsky.notification.getPreferences" => {
                ::std::option::Option::Some(Self::GetPreferences)
            }
            "app.bsky.notification.getUnreadCount" => {
                ::std::option::Option::Some(Self::GetUnreadCount)
            }
            "app.bsky.notification.listActivitySubscriptions" => {
                ::std::option::Option::Some(Self::ListActivitySubscriptions)
            }
            "app.bsky.notification.listNotifications" => {
                ::std::option::Option::Some(Self::ListNotifications)
            }
            "app.bsky.notification.putActivitySubscription" => {
                ::std::option::Option::Some(Self::PutActivitySubscription)
            }
            "app.bsky.notification.putPreferences" => {
                ::std::option::Option::Some(Self::PutPreferences)
            }
            "app.bsky.notification.putPreferencesV2" => {
                ::std::option::Option::Some(Self::PutPreferencesV2)
            }
            "app.bsky.notification.registerPush" => {
                ::std::option::Option::Some(Self::RegisterPush)
            }
            "app.bsky.notification.unregisterPush" => {
                ::std::option::Option::Some(Self::UnregisterPush)
            }
            "app.bsky.notification.updateSeen" => {
                ::std::option::Option::Some(Self::UpdateSeen)
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
            Self::GetPreferences => ::std::option::Option::None,
            Self::GetUnreadCount => ::std::option::Option::None,
            Self::ListActivitySubscriptions => ::std::option::Option::None,
            Self::ListNotifications => ::std::option::Option::None,
            Self::PutActivitySubscription => {
                ::std::option::Option::Some("application/json")
            }
            Self::PutPreferences => ::std::option::Option::Some("application/json"),
            Self::PutPreferencesV2 => ::std::option::Option::Some("application/json"),
            Self::RegisterPush => ::std::option::Option::Some("application/json"),
            Self::UnregisterPush => ::std::option::Option::Some("application/json"),
            Self::UpdateSeen => ::std::option::Option::Some("application/json"),
        }
    }
}
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
