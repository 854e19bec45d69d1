//! Permission-set expansion: the namespace rule, `inheritAud`, no wildcards, only `repo`/`rpc`, unknown
//! parameters; the built-in sets agree with their generated `PERMISSION_SET` constants.

use lexgen::lexicon::Def;
use serde_json::json;

use super::*;
use crate::oauth::permissions::ScopeSet;

const AUD: &str = "did:web:api.example.com#svc_appview";

fn include(nsid: &str, aud: Option<&str>) -> IncludeScope {
    IncludeScope {
        nsid: nsid.to_owned(),
        aud: aud.map(str::to_owned),
    }
}

fn expanded(set: &SetDocument, aud: Option<&str>) -> Vec<String> {
    set.expand(&include(&set.nsid, aud))
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn builtin_set(nsid: &str) -> SetDocument {
    let catalog = crate::lexicon_catalog::builtin();
    let Some(Def::PermissionSet(set)) = catalog.def(nsid, "main") else {
        panic!("{nsid} is not a built-in permission set")
    };
    SetDocument::from_def(nsid, set)
}

#[test]
fn atmos_auth_full_grants_its_collections_only() {
    let set = builtin_set("cv.atmos.authFull");
    let scopes = ScopeSet::parse(&expanded(&set, None).join(" "));
    let write = |collection, action| Need::Repo { collection, action };
    for collection in [
        "cv.atmos.board.board",
        "cv.atmos.cv.profile",
        "cv.atmos.portfolio.entry",
    ] {
        for action in [RepoAction::Create, RepoAction::Update, RepoAction::Delete] {
            assert!(scopes.allows(&write(collection, action)), "{collection}");
        }
    }
    assert!(!scopes.allows(&write("app.bsky.feed.post", RepoAction::Create)));
    assert!(!scopes.allows(&Need::Blob {
        mime_type: "image/png"
    }));
    assert_eq!(
        expanded(&set, None),
        [
            "repo?collection=cv.atmos.board.board&collection=cv.atmos.board.item\
          &collection=cv.atmos.cv.award&collection=cv.atmos.cv.education\
          &collection=cv.atmos.cv.exhibition&collection=cv.atmos.cv.profile\
          &collection=cv.atmos.cv.work&collection=cv.atmos.portfolio.entry"
        ]
    );
}

use crate::oauth::permissions::{Need, RepoAction};

/// Every built-in permission set expands to what its generated constant says (compared as scope sets).
#[test]
fn built_in_sets_agree_with_the_generated_constants() {
    let constants: &[lexgen::typed::PermissionSet] = &[
        lexicons::cv::atmos::auth_full::PERMISSION_SET,
        lexicons::app::bsky::auth_full_app::PERMISSION_SET,
        lexicons::app::bsky::auth_create_posts::PERMISSION_SET,
        lexicons::app::bsky::auth_delete_content::PERMISSION_SET,
        lexicons::app::bsky::auth_manage_profile::PERMISSION_SET,
        lexicons::app::bsky::auth_view_all::PERMISSION_SET,
    ];
    for constant in constants {
        let set = builtin_set(constant.nsid);
        for aud in [None, Some(AUD)] {
            let ours = ScopeSet::parse(&expanded(&set, aud).join(" "));
            let generated = ScopeSet::parse(&constant.scopes(aud).join(" "));
            assert!(!ours.is_empty() || aud.is_none(), "{}", constant.nsid);
            assert_eq!(ours, generated, "{} with aud {aud:?}", constant.nsid);
        }
    }
}

fn set_of(permissions: Value) -> SetDocument {
    let document = json!({
        "lexicon": 1,
        "id": "com.example.calendar.authFull",
        "defs": {"main": {"type": "permission-set", "title": "t", "permissions": permissions}}
    });
    SetDocument::from_json("com.example.calendar.authFull", &document).unwrap()
}

#[test]
fn namespace_rule() {
    let set = set_of(json!([
        {"type": "permission", "resource": "repo", "collection": ["com.example.calendar.event"]},
        {"type": "permission", "resource": "repo", "collection": ["com.example.calendar.sub.item"]},
        // A sibling group, a parent, a lookalike, and one permission mixing a good and a bad NSID.
        {"type": "permission", "resource": "repo", "collection": ["com.example.other.event"]},
        {"type": "permission", "resource": "repo", "collection": ["com.example.event"]},
        {"type": "permission", "resource": "repo", "collection": ["com.example.calendarx.event"]},
        {"type": "permission", "resource": "repo",
         "collection": ["com.example.calendar.rsvp", "com.example.other.rsvp"]},
    ]));
    assert_eq!(
        expanded(&set, None),
        [
            "repo:com.example.calendar.event",
            "repo:com.example.calendar.sub.item"
        ]
    );
}

#[test]
fn rpc_audiences() {
    let set = set_of(json!([
        {"type": "permission", "resource": "rpc", "lxm": ["com.example.calendar.getEvents"],
         "inheritAud": true},
        {"type": "permission", "resource": "rpc", "lxm": ["com.example.calendar.getSkeleton"],
         "aud": "*"},
        // A concrete audience, both `aud` and `inheritAud`, and neither: left out.
        {"type": "permission", "resource": "rpc", "lxm": ["com.example.calendar.a"],
         "aud": "did:web:x.com#svc"},
        {"type": "permission", "resource": "rpc", "lxm": ["com.example.calendar.b"],
         "aud": "*", "inheritAud": true},
        {"type": "permission", "resource": "rpc", "lxm": ["com.example.calendar.c"]},
    ]));
    assert_eq!(
        expanded(&set, Some(AUD)),
        [
            "rpc:com.example.calendar.getEvents?aud=did:web:api.example.com%23svc_appview",
            "rpc:com.example.calendar.getSkeleton?aud=*",
        ]
    );
    // Without an audience on the include, the inheriting permission grants nothing.
    assert_eq!(
        expanded(&set, None),
        ["rpc:com.example.calendar.getSkeleton?aud=*"]
    );
}

#[test]
fn wildcards_other_resources_and_unknown_parameters_are_left_out() {
    let set = set_of(json!([
        {"type": "permission", "resource": "repo", "collection": ["*"]},
        {"type": "permission", "resource": "rpc", "lxm": ["*"], "aud": "*"},
        {"type": "permission", "resource": "blob", "accept": ["*/*"]},
        {"type": "permission", "resource": "account", "attr": "email"},
        {"type": "permission", "resource": "identity", "attr": "*"},
        {"type": "permission", "resource": "repo", "collection": ["com.example.calendar.a"],
         "onlyOnTuesdays": true},
        {"type": "permission", "resource": "repo", "collection": ["com.example.calendar.b"],
         "action": ["create", "archive"]},
        {"type": "permission", "resource": "repo", "collection": "com.example.calendar.c"},
        {"type": "other", "resource": "repo", "collection": ["com.example.calendar.d"]},
        {"type": "permission", "resource": "repo", "collection": ["com.example.calendar.e"],
         "action": ["delete"]},
    ]));
    assert_eq!(
        expanded(&set, Some(AUD)),
        ["repo:com.example.calendar.e?action=delete"]
    );
}

#[test]
fn only_a_permission_set_is_one() {
    let record = json!({"lexicon": 1, "id": "a.b.c", "defs": {"main": {"type": "record"}}});
    assert!(SetDocument::from_json("a.b.c", &record).is_err());
    assert!(SetDocument::from_json("a.b.c", &json!({"defs": {}})).is_err());
}

#[test]
fn titles_and_details_are_localized_by_language_preference() {
    let document = json!({
        "lexicon": 1,
        "id": "com.example.calendar.authFull",
        "defs": {"main": {
            "type": "permission-set",
            "title": "Calendar",
            "title:lang": {"fr": "Agenda", "pt-BR": "Calendário"},
            "detail": "Your events",
            "permissions": []
        }}
    });
    let set = SetDocument::from_json("com.example.calendar.authFull", &document).unwrap();
    let langs = |tags: &[&str]| tags.iter().map(|t| t.to_string()).collect::<Vec<_>>();
    assert_eq!(set.display.title(&langs(&["fr-CA", "en"])), Some("Agenda"));
    assert_eq!(set.display.title(&langs(&["pt-br"])), Some("Calendário"));
    assert_eq!(set.display.title(&langs(&["de"])), Some("Calendar"));
    assert_eq!(set.display.detail(&langs(&["fr"])), Some("Your events"));
    let builtin = builtin_set("cv.atmos.authFull");
    assert_eq!(
        builtin.display.title(&[]),
        Some("Atmos: portfolio, CV and boards")
    );
}
