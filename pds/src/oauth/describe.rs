//! Granted permissions in plain words, for the consent page and the authorized-apps page: one line per
//! scope (`repo:` collections and actions, `rpc:` methods and audience, `blob:` types, `account:`,
//! `identity:`, the transitional scopes), and for an `include:` the permission set's title and detail in
//! the reader's language (`Accept-Language`) with what it grants underneath.

use axum::http::HeaderMap;

use super::permissions::scope::{AccountScope, BlobScope, RepoScope, RpcScope};
use super::permissions::{
    AccountAction, AccountAttr, IdentityAttr, PermissionSets, Scope, ScopeSet,
};

/// One granted permission as the consent page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Described {
    pub text: String,
    /// A permission set's description.
    pub detail: Option<String>,
    /// What a permission set grants, one line each.
    pub items: Vec<String>,
}

/// The language tags of `Accept-Language`, most preferred first (`*` and `q=0` left out).
pub(crate) fn languages(headers: &HeaderMap) -> Vec<String> {
    let Some(header) = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
    else {
        return Vec::new();
    };
    let mut tags: Vec<(f32, String)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';').map(str::trim);
            let tag = parts.next().filter(|t| !t.is_empty() && *t != "*")?;
            let q = parts
                .find_map(|p| p.strip_prefix("q="))
                .map_or(Some(1.0), |q| q.parse::<f32>().ok())?;
            (q > 0.0).then(|| (q, tag.to_owned()))
        })
        .collect();
    // Stable: equal weights keep the header's order.
    tags.sort_by(|a, b| b.0.total_cmp(&a.0));
    tags.into_iter().map(|(_, tag)| tag).collect()
}

/// Every permission of the requested scope `requested` (normal form, `include:`s not expanded).
pub(crate) async fn consent(
    sets: &PermissionSets,
    requested: &str,
    languages: &[String],
) -> Vec<Described> {
    let mut out = Vec::new();
    for scope in ScopeSet::parse(requested).iter() {
        let Scope::Include(include) = scope else {
            out.push(Described {
                text: describe(scope),
                detail: None,
                items: Vec::new(),
            });
            continue;
        };
        match sets.get(&include.nsid).await {
            Ok(set) => out.push(Described {
                text: set
                    .display
                    .title(languages)
                    .map_or_else(|| format!("Permission set {}", include.nsid), str::to_owned),
                detail: set.display.detail(languages).map(str::to_owned),
                items: set.expand(include).iter().map(describe).collect(),
            }),
            // PAR refused sets it could not find; one gone since grants nothing (the token's expansion
            // fails and the code exchange is refused).
            Err(error) => out.push(Described {
                text: format!("Permission set {} (unavailable: {error})", include.nsid),
                detail: None,
                items: Vec::new(),
            }),
        }
    }
    out
}

/// One scope in plain words.
pub(crate) fn describe(scope: &Scope) -> String {
    match scope {
        Scope::Atproto => "Know your account's identity (DID and handle)".to_owned(),
        Scope::TransitionGeneric => "Read and write your data, as an app password could (posts, \
                                     likes, follows, media, preferences)"
            .to_owned(),
        Scope::TransitionChatBsky => "Read and send your direct messages".to_owned(),
        Scope::TransitionEmail => "See your email address".to_owned(),
        Scope::Repo(repo) => describe_repo(repo),
        Scope::Rpc(rpc) => describe_rpc(rpc),
        Scope::Blob(blob) => describe_blob(blob),
        Scope::Account(account) => describe_account(account),
        Scope::Identity(IdentityAttr::Handle) => "Change your handle".to_owned(),
        Scope::Identity(IdentityAttr::All) => {
            "Change your identity: your handle and your DID document (keys, services)".to_owned()
        }
        Scope::Include(include) => format!("Permission set {}", include.nsid),
    }
}

/// "a, b and c".
fn list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn describe_repo(repo: &RepoScope) -> String {
    let mut actions = Vec::new();
    if repo.actions.create {
        actions.push("create");
    }
    if repo.actions.update {
        actions.push("update");
    }
    if repo.actions.delete {
        actions.push("delete");
    }
    let actions = list(&actions);
    let mut verbs = actions.chars();
    let verbs = match verbs.next() {
        Some(first) => first.to_uppercase().chain(verbs).collect::<String>(),
        None => String::new(),
    };
    if repo.collections.iter().any(|c| c == "*") {
        format!("{verbs} records of any kind in your repository")
    } else {
        let collections: Vec<&str> = repo.collections.iter().map(String::as_str).collect();
        format!(
            "{verbs} records in your repository of the kind {}",
            list(&collections)
        )
    }
}

fn describe_rpc(rpc: &RpcScope) -> String {
    let methods = if rpc.lxm.iter().any(|m| m == "*") {
        "any method".to_owned()
    } else {
        let lxm: Vec<&str> = rpc.lxm.iter().map(String::as_str).collect();
        list(&lxm)
    };
    let service = if rpc.aud == "*" {
        "any service".to_owned()
    } else {
        format!("the service {}", rpc.aud)
    };
    format!("Call {methods} of {service} in your name")
}

fn describe_blob(blob: &BlobScope) -> String {
    if blob.accept.iter().any(|a| a == "*/*") {
        return "Upload files of any type".to_owned();
    }
    let types: Vec<&str> = blob.accept.iter().map(String::as_str).collect();
    format!("Upload files of type {}", list(&types))
}

fn describe_account(account: &AccountScope) -> String {
    let manage = account.actions.contains(&AccountAction::Manage);
    match (account.attr, manage) {
        (AccountAttr::Email, false) => "See your email address".to_owned(),
        (AccountAttr::Email, true) => "See, confirm and change your email address".to_owned(),
        (AccountAttr::Repo, false) => "See the state of your repository".to_owned(),
        (AccountAttr::Repo, true) => "Replace your whole repository (import one)".to_owned(),
        (AccountAttr::Status, false) => "See your account's hosting status".to_owned(),
        (AccountAttr::Status, true) => {
            "Change your account's hosting status (activate, deactivate)".to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(scope: &str) -> String {
        let set = ScopeSet::parse(scope);
        let scopes: Vec<&Scope> = set.iter().collect();
        assert_eq!(scopes.len(), 1, "{scope}");
        describe(scopes[0])
    }

    #[test]
    fn scopes_in_plain_words() {
        assert_eq!(
            one("repo:cv.atmos.portfolio.entry"),
            "Create, update and delete records in your repository of the kind cv.atmos.portfolio.entry"
        );
        assert_eq!(
            one("repo:*?action=create"),
            "Create records of any kind in your repository"
        );
        assert_eq!(
            one("rpc:app.bsky.feed.getFeed?aud=did:web:api.bsky.app%23bsky_appview"),
            "Call app.bsky.feed.getFeed of the service did:web:api.bsky.app#bsky_appview in your name"
        );
        assert_eq!(
            one("blob?accept=image/*&accept=video/mp4"),
            "Upload files of type image/* and video/mp4"
        );
        assert_eq!(
            one("account:email?action=manage"),
            "See, confirm and change your email address"
        );
        assert_eq!(one("identity:handle"), "Change your handle");
    }

    #[test]
    fn accept_language_is_ordered_by_weight() {
        let mut headers = HeaderMap::new();
        headers.insert(
            axum::http::header::ACCEPT_LANGUAGE,
            "en;q=0.5, fr-CA, de;q=0, *;q=0.1, pt".parse().unwrap(),
        );
        assert_eq!(languages(&headers), ["fr-CA", "pt", "en"]);
        assert!(languages(&HeaderMap::new()).is_empty());
    }

    #[tokio::test]
    async fn a_permission_set_shows_its_title_and_what_it_grants() {
        let lexicons = std::sync::Arc::new(crate::lexicon_catalog::Lexicons::open(
            crate::lexicon_catalog::builtin(),
            std::path::PathBuf::from("/nonexistent-atmos-lexicons"),
        ));
        let sets = PermissionSets::new(lexicons, None);
        let described = consent(&sets, "atproto include:cv.atmos.authFull", &[]).await;
        assert_eq!(described.len(), 2, "{described:?}");
        let set = &described[1];
        assert_eq!(set.text, "Atmos: portfolio, CV and boards");
        assert!(set.detail.as_deref().unwrap().contains("portfolio entries"));
        assert!(
            set.items[0].contains("cv.atmos.portfolio.entry"),
            "{:?}",
            set.items
        );
        let missing = consent(&sets, "atproto include:com.example.nope.auth", &[]).await;
        assert!(missing[1].text.contains("unavailable"), "{missing:?}");
    }
}
