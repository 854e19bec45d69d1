//! Lexicon catalog → Rust: one module per lexicon document (data types with `Typed` and `Validate`
//! impls, XRPC items) and one per namespace (`mod` lines, `Service` trait, route table).
//!
//! Output is deterministic: documents, defs and properties are walked in sorted order, there are
//! no timestamps or absolute paths, and every file is formatted with prettyplease. Generated code
//! uses fully qualified paths (`::lexgen::...`, `::std::...`) so it needs no `use` lines.
//!
//! - [`generate`]: files to write under a crate's `src/` (what `cargo xtask codegen` commits).
//! - [`generate_tokens`]: the same modules inline, for a proc macro.
//! - [`naming`]: the naming rules (NSID → module path, def → type, property → field).

mod checks;
mod context;
mod documents;
mod endpoint;
mod namespace;
pub mod naming;
mod permission;
mod render;
mod split;
mod types;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use proc_macro2::TokenStream;
use quote::quote;

use crate::catalog::Catalog;
use crate::lexicon::Def;
use context::{Context, ident};

/// How generated code refers to its surroundings.
#[derive(Clone, Debug)]
pub struct Options {
    /// The path of the module the generated tree is rooted at (`crate` for the `lexicons` crate).
    pub root: String,
    /// The path of the server support module the route tables call (`handler`).
    pub server_support: String,
    /// The `cfg` predicate guarding route tables (`feature = "server"`); `None`: no route tables.
    pub server_cfg: Option<String>,
    /// The directory lexicon files are named relative to in headers (`lexicons`).
    pub source_dir: String,
    /// The namespaces whose lexicons are ours (`cv.atmos`): only their `description`s (and a
    /// permission set's title and detail) become doc comments wherever they apply. Other documents
    /// get doc comments only on types and fields; we do not republish others' prose further.
    pub described: Vec<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            root: "crate".to_owned(),
            server_support: "crate::server".to_owned(),
            server_cfg: Some("feature = \"server\"".to_owned()),
            source_dir: "lexicons".to_owned(),
            described: vec!["cv.atmos".to_owned()],
        }
    }
}

/// One generated file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the crate's `src/` (`app/bsky/feed/post.rs`).
    pub path: PathBuf,
    /// The formatted contents, starting with the `// @generated` line.
    pub contents: String,
}

/// Why code could not be generated.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CodegenError {
    /// The generator produced tokens that do not parse (a generator bug).
    #[error("generated code for {file} does not parse: {message}")]
    Syntax {
        /// The module.
        file: String,
        /// The parser's message.
        message: String,
    },
}

/// A module of the generated tree: its tokens and the header source it names.
struct ModuleOut {
    tokens: TokenStream,
    source: String,
}

/// Every generated module by path (`["app", "bsky", "feed", "post"]`).
fn modules(catalog: &Catalog, options: &Options) -> BTreeMap<Vec<String>, ModuleOut> {
    let ctx = Context { catalog, options };
    let mut out: BTreeMap<Vec<String>, ModuleOut> = BTreeMap::new();
    let mut namespaces: BTreeMap<
        Vec<String>,
        (String, BTreeSet<String>, Vec<endpoint::EndpointInfo>),
    > = BTreeMap::new();
    for doc in catalog.documents() {
        let path = naming::module_path(&doc.id);
        let segments: Vec<&str> = doc.id.split('.').collect();
        for depth in 1..path.len() {
            let entry = namespaces
                .entry(path[..depth].to_vec())
                .or_insert_with(|| (segments[..depth].join("."), BTreeSet::new(), Vec::new()));
            entry.1.insert(path[depth].clone());
        }
        let (tokens, parts, endpoint) = document(&ctx, doc);
        if let Some(info) = endpoint {
            let ns = path[..path.len() - 1].to_vec();
            if let Some(entry) = namespaces.get_mut(&ns) {
                entry.2.push(info);
            }
        }
        let source = format!(
            "{}/{}",
            options.source_dir,
            crate::catalog::expected_relative_path(&doc.id).display()
        );
        for (part, tokens) in parts {
            let mut part_path = path.clone();
            part_path.push(part);
            let source = source.clone();
            out.insert(part_path, ModuleOut { tokens, source });
        }
        out.insert(path, ModuleOut { tokens, source });
    }
    for (path, (name, children, endpoints)) in namespaces {
        let children: Vec<String> = children.into_iter().collect();
        let tokens = namespace::generate(options, &name, &children, &endpoints);
        let source = format!("{}/{}/*.json", options.source_dir, name.replace('.', "/"));
        match out.get_mut(&path) {
            Some(existing) => existing.tokens.extend(tokens),
            None => {
                out.insert(path, ModuleOut { tokens, source });
            }
        }
    }
    out
}

/// The items of one document's module, the sub-modules it is split into when it would be too
/// long (name, tokens), and its endpoint if it has one.
fn document(
    ctx: &Context<'_>,
    doc: &crate::lexicon::Document,
) -> (
    TokenStream,
    Vec<(String, TokenStream)>,
    Option<endpoint::EndpointInfo>,
) {
    let nsid = doc.id.as_str();
    let main_is_endpoint = matches!(
        doc.def("main"),
        Some(Def::Query(_) | Def::Procedure(_) | Def::Subscription(_))
    );
    let marker = naming::def_type_name(nsid, "main", true);
    let reserved: Vec<&str> = if main_is_endpoint {
        vec!["Params", "Input", "Output", "Error", "Message", &marker]
    } else {
        Vec::new()
    };
    let mut module = types::Module::new(ctx, nsid, &reserved);
    let mut info = None;
    // Each def's items and serde types, in order: the units a long module is split by.
    let mut groups: Vec<split::Group> = Vec::new();
    for (name, def) in &doc.defs {
        let (items, types) = (module.items.len(), module.serde_types.len());
        if name == "main" && main_is_endpoint {
            info = endpoint::generate(&mut module, def);
        } else {
            module.named_def(name, def);
        }
        groups.push(split::Group {
            def: name.clone(),
            items: module.items[items..].to_vec(),
            types: module.serde_types[types..].to_vec(),
        });
    }
    // Our own documents fall back to the description of their primary def.
    let main_description = doc
        .def("main")
        .filter(|_| ctx.described(nsid))
        .and_then(primary_description);
    let description = doc.description.as_deref().or(main_description);
    let lines: Vec<String> = match description {
        Some(text) => text.lines().map(|l| format!(" {}", l.trim_end())).collect(),
        None => vec![format!(" `{nsid}`.")],
    };
    let head = quote! {
        #(#![doc = #lines])*
        /// The NSID of this lexicon document.
        pub const NSID: &str = #nsid;
    };
    let whole = split::body(&groups.iter().collect::<Vec<_>>());
    if info.as_ref().is_some_and(|i| !i.subscription) || split::lines(&whole) <= split::MAX_LINES {
        return (quote!(#head #whole), Vec::new(), info);
    }
    let parts = split::parts(&groups);
    let uses = parts.iter().map(|(name, _)| {
        let name = ident(name);
        quote!(mod #name; pub use #name::*;)
    });
    let tokens = quote!(#head #(#uses)*);
    (tokens, parts, info)
}

/// The description of a primary def (record, endpoint, permission set).
fn primary_description(def: &Def) -> Option<&str> {
    match def {
        Def::Record(d) => d.description.as_deref(),
        Def::Query(d) => d.description.as_deref(),
        Def::Procedure(d) => d.description.as_deref(),
        Def::Subscription(d) => d.description.as_deref(),
        Def::PermissionSet(d) => d.description.as_deref(),
        Def::Token(_) | Def::Field(_) => None,
    }
}

/// Generates one file per document and per namespace, plus `documents.rs` (every document's JSON text),
/// paths relative to `src/`, sorted.
pub fn generate(catalog: &Catalog, options: &Options) -> Result<Vec<GeneratedFile>, CodegenError> {
    let mut modules = modules(catalog, options);
    modules.insert(
        vec![documents::MODULE.to_owned()],
        ModuleOut {
            tokens: documents::generate(catalog),
            source: format!("{}/**/*.json", options.source_dir),
        },
    );
    modules
        .into_iter()
        .map(|(path, module)| {
            let file = PathBuf::from(format!("{}.rs", path.join("/")));
            let contents =
                render::file(module.tokens, &module.source, &file.display().to_string())?;
            Ok(GeneratedFile {
                path: file,
                contents,
            })
        })
        .collect()
}

/// The top-level modules (`app`, `com`, `cv`, and `documents`) that the crate root must declare.
pub fn top_level_modules(catalog: &Catalog) -> Vec<String> {
    let mut set: BTreeSet<String> = catalog
        .documents()
        .filter_map(|doc| naming::module_path(&doc.id).into_iter().next())
        .collect();
    set.insert(documents::MODULE.to_owned());
    set.into_iter().collect()
}

/// The whole tree as nested inline modules (`pub mod app { pub mod bsky { ... } }`), for a proc macro.
pub fn generate_tokens(catalog: &Catalog, options: &Options) -> TokenStream {
    let modules = modules(catalog, options);
    nest(&modules, &[])
}

fn nest(modules: &BTreeMap<Vec<String>, ModuleOut>, prefix: &[String]) -> TokenStream {
    let children: BTreeSet<&String> = modules
        .keys()
        .filter(|p| p.len() == prefix.len() + 1 && p.starts_with(prefix))
        .filter_map(|p| p.last())
        .collect();
    let mut out = TokenStream::new();
    for child in children {
        let mut path = prefix.to_vec();
        path.push(child.clone());
        let body = modules
            .get(&path)
            .map(|m| strip_mod_lines(&m.tokens))
            .unwrap_or_default();
        let inner = nest(modules, &path);
        let name = ident(child);
        out.extend(quote!(pub mod #name { #body #inner }));
    }
    out
}

/// Drops `pub mod x;` declarations (inline nesting replaces them) and inner doc attributes.
fn strip_mod_lines(tokens: &TokenStream) -> TokenStream {
    let Ok(file) = syn::parse2::<syn::File>(tokens.clone()) else {
        return tokens.clone();
    };
    let items = file
        .items
        .into_iter()
        .filter(|item| !matches!(item, syn::Item::Mod(m) if m.content.is_none()));
    quote!(#(#items)*)
}
