//! Parsing named defs: the primary types (record, query, procedure, subscription, permission-set), tokens, and their parts.

use serde_json::Value;

use super::fields::{self, Place};
use super::reader::{Node, Parser};
use crate::lexicon::diagnostic::Code;
use crate::lexicon::nsid::nsid_problem;
use crate::lexicon::path::{child, index};
use crate::lexicon::schema::{
    Body, Def, ErrorDef, Message, Params, Permission, PermissionSet, Procedure, Query, Record,
    RecordKey, Subscription, Token,
};

/// Parses the def `name` at `path`.
pub(super) fn def(p: &mut Parser, name: &str, value: &Value, path: &str) -> Option<Def> {
    let node = p.object(value, path, "a definition object")?;
    let def = match node.map.get("type") {
        Some(Value::String(t)) => match t.as_str() {
            "record" => record(p, &node).map(Def::Record),
            "query" => Some(Def::Query(query(p, &node))),
            "procedure" => Some(Def::Procedure(procedure(p, &node))),
            "subscription" => Some(Def::Subscription(subscription(p, &node))),
            "permission-set" => Some(Def::PermissionSet(permission_set(p, &node))),
            "token" => {
                p.check_keys(&node, &["type", "description"]);
                Some(Def::Token(Token {
                    description: p.string(&node, "description"),
                }))
            }
            "ref" | "union" | "unknown" | "params" | "permission" => {
                p.report(
                    Code::TypeNotAllowedHere,
                    child(path, "type"),
                    format!("a `{t}` cannot be a named def; declare it where it is used"),
                );
                if t == "params" || t == "permission" {
                    return None;
                }
                // Parsed all the same, so its own mistakes are reported too.
                fields::field(p, value, path, Place::Def).map(Def::Field)
            }
            _ => fields::field(p, value, path, Place::Def).map(Def::Field),
        },
        Some(other) => {
            p.wrong_type(&child(path, "type"), "a string", other);
            None
        }
        None => {
            p.missing(&node, "type", "the def type");
            None
        }
    }?;
    super::check_primary_name(p, name, &def, path);
    Some(def)
}

fn record_key(p: &mut Parser, node: &Node<'_>) -> Option<RecordKey> {
    let key = p.required_string(
        node,
        "key",
        "the record key type: tid, nsid, any or literal:<key>",
    )?;
    let path = child(&node.path, "key");
    let parsed = match key.as_str() {
        "tid" => Some(RecordKey::Tid),
        "nsid" => Some(RecordKey::Nsid),
        "any" => Some(RecordKey::Any),
        other => match other.strip_prefix("literal:") {
            Some(value) if is_record_key(value) => Some(RecordKey::Literal(value.to_owned())),
            Some(value) => {
                p.report(
                    Code::InvalidValue,
                    path,
                    format!("`{value}` is not a valid record key"),
                );
                return None;
            }
            None => None,
        },
    };
    if parsed.is_none() {
        p.report(
            Code::InvalidValue,
            path,
            format!("`{key}` is not a record key type (tid, nsid, any or literal:<key>)"),
        );
    }
    parsed
}

/// Record key syntax: 1–512 of `A-Za-z0-9._:~-`, not `.` or `..`.
fn is_record_key(s: &str) -> bool {
    (1..=512).contains(&s.len())
        && s != "."
        && s != ".."
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._:~-".contains(&b))
}

fn record(p: &mut Parser, node: &Node<'_>) -> Option<Record> {
    p.check_keys(node, &["type", "description", "key", "record"]);
    let description = p.string(node, "description");
    let key = record_key(p, node);
    let Some(value) = node.map.get("record") else {
        p.missing(node, "record", "the record's object schema");
        return None;
    };
    let path = child(&node.path, "record");
    let record = match fields::field(p, value, &path, Place::Record)? {
        crate::lexicon::schema::Field::Object(object) => object,
        _ => return None,
    };
    Some(Record {
        description,
        key: key?,
        record,
    })
}

fn params(p: &mut Parser, node: &Node<'_>) -> Option<Params> {
    let params = p.optional_object(node, "parameters", "a params schema")?;
    match params.map.get("type") {
        Some(Value::String(t)) if t == "params" => {}
        Some(Value::String(t)) => {
            p.report(
                Code::TypeNotAllowedHere,
                child(&params.path, "type"),
                format!("`parameters` must have type `params`, not `{t}`"),
            );
            return None;
        }
        Some(other) => {
            p.wrong_type(&child(&params.path, "type"), "the string `params`", other);
            return None;
        }
        None => {
            p.missing(&params, "type", "`params`");
            return None;
        }
    }
    p.check_keys(&params, &["type", "description", "required", "properties"]);
    let required = p.string_list(&params, "required").unwrap_or_default();
    fields::names_defined(p, &params, "required", &required);
    Some(Params {
        description: p.string(&params, "description"),
        required,
        properties: fields::properties(p, &params, Place::Param),
    })
}

fn body(p: &mut Parser, node: &Node<'_>, key: &str) -> Option<Body> {
    let body = p.optional_object(node, key, "a body description")?;
    p.check_keys(&body, &["description", "encoding", "schema"]);
    let encoding = p.required_string(&body, "encoding", "the MIME type of the body");
    if let Some(encoding) = &encoding
        && !fields::is_mime_pattern(encoding)
    {
        p.report(
            Code::InvalidValue,
            child(&body.path, "encoding"),
            format!("`{encoding}` is not a MIME type"),
        );
    }
    let schema = body
        .map
        .get("schema")
        .and_then(|value| fields::field(p, value, &child(&body.path, "schema"), Place::Body))
        .map(Box::new);
    Some(Body {
        description: p.string(&body, "description"),
        encoding: encoding?,
        schema,
    })
}

fn errors(p: &mut Parser, node: &Node<'_>) -> Vec<ErrorDef> {
    let mut out = Vec::new();
    let path = child(&node.path, "errors");
    let items = match node.map.get("errors") {
        None => return out,
        Some(Value::Array(items)) => items,
        Some(other) => {
            p.wrong_type(&path, "an array of errors", other);
            return out;
        }
    };
    for (i, item) in items.iter().enumerate() {
        let Some(error) = p.object(item, &index(&path, i), "an error object") else {
            continue;
        };
        p.check_keys(&error, &["name", "description"]);
        let Some(name) = p.required_string(&error, "name", "the error name") else {
            continue;
        };
        if name.is_empty() || name.contains(char::is_whitespace) {
            p.report(
                Code::InvalidName,
                child(&error.path, "name"),
                format!("error name {name:?} must be non-empty without whitespace"),
            );
        }
        if out.iter().any(|e: &ErrorDef| e.name == name) {
            p.report(
                Code::DuplicateEntry,
                child(&error.path, "name"),
                format!("error `{name}` is declared twice"),
            );
        }
        out.push(ErrorDef {
            name,
            description: p.string(&error, "description"),
        });
    }
    out
}

fn query(p: &mut Parser, node: &Node<'_>) -> Query {
    p.check_keys(
        node,
        &["type", "description", "parameters", "output", "errors"],
    );
    Query {
        description: p.string(node, "description"),
        parameters: params(p, node),
        output: body(p, node, "output"),
        errors: errors(p, node),
    }
}

fn procedure(p: &mut Parser, node: &Node<'_>) -> Procedure {
    p.check_keys(
        node,
        &[
            "type",
            "description",
            "parameters",
            "input",
            "output",
            "errors",
        ],
    );
    Procedure {
        description: p.string(node, "description"),
        parameters: params(p, node),
        input: body(p, node, "input"),
        output: body(p, node, "output"),
        errors: errors(p, node),
    }
}

fn subscription(p: &mut Parser, node: &Node<'_>) -> Subscription {
    p.check_keys(
        node,
        &["type", "description", "parameters", "message", "errors"],
    );
    let message = match p.required_object(node, "message", "the message schema") {
        Some(message) => {
            p.check_keys(&message, &["description", "schema"]);
            let description = p.string(&message, "description");
            match message.map.get("schema") {
                None => {
                    p.missing(&message, "schema", "a union of message types");
                    None
                }
                Some(value) => {
                    match fields::field(p, value, &child(&message.path, "schema"), Place::Message) {
                        Some(schema @ crate::lexicon::schema::Field::Union(_)) => Some(Message {
                            description,
                            schema: Box::new(schema),
                        }),
                        _ => None,
                    }
                }
            }
        }
        None => None,
    };
    Subscription {
        description: p.string(node, "description"),
        parameters: params(p, node),
        message,
        errors: errors(p, node),
    }
}

fn permission_set(p: &mut Parser, node: &Node<'_>) -> PermissionSet {
    p.check_keys(
        node,
        &[
            "type",
            "description",
            "title",
            "title:lang",
            "detail",
            "detail:lang",
            "permissions",
        ],
    );
    let mut permissions = Vec::new();
    let path = child(&node.path, "permissions");
    match node.map.get("permissions") {
        None => p.missing(node, "permissions", "the list of permissions"),
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                if let Some(permission) = permission(p, item, &index(&path, i)) {
                    permissions.push(permission);
                }
            }
        }
        Some(other) => p.wrong_type(&path, "an array of permissions", other),
    }
    PermissionSet {
        description: p.string(node, "description"),
        title: p.string(node, "title"),
        title_lang: p.lang_map(node, "title:lang"),
        detail: p.string(node, "detail"),
        detail_lang: p.lang_map(node, "detail:lang"),
        permissions,
    }
}

/// A required, non-empty list of NSIDs (`collection`, `lxm`); `*` is reported by `wildcard`.
fn nsid_list(p: &mut Parser, node: &Node<'_>, key: &str, wildcard: Code) -> Vec<String> {
    if !node.map.contains_key(key) {
        p.missing(node, key, "a non-empty list of NSIDs");
    }
    let list = p.string_list(node, key).unwrap_or_default();
    let path = child(&node.path, key);
    if node.map.contains_key(key) && list.is_empty() {
        p.report(
            Code::InvalidValue,
            path.clone(),
            format!("`{key}` must not be empty"),
        );
    }
    for (i, item) in list.iter().enumerate() {
        if item == "*" {
            p.report(
                wildcard,
                index(&path, i),
                format!("wildcard `*` in `{key}` is not supported in a lexicon permission set"),
            );
        } else if let Some(problem) = nsid_problem(item) {
            p.report(
                Code::InvalidNsid,
                index(&path, i),
                format!("`{item}` is not an NSID: {problem}"),
            );
        }
    }
    list
}

fn permission(p: &mut Parser, value: &Value, path: &str) -> Option<Permission> {
    let node = p.object(value, path, "a permission object")?;
    match p.required_string(&node, "type", "`permission`") {
        Some(t) if t == "permission" => {}
        Some(t) => {
            p.report(
                Code::TypeNotAllowedHere,
                child(path, "type"),
                format!("a permission set holds `permission` entries, not `{t}`"),
            );
            return None;
        }
        None => return None,
    }
    let resource = p.required_string(&node, "resource", "the resource type (repo, rpc, ...)")?;
    match resource.as_str() {
        "repo" => {
            p.check_keys(&node, &["type", "resource", "collection", "action"]);
            let collection = nsid_list(p, &node, "collection", Code::InvalidValue);
            let action = p.string_list(&node, "action").unwrap_or_default();
            for (i, a) in action.iter().enumerate() {
                if !matches!(a.as_str(), "create" | "update" | "delete") {
                    p.report(
                        Code::InvalidValue,
                        index(&child(path, "action"), i),
                        format!("`{a}` is not a repo action (create, update, delete)"),
                    );
                }
            }
            Some(Permission::Repo { collection, action })
        }
        "rpc" => {
            p.check_keys(&node, &["type", "resource", "lxm", "aud", "inheritAud"]);
            let lxm = nsid_list(p, &node, "lxm", Code::PermissionStyle);
            let aud = p.string(&node, "aud");
            let inherit_aud = p.bool(&node, "inheritAud").unwrap_or(false);
            match aud.as_deref() {
                None if !inherit_aud => p.report(
                    Code::MissingAttribute,
                    path,
                    "an rpc permission needs `aud` unless `inheritAud` is true",
                ),
                Some("*") if lxm.iter().any(|l| l == "*") => p.report(
                    Code::ConflictingAttributes,
                    child(path, "aud"),
                    "`aud` and `lxm` cannot both be the wildcard `*`",
                ),
                Some(aud) if aud != "*" => p.report(
                    Code::InvalidValue,
                    child(path, "aud"),
                    format!("`aud` in a permission set must be `*` (or absent with `inheritAud`), not `{aud}`"),
                ),
                _ => {}
            }
            Some(Permission::Rpc {
                lxm,
                aud,
                inherit_aud,
            })
        }
        other => {
            p.report(
                Code::PermissionStyle,
                child(path, "resource"),
                format!("resource `{other}` is not supported in a lexicon permission set and will be ignored"),
            );
            let attributes = node
                .map
                .iter()
                .filter(|(k, _)| *k != "type" && *k != "resource")
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            Some(Permission::Other {
                resource: other.to_owned(),
                attributes,
            })
        }
    }
}
