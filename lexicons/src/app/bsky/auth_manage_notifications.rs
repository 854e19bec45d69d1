// @generated from lexicons/app/bsky/authManageNotifications.json by cargo xtask codegen
//! `app.bsky.authManageNotifications`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.authManageNotifications";
/// The `app.bsky.authManageNotifications` permission set (`include:app.bsky.authManageNotifications`).
pub const PERMISSION_SET: ::lexgen::typed::PermissionSet = ::lexgen::typed::PermissionSet {
    nsid: NSID,
    title: ::std::option::Option::Some("Manage Bluesky Notifications"),
    title_lang: &[],
    detail: ::std::option::Option::Some(
        "View and configure notifications for the Bluesky app.",
    ),
    detail_lang: &[],
    permissions: &[
        ::lexgen::typed::Permission::Rpc(::lexgen::typed::RpcPermission {
            lxm: &[
                "app.bsky.notification.getPreferences",
                "app.bsky.notification.getUnreadCount",
                "app.bsky.notification.listActivitySubscriptions",
                "app.bsky.notification.listNotifications",
                "app.bsky.notification.putActivitySubscription",
                "app.bsky.notification.putPreferences",
                "app.bsky.notification.putPreferencesV2",
                "app.bsky.notification.registerPush",
                "app.bsky.notification.unregisterPush",
                "app.bsky.notification.updateSeen",
            ],
            aud: ::std::option::Option::None,
            inherit_aud: true,
        }),
    ],
};
