//! `cargo xtask validate FILE.json... [--nsid NSID] [--rkey RKEY] [--lenient]`: validates record files
//! against `lexicons/`, printing `path: code: message` (prefixed by `file: ` when there are several
//! files) and failing when any record is invalid. A file that cannot be read or is not JSON is an
//! error of the command, not a diagnostic.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use lexgen::catalog::Catalog;
use lexgen::validate::{Code, Diagnostic, Mode, Validator};
use serde_json::Value;

/// What `--lenient` relaxes, in the words of `lexgen::validate`'s module documentation.
const LENIENT: &str = "\
Strict mode (the default) is the atproto spec. --lenient also accepts the legacy data the reference
implementation (@atproto/lexicon) accepts, and differs in exactly these points:
  1. datetime strings may also be ISO 8601 forms without a timezone, with a ±HHMM offset, in the
     basic format (20231030T222523Z) or with second 60;
  2. a blob may be the legacy {\"cid\", \"mimeType\"} reference (its accept list is checked; it has no size);
  3. cid strings need only be CID-shaped (strict wants CIDv1, sha2-256, dag-cbor or raw, base32);
  4. an object reached through a ref may carry a $type naming another def.
A record that fails in strict mode but passes in lenient mode is reported as such.";

/// `cargo xtask validate`.
#[derive(clap::Args)]
#[command(after_help = LENIENT)]
pub struct Args {
    /// Record files in the atproto JSON form.
    #[arg(required_unless_present = "codes", conflicts_with = "codes")]
    files: Vec<PathBuf>,
    /// The collection to validate against (default: each record's `$type`). A record without
    /// `$type` is taken to be of this type, as createRecord fills it in; a record whose `$type`
    /// names another type fails with `type-mismatch`.
    #[arg(long, value_name = "NSID")]
    nsid: Option<String>,
    /// Also check this record key against the record type's key (`tid`, `literal:self`, ...).
    #[arg(long, value_name = "RKEY")]
    rkey: Option<String>,
    /// Accept the legacy forms the reference implementation accepts (listed below).
    #[arg(long)]
    lenient: bool,
    /// List every validation diagnostic code with its meaning.
    #[arg(long)]
    codes: bool,
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

/// Reads a record file: an I/O or JSON syntax problem is an error of the command.
fn read_record(file: &Path) -> anyhow::Result<Value> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    serde_json::from_str(&text).with_context(|| format!("{} is not JSON", file.display()))
}

/// The record as validated: with `--nsid`, a record without `$type` gets that type.
fn with_type(mut json: Value, nsid: Option<&str>) -> Value {
    if let (Some(nsid), Value::Object(map)) = (nsid, &mut json) {
        map.entry("$type")
            .or_insert_with(|| Value::String(nsid.to_owned()));
    }
    json
}

/// The diagnostics of one record.
fn validate_record(validator: &Validator<'_>, args: &Args, json: &Value) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    if let Some(rkey) = &args.rkey {
        let nsid = args
            .nsid
            .as_deref()
            .or_else(|| json.get("$type").and_then(Value::as_str));
        if let Some(nsid) = nsid {
            found.extend(validator.record_key(nsid, rkey));
        }
    }
    found.extend(validator.record_json(args.nsid.as_deref(), json));
    found
}

fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Strict => "strict",
        Mode::Lenient => "lenient",
    }
}

pub fn run(root: &Path, args: &Args) -> anyhow::Result<()> {
    if args.codes {
        let mut out = std::io::stdout().lock();
        for code in Code::ALL {
            writeln!(out, "{:<24} {}", code.as_str(), code.summary())?;
        }
        return Ok(());
    }
    let records = args
        .files
        .iter()
        .map(|file| Ok((file, with_type(read_record(file)?, args.nsid.as_deref()))))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let catalog = load_lexicons(root)?;
    let mode = if args.lenient {
        Mode::Lenient
    } else {
        Mode::Strict
    };
    let validator = Validator::new(&catalog, mode);
    let lenient = Validator::new(&catalog, Mode::Lenient);
    let several = records.len() > 1;
    let mut out = std::io::stdout().lock();
    let mut invalid = Vec::new();
    for (file, json) in &records {
        let found = validate_record(&validator, args, json);
        let prefix = if several {
            format!("{}: ", file.display())
        } else {
            String::new()
        };
        for d in &found {
            writeln!(out, "{prefix}{d}")?;
        }
        let verdict = if found.is_empty() {
            format!("valid ({} mode)", mode_name(mode))
        } else {
            let hint = if mode == Mode::Strict && validate_record(&lenient, args, json).is_empty() {
                " (valid in lenient mode: only legacy forms, see --lenient in --help)"
            } else {
                ""
            };
            invalid.push(file.display().to_string());
            format!("{}{hint}", crate::count(found.len(), "error"))
        };
        if several || found.is_empty() {
            eprintln!("{}: {verdict}", file.display());
        } else {
            out.flush()?;
            anyhow::bail!("{}: {verdict}", file.display());
        }
    }
    out.flush()?;
    anyhow::ensure!(
        invalid.is_empty(),
        "{} of {} invalid: {}",
        invalid.len(),
        crate::count(records.len(), "record"),
        invalid.join(", ")
    );
    if several {
        eprintln!(
            "validated {}: all valid",
            crate::count(records.len(), "record")
        );
    }
    Ok(())
}
