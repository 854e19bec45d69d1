//! Required-reference cycles: defs that no finite value can satisfy, because every way to fill
//! their required fields leads back to themselves.
//!
//! A least fixpoint: a schema is *finite* if some finite value satisfies it. Scalars, `unknown`,
//! open unions, arrays that may be empty and optional or nullable properties always are; an object
//! is finite when all its required, non-nullable properties are; a `ref` when its target is; a
//! closed union when one of its members is. References to missing defs count as finite (they are
//! reported on their own). Whatever is not finite once nothing changes sits on or behind a cycle.

use std::collections::BTreeSet;

use super::Catalog;
use crate::lexicon::{Code, Def, Diagnostic, Field, Object, ROOT_PATH, child_path};

type Key = (String, String);

struct Solver<'a> {
    catalog: &'a Catalog,
    finite: BTreeSet<Key>,
    candidates: BTreeSet<Key>,
}

impl Solver<'_> {
    fn def_finite(&self, nsid: &str, name: &str) -> bool {
        let key = (nsid.to_owned(), name.to_owned());
        !self.candidates.contains(&key) || self.finite.contains(&key)
    }

    fn field_finite(&self, field: &Field, base: &str) -> bool {
        match field {
            Field::Ref(r) => {
                let (nsid, name) = r.r#ref.resolve(base);
                self.def_finite(nsid, name)
            }
            Field::Object(object) => self.object_finite(object, base),
            Field::Array(array) => {
                array.min_length.unwrap_or(0) == 0 || self.field_finite(&array.items, base)
            }
            Field::Union(union) => {
                !union.closed
                    || union.refs.is_empty()
                    || union.refs.iter().any(|r| {
                        let (nsid, name) = r.resolve(base);
                        self.def_finite(nsid, name)
                    })
            }
            _ => true,
        }
    }

    fn object_finite(&self, object: &Object, base: &str) -> bool {
        object.required.iter().all(|name| {
            object.nullable.contains(name)
                || object
                    .properties
                    .get(name)
                    .is_none_or(|field| self.field_finite(field, base))
        })
    }

    /// The first required property of `object` that is not finite, for the message.
    fn blocking_property<'o>(&self, object: &'o Object, base: &str) -> Option<&'o str> {
        object.required.iter().map(String::as_str).find(|name| {
            !object.nullable.iter().any(|n| n == name)
                && object
                    .properties
                    .get(*name)
                    .is_some_and(|field| !self.field_finite(field, base))
        })
    }
}

fn object_of(def: &Def) -> Option<&Object> {
    match def {
        Def::Record(record) => Some(&record.record),
        Def::Field(Field::Object(object)) => Some(object),
        _ => None,
    }
}

/// Reports every object or record def that no finite value satisfies.
pub(super) fn check(catalog: &Catalog) -> Vec<Diagnostic> {
    let mut candidates = BTreeSet::new();
    for document in catalog.documents() {
        for (name, def) in &document.defs {
            let cyclic_kind = object_of(def).is_some()
                || matches!(
                    def,
                    Def::Field(Field::Array(_) | Field::Ref(_) | Field::Union(_))
                );
            if cyclic_kind {
                candidates.insert((document.id.clone(), name.clone()));
            }
        }
    }
    let mut solver = Solver {
        catalog,
        finite: BTreeSet::new(),
        candidates,
    };
    loop {
        let mut changed = false;
        for key in &solver.candidates {
            if solver.finite.contains(key) {
                continue;
            }
            let Some(def) = solver.catalog.def(&key.0, &key.1) else {
                continue;
            };
            let finite = match def {
                Def::Record(record) => solver.object_finite(&record.record, &key.0),
                Def::Field(field) => solver.field_finite(field, &key.0),
                _ => true,
            };
            if finite {
                solver.finite.insert(key.clone());
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut out = Vec::new();
    for key in solver.candidates.difference(&solver.finite) {
        let Some(def) = catalog.def(&key.0, &key.1) else {
            continue;
        };
        let path = child_path(&child_path(ROOT_PATH, "defs"), &key.1);
        let detail = object_of(def)
            .and_then(|object| solver.blocking_property(object, &key.0))
            .map(|prop| format!(" (the required property `{prop}` leads back into the cycle)"))
            .unwrap_or_default();
        out.push(Diagnostic::new(
            Code::RequiredCycle,
            Some(&key.0),
            path,
            format!(
                "no finite value satisfies `{}#{}`: its required references form a cycle{detail}; make one link optional, nullable or an array",
                key.0, key.1
            ),
        ));
    }
    out
}
