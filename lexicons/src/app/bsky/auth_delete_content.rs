// @generated from lexicons/app/bsky/authDeleteContent.json by cargo xtask codegen
//! `app.bsky.authDeleteContent`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.authDeleteContent";
/// The `app.bsky.authDeleteContent` permission set (`include:app.bsky.authDeleteContent`).
pub const PERMISSION_SET: ::lexgen::typed::PermissionSet = ::lexgen::typed::PermissionSet {
    nsid: NSID,
    title: ::std::option::Option::Some("Delete Bluesky Content"),
    title_lang: &[],
    detail: ::std::option::Option::Some(
        "Clean up public account history: posts, reposts, and likes.",
    ),
    detail_lang: &[],
    permissions: &[
        ::lexgen::typed::Permission::Repo(::lexgen::typed::RepoPermission {
            collection: &[
                "app.bsky.feed.like",
                "app.bsky.feed.post",
                "app.bsky.feed.postgate",
                "app.bsky.feed.repost",
                "app.bsky.feed.threadgate",
            ],
            action: ::lexgen::typed::RepoActions {
                create: false,
                update: false,
                delete: true,
            },
        }),
    ],
};
