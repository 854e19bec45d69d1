//! The HTML of the pages: a small accessible layout (labels, one heading, system fonts, inline CSS under
//! the page's nonce), the sign-in page with the device's remembered accounts, the consent page listing
//! the requested permissions in plain words, and the error page.

use axum::http::StatusCode;
use axum::response::Response;

use super::escape;

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;\
color:#111;background:#fff}h1{font-size:1.4rem}label{display:block;margin-top:1rem}\
input[type=text],input[type=password]{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}\
button{margin-top:1rem;padding:.6rem 1.2rem;font-size:1rem;cursor:pointer}\
.row{display:flex;gap:.5rem;flex-wrap:wrap}.secondary{background:#eee;border:1px solid #999}\
.error{color:#a00;border:1px solid #a00;padding:.5rem}ul{padding-left:1.2rem}li{margin:.3rem 0}\
.muted{color:#555;font-size:.9rem}@media (prefers-color-scheme:dark){body{color:#eee;background:#111}\
.muted{color:#aaa}.secondary{background:#333;color:#eee}}";

/// A whole page.
pub fn layout(title: &str, nonce: &str, content: &str) -> String {
    format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin"><title>{}</title><style nonce="{nonce}">{STYLE}</style></head>
<body><main>{content}</main></body></html>"#,
        escape(title)
    )
}

/// An error the browser cannot be sent back to the client with (no valid request).
pub fn error_page(status: StatusCode, message: &str) -> Response {
    let nonce = crate::auth::random_hex(16).unwrap_or_default();
    let body = layout(
        "Sign-in error",
        &nonce,
        &format!(
            r#"<h1>Something went wrong</h1><p role="alert" class="error">{}</p>
<p>Go back to the app and start signing in again.</p>"#,
            escape(message)
        ),
    );
    super::html(status, body, &nonce, None)
}

/// Who is asking, as the account holder should read it.
pub fn client_label(client_id: &str, loopback: bool) -> String {
    if loopback {
        return "A development app running on this computer (localhost)".to_owned();
    }
    reqwest::Url::parse(client_id)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| client_id.to_owned())
}

/// The hidden fields every form carries.
fn hidden(request_uri: &str, csrf: &str) -> String {
    format!(
        r#"<input type="hidden" name="request_uri" value="{}"><input type="hidden" name="csrf_token" value="{}">"#,
        escape(request_uri),
        escape(csrf)
    )
}

/// What the sign-in page shows.
pub struct SignIn<'a> {
    pub client: &'a str,
    pub request_uri: &'a str,
    pub csrf: &'a str,
    pub login_hint: Option<&'a str>,
    /// `(did, handle)` of the accounts recently signed in on this device.
    pub accounts: &'a [(String, String)],
    pub error: Option<&'a str>,
}

pub fn sign_in(page: &SignIn<'_>, nonce: &str) -> String {
    let hidden = hidden(page.request_uri, page.csrf);
    let error = page
        .error
        .map(|e| format!(r#"<p role="alert" class="error">{}</p>"#, escape(e)))
        .unwrap_or_default();
    let chooser = if page.accounts.is_empty() {
        String::new()
    } else {
        let buttons: String = page
            .accounts
            .iter()
            .map(|(did, handle)| {
                format!(
                    r#"<form method="post" action="/oauth/authorize/sign-in">{hidden}<input type="hidden" name="account" value="{}"><button type="submit">Continue as @{}</button></form>"#,
                    escape(did),
                    escape(handle)
                )
            })
            .collect();
        format!("<h2>Signed in on this device</h2>{buttons}<h2>Another account</h2>")
    };
    let content = format!(
        r#"<h1>Sign in</h1>
<p><strong>{client}</strong> wants to access your account.</p>
{error}{chooser}
<form method="post" action="/oauth/authorize/sign-in">{hidden}
<label for="identifier">Handle or email</label>
<input id="identifier" name="identifier" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="{hint}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>
<form method="post" action="/oauth/authorize/consent">{hidden}<input type="hidden" name="decision" value="deny"><button type="submit" class="secondary">Cancel</button></form>"#,
        client = escape(page.client),
        hint = escape(page.login_hint.unwrap_or_default()),
    );
    layout("Sign in", nonce, &content)
}

/// What the consent page shows.
pub struct Consent<'a> {
    pub client: &'a str,
    pub handle: &'a str,
    pub redirect_host: &'a str,
    pub permissions: &'a [crate::oauth::describe::Described],
    pub request_uri: &'a str,
    pub csrf: &'a str,
}

pub fn consent(page: &Consent<'_>, nonce: &str) -> String {
    let hidden = hidden(page.request_uri, page.csrf);
    let items: String = page
        .permissions
        .iter()
        .map(|permission| {
            let detail = permission
                .detail
                .as_deref()
                .map(|d| format!(r#"<br><span class="muted">{}</span>"#, escape(d)))
                .unwrap_or_default();
            let grants: String = permission
                .items
                .iter()
                .map(|item| format!("<li>{}</li>", escape(item)))
                .collect();
            let grants = if grants.is_empty() {
                grants
            } else {
                format!("<ul>{grants}</ul>")
            };
            format!("<li>{}{detail}{grants}</li>", escape(&permission.text))
        })
        .collect();
    let content = format!(
        r#"<h1>Allow access?</h1>
<p><strong>{client}</strong> wants to use your account <strong>@{handle}</strong>. It will be able to:</p>
<ul>{items}</ul>
<p class="muted">You will be sent back to {host}. You can revoke access at any time.</p>
<div class="row">
<form method="post" action="/oauth/authorize/consent">{hidden}<input type="hidden" name="decision" value="allow"><button type="submit">Allow</button></form>
<form method="post" action="/oauth/authorize/consent">{hidden}<input type="hidden" name="decision" value="deny"><button type="submit" class="secondary">Deny</button></form>
</div>"#,
        client = escape(page.client),
        handle = escape(page.handle),
        host = escape(page.redirect_host),
    );
    layout("Allow access", nonce, &content)
}
