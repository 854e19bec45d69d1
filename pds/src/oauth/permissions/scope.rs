//! One OAuth scope value: the static ones (`atproto`, `transition:*`) and the granular permissions
//! (`repo`, `rpc`, `blob`, `account`, `identity`) plus `include:`, each parsed with the spec's rules (a
//! parameter named both positionally and as `key=value` is refused, unknown parameters and values are
//! refused) and written back in one normal form.

use std::fmt;

use lexgen::model::{Did, Nsid};
pub(crate) use lexgen::typed::RepoActions;

use super::mime;
use super::syntax::{Syntax, format};

/// A record write action (`repo:` permissions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RepoAction {
    Create,
    Update,
    Delete,
}

impl RepoAction {
    pub(crate) fn name(self) -> &'static str {
        match self {
            RepoAction::Create => "create",
            RepoAction::Update => "update",
            RepoAction::Delete => "delete",
        }
    }

    fn in_set(self, actions: RepoActions) -> bool {
        match self {
            RepoAction::Create => actions.create,
            RepoAction::Update => actions.update,
            RepoAction::Delete => actions.delete,
        }
    }
}

/// An account attribute (`account:` permissions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountAttr {
    /// The account's email address (read: see it; manage: change it).
    Email,
    /// The whole repository (manage: import a CAR).
    Repo,
    /// The hosting status (the reference knows it; nothing here needs it).
    Status,
}

impl AccountAttr {
    pub(crate) fn name(self) -> &'static str {
        match self {
            AccountAttr::Email => "email",
            AccountAttr::Repo => "repo",
            AccountAttr::Status => "status",
        }
    }
}

/// How much control of an account attribute (`manage` includes `read`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AccountAction {
    Read,
    Manage,
}

impl AccountAction {
    pub(crate) fn name(self) -> &'static str {
        match self {
            AccountAction::Read => "read",
            AccountAction::Manage => "manage",
        }
    }
}

/// An identity attribute (`identity:` permissions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdentityAttr {
    /// The handle.
    Handle,
    /// `*`: the whole DID document and the handle.
    All,
}

/// `repo:`: record writes in some collections.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoScope {
    /// NSIDs, sorted and unique, or `["*"]`.
    pub collections: Vec<String>,
    pub actions: RepoActions,
}

/// `rpc:`: service-authenticated calls to some methods of some service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RpcScope {
    /// NSIDs, sorted and unique, or `["*"]`.
    pub lxm: Vec<String>,
    /// `did#service` or `*` (not both this and `lxm` a wildcard).
    pub aud: String,
}

/// `blob:`: uploads of some MIME types.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlobScope {
    /// Accept patterns in normal form ([`mime::normalize`]).
    pub accept: Vec<String>,
}

/// `account:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountScope {
    pub attr: AccountAttr,
    /// The actions, unique, in the order given (`[Read]` when none is: the default). Kept as a list,
    /// not reduced to the strongest, so the normal form is the reference's.
    pub actions: Vec<AccountAction>,
}

/// `include:`: a permission set, expanded by the authorization server ([`super::sets`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncludeScope {
    /// The set's NSID.
    pub nsid: String,
    /// The audience its `inheritAud` rpc permissions get.
    pub aud: Option<String>,
}

/// One understood scope value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// `atproto`: required in every atproto OAuth grant.
    Atproto,
    /// `transition:generic`: what an app password may do.
    TransitionGeneric,
    /// `transition:chat.bsky`: proxied `chat.bsky.*` calls.
    TransitionChatBsky,
    /// `transition:email`: the email address in getSession.
    TransitionEmail,
    Repo(RepoScope),
    Rpc(RpcScope),
    Blob(BlobScope),
    Account(AccountScope),
    Identity(IdentityAttr),
    Include(IncludeScope),
}

/// Whether `value` is an NSID.
fn is_nsid(value: &str) -> bool {
    value.parse::<Nsid>().is_ok()
}

/// Whether `value` is an atproto DID service reference: `did:plc:...#id` or `did:web:...#id`.
pub(crate) fn is_service_ref(value: &str) -> bool {
    match value.split_once('#') {
        Some((did, id)) => {
            (did.starts_with("did:plc:") || did.starts_with("did:web:"))
                && did.parse::<Did>().is_ok()
                && !id.is_empty()
                && !id.contains('#')
        }
        None => false,
    }
}

/// The values of parameter `name`: the positional part when `positional`, else the named ones; `None`
/// when given both ways.
fn values(syntax: &Syntax<'_>, name: &str, positional: bool) -> Option<Vec<String>> {
    let named: Vec<String> = syntax.values(name).into_iter().map(str::to_owned).collect();
    match (&syntax.positional, positional) {
        (Some(_), true) if !named.is_empty() => None,
        (Some(value), true) => Some(vec![value.clone()]),
        _ => Some(named),
    }
}

/// A single-valued parameter: `Ok(None)` when absent, `Err` when repeated or given both ways.
fn single(syntax: &Syntax<'_>, name: &str, positional: bool) -> Result<Option<String>, ()> {
    let mut values = values(syntax, name, positional).ok_or(())?;
    match values.len() {
        0 => Ok(None),
        1 => Ok(values.pop()),
        _ => Err(()),
    }
}

/// NSIDs or `*`, normalised: `["*"]` when the wildcard is among several, else sorted and unique.
fn nsids_or_wildcard(mut list: Vec<String>) -> Option<Vec<String>> {
    if list.is_empty() || !list.iter().all(|v| v == "*" || is_nsid(v)) {
        return None;
    }
    if list.iter().any(|v| v == "*") {
        return Some(vec!["*".to_owned()]);
    }
    list.sort();
    list.dedup();
    Some(list)
}

impl Scope {
    /// Parses one scope value; `None` for anything not understood (to be ignored, never fatal).
    pub fn parse(value: &str) -> Option<Scope> {
        match value {
            "atproto" => return Some(Scope::Atproto),
            "transition:generic" => return Some(Scope::TransitionGeneric),
            "transition:chat.bsky" => return Some(Scope::TransitionChatBsky),
            "transition:email" => return Some(Scope::TransitionEmail),
            _ => {}
        }
        let syntax = Syntax::parse(value)?;
        match syntax.resource {
            "repo" => repo(&syntax).map(Scope::Repo),
            "rpc" => rpc(&syntax).map(Scope::Rpc),
            "blob" => blob(&syntax).map(Scope::Blob),
            "account" => account(&syntax).map(Scope::Account),
            "identity" => identity(&syntax).map(Scope::Identity),
            "include" => include(&syntax).map(Scope::Include),
            _ => None,
        }
    }
}

fn repo(syntax: &Syntax<'_>) -> Option<RepoScope> {
    if !syntax.only_keys(&["collection", "action"]) {
        return None;
    }
    let collections = nsids_or_wildcard(values(syntax, "collection", true)?)?;
    let named = syntax.values("action");
    let actions = if named.is_empty() {
        RepoActions::ALL
    } else {
        let mut actions = RepoActions {
            create: false,
            update: false,
            delete: false,
        };
        for action in named {
            match action {
                "create" => actions.create = true,
                "update" => actions.update = true,
                "delete" => actions.delete = true,
                _ => return None,
            }
        }
        actions
    };
    Some(RepoScope {
        collections,
        actions,
    })
}

fn rpc(syntax: &Syntax<'_>) -> Option<RpcScope> {
    if !syntax.only_keys(&["lxm", "aud"]) {
        return None;
    }
    let lxm = nsids_or_wildcard(values(syntax, "lxm", true)?)?;
    let aud = single(syntax, "aud", false).ok()??;
    if !(aud == "*" || is_service_ref(&aud)) || (aud == "*" && lxm == ["*"]) {
        return None;
    }
    Some(RpcScope { lxm, aud })
}

fn blob(syntax: &Syntax<'_>) -> Option<BlobScope> {
    if !syntax.only_keys(&["accept"]) {
        return None;
    }
    let accept = values(syntax, "accept", true)?;
    if accept.is_empty() || !accept.iter().all(|a| mime::is_accept(a)) {
        return None;
    }
    Some(BlobScope {
        accept: mime::normalize(accept),
    })
}

fn account(syntax: &Syntax<'_>) -> Option<AccountScope> {
    if !syntax.only_keys(&["attr", "action"]) {
        return None;
    }
    let attr = match single(syntax, "attr", true).ok()??.as_str() {
        "email" => AccountAttr::Email,
        "repo" => AccountAttr::Repo,
        "status" => AccountAttr::Status,
        _ => return None,
    };
    let mut actions = Vec::new();
    for action in syntax.values("action") {
        let action = match action {
            "read" => AccountAction::Read,
            "manage" => AccountAction::Manage,
            _ => return None,
        };
        if !actions.contains(&action) {
            actions.push(action);
        }
    }
    if actions.is_empty() {
        actions.push(AccountAction::Read);
    }
    Some(AccountScope { attr, actions })
}

fn identity(syntax: &Syntax<'_>) -> Option<IdentityAttr> {
    if !syntax.only_keys(&["attr"]) {
        return None;
    }
    match single(syntax, "attr", true).ok()??.as_str() {
        "handle" => Some(IdentityAttr::Handle),
        "*" => Some(IdentityAttr::All),
        _ => None,
    }
}

fn include(syntax: &Syntax<'_>) -> Option<IncludeScope> {
    if !syntax.only_keys(&["nsid", "aud"]) {
        return None;
    }
    let nsid = single(syntax, "nsid", true).ok()??;
    let aud = single(syntax, "aud", false).ok()?;
    if !is_nsid(&nsid) || aud.as_deref().is_some_and(|a| !is_service_ref(a)) {
        return None;
    }
    Some(IncludeScope { nsid, aud })
}

impl RepoScope {
    pub(crate) fn allows(&self, collection: &str, action: RepoAction) -> bool {
        action.in_set(self.actions) && self.collections.iter().any(|c| c == "*" || c == collection)
    }
}

impl RpcScope {
    /// `lxm` may be `*` (a method-less service token), which only a wildcard permission grants.
    pub(crate) fn allows(&self, lxm: &str, aud: &str) -> bool {
        (self.aud == "*" || self.aud == aud) && self.lxm.iter().any(|l| l == "*" || l == lxm)
    }
}

impl BlobScope {
    pub(crate) fn allows(&self, mime_type: &str) -> bool {
        self.accept.iter().any(|a| mime::accepts(a, mime_type))
    }
}

impl AccountScope {
    pub(crate) fn allows(&self, attr: AccountAttr, action: AccountAction) -> bool {
        self.attr == attr
            && (self.actions.contains(&AccountAction::Manage) || self.actions.contains(&action))
    }
}

/// One list parameter: positional when it has one value, else repeated `key=value`.
fn list_params<'a>(key: &'a str, list: &'a [String]) -> (Option<&'a str>, Vec<(&'a str, &'a str)>) {
    match list {
        [one] => (Some(one.as_str()), Vec::new()),
        many => (None, many.iter().map(|v| (key, v.as_str())).collect()),
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Scope::Atproto => "atproto".to_owned(),
            Scope::TransitionGeneric => "transition:generic".to_owned(),
            Scope::TransitionChatBsky => "transition:chat.bsky".to_owned(),
            Scope::TransitionEmail => "transition:email".to_owned(),
            Scope::Repo(repo) => {
                let (positional, mut params) = list_params("collection", &repo.collections);
                if repo.actions != RepoActions::ALL {
                    params.extend(repo.actions.names().map(|a| ("action", a)));
                }
                format("repo", positional, &params)
            }
            Scope::Rpc(rpc) => {
                let (positional, mut params) = list_params("lxm", &rpc.lxm);
                params.push(("aud", &rpc.aud));
                format("rpc", positional, &params)
            }
            Scope::Blob(blob) => {
                let (positional, params) = list_params("accept", &blob.accept);
                format("blob", positional, &params)
            }
            Scope::Account(account) => {
                let params: Vec<(&str, &str)> = match account.actions.as_slice() {
                    [AccountAction::Read] => Vec::new(),
                    actions => actions.iter().map(|a| ("action", a.name())).collect(),
                };
                format("account", Some(account.attr.name()), &params)
            }
            Scope::Identity(attr) => {
                let attr = match attr {
                    IdentityAttr::Handle => "handle",
                    IdentityAttr::All => "*",
                };
                format("identity", Some(attr), &[])
            }
            Scope::Include(include) => {
                let params: Vec<(&str, &str)> =
                    include.aud.iter().map(|a| ("aud", a.as_str())).collect();
                format("include", Some(&include.nsid), &params)
            }
        };
        f.write_str(&text)
    }
}

#[cfg(test)]
mod tests;
