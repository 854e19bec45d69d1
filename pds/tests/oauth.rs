//! OAuth end to end: the official client (`@atproto/oauth-client-node`, tests/js/oauth-flow.mjs) signs in
//! through our pages (with the mailed code of the email second factor) against the real `pds serve`
//! binary and uses, refreshes and revokes its session;
//! and in process, a hand-built client checks each refusal (PKCE, code and refresh-token reuse, DPoP key
//! binding, stale nonces, redirect URIs, `Bearer` OAuth tokens, scope enforcement).

#![allow(clippy::unwrap_used)]

#[path = "support/server.rs"]
mod server;

#[path = "oauth/client.rs"]
mod client;

use axum::http::StatusCode;
use client::{Harness, Tokens};
use serde_json::json;

#[test]
fn the_official_client_signs_in_posts_refreshes_and_signs_out() {
    if !atmos_tests::node::available("oauth flow").unwrap() {
        return;
    }
    let server = server::Server::start(&[]);
    let outbox = server.data.path().join("outbox");
    let summary =
        atmos_tests::node::run_script("oauth-flow.mjs", &[&server.url(), outbox.to_str().unwrap()])
            .unwrap();
    assert_eq!(summary["ok"], true, "{summary}");
    assert_eq!(summary["codeStep"], true, "{summary}");
    assert_eq!(summary["wrongCode"], 401, "{summary}");
    assert_eq!(summary["scope"], "atproto transition:generic", "{summary}");
    assert_eq!(summary["refreshed"], true, "{summary}");
}

#[tokio::test]
async fn discovery_documents() {
    let h = Harness::new().await;
    let resource = h.get("/.well-known/oauth-protected-resource").await;
    assert_eq!(resource.status, StatusCode::OK);
    assert_eq!(resource.json["resource"], h.issuer());
    assert_eq!(resource.json["authorization_servers"], json!([h.issuer()]));
    let server = h.get("/.well-known/oauth-authorization-server").await;
    assert_eq!(server.json["issuer"], h.issuer());
    assert_eq!(
        server.json["pushed_authorization_request_endpoint"],
        format!("{}/oauth/par", h.issuer())
    );
    assert_eq!(
        server.json["code_challenge_methods_supported"],
        json!(["S256"])
    );
    assert_eq!(h.get("/oauth/jwks").await.json, json!({"keys": []}));
}

#[tokio::test]
async fn a_wrong_verifier_or_a_reused_code_gets_no_tokens_and_reuse_revokes() {
    let h = Harness::new().await;
    let mut c = h.client("atproto transition:generic").await;
    // Wrong verifier: refused, and the code is spent.
    let (code, _verifier) = c.authorize(&h).await;
    let wrong = c.exchange(&h, &code, &"x".repeat(43)).await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST, "{}", wrong.json);
    assert_eq!(wrong.json["error"], "invalid_grant");
    // A second use of a code that made a session revokes that session.
    let (code, verifier) = c.authorize(&h).await;
    let tokens = Tokens::from(&c.exchange(&h, &code, &verifier).await);
    assert_eq!(
        c.get_session(&h, &tokens.access).await.status,
        StatusCode::OK
    );
    let again = c.exchange(&h, &code, &verifier).await;
    assert_eq!(again.json["error"], "invalid_grant", "{}", again.json);
    let revoked = c.get_session(&h, &tokens.access).await;
    assert_eq!(revoked.status, StatusCode::UNAUTHORIZED);
    assert!(
        revoked
            .www_authenticate()
            .contains("error=\"invalid_token\""),
        "{revoked:?}"
    );
}

#[tokio::test]
async fn a_reused_refresh_token_revokes_the_session() {
    let h = Harness::new().await;
    let mut c = h.client("atproto transition:generic").await;
    let (code, verifier) = c.authorize(&h).await;
    let first = Tokens::from(&c.exchange(&h, &code, &verifier).await);
    let second = c.refresh(&h, &first.refresh).await;
    assert_eq!(second.status, StatusCode::OK, "{}", second.json);
    let second = Tokens::from(&second);
    assert_ne!(second.refresh, first.refresh);
    assert_eq!(
        c.get_session(&h, &second.access).await.status,
        StatusCode::OK
    );
    let replay = c.refresh(&h, &first.refresh).await;
    assert_eq!(replay.json["error"], "invalid_grant");
    // The whole session went with it: the current tokens too.
    assert_eq!(
        c.refresh(&h, &second.refresh).await.json["error"],
        "invalid_grant"
    );
    assert_eq!(
        c.get_session(&h, &second.access).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn tokens_are_bound_to_the_dpop_key_and_need_fresh_nonces() {
    let h = Harness::new().await;
    let mut c = h.client("atproto transition:generic").await;
    let (code, verifier) = c.authorize(&h).await;
    let tokens = Tokens::from(&c.exchange(&h, &code, &verifier).await);

    // Another key: refused at the resource server and at the token endpoint.
    let mut thief = c.with_new_key();
    let stolen = thief.get_session(&h, &tokens.access).await;
    assert_eq!(stolen.status, StatusCode::UNAUTHORIZED, "{:?}", stolen.json);
    assert!(stolen.www_authenticate().contains("invalid_token"));
    let stolen = thief.refresh(&h, &tokens.refresh).await;
    assert_eq!(stolen.json["error"], "invalid_grant");
    assert!(
        stolen.json["error_description"]
            .as_str()
            .unwrap()
            .contains("JKT")
    );

    // A stale nonce: 401 use_dpop_nonce with a fresh one, which then works.
    c.nonce = Some(h.app.oauth.nonces.current(pds::auth::now_secs() - 600));
    let stale = c.get_session_once(&h, &tokens.access).await;
    assert_eq!(stale.status, StatusCode::UNAUTHORIZED);
    assert!(
        stale
            .www_authenticate()
            .contains("error=\"use_dpop_nonce\""),
        "{stale:?}"
    );
    assert!(stale.headers.contains_key("dpop-nonce"));
    assert_eq!(
        c.get_session(&h, &tokens.access).await.status,
        StatusCode::OK
    );

    // The same token as a Bearer token is refused.
    let bearer = h
        .bearer_get("/xrpc/com.atproto.server.getSession", &tokens.access)
        .await;
    assert_eq!(bearer.status, StatusCode::BAD_REQUEST, "{}", bearer.json);
    assert_eq!(bearer.json["error"], "InvalidToken");

    // transition:generic writes records.
    let created = c.create_post(&h, &tokens.access).await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.json);
}

#[tokio::test]
async fn atproto_alone_writes_nothing_and_email_needs_its_scope() {
    let h = Harness::new().await;
    let mut c = h.client("atproto unknown-scope").await;
    let (code, verifier) = c.authorize(&h).await;
    let reply = c.exchange(&h, &code, &verifier).await;
    assert_eq!(
        reply.json["scope"], "atproto",
        "unknown scopes are dropped: {}",
        reply.json
    );
    let tokens = Tokens::from(&reply);
    let session = c.get_session(&h, &tokens.access).await;
    assert_eq!(session.status, StatusCode::OK);
    assert!(session.json.get("email").is_none(), "{}", session.json);
    let refused = c.create_post(&h, &tokens.access).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.json);

    let mut c = h.client("atproto transition:email").await;
    let (code, verifier) = c.authorize(&h).await;
    let tokens = Tokens::from(&c.exchange(&h, &code, &verifier).await);
    let session = c.get_session(&h, &tokens.access).await;
    assert!(
        session.json["email"]
            .as_str()
            .unwrap()
            .ends_with("@example.com")
    );
}

fn portfolio_entry() -> serde_json::Value {
    json!({"$type": "cv.atmos.portfolio.entry", "title": "Over OAuth", "createdAt": "2026-01-01T00:00:00.000Z"})
}

/// The refusal of a post to a grant without it (the reference's answer).
fn assert_post_refused(reply: &client::Reply) {
    assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", reply.json);
    assert_eq!(reply.json["error"], "ScopeMissingError", "{}", reply.json);
    assert_eq!(
        reply.json["message"],
        "Missing required scope \"repo:app.bsky.feed.post?action=create\""
    );
}

#[tokio::test]
async fn a_granular_grant_writes_its_collection_and_nothing_else() {
    let h = Harness::new().await;
    let mut c = h.client("atproto repo:cv.atmos.portfolio.entry").await;
    let (code, verifier) = c.authorize(&h).await;
    let reply = c.exchange(&h, &code, &verifier).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
    assert_eq!(reply.json["scope"], "atproto repo:cv.atmos.portfolio.entry");
    let tokens = Tokens::from(&reply);
    let created = c
        .create_record(
            &h,
            &tokens.access,
            "cv.atmos.portfolio.entry",
            portfolio_entry(),
        )
        .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.json);
    assert!(
        created.json["uri"]
            .as_str()
            .unwrap()
            .contains("/cv.atmos.portfolio.entry/")
    );
    assert_post_refused(&c.create_post(&h, &tokens.access).await);
    let session = c.get_session(&h, &tokens.access).await;
    assert_eq!(session.status, StatusCode::OK, "{}", session.json);
    assert!(session.json.get("email").is_none(), "{}", session.json);
}

#[tokio::test]
async fn an_included_permission_set_is_described_and_expanded_into_the_token() {
    let h = Harness::new().await;
    let mut c = h.client("atproto include:cv.atmos.authFull").await;
    // The consent page names the set and what it grants.
    let request_uri = c.push(&h).await;
    let consent = c.consent_page(&h, &request_uri).await;
    assert_eq!(consent.status, StatusCode::OK, "{}", consent.text);
    assert!(
        consent.text.contains("Atmos: portfolio, CV and boards"),
        "{}",
        consent.text
    );
    assert!(consent.text.contains("cv.atmos.portfolio.entry"));

    let (code, verifier) = c.authorize(&h).await;
    let reply = c.exchange(&h, &code, &verifier).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
    let scope = reply.json["scope"].as_str().unwrap().to_owned();
    assert!(scope.starts_with("atproto repo"), "{scope}");
    assert!(
        !scope.contains("include:") && scope.contains("collection=cv.atmos.portfolio.entry"),
        "the token carries the set expanded: {scope}"
    );
    let tokens = Tokens::from(&reply);
    let created = c
        .create_record(
            &h,
            &tokens.access,
            "cv.atmos.portfolio.entry",
            portfolio_entry(),
        )
        .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.json);
    assert_post_refused(&c.create_post(&h, &tokens.access).await);

    // A refresh expands the set again: the same grant.
    let refreshed = c.refresh(&h, &tokens.refresh).await;
    assert_eq!(refreshed.status, StatusCode::OK, "{}", refreshed.json);
    assert_eq!(refreshed.json["scope"], scope.as_str());
    let tokens = Tokens::from(&refreshed);
    assert_post_refused(&c.create_post(&h, &tokens.access).await);
}

#[tokio::test]
async fn an_include_of_what_is_not_a_permission_set_is_invalid_scope() {
    let h = Harness::new().await;
    let mut c = h.client("atproto include:app.bsky.feed.post").await;
    let reply = c.par(&h, &[]).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.json);
    assert_eq!(reply.json["error"], "invalid_scope", "{}", reply.json);
}

#[tokio::test]
async fn unregistered_redirects_and_plain_pkce_are_refused_at_par() {
    let h = Harness::new().await;
    let mut c = h.client("atproto").await;
    let reply = c
        .par(&h, &[("redirect_uri", "http://127.0.0.1/elsewhere")])
        .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_eq!(reply.json["error_description"], "Invalid redirect_uri");
    let reply = c.par(&h, &[("code_challenge_method", "plain")]).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    let reply = c.par(&h, &[("scope", "transition:generic")]).await;
    assert_eq!(reply.json["error"], "invalid_scope");
    // A code challenge is good for one request.
    let challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    let first = c.par(&h, &[("code_challenge", challenge)]).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.json);
    let again = c.par(&h, &[("code_challenge", challenge)]).await;
    assert_eq!(
        again.json["error_description"],
        "code_challenge was already used"
    );
    // The loopback redirect's port is free (RFC 8252).
    let reply = c
        .par(&h, &[("redirect_uri", "http://127.0.0.1:61234/callback")])
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.json);
}

#[tokio::test]
async fn denying_redirects_back_with_the_error_and_a_revoked_session_ends() {
    let h = Harness::new().await;
    let mut c = h.client("atproto transition:generic").await;
    let location = c.authorize_and(&h, "deny").await;
    assert!(
        location.starts_with("http://127.0.0.1/callback?"),
        "{location}"
    );
    assert!(location.contains("error=access_denied"), "{location}");
    assert!(
        location.contains(&format!("iss={}", urlencode(&h.issuer()))),
        "{location}"
    );
    assert!(location.contains("state="), "{location}");

    let (code, verifier) = c.authorize(&h).await;
    let tokens = Tokens::from(&c.exchange(&h, &code, &verifier).await);
    let revoked = c.revoke(&h, &tokens.access).await;
    assert_eq!(revoked.status, StatusCode::OK);
    assert_eq!(
        c.get_session(&h, &tokens.access).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        c.refresh(&h, &tokens.refresh).await.json["error"],
        "invalid_grant"
    );
    // Revoking an unknown token still answers 200.
    assert_eq!(c.revoke(&h, "nonsense").await.status, StatusCode::OK);
}

#[tokio::test]
async fn the_authorize_page_is_not_consumed_by_a_get_and_needs_csrf() {
    let h = Harness::new().await;
    let mut c = h.client("atproto").await;
    let request_uri = c.push(&h).await;
    for _ in 0..3 {
        let page = c.page(&h, &request_uri).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.text.contains("Sign in"));
    }
    let refused = c
        .sign_in_with_csrf(&h, &request_uri, "csf-00000000000000000000000000000000")
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    // A form token is good for its own request only, and in its own browser only.
    let token = c.csrf_token().to_owned();
    let other_request = c.push(&h).await;
    let refused = c.sign_in_with_csrf(&h, &other_request, &token).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let mut other_browser = c.clone();
    other_browser.forget_cookies();
    other_browser.page(&h, &request_uri).await;
    let refused = other_browser
        .sign_in_with_csrf(&h, &request_uri, &token)
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let location = c.finish(&h, &request_uri, "allow").await;
    assert!(location.contains("code=cod-"), "{location}");
}

#[tokio::test]
async fn a_remembered_account_needs_no_password_until_the_password_changes() {
    let h = Harness::new().await;
    let mut c = h.client("atproto transition:generic").await;
    let (code, verifier) = c.authorize(&h).await;
    let tokens = Tokens::from(&c.exchange(&h, &code, &verifier).await);
    let request_uri = c.push(&h).await;
    let page = c.page(&h, &request_uri).await;
    assert!(
        page.text.contains(&format!("Continue as @{}", c.handle)),
        "{}",
        page.text
    );
    let consent = c.choose(&h, &request_uri).await;
    assert_eq!(consent.status, StatusCode::OK);
    assert!(consent.text.contains("Allow access?"));

    // A new password ends the OAuth sessions and the remembered sign-ins.
    pds::admin::set_password(&h.app, &c.did, "another-password-1".into())
        .await
        .unwrap();
    assert_eq!(
        c.get_session(&h, &tokens.access).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        c.refresh(&h, &tokens.refresh).await.json["error"],
        "invalid_grant"
    );
    let request_uri = c.push(&h).await;
    let page = c.page(&h, &request_uri).await;
    assert!(!page.text.contains("Continue as"));
    assert_eq!(
        c.choose(&h, &request_uri).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn the_account_holder_sees_and_revokes_authorized_apps() {
    let h = Harness::new().await;
    let mut c = h.client("atproto transition:generic").await;
    let (code, verifier) = c.authorize(&h).await;
    let tokens = Tokens::from(&c.exchange(&h, &code, &verifier).await);

    // The device that signed in lists the app and what it may do.
    let page = c.navigate(&h, "/oauth/account").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains(&format!("@{}", c.handle)));
    assert!(
        page.text
            .contains("A development app running on this computer")
    );
    assert!(page.text.contains("Read and write your data"));
    let session = page.text.split("name=\"session\" value=\"").nth(1).unwrap();
    let session = session.split('"').next().unwrap().to_owned();

    // Another browser must sign in first, and cannot revoke meanwhile.
    let mut other = c.clone();
    other.forget_cookies();
    let page = other.navigate(&h, "/oauth/account").await;
    assert!(page.text.contains("Sign in to see and revoke"));
    let did = c.did.clone();
    let refused = other
        .submit(
            &h,
            "/oauth/account/revoke",
            &[("did", &did), ("session", &session)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(
        c.get_session(&h, &tokens.access).await.status,
        StatusCode::OK
    );
    let handle = other.handle.clone();
    let signed_in = other
        .submit(
            &h,
            "/oauth/account/sign-in",
            &[("identifier", &handle), ("password", "hunter2hunter2")],
        )
        .await;
    assert_eq!(
        signed_in.status,
        StatusCode::SEE_OTHER,
        "{}",
        signed_in.text
    );
    assert!(
        other
            .navigate(&h, "/oauth/account")
            .await
            .text
            .contains(&session)
    );

    let revoked = c
        .submit(
            &h,
            "/oauth/account/revoke",
            &[("did", &did), ("session", &session)],
        )
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    assert_eq!(
        c.get_session(&h, &tokens.access).await.status,
        StatusCode::UNAUTHORIZED
    );
    let page = c.navigate(&h, "/oauth/account").await;
    assert!(page.text.contains("No app has access"));
}

#[tokio::test]
async fn fragment_and_form_post_response_modes() {
    let h = Harness::new().await;
    let mut c = h.client("atproto").await;
    let reply = c.par(&h, &[("response_mode", "fragment")]).await;
    let request_uri = reply.json["request_uri"].as_str().unwrap().to_owned();
    let location = c.finish(&h, &request_uri, "allow").await;
    assert!(
        location.starts_with("http://127.0.0.1/callback#iss="),
        "{location}"
    );
    assert!(location.contains("&code=cod-"), "{location}");

    let reply = c.par(&h, &[("response_mode", "form_post")]).await;
    let request_uri = reply.json["request_uri"].as_str().unwrap().to_owned();
    let page = c.finish_reply(&h, &request_uri, "allow").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text.contains(r#"action="http://127.0.0.1/callback""#),
        "{}",
        page.text
    );
    assert!(
        page.text.contains(r#"name="code" value="cod-"#),
        "{}",
        page.text
    );
    let csp = page.headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("form-action 'self' http://127.0.0.1"), "{csp}");
}

fn urlencode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// The code in a redirect to the client.
fn code_of(location: &str) -> String {
    let url = reqwest::Url::parse(location).unwrap();
    let code = url.query_pairs().find(|(k, _)| k == "code");
    code.map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| panic!("no code in {location}"))
}

#[tokio::test]
async fn prompt_create_signs_up_with_create_accounts_rules_then_consents() {
    let h = Harness::new().await;
    let taken = h.client("atproto").await;
    let mut c = h.anonymous("atproto transition:generic");
    let pushed = c.par(&h, &[("prompt", "create")]).await;
    assert_eq!(pushed.status, StatusCode::CREATED, "{}", pushed.json);
    let request_uri = pushed.json["request_uri"].as_str().unwrap().to_owned();
    let page = c.page(&h, &request_uri).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(
        page.text.contains("<h1>Create an account</h1>"),
        "{}",
        page.text
    );
    assert!(
        page.text.contains(r#"<option value=".test""#),
        "{}",
        page.text
    );
    assert!(!page.text.contains("invite_code"), "{}", page.text);
    // The handle check is a script under the page's nonce, allowed to call this server only.
    let csp = page.headers["content-security-policy"].to_str().unwrap();
    let nonce = csp.split("script-src 'nonce-").nth(1).unwrap();
    let nonce = nonce.split('\'').next().unwrap();
    assert!(page.text.contains(&format!(r#"<script nonce="{nonce}">"#)));
    assert!(page.text.contains("com.atproto.identity.resolveHandle"));
    assert!(csp.contains("connect-src 'self'"), "{csp}");

    // createAccount's rules, shown on the page with what was typed kept.
    let name = taken.handle.trim_end_matches(".test").to_owned();
    let refused = c
        .submit(
            &h,
            "/oauth/authorize/sign-up",
            &[
                ("request_uri", &request_uri),
                ("handle", &name),
                ("domain", ".test"),
                ("email", "newbie@example.com"),
                ("password", "a-long-password"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{}", refused.text);
    assert!(
        refused.text.contains("Handle already taken"),
        "{}",
        refused.text
    );
    assert!(refused.text.contains(r#"value="newbie@example.com""#));
    let refused = c
        .submit(
            &h,
            "/oauth/authorize/sign-up",
            &[
                ("request_uri", &request_uri),
                ("handle", "ab"),
                ("domain", ".test"),
                ("email", "newbie@example.com"),
                ("password", "a-long-password"),
            ],
        )
        .await;
    assert!(
        refused.text.contains("Handle too short"),
        "{}",
        refused.text
    );
    // Without the CSRF token of this browser, nothing is created.
    let mut other = c.clone();
    other.forget_cookies();
    let forged = other
        .submit(
            &h,
            "/oauth/authorize/sign-up",
            &[
                ("request_uri", &request_uri),
                ("handle", "forged"),
                ("email", "forged@example.com"),
                ("password", "a-long-password"),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    let consent = c
        .submit(
            &h,
            "/oauth/authorize/sign-up",
            &[
                ("request_uri", &request_uri),
                ("handle", "Newbie"),
                ("domain", ".test"),
                ("email", "newbie@example.com"),
                ("password", "a-long-password"),
            ],
        )
        .await;
    assert_eq!(consent.status, StatusCode::OK, "{}", consent.text);
    assert!(consent.text.contains("Allow access?"), "{}", consent.text);
    assert!(consent.text.contains("@newbie.test"), "{}", consent.text);
    let done = c
        .submit(
            &h,
            "/oauth/authorize/consent",
            &[("request_uri", &request_uri), ("decision", "allow")],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text);
    let verifier = c.verifier();
    let tokens = c.exchange(&h, &code_of(&done.location()), &verifier).await;
    let did = tokens.json["sub"].as_str().unwrap().to_owned();
    let tokens = Tokens::from(&tokens);
    c.did = did.clone();
    let session = c.get_session(&h, &tokens.access).await;
    assert_eq!(session.json["handle"], "newbie.test", "{}", session.json);
    let post = c.create_post(&h, &tokens.access).await;
    assert_eq!(post.status, StatusCode::OK, "{}", post.json);
    // The account is remembered on this device like a password sign-in.
    let again = c.push(&h).await;
    let page = c.page(&h, &again).await;
    assert!(
        page.text.contains("Continue as @newbie.test"),
        "{}",
        page.text
    );
}

#[tokio::test]
async fn sign_up_asks_for_the_invite_code_when_the_server_requires_one() {
    let h = Harness::with(|config| config.invite_required = true).await;
    let mut c = h.anonymous("atproto");
    let request_uri = c.push(&h).await;
    let page = c
        .navigate(
            &h,
            &format!("/oauth/authorize/sign-up?{}", c.query(&request_uri)),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains(r#"name="invite_code""#), "{}", page.text);
    let refused = c
        .submit(
            &h,
            "/oauth/authorize/sign-up",
            &[
                ("request_uri", &request_uri),
                ("handle", "invited"),
                ("domain", ".test"),
                ("email", "invited@example.com"),
                ("password", "a-long-password"),
                ("invite_code", "no-such-code"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{}", refused.text);
    assert!(refused.text.contains("invite code"), "{}", refused.text);
    let resolved = h
        .get("/xrpc/com.atproto.identity.resolveHandle?handle=invited.test")
        .await;
    assert_eq!(
        resolved.status,
        StatusCode::BAD_REQUEST,
        "{}",
        resolved.json
    );
}

#[tokio::test]
async fn a_password_reset_from_the_sign_in_page_mails_a_code_and_sets_the_new_password() {
    let h = Harness::new().await;
    let mut c = h.client("atproto").await;
    let request_uri = c.push(&h).await;
    let page = c.page(&h, &request_uri).await;
    let link = format!("/oauth/authorize/reset?{}", c.query(&request_uri));
    assert!(
        page.text.contains(&link.replace('&', "&amp;")),
        "{}",
        page.text
    );
    let reset = c.navigate(&h, &link).await;
    assert_eq!(reset.status, StatusCode::OK, "{}", reset.text);
    assert!(reset.text.contains("Reset your password"));
    let email = format!("{}@example.com", c.handle.trim_end_matches(".test"));
    let mailed = c
        .submit(
            &h,
            "/oauth/authorize/reset/request",
            &[("request_uri", &request_uri), ("email", &email)],
        )
        .await;
    assert_eq!(mailed.status, StatusCode::OK, "{}", mailed.text);
    assert!(mailed.text.contains(r#"name="token""#), "{}", mailed.text);
    // An unknown address gets the same page (no account enumeration).
    let unknown = c
        .submit(
            &h,
            "/oauth/authorize/reset/request",
            &[
                ("request_uri", &request_uri),
                ("email", "nobody@example.com"),
            ],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::OK, "{}", unknown.text);
    assert!(unknown.text.contains(r#"name="token""#));
    let token = h.mailed_token();
    let wrong = c
        .submit(
            &h,
            "/oauth/authorize/reset",
            &[
                ("request_uri", &request_uri),
                ("email", &email),
                ("token", "AAAAA-AAAAA"),
                ("password", "the-new-password"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST, "{}", wrong.text);
    assert!(wrong.text.contains(r#"name="token""#));
    let signed_out = c
        .submit(
            &h,
            "/oauth/authorize/reset",
            &[
                ("request_uri", &request_uri),
                ("email", &email),
                ("token", &token),
                ("password", "the-new-password"),
            ],
        )
        .await;
    assert_eq!(signed_out.status, StatusCode::OK, "{}", signed_out.text);
    assert!(signed_out.text.contains("<h1>Sign in</h1>"));
    assert!(signed_out.text.contains("Your password was changed"));
    // The old password no longer signs in (the form helper sends it); the new one does.
    let old = c.consent_page(&h, &request_uri).await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED, "{}", old.text);
    let handle = c.handle.clone();
    let consent = c
        .submit(
            &h,
            "/oauth/authorize/sign-in",
            &[
                ("request_uri", &request_uri),
                ("identifier", &handle),
                ("password", "the-new-password"),
            ],
        )
        .await;
    assert_eq!(consent.status, StatusCode::OK, "{}", consent.text);
    assert!(consent.text.contains("Allow access?"));
}

/// The value of the hidden field `name` in a page.
fn hidden_field(page: &str, name: &str) -> String {
    let rest = page
        .split(&format!(r#"name="{name}" value=""#))
        .nth(1)
        .unwrap_or_else(|| panic!("no {name} field in {page}"));
    rest.split('"').next().unwrap().to_owned()
}

/// Turns the email second factor on for `did` (its address confirmed), as `updateEmail` would.
async fn with_second_factor(h: &Harness, did: &str) {
    let did = did.to_owned();
    h.app
        .storage
        .write(move |conn| {
            pds::storage::accounts::set_email_confirmed(conn, &did, "2026-01-01T00:00:00.000Z")?;
            pds::storage::accounts::set_email_auth_factor(conn, &did, true)
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn the_second_factor_is_asked_on_the_authorized_apps_page_too_and_a_code_is_used_once() {
    let h = Harness::new().await;
    let mut c = h.client("atproto").await;
    with_second_factor(&h, &c.did).await;
    let handle = c.handle.clone();
    c.navigate(&h, "/oauth/account").await;
    let step = c
        .submit(
            &h,
            "/oauth/account/sign-in",
            &[("identifier", &handle), ("password", "hunter2hunter2")],
        )
        .await;
    assert_eq!(step.status, StatusCode::OK, "{}", step.text);
    assert!(
        step.text.contains("Enter your sign-in code"),
        "{}",
        step.text
    );
    // The password alone does not remember the account on the device.
    assert!(
        c.navigate(&h, "/oauth/account")
            .await
            .text
            .contains("Sign in to see and revoke")
    );
    let step_form = |account: &str, code: &str| {
        vec![
            ("account", account.to_owned()),
            ("issued", hidden_field(&step.text, "issued")),
            ("proof", hidden_field(&step.text, "proof")),
            ("code", code.to_owned()),
        ]
    };
    let did = hidden_field(&step.text, "account");
    assert_eq!(did, c.did);
    let code = h.mailed_token();
    let path = "/oauth/account/sign-in/code";
    let wrong = submit_owned(&mut c, &h, path, &step_form(&did, "AAAAA-AAAAA")).await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED, "{}", wrong.text);
    assert!(wrong.text.contains("That code is not right"));

    // Another account's DID with this proof is not a password step.
    let forged = submit_owned(&mut c, &h, path, &step_form("did:plc:someoneelse", &code)).await;
    assert_eq!(forged.status, StatusCode::BAD_REQUEST);

    let signed_in = submit_owned(&mut c, &h, path, &step_form(&did, &code)).await;
    assert_eq!(
        signed_in.status,
        StatusCode::SEE_OTHER,
        "{}",
        signed_in.text
    );
    let page = c.navigate(&h, "/oauth/account").await;
    assert!(page.text.contains(&format!("@{handle}")), "{}", page.text);

    // The code is spent.
    let again = submit_owned(&mut c, &h, path, &step_form(&did, &code)).await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED);
}

/// [`client::Client::submit`] with owned values.
async fn submit_owned(
    c: &mut client::Client,
    h: &Harness,
    path: &str,
    pairs: &[(&str, String)],
) -> client::Reply {
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    c.submit(h, path, &pairs).await
}

#[tokio::test]
async fn sign_in_code_mails_are_limited_per_account_across_xrpc_and_the_pages() {
    let h = Harness::new().await;
    let mut c = h.client("atproto").await;
    with_second_factor(&h, &c.did).await;
    let body = json!({"identifier": c.handle, "password": "hunter2hunter2"}).to_string();
    let create_session = || {
        axum::http::Request::post("/xrpc/com.atproto.server.createSession")
            .header(axum::http::header::CONTENT_TYPE, "application/json")
            .body(axum::body::Body::from(body.clone()))
            .unwrap()
    };
    for _ in 0..5 {
        let reply = h.send(create_session()).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{}", reply.json);
        assert_eq!(reply.json["error"], "AuthFactorTokenRequired");
    }
    let reply = h.send(create_session()).await;
    assert_eq!(
        reply.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        reply.json
    );
    assert_eq!(reply.json["error"], "RateLimitExceeded");
    // The sign-in page shares the account's limit.
    let request_uri = c.push(&h).await;
    c.page(&h, &request_uri).await;
    let csrf = c.csrf_token().to_owned();
    let page = c.sign_in_with_csrf(&h, &request_uri, &csrf).await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS, "{}", page.text);
}

#[tokio::test]
async fn turning_the_second_factor_on_forgets_the_remembered_sign_ins() {
    let h = Harness::new().await;
    let mut c = h.client("atproto").await;
    c.authorize(&h).await;
    let request_uri = c.push(&h).await;
    let page = c.page(&h, &request_uri).await;
    assert!(page.text.contains("Continue as"), "{}", page.text);

    let did = c.did.clone();
    h.app
        .storage
        .write(move |conn| {
            pds::storage::accounts::set_email_confirmed(conn, &did, "2026-01-01T00:00:00.000Z")
        })
        .await
        .unwrap();
    let post = |path: &str, token: Option<&str>, body: serde_json::Value| {
        let mut request = axum::http::Request::post(path)
            .header(axum::http::header::CONTENT_TYPE, "application/json");
        if let Some(token) = token {
            request = request.header(axum::http::header::AUTHORIZATION, format!("Bearer {token}"));
        }
        request
            .body(axum::body::Body::from(body.to_string()))
            .unwrap()
    };
    let session = h
        .send(post(
            "/xrpc/com.atproto.server.createSession",
            None,
            json!({"identifier": c.handle, "password": "hunter2hunter2"}),
        ))
        .await;
    let access = session.json["accessJwt"].as_str().unwrap().to_owned();
    let email = session.json["email"].as_str().unwrap().to_owned();
    let updated = h
        .send(post(
            "/xrpc/com.atproto.server.updateEmail",
            Some(&access),
            json!({"email": email, "emailAuthFactor": true}),
        ))
        .await;
    assert_eq!(updated.status, StatusCode::OK, "{}", updated.text);

    let request_uri = c.push(&h).await;
    let page = c.page(&h, &request_uri).await;
    assert!(!page.text.contains("Continue as"), "{}", page.text);
    assert_eq!(
        c.choose(&h, &request_uri).await.status,
        StatusCode::UNAUTHORIZED
    );
}
