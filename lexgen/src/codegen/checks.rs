//! Validation code for one schema at one place: calls to the shared constraint primitives in
//! `lexgen::typed::check`, recursion into nested types, loops over arrays.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::context::Context;
use crate::lexicon::{Def, Field};

/// How deep references to non-object defs are inlined before giving up (cycles of aliases).
const MAX_INLINE_DEPTH: usize = 8;

fn opt_u64(value: Option<u64>) -> TokenStream {
    match value {
        Some(v) => quote!(::std::option::Option::Some(#v)),
        None => quote!(::std::option::Option::None),
    }
}

fn opt_i64(value: Option<i64>) -> TokenStream {
    match value {
        Some(v) => quote!(::std::option::Option::Some(#v)),
        None => quote!(::std::option::Option::None),
    }
}

/// Statements that validate `value` (an expression of type `&T`, where `T` is the generated type
/// of `field`) at `path` (a `Path` expression), pushing to `out`. Empty when there is nothing to check.
pub(crate) fn field(
    ctx: &Context<'_>,
    nsid: &str,
    field: &Field,
    value: &TokenStream,
    path: &TokenStream,
    depth: usize,
) -> TokenStream {
    match field {
        Field::String(s) => {
            let mut out = TokenStream::new();
            if s.min_length.is_some()
                || s.max_length.is_some()
                || s.min_graphemes.is_some()
                || s.max_graphemes.is_some()
            {
                let (a, b, c, d) = (
                    opt_u64(s.min_length),
                    opt_u64(s.max_length),
                    opt_u64(s.min_graphemes),
                    opt_u64(s.max_graphemes),
                );
                out.extend(quote! {
                    ::lexgen::typed::check::string(
                        &::lexgen::typed::AsText::text(#value),
                        &::lexgen::typed::check::StringLimits { min_length: #a, max_length: #b, min_graphemes: #c, max_graphemes: #d },
                        #path, out,
                    );
                });
            }
            if let Some(expected) = &s.r#const {
                out.extend(quote!(::lexgen::typed::check::string_const(&::lexgen::typed::AsText::text(#value), #expected, #path, out);));
            }
            if s.format == Some(crate::lexicon::StringFormat::Cid)
                && !super::types::has_string_set(s)
            {
                out.extend(quote!(::lexgen::typed::check::cid(#value, #path, out);));
            }
            out
        }
        Field::Integer(i) => {
            let mut out = TokenStream::new();
            if i.minimum.is_some() || i.maximum.is_some() {
                let (min, max) = (opt_i64(i.minimum), opt_i64(i.maximum));
                out.extend(
                    quote!(::lexgen::typed::check::integer(*#value, #min, #max, #path, out);),
                );
            }
            if let Some(allowed) = &i.r#enum {
                out.extend(quote!(::lexgen::typed::check::integer_enum(*#value, &[#(#allowed),*], #path, out);));
            }
            if let Some(expected) = i.r#const {
                out.extend(
                    quote!(::lexgen::typed::check::integer_const(*#value, #expected, #path, out);),
                );
            }
            out
        }
        Field::Boolean(b) => match b.r#const {
            Some(expected) => {
                quote!(::lexgen::typed::check::boolean_const(*#value, #expected, #path, out);)
            }
            None => quote!(),
        },
        Field::Bytes(b) if b.min_length.is_some() || b.max_length.is_some() => {
            let (min, max) = (opt_u64(b.min_length), opt_u64(b.max_length));
            quote!(::lexgen::typed::check::bytes_length(#value.0.len(), #min, #max, #path, out);)
        }
        Field::Blob(b) => {
            let accept = b.accept.clone().unwrap_or_default();
            let max = opt_u64(b.max_size);
            quote!(::lexgen::typed::check::blob(#value, &[#(#accept),*], #max, #path, out);)
        }
        Field::Array(array) => {
            let mut out = TokenStream::new();
            if array.min_length.is_some() || array.max_length.is_some() {
                let (min, max) = (opt_u64(array.min_length), opt_u64(array.max_length));
                out.extend(
                    quote!(::lexgen::typed::check::length(#value.len(), #min, #max, #path, out);),
                );
            }
            let item = Ident::new(&format!("item{depth}"), Span::call_site());
            let index = Ident::new(&format!("i{depth}"), Span::call_site());
            let base = Ident::new(&format!("p{depth}"), Span::call_site());
            let inner = self::field(
                ctx,
                nsid,
                &array.items,
                &quote!(#item),
                &quote!(#base.index(#index)),
                depth + 1,
            );
            if !inner.is_empty() {
                out.extend(quote! {
                    let #base = #path;
                    for (#index, #item) in #value.iter().enumerate() { #inner }
                });
            }
            if out.is_empty() {
                out
            } else {
                quote!({ #out })
            }
        }
        Field::Object(_) | Field::Union(_) => {
            quote!(::lexgen::typed::Validate::validate_at(#value, #path, out);)
        }
        Field::Ref(r) => match ctx.resolve(&r.r#ref, nsid) {
            Some(Def::Record(_) | Def::Field(Field::Object(_) | Field::Union(_))) => {
                quote!(::lexgen::typed::Validate::validate_at(#value, #path, out);)
            }
            Some(Def::Field(target)) if depth < MAX_INLINE_DEPTH => {
                let (target_nsid, _) = r.r#ref.resolve(nsid);
                self::field(ctx, target_nsid, target, value, path, depth + 1)
            }
            _ => quote!(),
        },
        _ => quote!(),
    }
}
