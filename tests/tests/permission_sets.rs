//! Generated permission sets: each `PERMISSION_SET` constant says what its lexicon says, and ours
//! expands into the granular scopes an OAuth server grants for `include:cv.atmos.authFull`.
#![allow(clippy::unwrap_used)]

use atmos_tests::project_lexicons_dir;
use lexgen::catalog::Catalog;
use lexgen::lexicon::{Def, Permission};
use lexgen::typed::{self, PermissionSet};
use lexicons::{app, cv};

/// Every generated permission set, by NSID.
const GENERATED: &[PermissionSet] = &[
    app::bsky::auth_create_posts::PERMISSION_SET,
    app::bsky::auth_delete_content::PERMISSION_SET,
    app::bsky::auth_full_app::PERMISSION_SET,
    app::bsky::auth_manage_feed_declarations::PERMISSION_SET,
    app::bsky::auth_manage_labeler_service::PERMISSION_SET,
    app::bsky::auth_manage_moderation::PERMISSION_SET,
    app::bsky::auth_manage_notifications::PERMISSION_SET,
    app::bsky::auth_manage_profile::PERMISSION_SET,
    app::bsky::auth_view_all::PERMISSION_SET,
    cv::atmos::auth_full::PERMISSION_SET,
];

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

#[test]
fn constants_match_their_lexicons() {
    let loaded = Catalog::load_dir(&project_lexicons_dir());
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let mut sets = Vec::new();
    for doc in loaded.catalog.documents() {
        if let Some(Def::PermissionSet(set)) = doc.def("main") {
            sets.push((doc.id.clone(), set.clone()));
        }
    }
    let generated: Vec<&str> = GENERATED.iter().map(|s| s.nsid).collect();
    let lexicons: Vec<&str> = sets.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(generated, lexicons, "every permission set has its constant");
    for ((id, set), constant) in sets.iter().zip(GENERATED) {
        assert_eq!(constant.title, set.title.as_deref(), "{id}");
        assert_eq!(constant.detail, set.detail.as_deref(), "{id}");
        let langs = |m: &std::collections::BTreeMap<String, String>| {
            m.iter()
                .map(|(a, b)| (a.clone(), b.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(pairs(constant.title_lang), langs(&set.title_lang), "{id}");
        assert_eq!(pairs(constant.detail_lang), langs(&set.detail_lang), "{id}");
        assert_eq!(constant.permissions.len(), set.permissions.len(), "{id}");
        for (generated, parsed) in constant.permissions.iter().zip(&set.permissions) {
            match (generated, parsed) {
                (typed::Permission::Repo(g), Permission::Repo { collection, action }) => {
                    assert_eq!(&strings(g.collection), collection, "{id}");
                    let expected: Vec<&str> = if action.is_empty() {
                        vec!["create", "update", "delete"]
                    } else {
                        ["create", "update", "delete"]
                            .into_iter()
                            .filter(|a| action.iter().any(|x| x == a))
                            .collect()
                    };
                    assert_eq!(g.action.names().collect::<Vec<_>>(), expected, "{id}");
                }
                (
                    typed::Permission::Rpc(g),
                    Permission::Rpc {
                        lxm,
                        aud,
                        inherit_aud,
                    },
                ) => {
                    assert_eq!(&strings(g.lxm), lxm, "{id}");
                    assert_eq!(g.aud, aud.as_deref(), "{id}");
                    assert_eq!(g.inherit_aud, *inherit_aud, "{id}");
                }
                other => panic!("{id}: {other:?}"),
            }
        }
    }
}

#[test]
fn atmos_full_access_expands_to_repo_scopes() {
    let set = cv::atmos::auth_full::PERMISSION_SET;
    assert_eq!(set.nsid, "cv.atmos.authFull");
    assert_eq!(
        set.scopes(Some("did:web:atmos.cv#atmos_appview")),
        [
            "repo?collection=cv.atmos.board.board&collection=cv.atmos.board.item\
          &collection=cv.atmos.cv.award&collection=cv.atmos.cv.education\
          &collection=cv.atmos.cv.exhibition&collection=cv.atmos.cv.profile\
          &collection=cv.atmos.cv.work&collection=cv.atmos.portfolio.entry"
        ]
    );
}

#[test]
fn bluesky_sets_expand_with_the_included_audience() {
    let set = app::bsky::auth_create_posts::PERMISSION_SET;
    let scopes = set.scopes(Some("did:web:api.bsky.app#bsky_appview"));
    assert_eq!(scopes.len(), 2, "{scopes:?}");
    assert!(
        scopes[0].starts_with("rpc?lxm=app.bsky.video.uploadVideo&"),
        "{scopes:?}"
    );
    assert!(
        scopes[0].ends_with("&aud=did:web:api.bsky.app%23bsky_appview"),
        "{scopes:?}"
    );
    assert_eq!(
        scopes[1],
        "repo?collection=app.bsky.feed.post&collection=app.bsky.feed.postgate\
         &collection=app.bsky.feed.threadgate&action=create"
    );
    // Without an audience the inheriting rpc permission grants nothing.
    assert_eq!(set.scopes(None).len(), 1);
}
