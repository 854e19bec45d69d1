//! Turns generated tokens into the committed text: prettyplease formatting and the one
//! `// @generated` header line naming the source.

use proc_macro2::TokenStream;

use super::CodegenError;

/// Formats `tokens` as a file whose first line is `// @generated from <source> by cargo xtask codegen`.
pub(crate) fn file(tokens: TokenStream, source: &str, what: &str) -> Result<String, CodegenError> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| CodegenError::Syntax {
        file: what.to_owned(),
        message: e.to_string(),
    })?;
    let body = prettyplease::unparse(&file);
    Ok(format!(
        "// @generated from {source} by cargo xtask codegen\n{body}"
    ))
}
