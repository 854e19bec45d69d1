//! Splitting a long document module (such as `app.bsky.actor.defs`) into sub-modules of whole
//! defs, each under the line budget, re-exported by the document's module so paths do not change.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::naming;

/// The most lines a generated file should have.
pub(crate) const MAX_LINES: usize = 2000;

/// What one def generated: its items and the types that get `via_typed!` impls.
pub(crate) struct Group {
    pub def: String,
    pub items: Vec<TokenStream>,
    pub types: Vec<Ident>,
}

/// The items of `groups` followed by one `via_typed!` line for their types.
pub(crate) fn body(groups: &[&Group]) -> TokenStream {
    let items = groups.iter().flat_map(|g| &g.items);
    let types: Vec<&Ident> = groups.iter().flat_map(|g| &g.types).collect();
    let serde = if types.is_empty() {
        quote!()
    } else {
        quote!(::lexgen::via_typed!(#(#types),*);)
    };
    quote!(#(#items)* #serde)
}

/// The formatted line count of `tokens` (0 if they do not parse; rendering reports that later).
pub(crate) fn lines(tokens: &TokenStream) -> usize {
    syn::parse2::<syn::File>(tokens.clone())
        .map(|file| prettyplease::unparse(&file).lines().count())
        .unwrap_or(0)
}

/// Consecutive defs packed into sub-modules of at most [`MAX_LINES`] (less a margin for the
/// header and the `use` line), each named after its first def; a def longer than that alone
/// gets its own sub-module.
pub(crate) fn parts(groups: &[Group]) -> Vec<(String, TokenStream)> {
    let budget = MAX_LINES * 3 / 4;
    let mut parts: Vec<Vec<&Group>> = Vec::new();
    let mut current: Vec<&Group> = Vec::new();
    let mut used = 0;
    for group in groups {
        let size = lines(&body(&[group]));
        if !current.is_empty() && used + size > budget {
            parts.push(std::mem::take(&mut current));
            used = 0;
        }
        current.push(group);
        used += size;
    }
    if !current.is_empty() {
        parts.push(current);
    }
    parts
        .into_iter()
        .map(|part| {
            let first = part.first().map_or("part", |g| g.def.as_str());
            let last = part.last().map_or("part", |g| g.def.as_str());
            let name = naming::escape(&naming::snake_case(first));
            let doc = format!(" Defs `{first}` to `{last}` of the document (split for length).");
            let body = body(&part);
            // Sibling parts' types and the document's `NSID`, through the document's re-exports.
            let uses = quote!(
                #[allow(unused_imports)]
                use super::*;
            );
            (name, quote!(#![doc = #doc] #uses #body))
        })
        .collect()
}
