//! `cargo xtask`: the project's automation, each check also run as a `#[test]`.

mod tidy;

use std::path::{Path, PathBuf};

const USAGE: &str = "usage: cargo xtask <command>

commands:
  tidy    check repository hygiene (every Rust file opens with a //! line)";

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("tidy") => tidy::run(&workspace_root()),
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
