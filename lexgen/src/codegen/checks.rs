//! The constraints of one field as the rule of its `lexgen::object!` / `lexgen::params!` entry:
//! `string { max_length: 3000, max_graphemes: 300 }`, `array { max_length: 8 } of string { .. }`.
//! Objects and unions have none (they validate themselves); references to other schemas carry
//! their target's.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::context::Context;
use crate::lexicon::{Def, Field};

/// How deep references to non-object defs are followed before giving up (cycles of aliases).
const MAX_INLINE_DEPTH: usize = 8;

/// `name: value` entries of a rule, in the order the checks run.
#[derive(Default)]
struct Entries(Vec<TokenStream>);

impl Entries {
    fn u64(&mut self, name: &str, value: Option<u64>) {
        if let Some(value) = value {
            let value = Literal::u64_unsuffixed(value);
            self.push(name, quote!(#value));
        }
    }

    fn i64(&mut self, name: &str, value: Option<i64>) {
        if let Some(value) = value {
            let value = Literal::i64_unsuffixed(value);
            self.push(name, quote!(#value));
        }
    }

    fn push(&mut self, name: &str, value: TokenStream) {
        let name = proc_macro2::Ident::new(name, proc_macro2::Span::call_site());
        self.0.push(quote!(#name: #value));
    }

    /// `kind { entries }`, or nothing when there are no entries.
    fn rule(self, kind: &str) -> TokenStream {
        if self.0.is_empty() {
            return TokenStream::new();
        }
        let kind = proc_macro2::Ident::new(kind, proc_macro2::Span::call_site());
        let entries = self.0;
        quote!(#kind { #(#entries),* })
    }
}

/// The rule tokens of `field` (a schema of the document `nsid`); empty when nothing is checked
/// beyond the value's own type.
pub(crate) fn rule(ctx: &Context<'_>, nsid: &str, field: &Field, depth: usize) -> TokenStream {
    let mut entries = Entries::default();
    match field {
        Field::String(s) => {
            entries.u64("min_length", s.min_length);
            entries.u64("max_length", s.max_length);
            entries.u64("min_graphemes", s.min_graphemes);
            entries.u64("max_graphemes", s.max_graphemes);
            if let Some(expected) = &s.r#const {
                entries.push("equals", quote!(#expected));
            }
            // A string set is an enum, not a `CidString`: its values are checked when read.
            if s.format == Some(crate::lexicon::StringFormat::Cid)
                && !super::types::has_string_set(s)
            {
                entries.push("cid", quote!(true));
            }
            entries.rule("string")
        }
        Field::Integer(i) => {
            entries.i64("minimum", i.minimum);
            entries.i64("maximum", i.maximum);
            if let Some(allowed) = &i.r#enum {
                let allowed = allowed.iter().map(|v| Literal::i64_unsuffixed(*v));
                entries.push("one_of", quote!(&[#(#allowed),*]));
            }
            entries.i64("equals", i.r#const);
            entries.rule("integer")
        }
        Field::Boolean(b) => {
            if let Some(expected) = b.r#const {
                entries.push("equals", quote!(#expected));
            }
            entries.rule("boolean")
        }
        Field::Bytes(b) => {
            entries.u64("min_length", b.min_length);
            entries.u64("max_length", b.max_length);
            entries.rule("bytes")
        }
        Field::Blob(b) => {
            if let Some(accept) = b.accept.as_ref().filter(|a| !a.is_empty()) {
                entries.push("accept", quote!(&[#(#accept),*]));
            }
            entries.u64("max_size", b.max_size);
            entries.rule("blob")
        }
        Field::Array(array) => {
            entries.u64("min_length", array.min_length);
            entries.u64("max_length", array.max_length);
            let items = rule(ctx, nsid, &array.items, depth + 1);
            if entries.0.is_empty() && items.is_empty() {
                return TokenStream::new();
            }
            let entries = entries.0;
            if items.is_empty() {
                quote!(array { #(#entries),* })
            } else {
                quote!(array { #(#entries),* } of #items)
            }
        }
        Field::Ref(r) => match ctx.resolve(&r.r#ref, nsid) {
            Some(Def::Field(target)) if depth < MAX_INLINE_DEPTH => {
                let (target_nsid, _) = r.r#ref.resolve(nsid);
                rule(ctx, target_nsid, target, depth + 1)
            }
            _ => TokenStream::new(),
        },
        Field::Object(_) | Field::Union(_) | Field::CidLink(_) | Field::Unknown(_) => {
            TokenStream::new()
        }
    }
}
