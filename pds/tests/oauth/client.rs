//! A hand-built OAuth client for the in-process tests: the router driven with `oneshot`, DPoP proofs
//! signed with `pds::oauth::dpop::sign` (retrying once with the server's nonce, as real clients do), PKCE,
//! and a cookie jar for the authorization pages.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use base64::Engine as _;
use lexgen::crypto::{Algorithm, Keypair};
use serde_json::{Value, json};
use sha2::Digest as _;
use tower::ServiceExt as _;

pub const REDIRECT_URI: &str = "http://127.0.0.1/callback";
const PASSWORD: &str = "hunter2hunter2";

pub struct Harness {
    router: Router,
    pub app: pds::app::AppState,
    _dir: tempfile::TempDir,
    accounts: AtomicU32,
}

#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub json: Value,
    pub text: String,
    pub headers: HeaderMap,
}

impl Reply {
    pub fn www_authenticate(&self) -> String {
        self.headers
            .get(header::WWW_AUTHENTICATE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    }

    pub fn location(&self) -> String {
        self.headers[header::LOCATION].to_str().unwrap().to_owned()
    }
}

/// The tokens of a token endpoint reply.
pub struct Tokens {
    pub access: String,
    pub refresh: String,
}

impl From<&Reply> for Tokens {
    fn from(reply: &Reply) -> Tokens {
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
        assert_eq!(reply.json["token_type"], "DPoP");
        Tokens {
            access: reply.json["access_token"].as_str().unwrap().to_owned(),
            refresh: reply.json["refresh_token"].as_str().unwrap().to_owned(),
        }
    }
}

impl Harness {
    pub async fn new() -> Harness {
        Harness::with(|_| {}).await
    }

    /// A server with `change` made to its default configuration.
    pub async fn with(change: impl FnOnce(&mut pds::config::Config)) -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let mut config = pds::config::Config::load(None, |_| None).unwrap();
        config.data_dir = dir.path().to_owned();
        change(&mut config);
        let app = pds::app::App::open(config, 2583).unwrap();
        Harness {
            router: pds::handlers::router(app.clone()),
            app,
            _dir: dir,
            accounts: AtomicU32::new(0),
        }
    }

    pub fn issuer(&self) -> String {
        self.app.oauth.issuer.clone()
    }

    pub async fn send(&self, request: Request<Body>) -> Reply {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Reply {
            status,
            json,
            text,
            headers,
        }
    }

    pub async fn get(&self, path: &str) -> Reply {
        self.send(Request::get(path).body(Body::empty()).unwrap())
            .await
    }

    pub async fn bearer_get(&self, path: &str, token: &str) -> Reply {
        let request = Request::get(path)
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::empty())
            .unwrap();
        self.send(request).await
    }

    /// A new account and a loopback client asking `scope` for it.
    pub async fn client(&self, scope: &str) -> Client {
        let n = self.accounts.fetch_add(1, Ordering::Relaxed);
        let handle = format!("oauth{n}.test");
        let body = json!({"handle": handle, "email": format!("oauth{n}@example.com"), "password": PASSWORD});
        let request = Request::post("/xrpc/com.atproto.server.createAccount")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .unwrap();
        let created = self.send(request).await;
        assert_eq!(created.status, StatusCode::OK, "{}", created.json);
        let mut client = self.anonymous(scope);
        client.did = created.json["did"].as_str().unwrap().to_owned();
        client.handle = handle;
        client
    }

    /// A loopback client asking `scope`, for no account yet (no `login_hint`; sign-up).
    pub fn anonymous(&self, scope: &str) -> Client {
        let client_id = format!(
            "http://localhost?redirect_uri={}&scope={}",
            encode(REDIRECT_URI),
            encode(scope)
        );
        Client {
            key: Keypair::generate(Algorithm::P256).unwrap(),
            nonce: None,
            did: String::new(),
            handle: String::new(),
            scope: scope.to_owned(),
            client_id,
            verifier: String::new(),
            cookies: HashMap::new(),
            csrf: String::new(),
        }
    }

    /// The code in the newest mail of the outbox (`XXXXX-XXXXX`).
    pub fn mailed_token(&self) -> String {
        let mut mails: Vec<_> = std::fs::read_dir(self.app.mailer.outbox())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        mails.sort();
        let text = std::fs::read_to_string(mails.last().unwrap()).unwrap();
        text.split_whitespace()
            .find(|w| w.len() == 11 && w.as_bytes()[5] == b'-')
            .unwrap()
            .to_owned()
    }
}

fn encode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

fn form(pairs: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

#[derive(Clone)]
pub struct Client {
    key: Keypair,
    pub nonce: Option<String>,
    pub did: String,
    pub handle: String,
    scope: String,
    client_id: String,
    verifier: String,
    cookies: HashMap<String, String>,
    /// The CSRF token of the last page's forms.
    csrf: String,
}

impl Client {
    /// The same client with another DPoP key (an attacker holding its tokens).
    pub fn with_new_key(&self) -> Client {
        let mut other = self.clone();
        other.key = Keypair::generate(Algorithm::P256).unwrap();
        other.nonce = None;
        other
    }

    fn proof(&self, h: &Harness, method: &str, path: &str, token: Option<&str>) -> String {
        let htu = format!("{}{path}", h.issuer());
        pds::oauth::dpop::sign(
            &self.key,
            method,
            &htu,
            self.nonce.as_deref(),
            token,
            pds::auth::now_secs(),
        )
        .unwrap()
    }

    fn remember(&mut self, reply: &Reply) {
        if let Some(rest) = reply.text.split(r#"name="csrf_token" value=""#).nth(1) {
            self.csrf = rest.split('"').next().unwrap().to_owned();
        }
        if let Some(nonce) = reply.headers.get("dpop-nonce") {
            self.nonce = Some(nonce.to_str().unwrap().to_owned());
        }
        for cookie in reply.headers.get_all(header::SET_COOKIE) {
            let pair = cookie.to_str().unwrap().split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            self.cookies.insert(name.to_owned(), value.to_owned());
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// A form post to an authorization server endpoint with a DPoP proof; once more with the server's
    /// nonce when asked.
    async fn post_as(&mut self, h: &Harness, path: &str, pairs: &[(&str, &str)]) -> Reply {
        for _ in 0..2 {
            let request = Request::post(path)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header("dpop", self.proof(h, "POST", path, None))
                .body(Body::from(form(pairs)))
                .unwrap();
            let reply = h.send(request).await;
            self.remember(&reply);
            if reply.json["error"] != "use_dpop_nonce" {
                return reply;
            }
        }
        panic!("the server kept asking for a nonce");
    }

    /// A pushed authorization request with `overrides` replacing the defaults.
    pub async fn par(&mut self, h: &Harness, overrides: &[(&str, &str)]) -> Reply {
        self.verifier = pds::auth::random_hex(32).unwrap();
        let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(sha2::Sha256::digest(self.verifier.as_bytes()));
        let mut params: Vec<(&str, String)> = vec![
            ("client_id", self.client_id.clone()),
            ("response_type", "code".into()),
            ("redirect_uri", REDIRECT_URI.into()),
            ("code_challenge", challenge),
            ("code_challenge_method", "S256".into()),
            ("state", "st-1".into()),
            ("scope", self.scope.clone()),
            ("login_hint", self.handle.clone()),
        ];
        params.retain(|(name, value)| *name != "login_hint" || !value.is_empty());
        for (name, value) in overrides {
            params.retain(|(n, _)| n != name);
            params.push((name, (*value).to_owned()));
        }
        let pairs: Vec<(&str, &str)> = params.iter().map(|(n, v)| (*n, v.as_str())).collect();
        self.post_as(h, "/oauth/par", &pairs).await
    }

    pub async fn push(&mut self, h: &Harness) -> String {
        let reply = self.par(h, &[]).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.json);
        reply.json["request_uri"].as_str().unwrap().to_owned()
    }

    fn browser(&self, request: axum::http::request::Builder) -> axum::http::request::Builder {
        request
            .header("sec-fetch-mode", "navigate")
            .header("sec-fetch-dest", "document")
            .header(header::COOKIE, self.cookie_header())
    }

    pub async fn page(&mut self, h: &Harness, request_uri: &str) -> Reply {
        let path = format!(
            "/oauth/authorize?client_id={}&request_uri={}",
            encode(&self.client_id),
            encode(request_uri)
        );
        let request = self
            .browser(Request::get(path))
            .body(Body::empty())
            .unwrap();
        let reply = h.send(request).await;
        self.remember(&reply);
        reply
    }

    async fn form_post(&mut self, h: &Harness, path: &str, pairs: &[(&str, &str)]) -> Reply {
        let request = self
            .browser(Request::post(path))
            .header("sec-fetch-site", "same-origin")
            .header(header::ORIGIN, h.issuer())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(form(pairs)))
            .unwrap();
        let reply = h.send(request).await;
        self.remember(&reply);
        reply
    }

    pub async fn sign_in_with_csrf(&mut self, h: &Harness, request_uri: &str, csrf: &str) -> Reply {
        let pairs = [
            ("request_uri", request_uri),
            ("csrf_token", csrf),
            ("identifier", &self.handle.clone()),
            ("password", PASSWORD),
        ];
        self.form_post(h, "/oauth/authorize/sign-in", &pairs).await
    }

    /// A page of ours, as a browser navigating to it.
    pub async fn navigate(&mut self, h: &Harness, path: &str) -> Reply {
        let request = self
            .browser(Request::get(path))
            .body(Body::empty())
            .unwrap();
        let reply = h.send(request).await;
        self.remember(&reply);
        reply
    }

    /// Posts one of our pages' forms, with this browser's CSRF token added.
    pub async fn submit(&mut self, h: &Harness, path: &str, pairs: &[(&str, &str)]) -> Reply {
        let csrf = self.csrf.clone();
        let mut pairs = pairs.to_vec();
        pairs.push(("csrf_token", &csrf));
        self.form_post(h, path, &pairs).await
    }

    /// The PKCE verifier of the last pushed request.
    pub fn verifier(&self) -> String {
        self.verifier.clone()
    }

    /// `client_id=…&request_uri=…`, the query of a request's pages.
    pub fn query(&self, request_uri: &str) -> String {
        format!(
            "client_id={}&request_uri={}",
            encode(&self.client_id),
            encode(request_uri)
        )
    }

    /// The CSRF token of the last page's forms.
    pub fn csrf_token(&self) -> &str {
        &self.csrf
    }

    /// Another browser: no cookies.
    pub fn forget_cookies(&mut self) {
        self.cookies.clear();
    }

    /// Picks the account remembered on this device instead of typing the password.
    pub async fn choose(&mut self, h: &Harness, request_uri: &str) -> Reply {
        let csrf = self.csrf.clone();
        let did = self.did.clone();
        let pairs = [
            ("request_uri", request_uri),
            ("csrf_token", csrf.as_str()),
            ("account", did.as_str()),
        ];
        self.form_post(h, "/oauth/authorize/sign-in", &pairs).await
    }

    /// Opens the page, signs in, and answers `decision`; returns where the browser is sent.
    pub async fn finish(&mut self, h: &Harness, request_uri: &str, decision: &str) -> String {
        let done = self.finish_reply(h, request_uri, decision).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text);
        done.location()
    }

    /// [`Client::finish`], returning the consent form's reply.
    pub async fn finish_reply(&mut self, h: &Harness, request_uri: &str, decision: &str) -> Reply {
        let consent = self.consent_page(h, request_uri).await;
        assert_eq!(consent.status, StatusCode::OK, "{}", consent.text);
        let csrf = self.csrf.clone();
        let pairs = [
            ("request_uri", request_uri),
            ("csrf_token", csrf.as_str()),
            ("decision", decision),
        ];
        self.form_post(h, "/oauth/authorize/consent", &pairs).await
    }

    pub async fn authorize_and(&mut self, h: &Harness, decision: &str) -> String {
        let request_uri = self.push(h).await;
        self.finish(h, &request_uri, decision).await
    }

    /// A code and its PKCE verifier.
    pub async fn authorize(&mut self, h: &Harness) -> (String, String) {
        let location = self.authorize_and(h, "allow").await;
        let url = reqwest::Url::parse(&location).unwrap();
        let code = url
            .query_pairs()
            .find(|(n, _)| n == "code")
            .map(|(_, v)| v.into_owned())
            .unwrap();
        (code, self.verifier.clone())
    }

    pub async fn exchange(&mut self, h: &Harness, code: &str, verifier: &str) -> Reply {
        let client_id = self.client_id.clone();
        let pairs = [
            ("grant_type", "authorization_code"),
            ("client_id", client_id.as_str()),
            ("code", code),
            ("code_verifier", verifier),
            ("redirect_uri", REDIRECT_URI),
        ];
        self.post_as(h, "/oauth/token", &pairs).await
    }

    pub async fn refresh(&mut self, h: &Harness, refresh_token: &str) -> Reply {
        let client_id = self.client_id.clone();
        let pairs = [
            ("grant_type", "refresh_token"),
            ("client_id", client_id.as_str()),
            ("refresh_token", refresh_token),
        ];
        self.post_as(h, "/oauth/token", &pairs).await
    }

    pub async fn revoke(&mut self, h: &Harness, token: &str) -> Reply {
        let client_id = self.client_id.clone();
        let pairs = [("client_id", client_id.as_str()), ("token", token)];
        self.post_as(h, "/oauth/revoke", &pairs).await
    }

    async fn xrpc_once(
        &mut self,
        h: &Harness,
        method: &str,
        nsid: &str,
        access: &str,
        body: Option<Value>,
    ) -> Reply {
        let path = format!("/xrpc/{nsid}");
        let mut request = Request::builder()
            .method(method)
            .uri(&path)
            .header(header::AUTHORIZATION, format!("DPoP {access}"))
            .header("dpop", self.proof(h, method, &path, Some(access)));
        if body.is_some() {
            request = request.header(header::CONTENT_TYPE, "application/json");
        }
        let body = body
            .map(|b| Body::from(b.to_string()))
            .unwrap_or_else(Body::empty);
        let reply = h.send(request.body(body).unwrap()).await;
        self.remember(&reply);
        reply
    }

    async fn xrpc(
        &mut self,
        h: &Harness,
        method: &str,
        nsid: &str,
        access: &str,
        body: Option<Value>,
    ) -> Reply {
        let reply = self.xrpc_once(h, method, nsid, access, body.clone()).await;
        if reply.status == StatusCode::UNAUTHORIZED
            && reply.www_authenticate().contains("use_dpop_nonce")
        {
            return self.xrpc_once(h, method, nsid, access, body).await;
        }
        reply
    }

    pub async fn get_session_once(&mut self, h: &Harness, access: &str) -> Reply {
        self.xrpc_once(h, "GET", "com.atproto.server.getSession", access, None)
            .await
    }

    pub async fn get_session(&mut self, h: &Harness, access: &str) -> Reply {
        self.xrpc(h, "GET", "com.atproto.server.getSession", access, None)
            .await
    }

    pub async fn create_post(&mut self, h: &Harness, access: &str) -> Reply {
        let record = json!({"$type": "app.bsky.feed.post", "text": "over OAuth", "createdAt": "2026-01-01T00:00:00.000Z"});
        self.create_record(h, access, "app.bsky.feed.post", record)
            .await
    }

    /// createRecord of `record` in `collection` of this client's account.
    pub async fn create_record(
        &mut self,
        h: &Harness,
        access: &str,
        collection: &str,
        record: Value,
    ) -> Reply {
        let body = json!({"repo": self.did, "collection": collection, "record": record});
        self.xrpc(
            h,
            "POST",
            "com.atproto.repo.createRecord",
            access,
            Some(body),
        )
        .await
    }

    /// Opens the page and signs in: the consent page's reply (the form is answered with [`Client::submit`]).
    pub async fn consent_page(&mut self, h: &Harness, request_uri: &str) -> Reply {
        let page = self.page(h, request_uri).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.text);
        let csrf = self.csrf.clone();
        self.sign_in_with_csrf(h, request_uri, &csrf).await
    }
}
