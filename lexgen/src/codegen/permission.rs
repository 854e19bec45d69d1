//! A permission set's `PERMISSION_SET` constant: a `lexgen::typed::PermissionSet` holding its
//! titles, details and `repo` / `rpc` permissions, for an OAuth server to show and expand.

use proc_macro2::TokenStream;
use quote::quote;

use super::types::doc;
use crate::lexicon::{Permission, PermissionSet};

/// The `PERMISSION_SET` constant of the document's `main` permission set.
/// Its title, detail and description become doc lines when `described` (our own namespaces).
pub(crate) fn generate(nsid: &str, set: &PermissionSet, described: bool) -> TokenStream {
    let option = |text: &Option<String>| match text {
        Some(text) => quote!(::std::option::Option::Some(#text)),
        None => quote!(::std::option::Option::None),
    };
    let langs = |entries: &std::collections::BTreeMap<String, String>| {
        let entries = entries.iter().map(|(tag, text)| quote!((#tag, #text)));
        quote!(&[#(#entries),*])
    };
    let title = option(&set.title);
    let detail = option(&set.detail);
    let title_lang = langs(&set.title_lang);
    let detail_lang = langs(&set.detail_lang);
    let permissions = set.permissions.iter().filter_map(permission);
    let heading = format!(" The `{nsid}` permission set (`include:{nsid}`).");
    let prose: Vec<&str> = [&set.title, &set.detail, &set.description]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .filter(|_| described)
        .collect();
    let docs = if prose.is_empty() {
        quote!()
    } else {
        let body = doc(Some(&prose.join("\n\n")));
        quote!(#[doc = ""] #body)
    };
    quote! {
        #[doc = #heading]
        #docs
        pub const PERMISSION_SET: ::lexgen::typed::PermissionSet = ::lexgen::typed::PermissionSet {
            nsid: NSID,
            title: #title,
            title_lang: #title_lang,
            detail: #detail,
            detail_lang: #detail_lang,
            permissions: &[#(#permissions),*],
        };
    }
}

/// One `repo` or `rpc` permission; other resources are left out (a set cannot grant them, and the
/// parser has warned about them).
fn permission(permission: &Permission) -> Option<TokenStream> {
    match permission {
        Permission::Repo { collection, action } => {
            let has = |name: &str| action.is_empty() || action.iter().any(|a| a == name);
            let (create, update, delete) = (has("create"), has("update"), has("delete"));
            Some(quote! {
                ::lexgen::typed::Permission::Repo(::lexgen::typed::RepoPermission {
                    collection: &[#(#collection),*],
                    action: ::lexgen::typed::RepoActions { create: #create, update: #update, delete: #delete },
                })
            })
        }
        Permission::Rpc {
            lxm,
            aud,
            inherit_aud,
        } => {
            let aud = match aud {
                Some(aud) => quote!(::std::option::Option::Some(#aud)),
                None => quote!(::std::option::Option::None),
            };
            Some(quote! {
                ::lexgen::typed::Permission::Rpc(::lexgen::typed::RpcPermission {
                    lxm: &[#(#lxm),*],
                    aud: #aud,
                    inherit_aud: #inherit_aud,
                })
            })
        }
        Permission::Other { .. } => None,
    }
}
