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
/// tables are generated. Lexicon errors become compile errors on `dir`. The generated structs expand
/// `lexgen::object!`, whose field tables use `unsafe` internally: a crate that forbids
/// `unsafe_code` cannot invoke this macro (it can depend on a crate that does).
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
            format!(
                "no lexicon directory `{}` (relative to the crate's manifest directory)",
                args.dir.value()
            ),
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
                // Relative to the invoking crate, so messages do not depend on the checkout.
                d.file
                    .as_deref()
                    .map(|f| f.strip_prefix(&base).unwrap_or(f).display().to_string())
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
    // `include_bytes!` of every lexicon file makes cargo rebuild the crate when one changes
    // (files added to the directory still need a `build.rs` `rerun-if-changed`).
    let files = lexgen::catalog::collect_json_files(&dir).unwrap_or_default();
    let tracked = files.iter().filter_map(|f| f.to_str()).map(|f| {
        quote::quote!(
            const _: &[u8] = ::core::include_bytes!(#f);
        )
    });
    // The span keeps errors inside generated code pointing at the invocation.
    let span = args.dir.span();
    Ok(quote_spanned!(span=> #(#tracked)* #tokens))
}

/// Bad input is a compile error on the offending token, never a panic: the argument parser and the
/// expansion are tested here, as functions (compile-fail tests of `lexgen::object!` are doctests on
/// the macro, in `lexgen`).
#[cfg(test)]
mod tests {
    use super::{Args, expand};
    use proc_macro2::Span;
    use syn::LitStr;

    fn error(input: proc_macro2::TokenStream) -> String {
        match syn::parse2::<Args>(input) {
            Ok(args) => expand(&args).err().map(|e| e.to_string()),
            Err(e) => Some(e.to_string()),
        }
        .unwrap_or_else(|| "expanded".to_owned())
    }

    #[test]
    fn bad_arguments_are_spanned_errors() {
        assert_eq!(
            error(quote::quote!(
                dir = "tests/ui/bad-lexicons",
                root = "crate",
                features = "all"
            )),
            "unknown argument `features` (expected `dir` or `root`)"
        );
        assert_eq!(
            error(quote::quote!(
                dir = "tests/ui/no-such-directory",
                root = "crate"
            )),
            "no lexicon directory `tests/ui/no-such-directory` (relative to the crate's manifest directory)"
        );
        assert_eq!(
            error(quote::quote!(dir = ".", root = "not a path")),
            "`root` must be a path such as `crate::lexicons`"
        );
        assert_eq!(
            error(quote::quote!(root = "crate")),
            "unexpected end of input, missing `dir = \"...\"`"
        );
        assert_eq!(error(quote::quote!(dir = 1)), "expected string literal");
    }

    #[test]
    fn lexicon_errors_are_all_reported_on_dir() {
        let args = Args {
            dir: LitStr::new("tests/ui/bad-lexicons", Span::call_site()),
            root: LitStr::new("crate", Span::call_site()),
        };
        let error = expand(&args).unwrap_err().to_string();
        assert!(error.starts_with("lexicon errors:\n"), "{error}");
        assert!(
            error.contains("tests/ui/bad-lexicons/com/example/broken.json"),
            "{error}"
        );
        assert!(error.lines().count() >= 3, "every error is listed: {error}");
    }
}
