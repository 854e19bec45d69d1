//! The HTML of the pages: a small accessible layout (labels, one heading, system fonts, inline CSS under
//! the page's nonce), the sign-in page with the device's remembered accounts, the consent page listing
//! the requested permissions in plain words, the sign-up page (with its handle check as it is typed), the
//! password-reset pages, the sign-in code page (the email second factor), and the error page.

use axum::http::StatusCode;
use axum::response::Response;

use super::escape;

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;\
color:#111;background:#fff}h1{font-size:1.4rem}label{display:block;margin-top:1rem}\
input[type=text],input[type=password],input[type=email]{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}\
button{margin-top:1rem;padding:.6rem 1.2rem;font-size:1rem;cursor:pointer}\
.row{display:flex;gap:.5rem;flex-wrap:wrap}.secondary{background:#eee;border:1px solid #999}\
.error{color:#a00;border:1px solid #a00;padding:.5rem}.notice{border:1px solid #070;padding:.5rem}\
.row input{flex:1 1 8rem;width:auto}select{font-size:1rem;padding:.4rem}ul{padding-left:1.2rem}li{margin:.3rem 0}\
.muted{color:#555;font-size:.9rem}@media (prefers-color-scheme:dark){body{color:#eee;background:#111}\
.muted{color:#aaa}.secondary{background:#333;color:#eee}}";

/// A whole page.
pub(crate) fn layout(title: &str, nonce: &str, content: &str) -> String {
    format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin"><title>{}</title><style nonce="{nonce}">{STYLE}</style></head>
<body><main>{content}</main></body></html>"#,
        escape(title)
    )
}

/// An error the browser cannot be sent back to the client with (no valid request).
pub(crate) fn error_page(status: StatusCode, message: &str) -> Response {
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
pub(crate) fn client_label(client_id: &str, loopback: bool) -> String {
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

/// A line above a form: nothing, a refusal, or news (a password just changed).
#[derive(Clone, Copy)]
pub(crate) enum Message<'a> {
    None,
    Error(&'a str),
    Notice(&'a str),
}

impl Message<'_> {
    fn html(self) -> String {
        match self {
            Message::None => String::new(),
            Message::Error(text) => {
                format!(r#"<p role="alert" class="error">{}</p>"#, escape(text))
            }
            Message::Notice(text) => {
                format!(r#"<p role="status" class="notice">{}</p>"#, escape(text))
            }
        }
    }
}

/// The query naming a pushed request, for the links between its pages.
pub(crate) fn links(client_id: &str, request_uri: &str) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .append_pair("client_id", client_id)
        .append_pair("request_uri", request_uri)
        .finish()
}

/// What the sign-in page shows.
pub(crate) struct SignIn<'a> {
    pub client: &'a str,
    /// [`links`] of the request (to the sign-up and password-reset pages).
    pub links: &'a str,
    pub request_uri: &'a str,
    pub csrf: &'a str,
    pub login_hint: Option<&'a str>,
    /// `(did, handle)` of the accounts recently signed in on this device.
    pub accounts: &'a [(String, String)],
    pub message: Message<'a>,
}

pub(crate) fn sign_in(page: &SignIn<'_>, nonce: &str) -> String {
    let hidden = hidden(page.request_uri, page.csrf);
    let error = page.message.html();
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
<p><a href="/oauth/authorize/reset?{links}">Forgot your password?</a> · <a href="/oauth/authorize/sign-up?{links}">Create an account</a></p>
{cancel}"#,
        client = escape(page.client),
        hint = escape(page.login_hint.unwrap_or_default()),
        links = escape(page.links),
        cancel = cancel(&hidden),
    );
    layout("Sign in", nonce, &content)
}

/// The form that gives up and tells the client so.
fn cancel(hidden: &str) -> String {
    format!(
        r#"<form method="post" action="/oauth/authorize/consent">{hidden}<input type="hidden" name="decision" value="deny"><button type="submit" class="secondary">Cancel</button></form>"#
    )
}

/// What the sign-up page shows.
pub(crate) struct SignUp<'a> {
    pub client: &'a str,
    pub links: &'a str,
    pub request_uri: &'a str,
    pub csrf: &'a str,
    /// The server's handle domains (`.example.com`).
    pub domains: &'a [String],
    pub invite_required: bool,
    /// What was typed, kept when the form comes back with an error: (name, domain, email, invite).
    pub typed: (&'a str, &'a str, &'a str, &'a str),
    pub message: Message<'a>,
}

/// The handle check as it is typed: `resolveHandle` answers `HandleNotFound` for a free handle. The form
/// works without it (the server checks again on submit).
const HANDLE_SCRIPT: &str = r#"(function(){var n=document.getElementById("handle"),d=document.getElementById("domain"),o=document.getElementById("handle-status"),t;
function h(){return n.value.trim().toLowerCase().replace(/^@/,"")+d.value}
function check(){clearTimeout(t);o.textContent="";if(n.value.trim().length<3)return;var want=h();
t=setTimeout(function(){fetch("/xrpc/com.atproto.identity.resolveHandle?handle="+encodeURIComponent(want)).then(function(r){
return r.json().then(function(b){if(h()!==want)return;
o.textContent=r.ok?want+" is taken.":b.error==="HandleNotFound"?want+" is available.":want+" is not a valid handle."})}).catch(function(){})},300)}
n.addEventListener("input",check);d.addEventListener("change",check)})();"#;

pub(crate) fn sign_up(page: &SignUp<'_>, nonce: &str) -> String {
    let hidden = hidden(page.request_uri, page.csrf);
    let (name, chosen, email, invite) = page.typed;
    let options: String = page
        .domains
        .iter()
        .map(|domain| {
            let selected = if domain == chosen { " selected" } else { "" };
            format!(
                r#"<option value="{d}"{selected}>{d}</option>"#,
                d = escape(domain)
            )
        })
        .collect();
    let invite = if page.invite_required {
        format!(
            r#"<label for="invite_code">Invite code</label>
<input id="invite_code" name="invite_code" type="text" autocomplete="off" autocapitalize="none" spellcheck="false" required value="{}">"#,
            escape(invite)
        )
    } else {
        String::new()
    };
    let content = format!(
        r#"<h1>Create an account</h1>
<p><strong>{client}</strong> wants to access your account. Create one on this server, then allow it.</p>
{message}
<form method="post" action="/oauth/authorize/sign-up">{hidden}
<label for="handle">Handle</label>
<div class="row"><input id="handle" name="handle" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required minlength="3" maxlength="18" pattern="[A-Za-z0-9][A-Za-z0-9\-]*" aria-describedby="handle-status" value="{name}">
<select id="domain" name="domain" aria-label="Handle domain">{options}</select></div>
<p id="handle-status" class="muted" aria-live="polite"></p>
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="email" required value="{email}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="new-password" required minlength="8">
{invite}
<button type="submit">Create account</button>
</form>
<p><a href="/oauth/authorize?{links}">I already have an account</a></p>
{cancel}
<script nonce="{nonce}">{HANDLE_SCRIPT}</script>"#,
        client = escape(page.client),
        message = page.message.html(),
        name = escape(name),
        email = escape(email),
        links = escape(page.links),
        cancel = cancel(&hidden),
    );
    layout("Create an account", nonce, &content)
}

/// What a password-reset page shows: the email form, or (once mailed) the code and new password form.
pub(crate) struct Reset<'a> {
    pub links: &'a str,
    pub request_uri: &'a str,
    pub csrf: &'a str,
    /// The address the code was sent to, once it was; `None` asks for it.
    pub mailed_to: Option<&'a str>,
    pub message: Message<'a>,
}

pub(crate) fn reset(page: &Reset<'_>, nonce: &str) -> String {
    let hidden = hidden(page.request_uri, page.csrf);
    let form = match page.mailed_to {
        None => format!(
            r#"<p>Enter the email address of your account. We will send you a code to set a new password.</p>
<form method="post" action="/oauth/authorize/reset/request">{hidden}
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="email" required>
<button type="submit">Send the code</button>
</form>"#
        ),
        Some(email) => format!(
            r#"<p>If an account uses <strong>{email}</strong>, a code is on its way there. Enter it with your new password.</p>
<form method="post" action="/oauth/authorize/reset">{hidden}<input type="hidden" name="email" value="{email}">
<label for="token">Code from the email</label>
<input id="token" name="token" type="text" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false" required>
<label for="password">New password</label>
<input id="password" name="password" type="password" autocomplete="new-password" required minlength="8">
<button type="submit">Set the new password</button>
</form>"#,
            email = escape(email)
        ),
    };
    let content = format!(
        r#"<h1>Reset your password</h1>
{message}{form}
<p><a href="/oauth/authorize?{links}">Back to sign in</a></p>"#,
        message = page.message.html(),
        links = escape(page.links),
    );
    layout("Reset your password", nonce, &content)
}

/// What the sign-in code page (the email second factor, after the password) shows.
pub(crate) struct SignInCode<'a> {
    /// Where the form posts.
    pub action: &'a str,
    /// `(name, value)` of the hidden fields the form carries (CSRF token, the step's proof ...).
    pub hidden: &'a [(&'a str, &'a str)],
    pub handle: &'a str,
    /// The address the code went to, masked ([`mask_email`]).
    pub mailed_to: &'a str,
    /// The page to start again from ("Back to sign in").
    pub back: &'a str,
    pub message: Message<'a>,
}

/// An address as a hint: its first character, then `***`, then the domain.
pub(crate) fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".to_owned(),
    }
}

pub(crate) fn sign_in_code(page: &SignInCode<'_>, nonce: &str) -> String {
    let hidden: String = page
        .hidden
        .iter()
        .map(|(name, value)| {
            format!(
                r#"<input type="hidden" name="{}" value="{}">"#,
                escape(name),
                escape(value)
            )
        })
        .collect();
    let content = format!(
        r#"<h1>Enter your sign-in code</h1>
<p>Your account <strong>@{handle}</strong> asks for a second step. We sent a code to <strong>{email}</strong>.</p>
{message}<form method="post" action="{action}">{hidden}
<label for="code">Code from the email</label>
<input id="code" name="code" type="text" inputmode="text" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false" placeholder="XXXXX-XXXXX" required aria-describedby="code-help">
<p id="code-help" class="muted">The code expires 15 minutes after it was sent. Signing in again sends a new one.</p>
<button type="submit">Continue</button>
</form>
<p><a href="{back}">Back to sign in</a></p>"#,
        handle = escape(page.handle),
        email = escape(page.mailed_to),
        message = page.message.html(),
        action = escape(page.action),
        back = escape(page.back),
    );
    layout("Enter your sign-in code", nonce, &content)
}

/// What the consent page shows.
pub(crate) struct Consent<'a> {
    pub client: &'a str,
    pub handle: &'a str,
    pub redirect_host: &'a str,
    pub permissions: &'a [crate::oauth::describe::Described],
    pub request_uri: &'a str,
    pub csrf: &'a str,
}

pub(crate) fn consent(page: &Consent<'_>, nonce: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_masked_address_shows_its_first_character_and_domain() {
        assert_eq!(mask_email("alice@example.com"), "a***@example.com");
        assert_eq!(mask_email("é@x.test"), "é***@x.test");
        assert_eq!(mask_email("nonsense"), "***");
    }

    #[test]
    fn the_code_page_escapes_what_it_shows_and_carries_its_fields() {
        let page = sign_in_code(
            &SignInCode {
                action: "/oauth/account/sign-in/code",
                hidden: &[("proof", "a\"b")],
                handle: "<alice>",
                mailed_to: "a***@example.com",
                back: "/oauth/account",
                message: Message::Error("Wrong"),
            },
            "n",
        );
        assert!(page.contains(r#"<input type="hidden" name="proof" value="a&quot;b">"#));
        assert!(page.contains("@&lt;alice&gt;"));
        assert!(page.contains(r#"<p role="alert" class="error">Wrong</p>"#));
        assert!(page.contains(r#"autocomplete="one-time-code""#));
        assert!(page.contains(r#"<label for="code">"#));
    }
}
