//! Namespace modules (`com/atproto/repo.rs`): the `mod` lines of the documents and namespaces
//! below, the `Method` enum of its endpoints (queries, procedures and subscriptions: NSID and input
//! encoding, so a server can decide per endpoint with an exhaustive `match`), the namespace's `Service`
//! trait (one async method per query and procedure, no default methods), and its route table for axum
//! (behind the generated crate's `server` feature).

use proc_macro2::TokenStream;
use quote::quote;

use super::Options;
use super::context::{ident, path_tokens};
use super::endpoint::EndpointInfo;
use super::naming;

/// The items of a namespace module, given its children and the endpoints directly in it.
pub(crate) fn generate(
    options: &Options,
    namespace: &str,
    children: &[String],
    endpoints: &[EndpointInfo],
) -> TokenStream {
    let mods = children.iter().map(|c| {
        let c = ident(c);
        quote!(pub mod #c;)
    });
    if endpoints.is_empty() {
        return quote!(#(#mods)*);
    }
    let method_enum = method_enum(namespace, endpoints);
    let served: Vec<&EndpointInfo> = endpoints.iter().filter(|e| !e.subscription).collect();
    if served.is_empty() {
        return quote!(#(#mods)* #method_enum);
    }
    let support = path_tokens(&options.server_support);
    let mut methods = Vec::new();
    let mut routes = Vec::new();
    for e in served {
        let last = e.nsid.rsplit('.').next().unwrap_or(&e.nsid);
        let module = ident(&naming::field_name(last));
        let method = module.clone();
        let marker = ident(&naming::def_type_name(&e.nsid, "main", true));
        let mut doc = format!(" `{}`", e.nsid);
        let mut more = Vec::new();
        if let Some(d) = &e.description {
            let mut lines = d.lines();
            doc.push_str(": ");
            doc.push_str(lines.next().unwrap_or_default());
            // Our own endpoints keep their whole description.
            if e.described {
                more.extend(lines.map(|l| format!(" {}", l.trim_end())));
            }
        }
        let mut args = vec![quote!(ctx: C)];
        let mut call_args = vec![quote!(ctx)];
        if e.has_params {
            args.push(quote!(params: #module::Params));
            call_args.push(quote!(params));
        }
        if e.has_input {
            args.push(quote!(input: #module::Input));
            call_args.push(quote!(input));
        }
        methods.push(quote! {
            #[doc = #doc]
            #(#[doc = #more])*
            fn #method(&self, #(#args),*) -> impl ::std::future::Future<Output = ::std::result::Result<#module::Output, ::lexgen::xrpc::XrpcError<#module::Error>>> + ::std::marker::Send;
        });
        let path = format!("/xrpc/{}", e.nsid);
        let params_pat = if e.has_params {
            quote!(params)
        } else {
            quote!(_params)
        };
        let input_pat = if e.has_input {
            quote!(input)
        } else {
            quote!(_input)
        };
        routes.push(quote! {
            .route(#path, #support::handler::<#module::#marker, S, C, St, _, _>(
                service.clone(),
                |service: ::std::sync::Arc<S>, ctx: C, #params_pat, #input_pat| async move { service.#method(#(#call_args),*).await },
            ))
        });
    }
    let trait_doc = format!(
        " The endpoints of `{namespace}`: implement this to serve them; every method is required."
    );
    let router_doc = format!(
        " The routes of `{namespace}`: decode parameters and body, validate, call `service`, encode the output or the error."
    );
    let router = match &options.server_cfg {
        None => quote!(),
        Some(cfg) => {
            let cfg: TokenStream = cfg.parse().unwrap_or_default();
            quote! {
                #[doc = #router_doc]
                #[cfg(#cfg)]
                pub fn router<S, C, St>(service: ::std::sync::Arc<S>) -> ::axum::Router<St>
                where
                    S: Service<C>,
                    C: ::axum::extract::FromRequestParts<St> + ::std::marker::Send + 'static,
                    St: ::std::clone::Clone + ::std::marker::Send + ::std::marker::Sync + 'static,
                {
                    ::axum::Router::new() #(#routes)*
                }
            }
        }
    };
    quote! {
        #(#mods)*

        #method_enum

        #[doc = #trait_doc]
        ///
        /// `C` is the per-request context the server extracts (authentication, client address, ...).
        pub trait Service<C: ::std::marker::Send + 'static>: ::std::marker::Send + ::std::marker::Sync + 'static {
            #(#methods)*
        }

        #router
    }
}

/// `Method`: one variant per endpoint of the namespace (named as its marker type), with its NSID and the
/// encoding of its request body.
fn method_enum(namespace: &str, endpoints: &[EndpointInfo]) -> TokenStream {
    let doc = format!(" Every query, procedure and subscription of `{namespace}`, in NSID order.");
    let mut variants = Vec::new();
    let mut nsids = Vec::new();
    let mut from_nsids = Vec::new();
    let mut encodings = Vec::new();
    let mut subscriptions = Vec::new();
    for e in endpoints {
        let variant = ident(&naming::def_type_name(&e.nsid, "main", true));
        let last = e.nsid.rsplit('.').next().unwrap_or(&e.nsid);
        let module = ident(&naming::field_name(last));
        let nsid = &e.nsid;
        let variant_doc = format!(" `{nsid}`.");
        variants.push(quote!(#[doc = #variant_doc] #variant,));
        nsids.push(quote!(Self::#variant => #module::NSID,));
        from_nsids.push(quote!(#nsid => ::std::option::Option::Some(Self::#variant),));
        let encoding = match &e.input_encoding {
            Some(encoding) => quote!(::std::option::Option::Some(#encoding)),
            None => quote!(::std::option::Option::None),
        };
        encodings.push(quote!(Self::#variant => #encoding,));
        if e.subscription {
            subscriptions.push(quote!(Self::#variant));
        }
    }
    let is_subscription = if subscriptions.is_empty() {
        quote!(false)
    } else {
        quote!(matches!(self, #(#subscriptions)|*))
    };
    let all = endpoints
        .iter()
        .map(|e| ident(&naming::def_type_name(&e.nsid, "main", true)));
    quote! {
        #[doc = #doc]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Method { #(#variants)* }

        impl Method {
            /// Every endpoint of the namespace, in NSID order.
            pub const ALL: &'static [Method] = &[#(Self::#all,)*];

            /// The endpoint's NSID.
            pub const fn nsid(self) -> &'static str {
                match self { #(#nsids)* }
            }

            /// The endpoint named `nsid`, if it is one of this namespace.
            pub fn from_nsid(nsid: &str) -> ::std::option::Option<Self> {
                match nsid { #(#from_nsids)* _ => ::std::option::Option::None }
            }

            /// Whether the endpoint is a subscription (an event stream over WebSocket, not a request).
            pub const fn is_subscription(self) -> bool {
                #is_subscription
            }

            /// The encoding of the endpoint's request body as its lexicon declares it (`application/json`,
            /// `*/*`, ...); `None` when it takes none (queries, subscriptions, procedures without input).
            pub const fn input_encoding(self) -> ::std::option::Option<&'static str> {
                match self { #(#encodings)* }
            }
        }
    }
}
