// @generated from lexicons/app/bsky/authCreatePosts.json by cargo xtask codegen
//! `app.bsky.authCreatePosts`.
/// The NSID of this lexicon document.
pub const NSID: &str = "app.bsky.authCreatePosts";
/// The `app.bsky.authCreatePosts` permission set (`include:app.bsky.authCreatePosts`).
pub const PERMISSION_SET: ::lexgen::typed::PermissionSet = ::lexgen::typed::PermissionSet {
    nsid: NSID,
    title: ::std::option::Option::Some("Create Bluesky Posts"),
    title_lang: &[],
    detail: ::std::option::Option::Some("Can not update or delete posts."),
    detail_lang: &[],
    permissions: &[
        ::lexgen::typed::Permission::Rpc(::lexgen::typed::RpcPermission {
            lxm: &[
                "app.bsky.video.uploadVideo",
                "app.bsky.video.getJobStatus",
                "app.bsky.video.getUploadLimits",
                "app.bsky.video.startUpload",
                "app.bsky.video.uploadPart",
                "app.bsky.video.finishUpload",
                "app.bsky.video.abortUpload",
                "app.bsky.video.getUploadStatus",
            ],
            aud: ::std::option::Option::None,
            inherit_aud: true,
        }),
        ::lexgen::typed::Permission::Repo(::lexgen::typed::RepoPermission {
            collection: &[
                "app.bsky.feed.post",
                "app.bsky.feed.postgate",
                "app.bsky.feed.threadgate",
            ],
            action: ::lexgen::typed::RepoActions {
                create: true,
                update: false,
                delete: false,
            },
        }),
    ],
};
