//! The per-method decision: consistent with the auth policy, and applied only to OAuth grants.

use std::sync::Arc;

use lexgen::model::Did;

use super::*;
use crate::auth::OAuthGrant;
use crate::auth::policy::{AppView, Policy, policy};
use crate::oauth::permissions::RepoAction;
use crate::storage::accounts::Account;
use lexicons::com::atproto::{identity, repo, server, sync};

const DID: &str = "did:plc:abcdefghijklmnopqrstuvwx";

fn session(oauth: Option<&str>) -> Auth {
    Auth::Access {
        account: Box::new(Account {
            did: DID.parse().unwrap(),
            handle: "alice.test".to_owned(),
            email: Some("alice@example.com".to_owned()),
            email_confirmed_at: None,
            password_hash: String::new(),
            signing_key: String::new(),
            created_at: String::new(),
            deactivated_at: None,
            delete_after: None,
            takedown_ref: None,
            email_auth_factor: false,
        }),
        did: DID.parse::<Did>().unwrap(),
        scope: "com.atproto.access".to_owned(),
        oauth: oauth.map(|scope| {
            Arc::new(OAuthGrant {
                client_id: "https://app.example.com/client-metadata.json".to_owned(),
                scope: scope.to_owned(),
            })
        }),
    }
}

fn parts(proxy: Option<&str>) -> Parts {
    let mut request = axum::http::Request::builder();
    if let Some(proxy) = proxy {
        request = request.header("atproto-proxy", proxy);
    }
    request.body(()).unwrap().into_parts().0
}

fn gate_of(method: Method, scope: &str) -> Result<(), Refusal> {
    gate(method, &session(Some(scope)), &parts(None), || {
        Some("did:web:api.bsky.app#bsky_appview".to_owned())
    })
}

#[test]
fn methods_without_sessions_are_those_whose_policy_has_none() {
    for method in Method::all() {
        let sessions = matches!(
            policy(method),
            Policy::Access { .. } | Policy::OptionalAccess
        );
        let none = requirement(method) == Requirement::NoSession;
        assert_eq!(sessions, !none, "{method:?}");
    }
}

#[test]
fn password_sessions_are_never_affected() {
    for method in Method::all() {
        assert_eq!(gate(method, &session(None), &parts(None), || None), Ok(()));
    }
    let need = Need::Repo {
        collection: "app.bsky.feed.post",
        action: RepoAction::Create,
    };
    assert!(require::<()>(&session(None), need).is_ok());
    assert!(may_read_email(&session(None)));
}

#[test]
fn the_method_level_decisions() {
    // `atproto` is required of every grant, even for the reads it is enough for.
    assert_eq!(
        gate_of(
            Method::Server(server::Method::GetSession),
            "transition:generic"
        ),
        Err(Refusal::NoAtproto)
    );
    assert_eq!(
        gate_of(Method::Server(server::Method::GetSession), "atproto"),
        Ok(())
    );
    assert_eq!(
        gate_of(Method::Sync(sync::Method::GetRepo), "atproto"),
        Ok(())
    );
    // Account control is refused whatever the scope.
    for method in [
        Method::Server(server::Method::ActivateAccount),
        Method::Server(server::Method::DeactivateAccount),
        Method::Server(server::Method::CreateAppPassword),
        Method::Server(server::Method::RequestAccountDelete),
    ] {
        assert_eq!(
            gate_of(
                method,
                "atproto transition:generic account:repo?action=manage identity:*"
            ),
            Err(Refusal::NotForOAuth),
            "{method:?}"
        );
    }
    // importRepo needs account:repo?action=manage; transition:generic is not enough.
    let missing = |scope: &str| {
        Err(Refusal::Missing {
            scope: scope.to_owned(),
        })
    };
    assert_eq!(
        gate_of(
            Method::Repo(repo::Method::ImportRepo),
            "atproto transition:generic account:repo"
        ),
        missing("account:repo?action=manage")
    );
    assert_eq!(
        gate_of(
            Method::Repo(repo::Method::ImportRepo),
            "atproto account:repo?action=manage"
        ),
        Ok(())
    );
    // Identity.
    assert_eq!(
        gate_of(
            Method::Identity(identity::Method::UpdateHandle),
            "atproto identity:handle"
        ),
        Ok(())
    );
    assert_eq!(
        gate_of(
            Method::Identity(identity::Method::SignPlcOperation),
            "atproto identity:handle"
        ),
        missing("identity:*")
    );
    assert_eq!(
        gate_of(
            Method::Identity(identity::Method::SubmitPlcOperation),
            "atproto identity:*"
        ),
        Ok(())
    );
    // Email.
    assert_eq!(
        gate_of(
            Method::Server(server::Method::UpdateEmail),
            "atproto account:email"
        ),
        missing("account:email?action=manage")
    );
    assert_eq!(
        gate_of(
            Method::Server(server::Method::ConfirmEmail),
            "atproto account:email?action=manage"
        ),
        Ok(())
    );
    // The request-dependent ones pass the gate; their handlers decide.
    for method in [
        Method::Repo(repo::Method::CreateRecord),
        Method::Repo(repo::Method::UploadBlob),
        Method::Server(server::Method::GetServiceAuth),
    ] {
        assert_eq!(gate_of(method, "atproto"), Ok(()), "{method:?}");
    }
}

#[test]
fn appview_methods_served_here_need_rpc_for_the_appview() {
    let scope = "atproto rpc:app.bsky.actor.getPreferences?aud=did:web:api.bsky.app%23bsky_appview";
    assert_eq!(
        gate_of(Method::AppView(AppView::GetPreferences), scope),
        Ok(())
    );
    assert!(gate_of(Method::AppView(AppView::PutPreferences), scope).is_err());
    // The atproto-proxy header names the audience when present.
    let auth = session(Some(scope));
    let other = parts(Some("did:web:other.example#bsky_appview"));
    assert_eq!(
        gate(
            Method::AppView(AppView::GetPreferences),
            &auth,
            &other,
            || None
        ),
        Err(Refusal::Missing {
            scope: "rpc:app.bsky.actor.getPreferences?aud=did:web:other.example%23bsky_appview"
                .to_owned()
        })
    );
    // With no AppView at all, only a wildcard audience grants it.
    let wildcard = session(Some("atproto rpc:app.bsky.actor.getPreferences?aud=*"));
    assert_eq!(
        gate(
            Method::AppView(AppView::GetPreferences),
            &wildcard,
            &parts(None),
            || None
        ),
        Ok(())
    );
    assert!(
        gate(
            Method::AppView(AppView::GetPreferences),
            &auth,
            &parts(None),
            || None
        )
        .is_err()
    );
}

#[test]
fn refusals_answer_as_the_reference() {
    let missing = Refusal::Missing {
        scope: "repo:app.bsky.feed.post?action=create".to_owned(),
    };
    assert_eq!(
        missing.parts(),
        (
            403,
            "ScopeMissingError",
            "Missing required scope \"repo:app.bsky.feed.post?action=create\"".to_owned()
        )
    );
    assert_eq!(
        Refusal::NotForOAuth.parts(),
        (403, "Forbidden", NOT_FOR_OAUTH.to_owned())
    );
    assert_eq!(Refusal::NoAtproto.parts().0, 400);
}

#[test]
fn the_email_in_get_session() {
    assert!(!may_read_email(&session(Some(
        "atproto transition:generic"
    ))));
    assert!(may_read_email(&session(Some("atproto transition:email"))));
    assert!(may_read_email(&session(Some("atproto account:email"))));
}

#[test]
fn the_proxy_check_needs_atproto_too() {
    let need = || Need::Rpc {
        lxm: "app.bsky.feed.getTimeline",
        aud: "did:web:api.bsky.app#bsky_appview",
    };
    assert_eq!(check(&session(None), need()), Ok(()));
    assert_eq!(
        check(&session(Some("atproto transition:generic")), need()),
        Ok(())
    );
    assert_eq!(
        check(&session(Some("transition:generic")), need()),
        Err(Refusal::NoAtproto)
    );
    assert!(matches!(
        check(&session(Some("atproto")), need()),
        Err(Refusal::Missing { .. })
    ));
}
