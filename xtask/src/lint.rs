//! `cargo xtask lint [PATHS...]`: lints lexicon files and directories (default `lexicons/`),
//! printing `file: path: code: severity: message` and failing when there is any error.

use std::io::Write;
use std::path::{Path, PathBuf};

use lexgen::lexicon::Code;
use lexgen::lint::{Summary, lint_paths};

/// `cargo xtask lint [PATHS...]`, `cargo xtask lint --codes`.
#[derive(clap::Args)]
pub struct Args {
    /// Lexicon files or directories (default: lexicons/); references resolve against lexicons/.
    #[arg(conflicts_with = "codes")]
    paths: Vec<PathBuf>,
    /// List every lint diagnostic code with its severity and meaning.
    #[arg(long)]
    codes: bool,
}

/// Lints the paths given (files or directories, relative to the current directory) or `root/lexicons`.
pub fn run(root: &Path, args: &Args) -> anyhow::Result<()> {
    if args.codes {
        return print_codes();
    }
    let context = root.join("lexicons");
    let paths: Vec<PathBuf> = if args.paths.is_empty() {
        vec![context.clone()]
    } else {
        args.paths.clone()
    };
    let (findings, documents) = lint_paths(&paths, Some(&context));
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut out = std::io::stdout().lock();
    for finding in &findings {
        let file = finding.file.as_deref().map_or_else(
            || "<input>".to_owned(),
            |f| f.strip_prefix(&cwd).unwrap_or(f).display().to_string(),
        );
        let d = &finding.diagnostic;
        writeln!(
            out,
            "{file}: {}: {}: {}: {}",
            d.path,
            d.code,
            d.severity(),
            d.message
        )?;
    }
    out.flush()?;
    let summary = Summary::of(documents, &findings);
    eprintln!(
        "linted {}: {}, {}",
        crate::count(summary.documents, "document"),
        crate::count(summary.errors, "error"),
        crate::count(summary.warnings, "warning")
    );
    anyhow::ensure!(
        summary.errors == 0,
        "the lexicons have {}",
        crate::count(summary.errors, "error")
    );
    Ok(())
}

/// `cargo xtask lint --codes`: every diagnostic code with its severity and meaning.
fn print_codes() -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    for code in Code::ALL {
        writeln!(
            out,
            "{:<26} {:<8} {}",
            code.as_str(),
            code.severity(),
            code.summary()
        )?;
    }
    Ok(())
}
