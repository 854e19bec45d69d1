//! Scope parsing and normal forms: the permission spec's examples and the reference's cases.

use super::*;

/// The normal form of `value`, or `None` when it is not understood.
fn normal(value: &str) -> Option<String> {
    Scope::parse(value).map(|s| s.to_string())
}

#[track_caller]
fn check(value: &str, expected: &str) {
    assert_eq!(normal(value).as_deref(), Some(expected), "{value}");
    // The normal form is a fixed point.
    assert_eq!(normal(expected).as_deref(), Some(expected), "{expected}");
}

#[track_caller]
fn refused(value: &str) {
    assert_eq!(normal(value), None, "{value}");
}

#[test]
fn static_scopes() {
    check("atproto", "atproto");
    check("transition:generic", "transition:generic");
    check("transition:chat.bsky", "transition:chat.bsky");
    check("transition:email", "transition:email");
    refused("transition:other");
    refused("openid");
}

#[test]
fn repo() {
    check("repo:app.example.profile", "repo:app.example.profile");
    check(
        "repo:app.example.profile?action=create&action=update&action=delete",
        "repo:app.example.profile",
    );
    check(
        "repo?collection=app.example.profile&collection=app.example.post",
        "repo?collection=app.example.post&collection=app.example.profile",
    );
    check("repo:*", "repo:*");
    check("repo:*?action=delete", "repo:*?action=delete");
    check(
        "repo:a.b.c?action=delete&action=create",
        "repo:a.b.c?action=create&action=delete",
    );
    check("repo?collection=a.b.c&collection=*", "repo:*");
    check("repo?collection=a.b.c&collection=a.b.c", "repo:a.b.c");
    check("repo:a.b.c?", "repo:a.b.c");
    // A parameter both positional and named.
    refused("repo:com.example.record?collection=com.example.other");
    refused("repo");
    refused("repo:");
    refused("repo:?");
    refused("repo:com.example.*");
    refused("repo:notansid");
    refused("repo:a.b.c?action=read");
    refused("repo:a.b.c?action=");
    refused("repo:a.b.c?unknown=1");
}

#[test]
fn rpc() {
    check(
        "rpc:app.example.moderation.createReport?aud=*",
        "rpc:app.example.moderation.createReport?aud=*",
    );
    check(
        "rpc?lxm=*&aud=did:web:api.example.com%23svc_appview",
        "rpc:*?aud=did:web:api.example.com%23svc_appview",
    );
    check(
        "rpc?lxm=com.example.b&lxm=com.example.a&aud=did:plc:abc234567abc234567abcdef%23svc",
        "rpc?lxm=com.example.a&lxm=com.example.b&aud=did:plc:abc234567abc234567abcdef%23svc",
    );
    check(
        "rpc:a.b.c?aud=did:web:x.com%23s",
        "rpc:a.b.c?aud=did:web:x.com%23s",
    );
    // Both wildcards, no audience, an audience that is not a service reference.
    refused("rpc:*?aud=*");
    refused("rpc?aud=*&lxm=*");
    refused("rpc:com.example.method1");
    refused("rpc?lxm=com.example.method1");
    refused("rpc?aud=did:web:example.com%23service_id");
    refused("rpc:?aud=did:web:example.com%23service_id");
    refused("rpc:com.example.service?aud=invalid");
    refused("rpc:com.example.service?aud=did:web:example.com");
    refused("rpc:com.example.service?aud=did:key:zQ3sh%23x");
    refused("rpc:a.b.c?aud=*&aud=did:web:x.com%23s");
    refused("rpc:a.b.c?lxm=a.b.d&aud=*");
    refused("rpc:invalid?aud=*");
}

#[test]
fn blob() {
    check("blob:*/*", "blob:*/*");
    check(
        "blob?accept=video/*&accept=text/html",
        "blob?accept=text/html&accept=video/*",
    );
    check("blob?accept=image/png&accept=*/*", "blob:*/*");
    check("blob?accept=image/png&accept=image/*", "blob:image/*");
    check("blob:IMAGE/PNG", "blob:image/png");
    refused("blob");
    refused("blob:image");
    refused("blob:*");
    refused("blob:image/*?accept=video/*");
}

#[test]
fn account() {
    check("account:email", "account:email");
    check("account:email?action=read", "account:email");
    check("account:repo?action=manage", "account:repo?action=manage");
    check(
        "account?action=manage&attr=repo",
        "account:repo?action=manage",
    );
    // The reference keeps the actions as given (unique): `manage` alone would mean the same.
    check(
        "account:email?action=manage&action=read&action=manage",
        "account:email?action=manage&action=read",
    );
    check("account:email?action=read&action=read", "account:email");
    refused("account:*");
    refused("account:password");
    refused("account:email?action=write");
    refused("account:email?attr=repo");
    refused("account");
}

#[test]
fn identity() {
    check("identity:handle", "identity:handle");
    check("identity:*", "identity:*");
    check("identity:*?", "identity:*");
    check("identity?attr=handle", "identity:handle");
    refused("identity:did");
    refused("identity");
    refused("identity:handle?x=y");
}

#[test]
fn include() {
    check("include:cv.atmos.authFull", "include:cv.atmos.authFull");
    check(
        "include:app.example.authFull?aud=did:web:api.example.com%23svc_chat",
        "include:app.example.authFull?aud=did:web:api.example.com%23svc_chat",
    );
    refused("include:app.example.authFull?aud=*");
    refused("include:notansid");
    refused("include:a.b.c?collection=a.b.c");
}

#[test]
fn the_spec_semantically_invalid_and_malformed_examples() {
    for value in [
        "resource",
        "resource:positional?key=val",
        "resource:positional&thing?key=val",
        "service:did:web:com.example#type?key=val",
        "resource:",
        "resource:?",
        "resource:&",
        "resource?",
        "resource:positional?key=québec",
        "emoji:☺️",
    ] {
        refused(value);
    }
}

#[test]
fn matching() {
    let Some(Scope::Repo(repo)) = Scope::parse("repo:a.b.c?action=create") else {
        panic!()
    };
    assert!(repo.allows("a.b.c", RepoAction::Create));
    assert!(!repo.allows("a.b.c", RepoAction::Update));
    assert!(!repo.allows("a.b.d", RepoAction::Create));
    let Some(Scope::Repo(any)) = Scope::parse("repo:*?action=delete") else {
        panic!()
    };
    assert!(any.allows("x.y.z", RepoAction::Delete));
    assert!(!any.allows("x.y.z", RepoAction::Create));

    let Some(Scope::Rpc(rpc)) = Scope::parse("rpc:a.b.c?aud=did:web:x.com%23s") else {
        panic!()
    };
    assert!(rpc.allows("a.b.c", "did:web:x.com#s"));
    assert!(!rpc.allows("a.b.c", "did:web:x.com#t"));
    assert!(!rpc.allows("a.b.d", "did:web:x.com#s"));
    assert!(!rpc.allows("*", "did:web:x.com#s"));
    let Some(Scope::Rpc(any_method)) = Scope::parse("rpc:*?aud=did:web:x.com%23s") else {
        panic!()
    };
    assert!(any_method.allows("*", "did:web:x.com#s"));
    assert!(any_method.allows("q.r.s", "did:web:x.com#s"));

    let Some(Scope::Account(email)) = Scope::parse("account:email") else {
        panic!()
    };
    assert!(email.allows(AccountAttr::Email, AccountAction::Read));
    assert!(!email.allows(AccountAttr::Email, AccountAction::Manage));
    assert!(!email.allows(AccountAttr::Repo, AccountAction::Read));
}
