//! A grant's scopes: the space-separated scope string parsed value by value (what is not understood is
//! left out, never fatal), written back in normal form (sorted, unique), and asked whether it grants one
//! [`Need`], with the transitional scopes' meaning.

use std::fmt;

use super::scope::{AccountAction, AccountAttr, IdentityAttr, IncludeScope, RepoAction, Scope};
use super::syntax::format;

/// The scopes of a grant, in normal form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScopeSet {
    /// (normal form, scope), sorted by the normal form, unique.
    scopes: Vec<(String, Scope)>,
}

/// One thing a request needs of a grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need<'a> {
    /// Writing a record of `collection`.
    Repo {
        collection: &'a str,
        action: RepoAction,
    },
    /// A service-authenticated call of `lxm` (`*`: any method) to `aud` (`did#service`).
    Rpc {
        lxm: &'a str,
        aud: &'a str,
    },
    /// Uploading a blob of this MIME type.
    Blob {
        mime_type: &'a str,
    },
    Account {
        attr: AccountAttr,
        action: AccountAction,
    },
    Identity(IdentityAttr),
}

impl Need<'_> {
    /// The narrowest scope that grants it (what a refusal names).
    pub(crate) fn scope(&self) -> String {
        match *self {
            Need::Repo { collection, action } => {
                format("repo", Some(collection), &[("action", action.name())])
            }
            Need::Rpc { lxm, aud } => format("rpc", Some(lxm), &[("aud", aud)]),
            Need::Blob { mime_type } => format("blob", Some(mime_type), &[]),
            Need::Account { attr, action } => {
                let params: &[(&str, &str)] = match action {
                    AccountAction::Read => &[],
                    AccountAction::Manage => &[("action", "manage")],
                };
                format("account", Some(attr.name()), params)
            }
            Need::Identity(IdentityAttr::Handle) => "identity:handle".to_owned(),
            Need::Identity(IdentityAttr::All) => "identity:*".to_owned(),
        }
    }
}

impl ScopeSet {
    /// Parses a space-separated scope string, keeping the values it understands.
    pub fn parse(text: &str) -> ScopeSet {
        let mut scopes: Vec<(String, Scope)> = text
            .split(' ')
            .filter_map(Scope::parse)
            .map(|scope| (scope.to_string(), scope))
            .collect();
        scopes.sort_by(|a, b| a.0.cmp(&b.0));
        scopes.dedup_by(|a, b| a.0 == b.0);
        ScopeSet { scopes }
    }

    /// The scopes, in normal-form order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &Scope> {
        self.scopes.iter().map(|(_, scope)| scope)
    }

    fn has(&self, wanted: &Scope) -> bool {
        self.iter().any(|scope| scope == wanted)
    }

    /// Whether `atproto` is among them (required of every atproto grant).
    #[cfg(test)]
    pub(crate) fn is_empty(&self) -> bool {
        self.scopes.is_empty()
    }

    pub(crate) fn has_atproto(&self) -> bool {
        self.has(&Scope::Atproto)
    }

    /// The `include:` scopes (for the authorization server to expand).
    pub(crate) fn includes(&self) -> impl Iterator<Item = &IncludeScope> {
        self.iter().filter_map(|scope| match scope {
            Scope::Include(include) => Some(include),
            _ => None,
        })
    }

    /// Adds the scopes of `other` (keeping the normal form).
    pub(crate) fn extend(&mut self, other: impl IntoIterator<Item = Scope>) {
        for scope in other {
            let text = scope.to_string();
            if let Err(at) = self.scopes.binary_search_by(|(t, _)| t.cmp(&text)) {
                self.scopes.insert(at, (text, scope));
            }
        }
    }

    /// Leaves out the `include:` scopes (once expanded, they grant nothing themselves).
    pub(crate) fn without_includes(mut self) -> ScopeSet {
        self.scopes
            .retain(|(_, scope)| !matches!(scope, Scope::Include(_)));
        self
    }

    /// Whether the grant allows `need`. The transitional scopes count as the reference has them:
    /// `transition:generic` grants every record write and blob upload and every `rpc` call outside
    /// `chat.bsky.*`; `transition:chat.bsky` the `chat.bsky.*` calls; `transition:email` reading the email.
    pub fn allows(&self, need: &Need<'_>) -> bool {
        let generic = self.has(&Scope::TransitionGeneric);
        let transitional = match *need {
            Need::Repo { .. } | Need::Blob { .. } => generic,
            Need::Rpc { lxm, .. } => {
                let chat = lxm.starts_with("chat.bsky.");
                (generic && !chat) || (chat && self.has(&Scope::TransitionChatBsky))
            }
            Need::Account {
                attr: AccountAttr::Email,
                action: AccountAction::Read,
            } => self.has(&Scope::TransitionEmail),
            Need::Account { .. } | Need::Identity(_) => false,
        };
        transitional
            || self.iter().any(|scope| match (scope, *need) {
                (Scope::Repo(repo), Need::Repo { collection, action }) => {
                    repo.allows(collection, action)
                }
                (Scope::Rpc(rpc), Need::Rpc { lxm, aud }) => rpc.allows(lxm, aud),
                (Scope::Blob(blob), Need::Blob { mime_type }) => blob.allows(mime_type),
                (Scope::Account(account), Need::Account { attr, action }) => {
                    account.allows(attr, action)
                }
                (Scope::Identity(have), Need::Identity(want)) => {
                    *have == IdentityAttr::All || *have == want
                }
                _ => false,
            })
    }
}

impl fmt::Display for ScopeSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (text, _)) in self.scopes.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            f.write_str(text)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DID_SVC: &str = "did:web:api.example.com#svc_appview";

    #[test]
    fn unknown_values_are_left_out_and_the_rest_normalised() {
        let set = ScopeSet::parse(
            "atproto  unknown:thing repo:b.b.b repo:a.a.a?action=create&action=update&action=delete \
             openid blob?accept=image/png&accept=*/* atproto rpc:*?aud=*",
        );
        assert_eq!(set.to_string(), "atproto blob:*/* repo:a.a.a repo:b.b.b");
        assert!(set.has_atproto());
        assert!(ScopeSet::parse("").is_empty());
        assert!(!ScopeSet::parse("transition:generic").has_atproto());
    }

    #[test]
    fn granular_permissions() {
        let set = ScopeSet::parse(
            "atproto repo:a.b.c?action=create blob:image/* account:repo?action=manage \
             identity:handle rpc:x.y.z?aud=did:web:api.example.com%23svc_appview",
        );
        let repo = |collection, action| Need::Repo { collection, action };
        assert!(set.allows(&repo("a.b.c", RepoAction::Create)));
        assert!(!set.allows(&repo("a.b.c", RepoAction::Delete)));
        assert!(!set.allows(&repo("a.b.d", RepoAction::Create)));
        assert!(set.allows(&Need::Blob {
            mime_type: "image/png"
        }));
        assert!(!set.allows(&Need::Blob {
            mime_type: "video/mp4"
        }));
        let manage_repo = Need::Account {
            attr: AccountAttr::Repo,
            action: AccountAction::Manage,
        };
        assert!(set.allows(&manage_repo));
        assert!(set.allows(&Need::Identity(IdentityAttr::Handle)));
        assert!(!set.allows(&Need::Identity(IdentityAttr::All)));
        assert!(set.allows(&Need::Rpc {
            lxm: "x.y.z",
            aud: DID_SVC
        }));
        assert!(!set.allows(&Need::Rpc {
            lxm: "x.y.z",
            aud: "did:web:other.com#svc_appview"
        }));
        let email = Need::Account {
            attr: AccountAttr::Email,
            action: AccountAction::Read,
        };
        assert!(!set.allows(&email));
    }

    #[test]
    fn transitional_scopes() {
        let generic = ScopeSet::parse("atproto transition:generic");
        let post = Need::Repo {
            collection: "app.bsky.feed.post",
            action: RepoAction::Delete,
        };
        assert!(generic.allows(&post));
        assert!(generic.allows(&Need::Blob {
            mime_type: "video/mp4"
        }));
        assert!(generic.allows(&Need::Rpc {
            lxm: "app.bsky.feed.getTimeline",
            aud: DID_SVC
        }));
        assert!(generic.allows(&Need::Rpc {
            lxm: "*",
            aud: DID_SVC
        }));
        let chat = Need::Rpc {
            lxm: "chat.bsky.convo.listConvos",
            aud: DID_SVC,
        };
        assert!(!generic.allows(&chat));
        assert!(ScopeSet::parse("atproto transition:generic transition:chat.bsky").allows(&chat));
        // Never account or identity control.
        let import = Need::Account {
            attr: AccountAttr::Repo,
            action: AccountAction::Manage,
        };
        assert!(!generic.allows(&import));
        assert!(!generic.allows(&Need::Identity(IdentityAttr::Handle)));
        let email = Need::Account {
            attr: AccountAttr::Email,
            action: AccountAction::Read,
        };
        assert!(!generic.allows(&email));
        assert!(ScopeSet::parse("atproto transition:email").allows(&email));
        // `atproto` alone grants no resource.
        assert!(!ScopeSet::parse("atproto").allows(&post));
    }

    #[test]
    fn what_a_refusal_names() {
        let need = Need::Repo {
            collection: "a.b.c",
            action: RepoAction::Create,
        };
        assert_eq!(need.scope(), "repo:a.b.c?action=create");
        assert_eq!(
            Need::Rpc {
                lxm: "a.b.c",
                aud: DID_SVC
            }
            .scope(),
            "rpc:a.b.c?aud=did:web:api.example.com%23svc_appview"
        );
        assert_eq!(
            Need::Blob {
                mime_type: "image/png"
            }
            .scope(),
            "blob:image/png"
        );
        let import = Need::Account {
            attr: AccountAttr::Repo,
            action: AccountAction::Manage,
        };
        assert_eq!(import.scope(), "account:repo?action=manage");
        // Each is granted by its own scope.
        for need in [need, import] {
            assert!(ScopeSet::parse(&need.scope()).allows(&need));
        }
    }
}
