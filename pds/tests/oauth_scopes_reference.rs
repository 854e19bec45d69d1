//! Our OAuth scope model against the reference `@atproto/oauth-scopes` (pinned in tests/js, run by
//! `tests/js/oauth-scopes.mjs`): the normal form of about 1,400 scope values (valid, invalid and
//! one-change variants of every resource; `None` = not understood), whether grants allow permission
//! questions (transitional scopes included), and what `include:` grants from permission sets.
//! Skipped with a warning without node and tests/js/node_modules, failed under `CI`.

#![allow(clippy::unwrap_used)]

use pds::oauth::permissions::sets::SetDocument;
use pds::oauth::permissions::{
    AccountAction, AccountAttr, IdentityAttr, Need, RepoAction, Scope, ScopeSet,
};
use serde_json::{Value, json};

/// Scope values: hand-picked ones, then every resource with every positional part and parameter list.
fn values() -> Vec<String> {
    let mut values: Vec<String> = [
        "atproto",
        "transition:generic",
        "transition:chat.bsky",
        "transition:email",
        "transition:other",
        "openid",
        "repo:app.example.profile?action=create&action=update&action=delete",
        "repo?collection=app.example.profile&collection=app.example.post",
        "repo:com.example.record?collection=com.example.other",
        "rpc?lxm=*&aud=did:web:api.example.com%23svc_appview",
        "rpc?lxm=com.example.b&lxm=com.example.a&aud=*",
        "blob?accept=video/*&accept=text/html",
        "blob?accept=image/png&accept=image/*&accept=text/plain",
        "account:repo?action=manage",
        "account?action=manage&attr=repo",
        "identity:*?",
        "include:app.example.authFull?aud=did:web:api.example.com%23svc_chat",
        "resource:positional&thing?key=val",
        "service:did:web:com.example#type?key=val",
        "resource:",
        "resource:?",
        "resource:&",
        "resource?",
        "repo:a.b.c?action=create&&action=delete",
        "repo:a%2Eb.c",
        "repo:a.b.c?action=cre%61te",
        "rpc:a.b.c?aud=did:plc:abcdefghijklmnopqrstuvwx%23atproto_labeler",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let resources = ["repo", "rpc", "blob", "account", "identity", "include"];
    let positionals = [
        None,
        Some(""),
        Some("*"),
        Some("app.bsky.feed.post"),
        Some("a.b.c"),
        Some("image/*"),
        Some("*/*"),
        Some("IMAGE/PNG"),
        Some("email"),
        Some("repo"),
        Some("status"),
        Some("handle"),
        Some("did:web:x.com%23svc"),
        Some("notansid"),
    ];
    let params: [&[(&str, &str)]; 16] = [
        &[],
        &[("action", "create")],
        &[("action", "delete"), ("action", "create")],
        &[
            ("action", "create"),
            ("action", "update"),
            ("action", "delete"),
        ],
        &[("action", "read")],
        &[("action", "manage")],
        &[("action", "read"), ("action", "manage")],
        &[("aud", "*")],
        &[("aud", "did:web:x.com%23svc")],
        &[("aud", "did:plc:abc")],
        &[("lxm", "a.b.c")],
        &[("collection", "a.b.c"), ("collection", "*")],
        &[("accept", "image/png"), ("accept", "image/*")],
        &[("attr", "handle")],
        &[("nsid", "a.b.c")],
        &[("x", "y")],
    ];
    for resource in resources {
        for positional in positionals {
            for list in params {
                let mut value = resource.to_owned();
                if let Some(positional) = positional {
                    value.push(':');
                    value.push_str(positional);
                }
                for (i, (key, val)) in list.iter().enumerate() {
                    value.push(if i == 0 { '?' } else { '&' });
                    value.push_str(&format!("{key}={val}"));
                }
                values.push(value);
            }
        }
    }
    values
}

const GRANTS: &[&str] = &[
    "atproto",
    "atproto transition:generic",
    "atproto transition:generic transition:chat.bsky",
    "atproto transition:email",
    "atproto repo:a.b.c?action=create repo:*?action=delete",
    "atproto repo?collection=a.b.c&collection=app.bsky.feed.post&action=update",
    "atproto rpc:app.bsky.feed.getTimeline?aud=did:web:x.com%23svc rpc:*?aud=did:web:y.com%23svc",
    "atproto rpc:chat.bsky.convo.listConvos?aud=*",
    "atproto blob:image/* blob:video/mp4",
    "atproto blob:*/*",
    "atproto account:email account:repo?action=manage",
    "atproto account:email?action=manage account:status",
    "atproto identity:handle",
    "atproto identity:*",
];

/// Permission questions: (JSON for the reference, our `Need`).
fn needs() -> Vec<(Value, Need<'static>)> {
    let mut needs = Vec::new();
    for collection in ["a.b.c", "app.bsky.feed.post", "x.y.z"] {
        for (name, action) in [
            ("create", RepoAction::Create),
            ("update", RepoAction::Update),
            ("delete", RepoAction::Delete),
        ] {
            needs.push((
                json!({"resource": "repo", "options": {"collection": collection, "action": name}}),
                Need::Repo { collection, action },
            ));
        }
    }
    for lxm in [
        "app.bsky.feed.getTimeline",
        "chat.bsky.convo.listConvos",
        "*",
    ] {
        for aud in ["did:web:x.com#svc", "did:web:y.com#svc"] {
            needs.push((
                json!({"resource": "rpc", "options": {"lxm": lxm, "aud": aud}}),
                Need::Rpc { lxm, aud },
            ));
        }
    }
    for mime_type in [
        "image/png",
        "video/mp4",
        "video/webm",
        "IMAGE/PNG",
        "*/*",
        "text",
    ] {
        needs.push((
            json!({"resource": "blob", "options": {"mime": mime_type}}),
            Need::Blob { mime_type },
        ));
    }
    for (attr_name, attr) in [
        ("email", AccountAttr::Email),
        ("repo", AccountAttr::Repo),
        ("status", AccountAttr::Status),
    ] {
        for (action_name, action) in [
            ("read", AccountAction::Read),
            ("manage", AccountAction::Manage),
        ] {
            needs.push((
                json!({"resource": "account", "options": {"attr": attr_name, "action": action_name}}),
                Need::Account { attr, action },
            ));
        }
    }
    for (name, attr) in [("handle", IdentityAttr::Handle), ("*", IdentityAttr::All)] {
        needs.push((
            json!({"resource": "identity", "options": {"attr": name}}),
            Need::Identity(attr),
        ));
    }
    needs
}

/// (include scope, permissions of `com.example.calendar.authFull`).
fn sets() -> Vec<(&'static str, Value)> {
    let permissions = json!([
        {"type": "permission", "resource": "repo", "collection": ["com.example.calendar.event"]},
        {"type": "permission", "resource": "repo", "collection": ["com.example.calendar.sub.item",
                                                                   "com.example.calendar.b"],
         "action": ["delete", "create"]},
        {"type": "permission", "resource": "repo", "collection": ["com.example.other.event"]},
        {"type": "permission", "resource": "repo", "collection": ["com.example.event"]},
        {"type": "permission", "resource": "repo", "collection": ["com.example.calendarx.event"]},
        {"type": "permission", "resource": "repo", "collection": ["*"]},
        {"type": "permission", "resource": "repo", "collection": ["com.example.calendar.x"],
         "action": ["archive"]},
        {"type": "permission", "resource": "repo", "collection": ["com.example.calendar.y"], "z": 1},
        {"type": "permission", "resource": "rpc", "lxm": ["com.example.calendar.getEvents"],
         "inheritAud": true},
        {"type": "permission", "resource": "rpc", "lxm": ["com.example.calendar.getSkeleton"],
         "aud": "*"},
        {"type": "permission", "resource": "rpc", "lxm": ["com.example.calendar.a"],
         "aud": "did:web:x.com#svc"},
        {"type": "permission", "resource": "rpc", "lxm": ["com.example.calendar.b"],
         "aud": "*", "inheritAud": true},
        {"type": "permission", "resource": "rpc", "lxm": ["com.example.calendar.c"]},
        {"type": "permission", "resource": "rpc", "lxm": ["*"], "aud": "*"},
        {"type": "permission", "resource": "blob", "accept": ["*/*"]},
        {"type": "permission", "resource": "account", "attr": "email"},
    ]);
    vec![
        ("include:com.example.calendar.authFull", permissions.clone()),
        (
            "include:com.example.calendar.authFull?aud=did:web:api.example.com%23svc_appview",
            permissions,
        ),
    ]
}

#[test]
fn scopes_agree_with_the_reference() {
    if !atmos_tests::node::available("oauth scopes reference").unwrap() {
        return;
    }
    let values = values();
    let needs = needs();
    let sets = sets();
    let input = json!({
        "values": values,
        "grants": GRANTS.iter().map(|scope| json!({
            "scope": scope,
            "needs": needs.iter().map(|(json, _)| json.clone()).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "sets": sets.iter().map(|(include, permissions)| json!({
            "include": include, "permissions": permissions,
        })).collect::<Vec<_>>(),
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("input.json");
    std::fs::write(&path, input.to_string()).unwrap();
    let reference =
        atmos_tests::node::run_script("oauth-scopes.mjs", &[path.to_str().unwrap()]).unwrap();

    let mut disagreements = Vec::new();
    for (value, theirs) in values.iter().zip(reference["values"].as_array().unwrap()) {
        let ours = Scope::parse(value).map(|s| s.to_string());
        if ours.as_deref() != theirs.as_str() {
            disagreements.push(format!("{value:?}: ours {ours:?}, reference {theirs}"));
        }
    }
    for (scope, answers) in GRANTS.iter().zip(reference["grants"].as_array().unwrap()) {
        let grant = ScopeSet::parse(scope);
        for ((question, need), theirs) in needs.iter().zip(answers.as_array().unwrap()) {
            let ours = grant.allows(need);
            if Some(ours) != theirs.as_bool() {
                disagreements.push(format!(
                    "{scope:?} / {question}: ours {ours}, reference {theirs}"
                ));
            }
        }
    }
    for ((include, permissions), theirs) in sets.iter().zip(reference["sets"].as_array().unwrap()) {
        let document = json!({"lexicon": 1, "id": "com.example.calendar.authFull",
            "defs": {"main": {"type": "permission-set", "permissions": permissions}}});
        let set = SetDocument::from_json("com.example.calendar.authFull", &document).unwrap();
        let Some(Scope::Include(scope)) = Scope::parse(include) else {
            panic!("{include}")
        };
        let ours: Vec<String> = set.expand(&scope).iter().map(ToString::to_string).collect();
        let theirs: Vec<String> = serde_json::from_value(theirs.clone()).unwrap();
        if ours != theirs {
            disagreements.push(format!("{include}: ours {ours:?}, reference {theirs:?}"));
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} disagreements:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
}
