// @generated from lexicons/app/bsky/authManageModeration.json by cargo xtask codegen
//! `app.bsky.authManageModeration`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.authManageModeration";
/// The `app.bsky.authManageModeration` permission set (`include:app.bsky.authManageModeration`).
pub const PERMISSION_SET: ::lexgen::typed::PermissionSet = ::lexgen::typed::PermissionSet {
    nsid: NSID,
    title: ::std::option::Option::Some("Manage Personal Moderation"),
    title_lang: &[],
    detail: ::std::option::Option::Some(
        "Control over blocks, mutes, mod lists, mod services, and preferences.",
    ),
    detail_lang: &[],
    permissions: &[
        ::lexgen::typed::Permission::Rpc(::lexgen::typed::RpcPermission {
            lxm: &[
                "app.bsky.actor.getPreferences",
                "app.bsky.actor.putPreferences",
                "app.bsky.graph.muteActor",
                "app.bsky.graph.muteActorList",
                "app.bsky.graph.muteThread",
                "app.bsky.graph.unmuteActor",
                "app.bsky.graph.unmuteActorList",
                "app.bsky.graph.unmuteThread",
            ],
            aud: ::std::option::Option::None,
            inherit_aud: true,
        }),
        ::lexgen::typed::Permission::Repo(::lexgen::typed::RepoPermission {
            collection: &["app.bsky.graph.block", "app.bsky.graph.listblock"],
            action: ::lexgen::typed::RepoActions {
                create: true,
                update: true,
                delete: true,
            },
        }),
    ],
};
