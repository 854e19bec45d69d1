//! `cargo xtask`: the project's automation, each check also run as a `#[test]`.

mod bench_records;
mod codegen;
mod fmt_lexicons;
mod import_lexicons;
mod lint;
mod new_lexicon;
mod tidy;
mod validate;

use std::path::{Path, PathBuf};

const USAGE: &str = "usage: cargo xtask <command>

commands:
  codegen [--check]        regenerate lexicons/src from lexicons/ (or fail when stale)
  new-lexicon NSID --record|--query|--procedure [--key tid|self|any|nsid]
                           scaffold a lint-clean lexicon and regenerate
  tidy    check repository hygiene (every Rust file opens with a //! line)
  lint [PATHS...]          lint lexicon files or directories (default: lexicons/)
  lint --codes             list every lint diagnostic code
  fmt-lexicons [--check]   write lexicons/ in canonical form (or check it)
  validate FILE.json... [--nsid NSID] [--rkey RKEY] [--lenient]
                           validate records against lexicons/ (NSID defaults to the record's $type)
  validate --codes         list every validation diagnostic code
  bench-records post|portfolio COUNT OUT.jsonl
                           write varied valid records for the validation benchmark
  import-lexicons [DIR]    import official com.atproto/app.bsky lexicons (default: ../shared/reference/lexicons)";

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("codegen") => codegen::run(&workspace_root(), &args[1..]),
        Some("new-lexicon") => new_lexicon::run(&workspace_root(), &args[1..]),
        Some("tidy") => tidy::run(&workspace_root()),
        Some("lint") => lint::run(&workspace_root(), &args[1..]),
        Some("bench-records") => bench_records::run(&args[1..]),
        Some("validate") => validate::run(&workspace_root(), &args[1..]),
        Some("fmt-lexicons") => fmt_lexicons::run(&workspace_root(), &args[1..]),
        Some("import-lexicons") => {
            import_lexicons::run(&workspace_root(), args.get(1).map(String::as_str))
        }
        Some("help" | "--help" | "-h") | None => {
            eprintln!("{USAGE}");
            Ok(())
        }
        Some(other) => anyhow::bail!("unknown command `{other}`\n\n{USAGE}"),
    }
}

/// The workspace root: the parent of this crate's directory.
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}
