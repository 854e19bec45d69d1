//! The "authorized apps" page: for each account signed in on this device, the apps holding an OAuth
//! session, what each may do, and a button that revokes it; and the sign-in form shown when the device
//! has no recent sign-in.

use super::escape;
use super::pages::layout;

/// One app's session, as listed.
pub(crate) struct App {
    pub session_id: String,
    pub client: String,
    pub scope: String,
    pub since: String,
    pub last_refreshed: String,
}

/// An account and its apps.
pub(crate) struct Account {
    pub did: String,
    pub handle: String,
    pub apps: Vec<App>,
}

fn csrf_field(csrf: &str) -> String {
    format!(
        r#"<input type="hidden" name="csrf_token" value="{}">"#,
        escape(csrf)
    )
}

pub(crate) fn apps_page(accounts: &[Account], csrf: &str, nonce: &str) -> String {
    let mut content = String::from("<h1>Authorized apps</h1>");
    for account in accounts {
        content.push_str(&format!("<h2>@{}</h2>", escape(&account.handle)));
        if account.apps.is_empty() {
            content.push_str("<p>No app has access to this account.</p>");
            continue;
        }
        content.push_str("<ul>");
        for app in &account.apps {
            let permissions: String = crate::oauth::permissions::ScopeSet::parse(&app.scope)
                .iter()
                .map(|s| format!("<li>{}</li>", escape(&crate::oauth::describe::describe(s))))
                .collect();
            content.push_str(&format!(
                r#"<li><strong>{client}</strong><br><span class="muted">Since {since}, last refreshed {last}</span>
<ul>{permissions}</ul>
<form method="post" action="/oauth/account/revoke">{csrf}<input type="hidden" name="did" value="{did}"><input type="hidden" name="session" value="{id}"><button type="submit" class="secondary">Revoke access</button></form></li>"#,
                client = escape(&app.client),
                since = escape(&app.since),
                last = escape(&app.last_refreshed),
                csrf = csrf_field(csrf),
                did = escape(&account.did),
                id = escape(&app.session_id),
            ));
        }
        content.push_str("</ul>");
    }
    layout("Authorized apps", nonce, &content)
}

pub(crate) fn sign_in_page(csrf: &str, error: Option<&str>, nonce: &str) -> String {
    let error = error
        .map(|e| format!(r#"<p role="alert" class="error">{}</p>"#, escape(e)))
        .unwrap_or_default();
    let content = format!(
        r#"<h1>Authorized apps</h1><p>Sign in to see and revoke the apps that can use your account.</p>{error}
<form method="post" action="/oauth/account/sign-in">{csrf}
<label for="identifier">Handle or email</label>
<input id="identifier" name="identifier" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>"#,
        csrf = csrf_field(csrf),
    );
    layout("Authorized apps", nonce, &content)
}
