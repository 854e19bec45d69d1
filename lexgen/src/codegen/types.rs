//! Data types of one document: records and objects as structs, unions and string sets as enums,
//! tokens as constants, other named schemas as aliases; structs through `lexgen::object!` tables
//! (fields and their constraints), unions and string sets with their own impls.

use std::collections::BTreeSet;

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::checks;
use super::context::{Context, ident};
use super::naming;
use crate::lexicon::{Def, Field, Object, StringFormat, StringSchema, Union};

/// The items of one generated module, built def by def.
pub(crate) struct Module<'a> {
    pub ctx: &'a Context<'a>,
    pub nsid: &'a str,
    /// Generated items, in order.
    pub items: Vec<TokenStream>,
    /// Types that get serde and `Debug` impls (`lexgen::via_typed!`).
    pub serde_types: Vec<Ident>,
    /// Type names already used in this module.
    pub taken: BTreeSet<String>,
    /// The def being generated (the owner of inline types, for recursion checks).
    pub current_def: String,
}

pub(crate) fn doc(description: Option<&str>) -> TokenStream {
    match description {
        Some(text) if !text.trim().is_empty() => {
            let lines = text.lines().map(|line| format!(" {}", line.trim_end()));
            quote!(#(#[doc = #lines])*)
        }
        _ => quote!(),
    }
}

/// The Rust type of a string format.
pub(crate) fn format_type(format: StringFormat) -> TokenStream {
    match format {
        StringFormat::AtIdentifier => quote!(::lexgen::model::AtIdentifier),
        StringFormat::AtUri => quote!(::lexgen::model::AtUri),
        StringFormat::Cid => quote!(::lexgen::model::CidString),
        StringFormat::Datetime => quote!(::lexgen::model::Datetime),
        StringFormat::Did => quote!(::lexgen::model::Did),
        StringFormat::Handle => quote!(::lexgen::model::Handle),
        StringFormat::Nsid => quote!(::lexgen::model::Nsid),
        StringFormat::Tid => quote!(::lexgen::model::Tid),
        StringFormat::RecordKey => quote!(::lexgen::model::RecordKey),
        StringFormat::Uri => quote!(::lexgen::model::Uri),
        StringFormat::Language => quote!(::lexgen::model::Language),
    }
}

impl<'a> Module<'a> {
    pub fn new(ctx: &'a Context<'a>, nsid: &'a str, reserved: &[&str]) -> Module<'a> {
        let mut taken: BTreeSet<String> = reserved.iter().map(|s| (*s).to_owned()).collect();
        if let Some(doc) = ctx.catalog.document(nsid) {
            for (name, def) in &doc.defs {
                if !def.is_primary() || matches!(def, Def::Record(_)) {
                    taken.insert(ctx.def_type_name(nsid, name));
                }
            }
        }
        Module {
            ctx,
            nsid,
            items: Vec::new(),
            serde_types: Vec::new(),
            taken,
            current_def: String::new(),
        }
    }

    /// A fresh type name for an inline type: `Owner` + `Prop`, made unique in the module.
    pub fn inline_name(&mut self, owner: &str, prop: &str) -> String {
        let base = naming::type_name(&format!("{owner}_{}", naming::upper_camel(prop)));
        let mut name = base.clone();
        let mut n = 2;
        while self.taken.contains(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        self.taken.insert(name.clone());
        name
    }

    /// Generates a non-primary named def.
    pub fn named_def(&mut self, name: &str, def: &Def) {
        self.current_def = name.to_owned();
        let type_name = self.ctx.def_type_name(self.nsid, name);
        match def {
            Def::Record(record) => {
                self.object(
                    &type_name,
                    &record.record,
                    true,
                    record.description.as_deref(),
                );
            }
            Def::Token(token) => {
                let konst = ident(&naming::escape(&naming::screaming_snake(name)));
                let value = if name == "main" {
                    self.nsid.to_owned()
                } else {
                    format!("{}#{name}", self.nsid)
                };
                let docs = doc(token.description.as_deref());
                self.items
                    .push(quote!(#docs pub const #konst: &str = #value;));
            }
            Def::Field(Field::Object(object)) => {
                self.object(&type_name, object, false, object.description.as_deref());
            }
            Def::Field(Field::String(s)) if has_string_set(s) => {
                self.string_set(&type_name, s);
            }
            Def::Field(Field::Union(union)) => self.union(&type_name, union),
            Def::Field(field) => {
                let ty = self.field_type(field, &type_name, "");
                let docs = doc(field.description());
                let name = ident(&type_name);
                self.items.push(quote!(#docs pub type #name = #ty;));
            }
            Def::PermissionSet(set) => {
                let items =
                    super::permission::generate(self.nsid, set, self.ctx.described(self.nsid));
                self.items.push(items);
            }
            Def::Query(_) | Def::Procedure(_) | Def::Subscription(_) => {}
        }
    }

    /// The Rust type of a schema used at `owner.prop`, generating inline types as needed.
    pub fn field_type(&mut self, field: &Field, owner: &str, prop: &str) -> TokenStream {
        match field {
            Field::Boolean(_) => quote!(bool),
            Field::Integer(_) => quote!(i64),
            Field::String(s) => {
                if has_string_set(s) {
                    let name = self.inline_name(owner, prop);
                    self.string_set(&name, s);
                    let name = ident(&name);
                    quote!(#name)
                } else if let Some(format) = s.format {
                    format_type(format)
                } else {
                    quote!(::std::string::String)
                }
            }
            Field::Bytes(_) => quote!(::lexgen::model::Bytes),
            Field::CidLink(_) => quote!(::lexgen::model::CidLink),
            Field::Blob(_) => quote!(::lexgen::model::BlobRef),
            Field::Unknown(_) => quote!(::lexgen::model::Map),
            Field::Array(array) => {
                let item = self.field_type(&array.items, owner, &format!("{prop}Item"));
                quote!(::std::vec::Vec<#item>)
            }
            Field::Object(object) => {
                let name = self.inline_name(owner, prop);
                self.object(&name, object, false, object.description.as_deref());
                let name = ident(&name);
                quote!(#name)
            }
            Field::Union(union) => {
                let name = self.inline_name(owner, prop);
                self.union(&name, union);
                let name = ident(&name);
                quote!(#name)
            }
            Field::Ref(r) => match self.ctx.resolve(&r.r#ref, self.nsid) {
                Some(Def::Record(_) | Def::Field(_)) => {
                    let ty = self.ctx.ref_type(&r.r#ref, self.nsid);
                    let boxed = matches!(
                        self.ctx.resolve(&r.r#ref, self.nsid),
                        Some(Def::Record(_) | Def::Field(Field::Object(_)))
                    ) && self.ctx.needs_box(&r.r#ref, self.nsid, &self.current_def);
                    if boxed {
                        quote!(::std::boxed::Box<#ty>)
                    } else {
                        ty
                    }
                }
                Some(Def::Token(_)) => quote!(::std::string::String),
                _ => quote!(::lexgen::model::Map),
            },
        }
    }

    /// A struct for an object or record, with its impls.
    pub fn object(&mut self, name: &str, object: &Object, record: bool, description: Option<&str>) {
        let type_ident = ident(name);
        let mut rust_names: Vec<String> = object
            .properties
            .keys()
            .map(|k| naming::field_name(k))
            .collect();
        naming::dedupe(&mut rust_names);
        let extra_name = if rust_names.iter().any(|n| n == "extra") {
            "extra_fields"
        } else {
            "extra"
        };
        let extra = ident(extra_name);
        let mut fields = Vec::new();
        let mut entries = Vec::new();
        for ((wire, field), rust) in object.properties.iter().zip(&rust_names) {
            let required = object.required.contains(wire);
            let nullable = object.nullable.contains(wire);
            let ty = self.field_type(field, name, wire);
            let ty = match (required, nullable) {
                (true, false) => ty,
                (false, false) => quote!(::std::option::Option<#ty>),
                (true, true) => quote!(::lexgen::typed::Nullable<#ty>),
                (false, true) => quote!(::std::option::Option<::lexgen::typed::Nullable<#ty>>),
            };
            let field_ident = ident(rust);
            let docs = doc(field.description());
            fields.push(quote!(#docs pub #field_ident: #ty,));
            let kind = if required {
                quote!(required)
            } else {
                quote!(optional)
            };
            let rule = checks::rule(self.ctx, self.nsid, field, 0);
            entries.push(quote!(#field_ident: #kind #wire #rule));
        }
        let docs = doc(description);
        let head = if record {
            let nsid = self.nsid;
            quote!(record #type_ident = #nsid)
        } else {
            quote!(#type_ident)
        };
        self.items.push(quote! {
            #docs
            #[derive(Clone, PartialEq)]
            pub struct #type_ident {
                #(#fields)*
                /// Properties not in the lexicon, kept as read so a round trip loses nothing.
                pub #extra: ::lexgen::model::Map,
            }

            ::lexgen::object! {
                #head, #extra {
                    #(#entries,)*
                }
            }
        });
        self.serde_types.push(type_ident);
    }

    /// An enum for a union, tagged by `$type`; open unions keep unknown members.
    pub fn union(&mut self, name: &str, union: &Union) {
        let type_ident = ident(name);
        let mut variant_names: Vec<String> = union
            .refs
            .iter()
            .map(|r| {
                let (nsid, def) = r.resolve(self.nsid);
                if nsid == self.nsid || def == "main" {
                    self.ctx.def_type_name(nsid, def)
                } else {
                    naming::type_name(&format!(
                        "{}_{def}",
                        nsid.rsplit('.').next().unwrap_or(nsid)
                    ))
                }
            })
            .collect();
        if !union.closed {
            variant_names.push("Unknown".to_owned());
        }
        naming::dedupe(&mut variant_names);
        let mut variants = Vec::new();
        let mut reads = Vec::new();
        let mut writes = Vec::new();
        let mut validations = Vec::new();
        for (r, variant) in union.refs.iter().zip(&variant_names) {
            let variant = ident(variant);
            let ty = self.ctx.ref_type(r, self.nsid);
            let tag = r.qualified(self.nsid);
            let tag_doc = format!(" `{tag}`");
            variants.push(quote!(#[doc = #tag_doc] #variant(::std::boxed::Box<#ty>),));
            reads.push(quote!(#tag => ::lexgen::typed::member(map, path).map(Self::#variant),));
            writes.push(quote!(Self::#variant(v) => ::lexgen::typed::tagged(v.as_ref(), #tag),));
            validations.push(
                quote!(Self::#variant(v) => ::lexgen::typed::Validate::validate_at(v, path, out),),
            );
        }
        let fallback = if union.closed {
            quote!(other => ::std::result::Result::Err(::lexgen::typed::not_in_set(path.key("$type"), "union member", other)),)
        } else {
            let unknown = ident(variant_names.last().map_or("Unknown", String::as_str));
            variants.push(quote!(
                /// A member this lexicon does not know, kept as read.
                #unknown(::lexgen::model::Map),
            ));
            writes.push(quote!(Self::#unknown(map) => ::lexgen::model::Value::Map(map.clone()),));
            validations.push(quote!(Self::#unknown(_) => {}));
            quote!(_ => ::std::result::Result::Ok(Self::#unknown(map)),)
        };
        let docs = doc(union.description.as_deref());
        self.items.push(quote! {
            #docs
            #[derive(Clone, PartialEq)]
            pub enum #type_ident { #(#variants)* }

            impl ::lexgen::typed::Typed for #type_ident {
                fn from_value(value: ::lexgen::model::Value, path: ::lexgen::typed::Path<'_>) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
                    let map = ::lexgen::typed::into_map(value, path)?;
                    match ::lexgen::typed::union_type(&map, path)?.as_str() {
                        #(#reads)*
                        #fallback
                    }
                }

                fn to_value(&self) -> ::lexgen::model::Value {
                    match self { #(#writes)* }
                }
            }

            impl ::lexgen::typed::Validate for #type_ident {
                fn validate_at(&self, path: ::lexgen::typed::Path<'_>, out: &mut ::std::vec::Vec<::lexgen::typed::Violation>) {
                    match self { #(#validations)* }
                }
            }
        });
        self.serde_types.push(type_ident);
    }

    /// An enum for `knownValues` (open, with `Other`) or `enum` (closed).
    pub fn string_set(&mut self, name: &str, s: &StringSchema) {
        let type_ident = ident(name);
        let closed = s.r#enum.is_some();
        let values: Vec<String> = s
            .r#enum
            .clone()
            .or_else(|| s.known_values.clone())
            .unwrap_or_default();
        let mut names: Vec<String> = values
            .iter()
            .map(|v| naming::known_value_variant(v))
            .collect();
        if !closed {
            names.push("Other".to_owned());
        }
        naming::dedupe(&mut names);
        let idents: Vec<Ident> = names.iter().map(|n| ident(n)).collect();
        let known = &idents[..values.len()];
        let variants = known.iter().zip(&values).map(|(v, text)| {
            let doc = format!(" `{text}`");
            quote!(#[doc = #doc] #v,)
        });
        let as_str = known
            .iter()
            .zip(&values)
            .map(|(v, text)| quote!(Self::#v => #text,));
        let reads = known
            .iter()
            .zip(&values)
            .map(|(v, text)| quote!(#text => Self::#v,));
        let (other_variant, other_str, other_read) = if closed {
            (
                quote!(),
                quote!(),
                quote!(other => return ::std::result::Result::Err(::lexgen::typed::not_in_set(path, "value", other)),),
            )
        } else {
            let other = &idents[values.len()];
            (
                quote!(
                    /// A value not listed in the lexicon.
                    #other(::std::string::String),
                ),
                quote!(Self::#other(text) => text,),
                quote!(_ => Self::#other(text),),
            )
        };
        let docs = doc(s.description.as_deref());
        self.items.push(quote! {
            #docs
            #[derive(Clone, PartialEq, Eq, Hash)]
            pub enum #type_ident { #(#variants)* #other_variant }

            impl #type_ident {
                /// The string as written on the wire.
                pub fn as_str(&self) -> &str {
                    match self { #(#as_str)* #other_str }
                }
            }

            impl ::lexgen::typed::Typed for #type_ident {
                fn from_value(value: ::lexgen::model::Value, path: ::lexgen::typed::Path<'_>) -> ::std::result::Result<Self, ::lexgen::typed::TypedError> {
                    let text: ::std::string::String = ::lexgen::typed::Typed::from_value(value, path)?;
                    ::std::result::Result::Ok(match text.as_str() { #(#reads)* #other_read })
                }

                fn to_value(&self) -> ::lexgen::model::Value {
                    ::lexgen::model::Value::String(self.as_str().to_owned())
                }
            }

            ::lexgen::string_set!(#type_ident);

            impl ::lexgen::xrpc::Param for #type_ident {}
        });
        self.serde_types.push(type_ident);
    }
}

/// Whether a string schema becomes an enum (`enum` or non-empty `knownValues`).
pub(crate) fn has_string_set(s: &StringSchema) -> bool {
    s.r#enum.is_some() || s.known_values.as_ref().is_some_and(|v| !v.is_empty())
}
