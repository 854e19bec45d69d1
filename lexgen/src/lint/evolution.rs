//! Lexicon evolution: the changes between a published document and its new version that would make data
//! valid under the old one invalid under the new one (or change what a field means). The rules of the
//! Lexicon spec: new fields must be optional, fields are never removed or renamed, types never change,
//! constraints may only be loosened. `knownValues` and open unions are open sets, so changing them is fine;
//! `enum`, `const` and closed unions are closed sets and may only grow.

use std::fmt;

use crate::lexicon::{
    Array, Blob, Body, Bytes, Def, Document, Field, Integer, Object, Params, ROOT_PATH,
    StringSchema, Union, child_path,
};

/// What kind of breaking change was found. The kebab-case names are stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BreakingKind {
    /// The document's `id` changed.
    ChangedId,
    /// A def of the published document is gone.
    RemovedDef,
    /// A def, field, parameter or body changed its type (or a `ref` its target).
    ChangedType,
    /// A property or parameter is gone (fields are never removed; deprecate them instead).
    RemovedField,
    /// A property or parameter that was optional (or new) is required.
    NewlyRequired,
    /// A property that accepted `null` no longer does.
    NoLongerNullable,
    /// A limit is tighter (higher minimum, lower maximum, fewer accepted MIME types, a new `format`).
    NarrowedConstraint,
    /// A closed set (`enum`, `const`, closed union) lost a member, or an open set was closed.
    NarrowedClosedSet,
    /// A record's key type changed.
    ChangedRecordKey,
    /// An endpoint's body encoding changed.
    ChangedEncoding,
}

impl BreakingKind {
    /// The stable kebab-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            BreakingKind::ChangedId => "changed-id",
            BreakingKind::RemovedDef => "removed-def",
            BreakingKind::ChangedType => "changed-type",
            BreakingKind::RemovedField => "removed-field",
            BreakingKind::NewlyRequired => "newly-required",
            BreakingKind::NoLongerNullable => "no-longer-nullable",
            BreakingKind::NarrowedConstraint => "narrowed-constraint",
            BreakingKind::NarrowedClosedSet => "narrowed-closed-set",
            BreakingKind::ChangedRecordKey => "changed-record-key",
            BreakingKind::ChangedEncoding => "changed-encoding",
        }
    }
}

/// One breaking change: what, where (JSON path in the new document) and a sentence for the author.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreakingChange {
    pub kind: BreakingKind,
    pub path: String,
    pub message: String,
}

impl fmt::Display for BreakingChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at {}: {}",
            self.kind.as_str(),
            self.path,
            self.message
        )
    }
}

struct Compare {
    out: Vec<BreakingChange>,
}

impl Compare {
    fn report(&mut self, kind: BreakingKind, path: &str, message: impl Into<String>) {
        self.out.push(BreakingChange {
            kind,
            path: path.to_owned(),
            message: message.into(),
        });
    }
}

/// Every breaking change from `old` (published) to `new`; empty when `new` may replace `old`.
pub fn breaking_changes(old: &Document, new: &Document) -> Vec<BreakingChange> {
    let mut c = Compare { out: Vec::new() };
    if old.id != new.id {
        c.report(
            BreakingKind::ChangedId,
            &child_path(ROOT_PATH, "id"),
            format!("the id changed from `{}` to `{}`", old.id, new.id),
        );
    }
    let defs = child_path(ROOT_PATH, "defs");
    for (name, old_def) in &old.defs {
        let path = child_path(&defs, name);
        match new.defs.get(name) {
            None => c.report(
                BreakingKind::RemovedDef,
                &path,
                format!("the def `{name}` was removed"),
            ),
            Some(new_def) => def(&mut c, old_def, new_def, &path),
        }
    }
    c.out
}

fn def(c: &mut Compare, old: &Def, new: &Def, path: &str) {
    match (old, new) {
        (Def::Record(o), Def::Record(n)) => {
            if o.key != n.key {
                c.report(
                    BreakingKind::ChangedRecordKey,
                    &child_path(path, "key"),
                    format!(
                        "the record key changed from `{}` to `{}`",
                        o.key.as_lexicon(),
                        n.key.as_lexicon()
                    ),
                );
            }
            object(c, &o.record, &n.record, &child_path(path, "record"));
        }
        (Def::Query(o), Def::Query(n)) => {
            params(c, o.parameters.as_ref(), n.parameters.as_ref(), path);
            body(
                c,
                o.output.as_ref(),
                n.output.as_ref(),
                &child_path(path, "output"),
            );
        }
        (Def::Procedure(o), Def::Procedure(n)) => {
            params(c, o.parameters.as_ref(), n.parameters.as_ref(), path);
            body(
                c,
                o.input.as_ref(),
                n.input.as_ref(),
                &child_path(path, "input"),
            );
            body(
                c,
                o.output.as_ref(),
                n.output.as_ref(),
                &child_path(path, "output"),
            );
        }
        (Def::Subscription(o), Def::Subscription(n)) => {
            params(c, o.parameters.as_ref(), n.parameters.as_ref(), path);
            if let (Some(o), Some(n)) = (&o.message, &n.message) {
                field(
                    c,
                    &o.schema,
                    &n.schema,
                    &child_path(&child_path(path, "message"), "schema"),
                );
            }
        }
        (Def::Field(o), Def::Field(n)) => field(c, o, n, path),
        (Def::Token(_), Def::Token(_)) | (Def::PermissionSet(_), Def::PermissionSet(_)) => {}
        _ => changed_type(c, path, old.type_name(), new.type_name()),
    }
}

fn changed_type(c: &mut Compare, path: &str, old: &str, new: &str) {
    c.report(
        BreakingKind::ChangedType,
        path,
        format!("the type changed from `{old}` to `{new}`"),
    );
}

fn params(c: &mut Compare, old: Option<&Params>, new: Option<&Params>, path: &str) {
    let path = child_path(path, "parameters");
    let empty = Params {
        description: None,
        required: Vec::new(),
        properties: Default::default(),
    };
    let (old, new) = (old.unwrap_or(&empty), new.unwrap_or(&empty));
    properties(
        c,
        (&old.properties, &old.required),
        (&new.properties, &new.required),
        &path,
        "parameter",
    );
}

fn body(c: &mut Compare, old: Option<&Body>, new: Option<&Body>, path: &str) {
    let Some(old) = old else { return };
    let Some(new) = new else {
        c.report(BreakingKind::RemovedField, path, "the body was removed");
        return;
    };
    if old.encoding != new.encoding {
        c.report(
            BreakingKind::ChangedEncoding,
            &child_path(path, "encoding"),
            format!(
                "the encoding changed from `{}` to `{}`",
                old.encoding, new.encoding
            ),
        );
    }
    match (&old.schema, &new.schema) {
        (Some(o), Some(n)) => field(c, o, n, &child_path(path, "schema")),
        (Some(_), None) => c.report(
            BreakingKind::RemovedField,
            &child_path(path, "schema"),
            "the body's schema was removed",
        ),
        _ => {}
    }
}

fn field(c: &mut Compare, old: &Field, new: &Field, path: &str) {
    match (old, new) {
        (Field::Boolean(o), Field::Boolean(n)) => {
            closed_value(
                c,
                path,
                o.r#const.map(|v| v.to_string()),
                n.r#const.map(|v| v.to_string()),
            );
        }
        (Field::Integer(o), Field::Integer(n)) => integer(c, o, n, path),
        (Field::String(o), Field::String(n)) => string(c, o, n, path),
        (Field::Bytes(o), Field::Bytes(n)) => bytes(c, o, n, path),
        (Field::Blob(o), Field::Blob(n)) => blob(c, o, n, path),
        (Field::Array(o), Field::Array(n)) => array(c, o, n, path),
        (Field::Object(o), Field::Object(n)) => object(c, o, n, path),
        (Field::Ref(o), Field::Ref(n)) => {
            if o.r#ref.raw != n.r#ref.raw {
                c.report(
                    BreakingKind::ChangedType,
                    &child_path(path, "ref"),
                    format!(
                        "the reference changed from `{}` to `{}`",
                        o.r#ref.raw, n.r#ref.raw
                    ),
                );
            }
        }
        (Field::Union(o), Field::Union(n)) => union(c, o, n, path),
        (Field::CidLink(_), Field::CidLink(_)) | (Field::Unknown(_), Field::Unknown(_)) => {}
        _ => changed_type(c, path, old.type_name(), new.type_name()),
    }
}

/// Reports a lower bound that rose (or appeared).
fn minimum<T: PartialOrd + fmt::Display + Copy>(
    c: &mut Compare,
    path: &str,
    name: &str,
    old: Option<T>,
    new: Option<T>,
) {
    let tighter = match (old, new) {
        (_, None) => false,
        (None, Some(_)) => true,
        (Some(o), Some(n)) => n > o,
    };
    if let (true, Some(n)) = (tighter, new) {
        let was = old.map_or_else(|| "none".to_owned(), |o| o.to_string());
        c.report(
            BreakingKind::NarrowedConstraint,
            &child_path(path, name),
            format!("`{name}` rose to {n} (was {was})"),
        );
    }
}

/// Reports an upper bound that fell (or appeared).
fn maximum<T: PartialOrd + fmt::Display + Copy>(
    c: &mut Compare,
    path: &str,
    name: &str,
    old: Option<T>,
    new: Option<T>,
) {
    let tighter = match (old, new) {
        (_, None) => false,
        (None, Some(_)) => true,
        (Some(o), Some(n)) => n < o,
    };
    if let (true, Some(n)) = (tighter, new) {
        let was = old.map_or_else(|| "none".to_owned(), |o| o.to_string());
        c.report(
            BreakingKind::NarrowedConstraint,
            &child_path(path, name),
            format!("`{name}` fell to {n} (was {was})"),
        );
    }
}

/// A closed list of allowed values (`enum`): it may be dropped or grow, never lose a value or appear.
fn closed_set<T: PartialEq + fmt::Debug>(
    c: &mut Compare,
    path: &str,
    old: Option<&[T]>,
    new: Option<&[T]>,
) {
    let path = child_path(path, "enum");
    match (old, new) {
        (_, None) => {}
        (None, Some(_)) => c.report(
            BreakingKind::NarrowedClosedSet,
            &path,
            "an `enum` was added to a field that allowed any value",
        ),
        (Some(o), Some(n)) => {
            let removed: Vec<&T> = o.iter().filter(|v| !n.contains(v)).collect();
            if !removed.is_empty() {
                c.report(
                    BreakingKind::NarrowedClosedSet,
                    &path,
                    format!("`enum` no longer allows {removed:?}"),
                );
            }
        }
    }
}

/// `const`: may be dropped, never added or changed.
fn closed_value(c: &mut Compare, path: &str, old: Option<String>, new: Option<String>) {
    if new.is_some() && old != new {
        let was = old.unwrap_or_else(|| "none".to_owned());
        c.report(
            BreakingKind::NarrowedClosedSet,
            &child_path(path, "const"),
            format!("`const` is now {} (was {was})", new.unwrap_or_default()),
        );
    }
}

fn integer(c: &mut Compare, o: &Integer, n: &Integer, path: &str) {
    minimum(c, path, "minimum", o.minimum, n.minimum);
    maximum(c, path, "maximum", o.maximum, n.maximum);
    closed_set(c, path, o.r#enum.as_deref(), n.r#enum.as_deref());
    closed_value(
        c,
        path,
        o.r#const.map(|v| v.to_string()),
        n.r#const.map(|v| v.to_string()),
    );
}

fn string(c: &mut Compare, o: &StringSchema, n: &StringSchema, path: &str) {
    if n.format.is_some() && o.format != n.format {
        c.report(
            BreakingKind::NarrowedConstraint,
            &child_path(path, "format"),
            format!(
                "the format changed from `{}` to `{}`",
                o.format.map_or("none", |f| f.as_str()),
                n.format.map_or("none", |f| f.as_str())
            ),
        );
    }
    minimum(c, path, "minLength", o.min_length, n.min_length);
    maximum(c, path, "maxLength", o.max_length, n.max_length);
    minimum(c, path, "minGraphemes", o.min_graphemes, n.min_graphemes);
    maximum(c, path, "maxGraphemes", o.max_graphemes, n.max_graphemes);
    closed_set(c, path, o.r#enum.as_deref(), n.r#enum.as_deref());
    closed_value(c, path, o.r#const.clone(), n.r#const.clone());
}

fn bytes(c: &mut Compare, o: &Bytes, n: &Bytes, path: &str) {
    minimum(c, path, "minLength", o.min_length, n.min_length);
    maximum(c, path, "maxLength", o.max_length, n.max_length);
}

fn blob(c: &mut Compare, o: &Blob, n: &Blob, path: &str) {
    maximum(c, path, "maxSize", o.max_size, n.max_size);
    if let Some(new_accept) = &n.accept {
        let covers = |pattern: &str| {
            new_accept.iter().any(|a| {
                a == "*/*"
                    || a == pattern
                    || a.strip_suffix("/*")
                        .is_some_and(|top| pattern.split_once('/').is_some_and(|(t, _)| t == top))
            })
        };
        let lost: Vec<&str> = match &o.accept {
            None => vec!["*/*"],
            Some(old_accept) => old_accept.iter().map(String::as_str).collect(),
        }
        .into_iter()
        .filter(|p| !covers(p))
        .collect();
        if !lost.is_empty() {
            c.report(
                BreakingKind::NarrowedConstraint,
                &child_path(path, "accept"),
                format!("`accept` no longer covers {lost:?}"),
            );
        }
    }
}

fn array(c: &mut Compare, o: &Array, n: &Array, path: &str) {
    minimum(c, path, "minLength", o.min_length, n.min_length);
    maximum(c, path, "maxLength", o.max_length, n.max_length);
    field(c, &o.items, &n.items, &child_path(path, "items"));
}

fn object(c: &mut Compare, o: &Object, n: &Object, path: &str) {
    properties(
        c,
        (&o.properties, &o.required),
        (&n.properties, &n.required),
        path,
        "property",
    );
    let properties_path = child_path(path, "properties");
    for name in o.nullable.iter().filter(|name| !n.nullable.contains(name)) {
        if n.properties.contains_key(name) {
            c.report(
                BreakingKind::NoLongerNullable,
                &child_path(&properties_path, name),
                format!("the property `{name}` no longer accepts null"),
            );
        }
    }
}

type Fields<'a> = (
    &'a std::collections::BTreeMap<String, Field>,
    &'a Vec<String>,
);

fn properties(c: &mut Compare, old: Fields<'_>, new: Fields<'_>, path: &str, what: &str) {
    let properties_path = child_path(path, "properties");
    for (name, old_field) in old.0 {
        let path = child_path(&properties_path, name);
        match new.0.get(name) {
            None => c.report(
                BreakingKind::RemovedField,
                &path,
                format!("the {what} `{name}` was removed (keep it and mark it deprecated)"),
            ),
            Some(new_field) => field(c, old_field, new_field, &path),
        }
    }
    for name in new.1.iter().filter(|name| !old.1.contains(name)) {
        let message = if old.0.contains_key(name) {
            format!("the {what} `{name}` was optional and is now required")
        } else {
            format!("the new {what} `{name}` is required (new {what}s must be optional)")
        };
        c.report(
            BreakingKind::NewlyRequired,
            &child_path(&properties_path, name),
            message,
        );
    }
}

fn union(c: &mut Compare, o: &Union, n: &Union, path: &str) {
    if n.closed && !o.closed {
        c.report(
            BreakingKind::NarrowedClosedSet,
            &child_path(path, "closed"),
            "an open union was closed",
        );
    } else if n.closed {
        let removed: Vec<&str> = o
            .refs
            .iter()
            .filter(|r| !n.refs.iter().any(|m| m.raw == r.raw))
            .map(|r| r.raw.as_str())
            .collect();
        if !removed.is_empty() {
            c.report(
                BreakingKind::NarrowedClosedSet,
                &child_path(path, "refs"),
                format!("the closed union lost {removed:?}"),
            );
        }
    }
}

#[cfg(test)]
mod tests;
