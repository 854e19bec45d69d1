//! The built-in catalog: every document of `lexicons/`, parsed from the JSON text the `lexicons` crate
//! embeds (listed by the generator, so a new lexicon needs no step here).

use std::sync::{Arc, OnceLock};

use lexgen::catalog::Catalog;
use lexgen::lexicon::parse_str;

/// The built-in catalog, parsed on first use and shared by the process.
pub fn builtin() -> Arc<Catalog> {
    static BUILTIN: OnceLock<Arc<Catalog>> = OnceLock::new();
    BUILTIN
        .get_or_init(|| {
            let started = std::time::Instant::now();
            let catalog = parse();
            tracing::debug!(
                documents = catalog.len(),
                elapsed_us = started.elapsed().as_micros(),
                "built-in lexicons parsed"
            );
            Arc::new(catalog)
        })
        .clone()
}

/// Parses every built-in document; a document that does not parse is logged and left out (`cargo xtask
/// lint`, also a test, keeps that from happening).
pub fn parse() -> Catalog {
    let mut catalog = Catalog::new();
    for (nsid, text) in lexicons::documents::DOCUMENTS {
        let parsed = parse_str(text);
        let errors: Vec<String> = parsed
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(ToString::to_string)
            .collect();
        match parsed.document {
            Some(document) if errors.is_empty() => {
                catalog.insert(document, None);
            }
            _ => {
                tracing::error!(%nsid, errors = %errors.join("; "), "built-in lexicon does not parse")
            }
        }
    }
    catalog
}
