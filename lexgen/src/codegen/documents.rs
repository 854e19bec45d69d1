//! The `documents` module: every lexicon document's JSON text (`include_str!`), listed by the generator so
//! that a server can build its catalog from the same files the code was generated from.

use proc_macro2::TokenStream;
use quote::quote;

use crate::catalog::{Catalog, expected_relative_path};

/// The module's name (`src/documents.rs`).
pub(crate) const MODULE: &str = "documents";

/// `pub const DOCUMENTS: &[(&str, &str)]`: (NSID, JSON text) of every document, sorted by NSID. The JSON
/// files sit beside `src/` at the paths their NSIDs give (the layout of the `lexicons` crate).
pub(crate) fn generate(catalog: &Catalog) -> TokenStream {
    let entries = catalog.documents().map(|doc| {
        let nsid = doc.id.as_str();
        let file = format!("../{}", expected_relative_path(nsid).display());
        quote!((#nsid, ::std::include_str!(#file)))
    });
    quote! {
        //! Every lexicon document of this crate as JSON text, for building a catalog at run time.
        /// (NSID, JSON text) of every lexicon document, sorted by NSID.
        pub const DOCUMENTS: &[(&str, &str)] = &[#(#entries),*];
    }
}
