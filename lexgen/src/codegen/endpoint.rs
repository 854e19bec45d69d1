//! XRPC items of one endpoint document: `Params` (defaults applied), `Input`, `Output`, `Error`
//! (variants named as in the lexicon), the endpoint marker implementing `lexgen::xrpc::Endpoint`,
//! and for subscriptions the `Message` union with frame decoding.

use proc_macro2::TokenStream;
use quote::quote;

use super::checks;
use super::context::ident;
use super::naming;
use super::types::Module;
use crate::lexicon::{Body, Def, ErrorDef, Field, Params};

/// What the namespace's service trait needs to know about an endpoint.
pub(crate) struct EndpointInfo {
    pub nsid: String,
    pub description: Option<String>,
    /// Whether the document is ours: its whole description documents the service method.
    pub described: bool,
    pub has_params: bool,
    pub has_input: bool,
    /// Whether it is a subscription (an event stream: no service method, no route).
    pub subscription: bool,
    /// The encoding of its request body, if it takes one (`application/json`, `*/*`, ...).
    pub input_encoding: Option<String>,
}

/// Generates the endpoint items of the primary def `main`, if it is a query, procedure or
/// subscription, and says what the namespace needs to know about it.
pub(crate) fn generate(module: &mut Module<'_>, def: &Def) -> Option<EndpointInfo> {
    module.current_def = "main".to_owned();
    let nsid = module.nsid;
    let marker = ident(&naming::def_type_name(nsid, "main", true));
    match def {
        Def::Query(q) => {
            let has_params = params(module, q.parameters.as_ref());
            body(module, "Input", None);
            body(module, "Output", q.output.as_ref());
            errors(module, &q.errors);
            marker_impl(module, &marker, quote!(Query), q.description.as_deref());
            Some(EndpointInfo {
                nsid: nsid.to_owned(),
                description: q.description.clone(),
                described: module.ctx.described(nsid),
                has_params,
                has_input: false,
                subscription: false,
                input_encoding: None,
            })
        }
        Def::Procedure(p) => {
            let has_params = params(module, p.parameters.as_ref());
            let has_input = body(module, "Input", p.input.as_ref());
            body(module, "Output", p.output.as_ref());
            errors(module, &p.errors);
            marker_impl(module, &marker, quote!(Procedure), p.description.as_deref());
            Some(EndpointInfo {
                nsid: nsid.to_owned(),
                description: p.description.clone(),
                described: module.ctx.described(nsid),
                has_params,
                has_input,
                subscription: false,
                input_encoding: p.input.as_ref().map(|b| b.encoding.clone()),
            })
        }
        Def::Subscription(s) => {
            let has_params = params(module, s.parameters.as_ref());
            errors(module, &s.errors);
            if let Some(union) = s.message.as_ref().and_then(|m| m.union()) {
                module.taken.insert("Message".to_owned());
                module.union("Message", union);
                module.items.push(quote! {
                    impl Message {
                        /// Reads one event-stream frame (header `{op, t}` then payload, both DAG-CBOR).
                        pub fn decode_frame(bytes: &[u8]) -> ::std::result::Result<::lexgen::xrpc::Frame<Self>, ::lexgen::xrpc::FrameError> {
                            ::lexgen::xrpc::decode_frame(bytes, NSID)
                        }

                        /// Writes this message as one event-stream frame.
                        pub fn encode_frame(&self) -> ::std::result::Result<::std::vec::Vec<u8>, ::lexgen::xrpc::FrameError> {
                            ::lexgen::xrpc::encode_frame(self, NSID)
                        }
                    }
                });
            }
            Some(EndpointInfo {
                nsid: nsid.to_owned(),
                description: s.description.clone(),
                described: module.ctx.described(nsid),
                has_params,
                has_input: false,
                subscription: true,
                input_encoding: None,
            })
        }
        _ => None,
    }
}

/// The endpoint marker; an endpoint of ours is documented by its description too.
fn marker_impl(
    module: &mut Module<'_>,
    marker: &proc_macro2::Ident,
    kind: TokenStream,
    description: Option<&str>,
) {
    let nsid = module.nsid;
    let text = format!(" The `{nsid}` endpoint.");
    let docs = own_doc(module, description);
    module.items.push(quote! {
        #[doc = #text]
        #docs
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct #marker;

        impl ::lexgen::xrpc::Endpoint for #marker {
            const NSID: &'static str = NSID;
            const KIND: ::lexgen::xrpc::Kind = ::lexgen::xrpc::Kind::#kind;
            type Params = Params;
            type Input = Input;
            type Output = Output;
            type Error = Error;
        }
    });
}

/// Doc lines from `description` for a document of ours (after a blank line), nothing otherwise.
fn own_doc(module: &Module<'_>, description: Option<&str>) -> TokenStream {
    match description.filter(|_| module.ctx.described(module.nsid)) {
        Some(text) if !text.trim().is_empty() => {
            let body = super::types::doc(Some(text));
            quote!(#[doc = ""] #body)
        }
        _ => quote!(),
    }
}

/// `Params`: a struct, or `NoParams` when there are none. Returns whether there are any.
fn params(module: &mut Module<'_>, params: Option<&Params>) -> bool {
    let Some(params) = params.filter(|p| !p.properties.is_empty()) else {
        module.items.push(quote!(
            /// This endpoint takes no parameters.
            pub type Params = ::lexgen::xrpc::NoParams;
        ));
        return false;
    };
    let mut rust_names: Vec<String> = params
        .properties
        .keys()
        .map(|k| naming::field_name(k))
        .collect();
    naming::dedupe(&mut rust_names);
    let mut fields = Vec::new();
    let mut entries = Vec::new();
    for ((wire, field), rust) in params.properties.iter().zip(&rust_names) {
        let name = ident(rust);
        let required = params.required.contains(wire);
        let default = default_text(field);
        let ty = module.field_type(field, "Params", wire);
        let doc = super::types::doc(field.description());
        let is_array = matches!(field, Field::Array(_));
        let rule = checks::rule(module.ctx, module.nsid, field, 0);
        if is_array {
            fields.push(quote!(#doc pub #name: #ty,));
            entries.push(if required {
                quote!(#name: required_repeated #wire #rule)
            } else {
                quote!(#name: repeated #wire #rule)
            });
        } else if required || default.is_some() {
            fields.push(quote!(#doc pub #name: #ty,));
            entries.push(match &default {
                Some(d) if !required => quote!(#name: default #wire = #d #rule),
                _ => quote!(#name: required #wire #rule),
            });
        } else {
            fields.push(quote!(#doc pub #name: ::std::option::Option<#ty>,));
            entries.push(quote!(#name: optional #wire #rule));
        }
    }
    let docs = own_doc(module, params.description.as_deref());
    module.items.push(quote! {
        /// Query-string parameters (defaults applied).
        #docs
        #[derive(Clone, Debug, PartialEq)]
        pub struct Params { #(#fields)* }

        ::lexgen::params! {
            Params {
                #(#entries,)*
            }
        }
    });
    true
}

/// The default of a parameter as query text.
fn default_text(field: &Field) -> Option<String> {
    match field {
        Field::Boolean(b) => b.default.map(|d| d.to_string()),
        Field::Integer(i) => i.default.map(|d| d.to_string()),
        Field::String(s) => s.default.clone(),
        _ => None,
    }
}

/// `Input` / `Output`: a type for a JSON body, `Binary` otherwise, `()` when there is none.
/// Returns whether there is a body.
fn body(module: &mut Module<'_>, name: &str, body: Option<&Body>) -> bool {
    let type_ident = ident(name);
    module.taken.insert(name.to_owned());
    let Some(body) = body else {
        let doc = format!(
            " No {}.",
            if name == "Input" {
                "request body"
            } else {
                "response body"
            }
        );
        module
            .items
            .push(quote!(#[doc = #doc] pub type #type_ident = ();));
        return false;
    };
    let json = body.encoding == "application/json";
    match (json, body.schema.as_deref()) {
        (true, Some(Field::Object(object))) => {
            module.object(name, object, false, body.description.as_deref());
        }
        (true, Some(Field::Union(union))) => module.union(name, union),
        (true, Some(field)) => {
            let ty = module.field_type(field, name, "");
            let docs = own_doc(module, body.description.as_deref());
            module.items.push(quote!(#docs pub type #type_ident = #ty;));
        }
        (true, None) => module
            .items
            .push(quote!(pub type #type_ident = ::lexgen::model::Map;)),
        (false, _) => {
            let doc = format!(" A `{}` body.", body.encoding);
            module
                .items
                .push(quote!(#[doc = #doc] pub type #type_ident = ::lexgen::xrpc::Binary;));
        }
    }
    true
}

/// `Error`: the named errors, or `NoError`.
fn errors(module: &mut Module<'_>, errors: &[ErrorDef]) {
    module.taken.insert("Error".to_owned());
    if errors.is_empty() {
        module.items.push(quote!(
            /// This endpoint declares no errors.
            pub type Error = ::lexgen::xrpc::NoError;
        ));
        return;
    }
    let mut names: Vec<String> = errors
        .iter()
        .map(|e| {
            naming::escape(
                &e.name
                    .replace(|c: char| !c.is_ascii_alphanumeric() && c != '_', "_"),
            )
        })
        .collect();
    naming::dedupe(&mut names);
    let variants = errors.iter().zip(&names).map(|(e, n)| {
        let v = ident(n);
        let doc = super::types::doc(e.description.as_deref());
        quote!(#doc #v,)
    });
    let to_name = errors.iter().zip(&names).map(|(e, n)| {
        let (v, text) = (ident(n), &e.name);
        quote!(Self::#v => #text,)
    });
    let from_name = errors.iter().zip(&names).map(|(e, n)| {
        let (v, text) = (ident(n), &e.name);
        quote!(#text => ::std::option::Option::Some(Self::#v),)
    });
    module.items.push(quote! {
        /// The named errors of this endpoint.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Error { #(#variants)* }

        impl ::lexgen::xrpc::EndpointError for Error {
            fn name(&self) -> &'static str {
                match self { #(#to_name)* }
            }

            fn from_name(name: &str) -> ::std::option::Option<Self> {
                match name { #(#from_name)* _ => ::std::option::Option::None }
            }
        }
    });
}
