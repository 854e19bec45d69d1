//! What every part of the generator needs to know about the catalog: the Rust path and kind of
//! each def a reference can reach, and which references must be boxed to break recursion.

use std::collections::BTreeSet;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::Options;
use super::naming;
use crate::catalog::Catalog;
use crate::lexicon::{Def, Field, Reference};

/// Shared, read-only generator state.
pub(crate) struct Context<'a> {
    pub catalog: &'a Catalog,
    pub options: &'a Options,
}

/// An identifier, raw when escaped with `r#`.
pub(crate) fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// A path given as text (`crate`, `::lexicons`), as tokens.
pub(crate) fn path_tokens(text: &str) -> TokenStream {
    text.parse().unwrap_or_else(|_| quote!(crate))
}

impl<'a> Context<'a> {
    /// Whether document `nsid` is in one of our own namespaces ([`Options::described`]).
    pub fn described(&self, nsid: &str) -> bool {
        self.options.described.iter().any(|ns| {
            nsid.strip_prefix(ns.as_str())
                .is_some_and(|rest| rest.starts_with('.'))
        })
    }

    /// The module path tokens of document `nsid`: `crate::app::bsky::feed::post`.
    pub fn module(&self, nsid: &str) -> TokenStream {
        let root = path_tokens(&self.options.root);
        let segments = naming::module_path(nsid).into_iter().map(|s| ident(&s));
        quote!(#root #(:: #segments)*)
    }

    /// The type a reference from document `base` names, qualified unless it is in `base` itself.
    pub fn ref_type(&self, reference: &Reference, base: &str) -> TokenStream {
        let (nsid, name) = reference.resolve(base);
        let ty = ident(&self.def_type_name(nsid, name));
        if nsid == base {
            quote!(#ty)
        } else {
            let module = self.module(nsid);
            quote!(#module :: #ty)
        }
    }

    /// The type name of def `name` of document `nsid` (see [`naming::def_type_name`]).
    pub fn def_type_name(&self, nsid: &str, name: &str) -> String {
        let has_main = self.catalog.def(nsid, "main").is_some();
        naming::def_type_name(nsid, name, has_main)
    }

    /// The def a reference resolves to.
    pub fn resolve(&self, reference: &Reference, base: &str) -> Option<&'a Def> {
        self.catalog.resolve(reference, base)
    }

    /// Whether a direct (unboxed) field of type `reference` inside def `(base, owner)` would make a
    /// type contain itself: the target reaches the owner through unboxed fields.
    pub fn needs_box(&self, reference: &Reference, base: &str, owner: &str) -> bool {
        let (nsid, name) = reference.resolve(base);
        let mut seen = BTreeSet::new();
        self.reaches((nsid, name), (base, owner), &mut seen)
    }

    fn reaches(
        &self,
        from: (&str, &str),
        target: (&str, &str),
        seen: &mut BTreeSet<(String, String)>,
    ) -> bool {
        if from == target {
            return true;
        }
        if !seen.insert((from.0.to_owned(), from.1.to_owned())) {
            return false;
        }
        let Some(def) = self.catalog.def(from.0, from.1) else {
            return false;
        };
        let object = match def {
            Def::Record(record) => &record.record,
            Def::Field(Field::Object(object)) => object,
            _ => return false,
        };
        direct_refs(object.properties.values())
            .into_iter()
            .any(|r| {
                let (nsid, name) = r.resolve(from.0);
                self.reaches((nsid, name), target, seen)
            })
    }
}

/// References held by value (not through `Vec` or a boxed union variant) by these properties,
/// including those of inline objects.
fn direct_refs<'f>(fields: impl Iterator<Item = &'f Field>) -> Vec<&'f Reference> {
    let mut out = Vec::new();
    for field in fields {
        match field {
            Field::Ref(r) => out.push(&r.r#ref),
            Field::Object(object) => out.extend(direct_refs(object.properties.values())),
            _ => {}
        }
    }
    out
}
