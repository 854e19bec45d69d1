// @generated from lexicons/app/bsky/authManageFeedDeclarations.json by cargo xtask codegen
//! `app.bsky.authManageFeedDeclarations`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.authManageFeedDeclarations";
/// The `app.bsky.authManageFeedDeclarations` permission set (`include:app.bsky.authManageFeedDeclarations`).
pub const PERMISSION_SET: ::lexgen::typed::PermissionSet = ::lexgen::typed::PermissionSet {
    nsid: NSID,
    title: ::std::option::Option::Some("Manage Hosted Feeds"),
    title_lang: &[],
    detail: ::std::option::Option::Some("Configure feed generator declaration records."),
    detail_lang: &[],
    permissions: &[
        ::lexgen::typed::Permission::Repo(::lexgen::typed::RepoPermission {
            collection: &["app.bsky.feed.generator"],
            action: ::lexgen::typed::RepoActions {
                create: true,
                update: true,
                delete: true,
            },
        }),
    ],
};
