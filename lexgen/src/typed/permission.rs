//! Lexicon permission sets as constants: what an OAuth server needs to show an `include:` scope and
//! expand it into the granular `repo:` and `rpc:` scopes it grants.
//!
//! A generated `PERMISSION_SET` is a [`PermissionSet`] of `'static` data, so it costs nothing at run
//! time. Expansion follows the permission spec: only `repo` and `rpc` permissions count, every
//! collection and endpoint must lie under the set's own namespace authority (the set's NSID up to its
//! last dot), an `rpc` permission's audience is `*` or inherited from the `include:` scope's `aud`.

use std::fmt::Write as _;

/// A permission set (`type: "permission-set"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PermissionSet {
    /// The set's NSID (what `include:<nsid>` names).
    pub nsid: &'static str,
    /// Short display name.
    pub title: Option<&'static str>,
    /// Localized titles: (language tag, title).
    pub title_lang: &'static [(&'static str, &'static str)],
    /// Display text describing what the set grants.
    pub detail: Option<&'static str>,
    /// Localized details: (language tag, detail).
    pub detail_lang: &'static [(&'static str, &'static str)],
    /// The permissions, in lexicon order (resources other than `repo` and `rpc` left out: a
    /// permission set cannot grant them).
    pub permissions: &'static [Permission],
}

/// One permission of a set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// `resource: repo`: writes to records of these collections.
    Repo(RepoPermission),
    /// `resource: rpc`: service-authenticated calls to these endpoints.
    Rpc(RpcPermission),
}

/// `resource: repo`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RepoPermission {
    /// Record collections (NSIDs).
    pub collection: &'static [&'static str],
    /// The allowed actions.
    pub action: RepoActions,
}

/// Which record writes a repo permission allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RepoActions {
    /// `create`.
    pub create: bool,
    /// `update`.
    pub update: bool,
    /// `delete`.
    pub delete: bool,
}

impl RepoActions {
    /// Every action: what an absent or empty `action` list means.
    pub const ALL: RepoActions = RepoActions {
        create: true,
        update: true,
        delete: true,
    };

    /// The actions as spelled in a lexicon, in canonical order.
    pub fn names(self) -> impl Iterator<Item = &'static str> {
        [
            (self.create, "create"),
            (self.update, "update"),
            (self.delete, "delete"),
        ]
        .into_iter()
        .filter_map(|(on, name)| on.then_some(name))
    }
}

/// `resource: rpc`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RpcPermission {
    /// Endpoints (NSIDs).
    pub lxm: &'static [&'static str],
    /// The audience: `*` (any service), or absent when inherited.
    pub aud: Option<&'static str>,
    /// Whether the audience comes from the `aud` of the `include:` scope.
    pub inherit_aud: bool,
}

impl PermissionSet {
    /// The title in `lang` (a BCP 47 tag, matched exactly, ASCII case ignored), else the default one.
    pub fn title_in(&self, lang: &str) -> Option<&'static str> {
        localized(self.title_lang, lang).or(self.title)
    }

    /// The detail in `lang` (matched as [`PermissionSet::title_in`]), else the default one.
    pub fn detail_in(&self, lang: &str) -> Option<&'static str> {
        localized(self.detail_lang, lang).or(self.detail)
    }

    /// Whether `nsid` lies under this set's namespace authority: it starts with the set's NSID up
    /// to and including its last dot, and has a name after it.
    pub fn covers(&self, nsid: &str) -> bool {
        match self.nsid.rfind('.') {
            Some(dot) => {
                nsid.len() > dot + 1 && nsid.as_bytes()[..=dot] == self.nsid.as_bytes()[..=dot]
            }
            None => false,
        }
    }

    /// The granular scopes `include:<nsid>` grants (with `?aud=<aud>` when `aud` is given):
    /// `repo:` and `rpc:` scope strings. A permission naming anything outside the set's namespace
    /// authority is dropped whole, as is an `rpc` permission without an audience (one that
    /// inherits it from an `include:` without `aud`), naming a service other than `*`, or both naming
    /// and inheriting one.
    pub fn scopes(&self, aud: Option<&str>) -> Vec<String> {
        self.permissions
            .iter()
            .filter_map(|permission| match permission {
                Permission::Repo(repo) if repo.collection.iter().all(|c| self.covers(c)) => {
                    Some(repo.scope())
                }
                Permission::Rpc(rpc) if rpc.lxm.iter().all(|l| self.covers(l)) => {
                    // As the reference: a set names no service of its own (only `*`), and an
                    // audience both given and inherited grants nothing.
                    let aud = match (rpc.aud, rpc.inherit_aud) {
                        (Some("*"), false) => Some("*"),
                        (Some(_), _) => None,
                        (None, true) => aud,
                        (None, false) => None,
                    };
                    aud.map(|aud| rpc.scope(aud))
                }
                _ => None,
            })
            .collect()
    }
}

impl RepoPermission {
    /// The scope string: `repo:<collection>` for one collection, `repo?collection=..&collection=..`
    /// for several, then `action=` parameters unless every action is allowed.
    pub fn scope(&self) -> String {
        let mut params = Vec::new();
        let mut scope = String::from("repo");
        match self.collection {
            [one] => {
                scope.push(':');
                scope.push_str(one);
            }
            many => params.extend(many.iter().map(|c| ("collection", *c))),
        }
        if self.action != RepoActions::ALL {
            params.extend(self.action.names().map(|a| ("action", a)));
        }
        with_query(scope, &params)
    }
}

impl RpcPermission {
    /// The scope string for audience `aud`: `rpc:<lxm>?aud=<aud>` for one endpoint,
    /// `rpc?lxm=..&lxm=..&aud=<aud>` for several.
    pub fn scope(&self, aud: &str) -> String {
        let mut params = Vec::new();
        let mut scope = String::from("rpc");
        match self.lxm {
            [one] => {
                scope.push(':');
                scope.push_str(one);
            }
            many => params.extend(many.iter().map(|l| ("lxm", *l))),
        }
        params.push(("aud", aud));
        with_query(scope, &params)
    }
}

fn localized(entries: &'static [(&'static str, &'static str)], lang: &str) -> Option<&'static str> {
    entries
        .iter()
        .find(|(tag, _)| tag.eq_ignore_ascii_case(lang))
        .map(|(_, text)| *text)
}

/// `scope?k=v&k=v`, values percent-encoded (`#` in a service id becomes `%23`).
fn with_query(mut scope: String, params: &[(&str, &str)]) -> String {
    for (i, (key, value)) in params.iter().enumerate() {
        scope.push(if i == 0 { '?' } else { '&' });
        scope.push_str(key);
        scope.push('=');
        for byte in value.bytes() {
            if byte.is_ascii_alphanumeric() || b"-._~:*/".contains(&byte) {
                scope.push(char::from(byte));
            } else {
                let _ = write!(scope, "%{byte:02X}");
            }
        }
    }
    scope
}

#[cfg(test)]
mod tests {
    use super::*;

    const SET: PermissionSet = PermissionSet {
        nsid: "cv.atmos.authFull",
        title: Some("Atmos"),
        title_lang: &[("fr", "Atmos (fr)")],
        detail: None,
        detail_lang: &[],
        permissions: &[
            Permission::Repo(RepoPermission {
                collection: &["cv.atmos.board.board", "cv.atmos.board.item"],
                action: RepoActions::ALL,
            }),
            Permission::Repo(RepoPermission {
                collection: &["cv.atmos.cv.profile"],
                action: RepoActions {
                    create: true,
                    update: false,
                    delete: true,
                },
            }),
            Permission::Repo(RepoPermission {
                collection: &["app.bsky.feed.post"],
                action: RepoActions::ALL,
            }),
            Permission::Rpc(RpcPermission {
                lxm: &["cv.atmos.server.getFederationStatus"],
                aud: None,
                inherit_aud: true,
            }),
            Permission::Rpc(RpcPermission {
                lxm: &["cv.atmos.a", "cv.atmos.b"],
                aud: Some("*"),
                inherit_aud: false,
            }),
            // Dropped: a set names no service of its own, and cannot both name and inherit one.
            Permission::Rpc(RpcPermission {
                lxm: &["cv.atmos.c"],
                aud: Some("did:web:api.atmos.cv#atmos_appview"),
                inherit_aud: false,
            }),
            Permission::Rpc(RpcPermission {
                lxm: &["cv.atmos.d"],
                aud: Some("*"),
                inherit_aud: true,
            }),
        ],
    };

    #[test]
    fn expands_to_scopes_under_the_namespace_authority() {
        assert_eq!(
            SET.scopes(Some("did:web:api.atmos.cv#atmos_appview")),
            [
                "repo?collection=cv.atmos.board.board&collection=cv.atmos.board.item",
                "repo:cv.atmos.cv.profile?action=create&action=delete",
                "rpc:cv.atmos.server.getFederationStatus?aud=did:web:api.atmos.cv%23atmos_appview",
                "rpc?lxm=cv.atmos.a&lxm=cv.atmos.b&aud=*",
            ]
        );
        // Without an audience to inherit, the inheriting rpc permission grants nothing.
        assert_eq!(SET.scopes(None).len(), 3);
    }

    #[test]
    fn namespace_authority_is_the_nsid_up_to_its_last_dot() {
        assert!(SET.covers("cv.atmos.board.item"));
        assert!(SET.covers("cv.atmos.x"));
        assert!(!SET.covers("cv.atmos."));
        assert!(!SET.covers("cv.atmosphere.x"));
        assert!(!SET.covers("*"));
    }

    #[test]
    fn localized_text_falls_back_to_the_default() {
        assert_eq!(SET.title_in("FR"), Some("Atmos (fr)"));
        assert_eq!(SET.title_in("de"), Some("Atmos"));
        assert_eq!(SET.detail_in("fr"), None);
    }
}
