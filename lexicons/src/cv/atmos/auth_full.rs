// @generated from lexicons/cv/atmos/authFull.json by cargo xtask codegen
//! Everything the Atmos app writes to an account's repository: portfolio entries, the CV profile and its entries, boards and their items. An Atmos client asks for it as the OAuth scope include:cv.atmos.authFull.
/// The NSID of this lexicon document.
pub const NSID: &str = "cv.atmos.authFull";
/// The `cv.atmos.authFull` permission set (`include:cv.atmos.authFull`).
///
/// Atmos: portfolio, CV and boards
///
/// Create, update and delete your Atmos portfolio entries, CV and inspiration boards.
///
/// Everything the Atmos app writes to an account's repository: portfolio entries, the CV profile and its entries, boards and their items. An Atmos client asks for it as the OAuth scope include:cv.atmos.authFull.
pub const PERMISSION_SET: ::lexgen::typed::PermissionSet = ::lexgen::typed::PermissionSet {
    nsid: NSID,
    title: ::std::option::Option::Some("Atmos: portfolio, CV and boards"),
    title_lang: &[],
    detail: ::std::option::Option::Some(
        "Create, update and delete your Atmos portfolio entries, CV and inspiration boards.",
    ),
    detail_lang: &[],
    permissions: &[
        ::lexgen::typed::Permission::Repo(::lexgen::typed::RepoPermission {
            collection: &[
                "cv.atmos.board.board",
                "cv.atmos.board.item",
                "cv.atmos.cv.award",
                "cv.atmos.cv.education",
                "cv.atmos.cv.exhibition",
                "cv.atmos.cv.profile",
                "cv.atmos.cv.work",
                "cv.atmos.portfolio.entry",
            ],
            action: ::lexgen::typed::RepoActions {
                create: true,
                update: true,
                delete: true,
            },
        }),
    ],
};
