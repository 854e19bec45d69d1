//! Namespace modules (`com/atproto/repo.rs`): the `mod` lines of the documents and namespaces
//! below, the namespace's `Service` trait (one async method per query and procedure, no default
//! methods), and its route table for axum (behind the generated crate's `server` feature).

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
    let support = path_tokens(&options.server_support);
    let mut methods = Vec::new();
    let mut routes = Vec::new();
    for e in endpoints {
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

        #[doc = #trait_doc]
        ///
        /// `C` is the per-request context the server extracts (authentication, client address, ...).
        pub trait Service<C: ::std::marker::Send + 'static>: ::std::marker::Send + ::std::marker::Sync + 'static {
            #(#methods)*
        }

        #router
    }
}
