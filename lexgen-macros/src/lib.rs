//! Proc-macro entry points; the expansion logic lives in `lexgen::codegen` (unit-testable there).
//!
//! - [`include_lexicons!`]: generates the types, validators and XRPC items of a lexicon directory
//!   at compile time, for crates that prefer not to commit generated code.

use proc_macro::TokenStream;
use quote::quote_spanned;
use syn::parse::{Parse, ParseStream};
use syn::{LitStr, Token};

/// `include_lexicons!(dir = "lexicons", root = "crate::lex")`: every document under `dir`
/// (relative to the crate's manifest directory) as nested modules, placed where the macro is
/// invoked; `root` is the path of that place (generated code uses absolute paths). No route
/// tables are generated. Lexicon errors become compile errors on `dir`.
#[proc_macro]
pub fn include_lexicons(input: TokenStream) -> TokenStream {
    let args = syn::parse_macro_input!(input as Args);
    expand(&args)
        .unwrap_or_else(|e| e.to_compile_error())
        .into()
}

struct Args {
    dir: LitStr,
    root: LitStr,
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Args> {
        let mut dir = None;
        let mut root = None;
        while !input.is_empty() {
            let key: syn::Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            let value: LitStr = input.parse()?;
            match key.to_string().as_str() {
                "dir" => dir = Some(value),
                "root" => root = Some(value),
                other => {
                    return Err(syn::Error::new(
                        key.span(),
                        format!("unknown argument `{other}` (expected `dir` or `root`)"),
                    ));
                }
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        let dir = dir.ok_or_else(|| input.error("missing `dir = \"...\"`"))?;
        let root = root.ok_or_else(|| input.error("missing `root = \"...\"`"))?;
        Ok(Args { dir, root })
    }
}

fn expand(args: &Args) -> syn::Result<proc_macro2::TokenStream> {
    let base = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let dir = std::path::Path::new(&base).join(args.dir.value());
    if !dir.is_dir() {
        return Err(syn::Error::new(
            args.dir.span(),
            format!("no lexicon directory at {}", dir.display()),
        ));
    }
    if syn::parse_str::<syn::Path>(&args.root.value()).is_err() {
        return Err(syn::Error::new(
            args.root.span(),
            "`root` must be a path such as `crate::lexicons`",
        ));
    }
    let loaded = lexgen::catalog::Catalog::load_dir(&dir);
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        // File placement (`path-mismatch`) does not affect the generated code.
        .filter(|d| {
            d.diagnostic.is_error() && d.diagnostic.code != lexgen::lexicon::Code::PathMismatch
        })
        .map(|d| {
            format!(
                "{}: {}",
                d.file
                    .as_deref()
                    .map(|f| f.display().to_string())
                    .unwrap_or_default(),
                d.diagnostic
            )
        })
        .collect();
    if !errors.is_empty() {
        return Err(syn::Error::new(
            args.dir.span(),
            format!("lexicon errors:\n{}", errors.join("\n")),
        ));
    }
    let options = lexgen::codegen::Options {
        root: args.root.value(),
        server_cfg: None,
        ..lexgen::codegen::Options::default()
    };
    let tokens = lexgen::codegen::generate_tokens(&loaded.catalog, &options);
    // Rebuild when the directory changes is left to cargo (`build.rs` `rerun-if-changed`);
    // the span keeps errors inside generated code pointing at the invocation.
    let span = args.dir.span();
    Ok(quote_spanned!(span=> #tokens))
}
