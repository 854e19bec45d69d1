//! Permission sets (`permission-set` lexicons) and what an `include:` of one grants: only `repo` and `rpc`
//! permissions, every collection and method under the set's group (its NSID up to the last dot, children
//! included; no siblings, no parents, no `*`), an `rpc` audience that is `*` or inherited from the
//! `include:`'s `aud` (`inheritAud`). A permission with an unknown resource, parameter or value is left out,
//! never the whole set.

use std::collections::BTreeMap;

use lexgen::lexicon::{Permission, PermissionSet};
use serde_json::Value;

use super::scope::{IncludeScope, Scope};
use super::syntax::format;

/// One permission of a set, as the set declares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetPermission {
    Repo {
        collection: Vec<String>,
        action: Vec<String>,
    },
    Rpc {
        lxm: Vec<String>,
        aud: Option<String>,
        inherit_aud: bool,
    },
    /// Another resource, or a permission with parameters this server does not know: grants nothing.
    Ignored,
}

/// A permission set: its NSID, what the consent page shows of it and its permissions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetDocument {
    pub nsid: String,
    pub display: SetDisplay,
    pub permissions: Vec<SetPermission>,
}

/// A set's short name and description for people, each with its translations by language tag.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SetDisplay {
    pub title: Option<String>,
    pub title_lang: BTreeMap<String, String>,
    pub detail: Option<String>,
    pub detail_lang: BTreeMap<String, String>,
}

impl SetDisplay {
    /// The title in the first of `languages` (tags in preference order) it has, else the default one.
    pub(crate) fn title(&self, languages: &[String]) -> Option<&str> {
        localized(self.title.as_deref(), &self.title_lang, languages)
    }

    /// The detail, chosen as [`SetDisplay::title`].
    pub(crate) fn detail(&self, languages: &[String]) -> Option<&str> {
        localized(self.detail.as_deref(), &self.detail_lang, languages)
    }

    fn from_json(main: &Value) -> SetDisplay {
        let text = |key: &str| main.get(key).and_then(Value::as_str).map(str::to_owned);
        let langs = |key: &str| {
            main.get(key)
                .and_then(Value::as_object)
                .map(|map| {
                    map.iter()
                        .filter_map(|(tag, text)| Some((tag.clone(), text.as_str()?.to_owned())))
                        .collect()
                })
                .unwrap_or_default()
        };
        SetDisplay {
            title: text("title"),
            title_lang: langs("title:lang"),
            detail: text("detail"),
            detail_lang: langs("detail:lang"),
        }
    }
}

/// A tag matches a translation's tag exactly, else by its primary language (`fr-CA` takes `fr`).
fn localized<'a>(
    default: Option<&'a str>,
    translations: &'a BTreeMap<String, String>,
    languages: &[String],
) -> Option<&'a str> {
    let primary = |tag: &str| {
        tag.split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    languages
        .iter()
        .find_map(|wanted| {
            translations
                .iter()
                .find(|(tag, _)| tag.eq_ignore_ascii_case(wanted))
                .or_else(|| {
                    translations
                        .iter()
                        .find(|(tag, _)| primary(tag) == primary(wanted))
                })
                .map(|(_, text)| text.as_str())
        })
        .or(default)
}

/// A lexicon document that is not a permission set where one was named.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{nsid} is not a permission set: {reason}")]
pub struct NotASet {
    pub nsid: String,
    pub reason: &'static str,
}

impl SetDocument {
    /// From a parsed catalog definition (the built-in and installed lexicons).
    pub(crate) fn from_def(nsid: &str, set: &PermissionSet) -> SetDocument {
        let permissions = set
            .permissions
            .iter()
            .map(|permission| match permission {
                Permission::Repo { collection, action } => SetPermission::Repo {
                    collection: collection.clone(),
                    action: action.clone(),
                },
                Permission::Rpc {
                    lxm,
                    aud,
                    inherit_aud,
                } => SetPermission::Rpc {
                    lxm: lxm.clone(),
                    aud: aud.clone(),
                    inherit_aud: *inherit_aud,
                },
                Permission::Other { .. } => SetPermission::Ignored,
            })
            .collect();
        SetDocument {
            nsid: nsid.to_owned(),
            display: SetDisplay {
                title: set.title.clone(),
                title_lang: set.title_lang.clone(),
                detail: set.detail.clone(),
                detail_lang: set.detail_lang.clone(),
            },
            permissions,
        }
    }

    /// From a lexicon document as JSON (one resolved on the network): its `main` def must be a
    /// `permission-set`; each permission is read leniently (anything unexpected makes it
    /// [`SetPermission::Ignored`]).
    pub fn from_json(nsid: &str, document: &Value) -> Result<SetDocument, NotASet> {
        let refuse = |reason| NotASet {
            nsid: nsid.to_owned(),
            reason,
        };
        let main = document
            .get("defs")
            .and_then(|defs| defs.get("main"))
            .ok_or_else(|| refuse("it has no main definition"))?;
        if main.get("type").and_then(Value::as_str) != Some("permission-set") {
            return Err(refuse("its main definition is of another type"));
        }
        let permissions = main
            .get("permissions")
            .and_then(Value::as_array)
            .ok_or_else(|| refuse("it has no permissions list"))?
            .iter()
            .map(permission_from_json)
            .collect();
        Ok(SetDocument {
            nsid: nsid.to_owned(),
            display: SetDisplay::from_json(main),
            permissions,
        })
    }

    /// The `repo:` and `rpc:` scopes `include` grants from this set (whose NSID it names).
    pub fn expand(&self, include: &IncludeScope) -> Vec<Scope> {
        self.permissions
            .iter()
            .filter_map(|permission| self.grant(permission, include.aud.as_deref()))
            .collect()
    }

    fn grant(&self, permission: &SetPermission, include_aud: Option<&str>) -> Option<Scope> {
        let (text, nsids) = match permission {
            SetPermission::Repo { collection, action } => {
                let mut params: Vec<(&str, &str)> = collection
                    .iter()
                    .map(|c| ("collection", c.as_str()))
                    .collect();
                params.extend(action.iter().map(|a| ("action", a.as_str())));
                (format("repo", None, &params), collection)
            }
            SetPermission::Rpc {
                lxm,
                aud,
                inherit_aud,
            } => {
                let aud = match (aud.as_deref(), inherit_aud) {
                    // Only `*` may be named in a set, and not together with `inheritAud`.
                    (Some("*"), false) => "*",
                    (None, true) => include_aud?,
                    _ => return None,
                };
                let mut params: Vec<(&str, &str)> =
                    lxm.iter().map(|l| ("lxm", l.as_str())).collect();
                params.push(("aud", aud));
                (format("rpc", None, &params), lxm)
            }
            SetPermission::Ignored => return None,
        };
        if !nsids.iter().all(|nsid| self.covers(nsid)) {
            return None;
        }
        Scope::parse(&text)
    }

    /// Whether `nsid` lies under the set's group: it starts with the set's NSID up to and including its
    /// last dot and has a name after it (never `*`).
    pub(crate) fn covers(&self, nsid: &str) -> bool {
        match self.nsid.rfind('.') {
            Some(dot) => {
                let group = &self.nsid[..=dot];
                nsid.len() > group.len() && nsid.starts_with(group) && !nsid.contains('*')
            }
            None => false,
        }
    }
}

fn strings(value: Option<&Value>) -> Option<Vec<String>> {
    value?
        .as_array()?
        .iter()
        .map(|v| v.as_str().map(str::to_owned))
        .collect()
}

fn permission_from_json(value: &Value) -> SetPermission {
    let Some(map) = value.as_object() else {
        return SetPermission::Ignored;
    };
    if map.get("type").and_then(Value::as_str) != Some("permission") {
        return SetPermission::Ignored;
    }
    let known = |keys: &[&str]| map.keys().all(|k| keys.contains(&k.as_str()));
    let read = || -> Option<SetPermission> {
        match map.get("resource")?.as_str()? {
            "repo" if known(&["type", "resource", "collection", "action"]) => {
                Some(SetPermission::Repo {
                    collection: strings(map.get("collection"))?,
                    action: match map.get("action") {
                        None => Vec::new(),
                        some => strings(some)?,
                    },
                })
            }
            "rpc" if known(&["type", "resource", "lxm", "aud", "inheritAud"]) => {
                Some(SetPermission::Rpc {
                    lxm: strings(map.get("lxm"))?,
                    aud: match map.get("aud") {
                        None => None,
                        Some(aud) => Some(aud.as_str()?.to_owned()),
                    },
                    inherit_aud: match map.get("inheritAud") {
                        None => false,
                        Some(flag) => flag.as_bool()?,
                    },
                })
            }
            _ => None,
        }
    };
    read().unwrap_or(SetPermission::Ignored)
}

#[cfg(test)]
mod tests;
