//! `cargo xtask`: the project's automation, each check also run as a `#[test]`.

mod bench_records;
mod codegen;
mod fmt_lexicons;
mod import_lexicons;
mod install;
mod lint;
mod lockfile;
mod network;
mod new_lexicon;
mod publish;
mod resolve;
mod tidy;
mod validate;
mod xrpc;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    bin_name = "cargo xtask",
    about = "The project's automation: code generation, lexicon lint and formatting, record validation, lexicon publishing and installing",
    arg_required_else_help = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate lexicons/src from lexicons/ (or, with --check, fail when it is stale).
    Codegen(codegen::Args),
    /// Scaffold a lint-clean lexicon at the path mirroring its NSID, then regenerate.
    NewLexicon(new_lexicon::Args),
    /// Lint lexicon files or directories (default: lexicons/).
    Lint(lint::Args),
    /// Rewrite lexicons/ in canonical form (or, with --check, list the files that are not).
    FmtLexicons(fmt_lexicons::Args),
    /// Validate record files against lexicons/.
    Validate(validate::Args),
    /// Check repository hygiene (every Rust file opens with a //! line).
    Tidy,
    /// Write varied valid records (JSON lines) for the validation benchmarks.
    BenchRecords(bench_records::Args),
    /// Import the official com.atproto/app.bsky lexicons into lexicons/.
    ImportLexicons(import_lexicons::Args),
    /// Publish lexicons as com.atproto.lexicon.schema records (skips unchanged; --update, --dry-run).
    Publish(publish::Args),
    /// Resolve a lexicon on the network (DNS TXT, DID, verified getRecord proof) and print it.
    Resolve(resolve::Args),
    /// Install lexicons from the network into lexicons/ and pin them in lexicons.lock (or --check).
    Install(install::Args),
}

/// Usage errors exit 2 with clap's message (no backtrace); failures exit 1 with `error: ...`.
fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = workspace_root();
    let result = match cli.command {
        Command::Codegen(args) => codegen::run(&root, &args),
        Command::NewLexicon(args) => new_lexicon::run(&root, &args),
        Command::Lint(args) => lint::run(&root, &args),
        Command::FmtLexicons(args) => fmt_lexicons::run(&root, &args),
        Command::Validate(args) => validate::run(&root, &args),
        Command::Tidy => tidy::run(&root),
        Command::BenchRecords(args) => bench_records::run(&args),
        Command::ImportLexicons(args) => import_lexicons::run(&root, &args),
        Command::Publish(args) => publish::run(&root, &args),
        Command::Resolve(args) => resolve::run(&args),
        Command::Install(args) => install::run(&root, &args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: the parent of this crate's directory.
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// `n thing` or `n things`.
fn count(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("1 {thing}")
    } else {
        format!("{n} {thing}s")
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// The argument definitions are consistent (clap's own checks: names, groups, conflicts).
    #[test]
    fn arguments_are_well_formed() {
        super::Cli::command().debug_assert();
    }

    #[test]
    fn counts_agree_in_number() {
        assert_eq!(super::count(1, "error"), "1 error");
        assert_eq!(super::count(2, "error"), "2 errors");
        assert_eq!(super::count(0, "file"), "0 files");
    }
}
