// @generated from lexicons/app/bsky/authManageLabelerService.json by cargo xtask codegen
//! `app.bsky.authManageLabelerService`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.authManageLabelerService";
/// The `app.bsky.authManageLabelerService` permission set (`include:app.bsky.authManageLabelerService`).
pub const PERMISSION_SET: ::lexgen::typed::PermissionSet = ::lexgen::typed::PermissionSet {
    nsid: NSID,
    title: ::std::option::Option::Some("Manage Hosted Labeling Service"),
    title_lang: &[],
    detail: ::std::option::Option::Some("Configure labeler declaration records."),
    detail_lang: &[],
    permissions: &[
        ::lexgen::typed::Permission::Repo(::lexgen::typed::RepoPermission {
            collection: &["app.bsky.labeler.service"],
            action: ::lexgen::typed::RepoActions {
                create: true,
                update: true,
                delete: true,
            },
        }),
    ],
};
