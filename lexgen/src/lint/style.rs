//! Style rules a lexicon author needs: naming, `main` placement, record keys, limits, enums,
//! references, unbounded text and blobs, permission sets. All warnings except an `enum` that allows nothing.

use std::collections::BTreeSet;

use crate::catalog::{Catalog, walk_fields};
use crate::lexicon::{
    Code, Def, Diagnostic, Document, Field, ROOT_PATH, RecordKey, StringSchema, child_path,
    index_path, is_lower_camel,
};

struct Rules<'a> {
    document: &'a Document,
    catalog: Option<&'a Catalog>,
    out: Vec<Diagnostic>,
}

impl Rules<'_> {
    fn report(&mut self, code: Code, path: impl Into<String>, message: impl Into<String>) {
        let diagnostic = Diagnostic::new(code, Some(&self.document.id), path, message);
        self.out.push(diagnostic);
    }
}

/// The style diagnostics of one parsed document; `catalog` (if given) lets `knownValues` tokens be checked.
pub fn style(document: &Document, catalog: Option<&Catalog>) -> Vec<Diagnostic> {
    let mut rules = Rules {
        document,
        catalog,
        out: Vec::new(),
    };
    naming(&mut rules);
    main_placement(&mut rules);
    defs(&mut rules);
    let mut fields = Vec::new();
    walk_fields(document, |visit| fields.push(visit));
    for visit in fields {
        let name = visit.path.rsplit('.').next().unwrap_or_default().to_owned();
        let parent_is_properties = visit
            .path
            .strip_suffix(&name)
            .is_some_and(|p| p.ends_with(".properties."));
        if parent_is_properties && !is_lower_camel(&name) {
            rules.report(
                Code::NamingStyle,
                visit.path.clone(),
                format!("property `{name}` is not lowerCamelCase"),
            );
        }
        field(&mut rules, visit.field, &visit.path, visit.in_record);
    }
    rules.out
}

fn naming(r: &mut Rules<'_>) {
    let id = r.document.id.clone();
    let id_path = child_path(ROOT_PATH, "id");
    let segments: Vec<&str> = id.split('.').collect();
    if let Some((name, authority)) = segments.split_last() {
        if authority
            .iter()
            .any(|s| s.bytes().any(|b| b.is_ascii_uppercase()))
        {
            r.report(
                Code::NamingStyle,
                id_path.clone(),
                format!("the domain part of `{id}` should be lowercase"),
            );
        }
        if !is_lower_camel(name) {
            r.report(
                Code::NamingStyle,
                id_path,
                format!("the name segment `{name}` should be lowerCamelCase"),
            );
        }
    }
    let defs = child_path(ROOT_PATH, "defs");
    let names: Vec<String> = r.document.defs.keys().cloned().collect();
    for name in names {
        if !is_lower_camel(&name) {
            r.report(
                Code::NamingStyle,
                child_path(&defs, &name),
                format!("def name `{name}` should be lowerCamelCase"),
            );
        }
    }
}

fn main_placement(r: &mut Rules<'_>) {
    let is_defs = r.document.id.rsplit('.').next() == Some("defs");
    let has_main = r.document.defs.contains_key("main");
    let defs = child_path(ROOT_PATH, "defs");
    if is_defs && has_main {
        r.report(
            Code::MainPlacement,
            child_path(&defs, "main"),
            "a `*.defs` lexicon holds shared defs and should not have a `main`",
        );
    }
    if !is_defs && !has_main && r.document.defs.len() > 1 {
        r.report(
            Code::MainPlacement,
            defs,
            "several defs but no `main`: name the document `*.defs` or give it a `main`",
        );
    }
}

fn defs(r: &mut Rules<'_>) {
    let document = r.document;
    let defs_path = child_path(ROOT_PATH, "defs");
    for (name, def) in &document.defs {
        let path = child_path(&defs_path, name);
        match def {
            Def::Record(record) => {
                if let RecordKey::Literal(value) = &record.key
                    && value != "self"
                {
                    r.report(
                        Code::RecordKeyChoice,
                        child_path(&path, "key"),
                        format!("`literal:{value}`: a singleton record conventionally uses `literal:self`"),
                    );
                }
            }
            Def::Query(q) => errors(r, &q.errors, &path),
            Def::Procedure(p) => errors(r, &p.errors, &path),
            Def::Subscription(s) => errors(r, &s.errors, &path),
            Def::PermissionSet(set) => {
                super::permissions::check(&mut r.out, document, r.catalog, set, &path)
            }
            _ => {}
        }
    }
}

fn errors(r: &mut Rules<'_>, errors: &[crate::lexicon::ErrorDef], path: &str) {
    let errors_path = child_path(path, "errors");
    for (i, error) in errors.iter().enumerate() {
        let upper_camel = error.name.starts_with(|c: char| c.is_ascii_uppercase())
            && error.name.bytes().all(|b| b.is_ascii_alphanumeric());
        if !upper_camel {
            r.report(
                Code::NamingStyle,
                child_path(&index_path(&errors_path, i), "name"),
                format!("error name `{}` should be UpperCamelCase", error.name),
            );
        }
    }
}

fn field(r: &mut Rules<'_>, field: &Field, path: &str, in_record: bool) {
    match field {
        Field::String(s) => string(r, s, path, in_record),
        Field::Integer(i) => {
            if let Some(values) = &i.r#enum {
                enum_values(r, values.len(), i.r#const.is_some(), path);
            }
        }
        Field::Blob(b) if b.accept.is_none() || b.max_size.is_none() => r.report(
            Code::UnboundedBlob,
            path,
            "a blob should declare both `accept` (MIME types) and `maxSize`",
        ),
        Field::Unknown(_) if in_record => r.report(
            Code::UnknownInRecord,
            path,
            "`unknown` in a record cannot be validated; prefer an open union of known types",
        ),
        Field::Ref(reference) => {
            if reference.r#ref.raw.ends_with("#main") {
                r.report(
                    Code::ReferenceStyle,
                    child_path(path, "ref"),
                    format!(
                        "write `{}` without `#main`",
                        reference.r#ref.raw.trim_end_matches("#main")
                    ),
                );
            } else if reference.r#ref.nsid.as_deref() == Some(r.document.id.as_str()) {
                r.report(
                    Code::ReferenceStyle,
                    child_path(path, "ref"),
                    format!(
                        "a reference into the same document is written `#{}`",
                        reference.r#ref.name
                    ),
                );
            }
        }
        Field::Union(union) => {
            let mut seen = BTreeSet::new();
            let refs = child_path(path, "refs");
            for (i, reference) in union.refs.iter().enumerate() {
                if reference.raw.ends_with("#main") {
                    r.report(
                        Code::ReferenceStyle,
                        index_path(&refs, i),
                        format!(
                            "write `{}` without `#main`",
                            reference.raw.trim_end_matches("#main")
                        ),
                    );
                }
                if !seen.insert(reference.qualified(&r.document.id)) {
                    r.report(
                        Code::ReferenceStyle,
                        index_path(&refs, i),
                        format!("`{}` is already a member of this union", reference.raw),
                    );
                }
            }
        }
        _ => {}
    }
}

fn enum_values(r: &mut Rules<'_>, count: usize, has_const: bool, path: &str) {
    let enum_path = child_path(path, "enum");
    if count == 0 {
        r.report(
            Code::ContradictoryLimits,
            enum_path,
            "an empty `enum` allows no value at all",
        );
    } else if has_const {
        r.report(
            Code::EnumStyle,
            enum_path,
            "`enum` next to `const` is redundant",
        );
    } else if count == 1 {
        r.report(
            Code::EnumStyle,
            enum_path,
            "a single-value `enum` is clearer as `const`",
        );
    }
}

fn string(r: &mut Rules<'_>, s: &StringSchema, path: &str, in_record: bool) {
    if let Some(values) = &s.r#enum {
        enum_values(r, values.len(), s.r#const.is_some(), path);
        if s.known_values.is_some() {
            r.report(
                Code::EnumStyle,
                child_path(path, "knownValues"),
                "`knownValues` next to `enum` is meaningless: the enum already closes the set",
            );
        }
    }
    if let Some(known) = &s.known_values {
        let known_path = child_path(path, "knownValues");
        if s.format.is_some() {
            r.report(
                Code::EnumStyle,
                known_path.clone(),
                "`knownValues` on a formatted string: the format already fixes the syntax",
            );
        }
        if known.is_empty() {
            r.report(Code::EnumStyle, known_path.clone(), "empty `knownValues`");
        }
        for (i, value) in known.iter().enumerate() {
            token_value(r, value, &index_path(&known_path, i));
        }
    }
    if let Some(max_graphemes) = s.max_graphemes {
        match s.max_length {
            None => r.report(
                Code::GraphemesWithoutLength,
                child_path(path, "maxGraphemes"),
                format!(
                    "`maxGraphemes` without `maxLength` leaves the size in bytes unbounded; add `maxLength` (about {} for 10 bytes per grapheme)",
                    max_graphemes.saturating_mul(10)
                ),
            ),
            Some(max_length) if max_graphemes >= max_length => r.report(
                Code::IneffectiveLimit,
                child_path(path, "maxGraphemes"),
                format!(
                    "`maxGraphemes` {max_graphemes} can never bind under `maxLength` {max_length} (a grapheme takes at least one byte)"
                ),
            ),
            Some(_) => {}
        }
    }
    let bounded = s.max_length.is_some()
        || s.max_graphemes.is_some()
        || s.format.is_some()
        || s.r#enum.is_some()
        || s.r#const.is_some()
        || s.known_values.is_some();
    if in_record && !bounded {
        r.report(
            Code::UnboundedText,
            path,
            "free text in a record should have `maxLength` (bytes) and `maxGraphemes`",
        );
    }
}

/// `knownValues` entries that look like token references should be fully qualified and exist.
fn token_value(r: &mut Rules<'_>, value: &str, path: &str) {
    if let Some(name) = value.strip_prefix('#') {
        r.report(
            Code::ReferenceStyle,
            path,
            format!(
                "token `#{name}` should be fully qualified: `{}#{name}`",
                r.document.id
            ),
        );
        return;
    }
    let Some((nsid, name)) = value.split_once('#') else {
        return;
    };
    let target = if nsid == r.document.id {
        Some(r.document.def(name))
    } else {
        r.catalog
            .and_then(|c| c.document(nsid))
            .map(|d| d.def(name))
    };
    match target {
        Some(None) => r.report(
            Code::ReferenceStyle,
            path,
            format!("`{value}` looks like a token reference but `{nsid}` has no def `{name}`"),
        ),
        Some(Some(def)) if !matches!(def, Def::Token(_)) => r.report(
            Code::ReferenceStyle,
            path,
            format!("`{value}` names a `{}`, not a token", def.type_name()),
        ),
        _ => {}
    }
}

#[cfg(test)]
mod tests;
