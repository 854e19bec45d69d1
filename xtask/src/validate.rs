//! `cargo xtask validate FILE.json... [--nsid NSID] [--rkey RKEY] [--lenient]`: validates record files
//! against `lexicons/`, printing `path: code: message` (prefixed by `file: ` when there are several
//! files) and failing when any record is invalid.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use lexgen::catalog::Catalog;
use lexgen::validate::{Code, Diagnostic, Mode, Validator};

const USAGE: &str =
    "usage: cargo xtask validate FILE.json... [--nsid NSID] [--rkey RKEY] [--lenient]
       cargo xtask validate --codes";

struct Args {
    files: Vec<PathBuf>,
    nsid: Option<String>,
    rkey: Option<String>,
    mode: Mode,
}

fn parse_args(args: &[String]) -> anyhow::Result<Args> {
    let mut parsed = Args {
        files: Vec::new(),
        nsid: None,
        rkey: None,
        mode: Mode::Strict,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--nsid" => parsed.nsid = Some(args.next().context(USAGE)?.clone()),
            "--rkey" => parsed.rkey = Some(args.next().context(USAGE)?.clone()),
            "--lenient" => parsed.mode = Mode::Lenient,
            "--strict" => parsed.mode = Mode::Strict,
            flag if flag.starts_with("--") => anyhow::bail!("unknown option `{flag}`\n{USAGE}"),
            file => parsed.files.push(PathBuf::from(file)),
        }
    }
    anyhow::ensure!(!parsed.files.is_empty(), "no record file given\n{USAGE}");
    Ok(parsed)
}

/// Loads `root/lexicons` into a catalog, failing on lexicon errors.
pub fn load_lexicons(root: &Path) -> anyhow::Result<Catalog> {
    let loaded = Catalog::load_dir(&root.join("lexicons"));
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.diagnostic.is_error())
        .map(|d| format!("{:?}: {}", d.file, d.diagnostic))
        .collect();
    anyhow::ensure!(
        errors.is_empty(),
        "lexicons/ has errors (run `cargo xtask lint`):\n{}",
        errors.join("\n")
    );
    Ok(loaded.catalog)
}

/// The diagnostics of one record file.
fn validate_file(validator: &Validator<'_>, args: &Args, file: &Path) -> Vec<Diagnostic> {
    let json = std::fs::read_to_string(file)
        .map_err(|e| format!("cannot read the file: {e}"))
        .and_then(|text| {
            serde_json::from_str::<serde_json::Value>(&text).map_err(|e| format!("not JSON: {e}"))
        });
    let json = match json {
        Ok(json) => json,
        Err(problem) => {
            return vec![
                lexgen::validate::Violation::new(Code::InvalidData, "a JSON record", problem)
                    .at("$"),
            ];
        }
    };
    let mut found = Vec::new();
    if let Some(rkey) = &args.rkey {
        let nsid = args
            .nsid
            .as_deref()
            .or_else(|| json.get("$type").and_then(|t| t.as_str()));
        if let Some(nsid) = nsid {
            found.extend(validator.record_key(nsid, rkey));
        }
    }
    found.extend(validator.record_json(args.nsid.as_deref(), &json));
    found
}

pub fn run(root: &Path, args: &[String]) -> anyhow::Result<()> {
    if args.first().is_some_and(|a| a == "--codes") {
        let mut out = std::io::stdout().lock();
        for code in Code::ALL {
            writeln!(out, "{:<24} {}", code.as_str(), code.summary())?;
        }
        return Ok(());
    }
    let args = parse_args(args)?;
    let catalog = load_lexicons(root)?;
    let validator = Validator::new(&catalog, args.mode);
    let lenient = Validator::new(&catalog, Mode::Lenient);
    let mut out = std::io::stdout().lock();
    let mut invalid = 0;
    for file in &args.files {
        let found = validate_file(&validator, &args, file);
        let prefix = if args.files.len() > 1 {
            format!("{}: ", file.display())
        } else {
            String::new()
        };
        for d in &found {
            writeln!(out, "{prefix}{d}")?;
        }
        if found.is_empty() {
            eprintln!("{}: valid ({:?} mode)", file.display(), args.mode);
        } else {
            invalid += 1;
            let hint =
                if args.mode == Mode::Strict && validate_file(&lenient, &args, file).is_empty() {
                    " (valid in lenient mode: only legacy forms, see --lenient)"
                } else {
                    ""
                };
            eprintln!("{}: {} errors{hint}", file.display(), found.len());
        }
    }
    out.flush()?;
    if invalid > 0 {
        // The diagnostics say it all; exit without an error report (and its backtrace).
        std::process::exit(1);
    }
    Ok(())
}
