// @generated from lexicons/app/bsky/authManageProfile.json by cargo xtask codegen
//! `app.bsky.authManageProfile`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.authManageProfile";
/// The `app.bsky.authManageProfile` permission set (`include:app.bsky.authManageProfile`).
pub const PERMISSION_SET: ::lexgen::typed::PermissionSet = ::lexgen::typed::PermissionSet {
    nsid: NSID,
    title: ::std::option::Option::Some("Manage Bluesky Profile"),
    title_lang: &[],
    detail: ::std::option::Option::Some(
        "Update profile data, as well as status and public chat visibility.",
    ),
    detail_lang: &[],
    permissions: &[
        ::lexgen::typed::Permission::Repo(::lexgen::typed::RepoPermission {
            collection: &[
                "app.bsky.actor.profile",
                "app.bsky.actor.status",
                "app.bsky.notification.declaration",
            ],
            action: ::lexgen::typed::RepoActions {
                create: true,
                update: true,
                delete: true,
            },
        }),
    ],
};
