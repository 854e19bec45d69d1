//! Reference checks: every `ref` and union member points at an existing def of a kind it may point at.

use super::Catalog;
use super::walk::walk_fields;
use crate::lexicon::{Code, Def, Diagnostic, Document, Field, Reference, child_path, index_path};

/// What a `ref` may point at: any data schema except `ref`/`union`/`unknown` defs, or a record.
fn ref_target_problem(def: &Def) -> Option<&'static str> {
    match def {
        Def::Record(_) => None,
        Def::Field(Field::Ref(_) | Field::Union(_) | Field::Unknown(_)) => {
            Some("a ref, union or unknown def (which cannot be named defs)")
        }
        Def::Field(_) => None,
        Def::Token(_) => Some("a token (tokens are only used as knownValues/enum strings)"),
        Def::Query(_) | Def::Procedure(_) | Def::Subscription(_) => Some("an XRPC endpoint"),
        Def::PermissionSet(_) => Some("a permission set"),
    }
}

/// What a union member may point at: an object or a record.
fn union_target_problem(def: &Def) -> Option<String> {
    match def {
        Def::Record(_) | Def::Field(Field::Object(_)) => None,
        other => Some(format!("a `{}`", other.type_name())),
    }
}

fn missing(catalog: &Catalog, reference: &Reference, base: &str) -> Option<String> {
    let (nsid, name) = reference.resolve(base);
    match catalog.document(nsid) {
        None => Some(format!(
            "`{}`: no lexicon `{nsid}` in the catalog",
            reference.raw
        )),
        Some(document) if document.def(name).is_none() => Some(format!(
            "`{}`: lexicon `{nsid}` has no def `{name}`",
            reference.raw
        )),
        Some(_) => None,
    }
}

/// The other documents `document` references (`ref`s and union members), sorted, without repeats: what
/// installing it also needs.
pub fn referenced_nsids(document: &Document) -> Vec<String> {
    let mut out = std::collections::BTreeSet::new();
    walk_fields(document, |visit| match visit.field {
        Field::Ref(r) => {
            out.insert(r.r#ref.resolve(&document.id).0.to_owned());
        }
        Field::Union(u) => {
            for r in &u.refs {
                out.insert(r.resolve(&document.id).0.to_owned());
            }
        }
        _ => {}
    });
    out.remove(document.id.as_str());
    out.into_iter().collect()
}

/// Checks the references of every document.
pub(super) fn check(catalog: &Catalog) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for document in catalog.documents() {
        let base = document.id.as_str();
        let mut report = |code: Code, path: String, message: String| {
            out.push(Diagnostic::new(code, Some(base), path, message));
        };
        walk_fields(document, |visit| match visit.field {
            Field::Ref(r) => {
                let path = child_path(&visit.path, "ref");
                if let Some(message) = missing(catalog, &r.r#ref, base) {
                    report(Code::MissingTarget, path, message);
                } else if let Some(target) = catalog.resolve(&r.r#ref, base)
                    && let Some(problem) = ref_target_problem(target)
                {
                    report(
                        Code::BadTarget,
                        path,
                        format!("`{}` points at {problem}", r.r#ref.raw),
                    );
                }
            }
            Field::Union(u) => {
                let refs = child_path(&visit.path, "refs");
                for (i, reference) in u.refs.iter().enumerate() {
                    let path = index_path(&refs, i);
                    if let Some(message) = missing(catalog, reference, base) {
                        report(Code::MissingTarget, path, message);
                    } else if let Some(target) = catalog.resolve(reference, base)
                        && let Some(problem) = union_target_problem(target)
                    {
                        report(
                            Code::BadTarget,
                            path,
                            format!(
                                "union member `{}` is {problem}; members must be objects or records",
                                reference.raw
                            ),
                        );
                    }
                }
            }
            _ => {}
        });
    }
    out
}
