//! `cargo xtask new-lexicon NSID --record|--query|--procedure|--permission-set [--key tid|self|any|nsid]`:
//! writes a lint-clean lexicon skeleton at the path mirroring the NSID, then regenerates the code.
//! A permission set starts out granting every write to every record type under its namespace.

use std::path::Path;

use lexgen::catalog::expected_relative_path;
use lexgen::lexicon::canonical::to_canonical_string;
use serde_json::{Value, json};

/// `cargo xtask new-lexicon NSID --record|--query|--procedure|--permission-set [--key tid|self|any|nsid]`.
#[derive(clap::Args)]
pub struct Args {
    /// The new lexicon's NSID, e.g. `cv.atmos.board.pin`; the file goes to lexicons/cv/atmos/board/pin.json.
    nsid: String,
    #[command(flatten)]
    kind: Kind,
    /// A record's key type: `tid` (a timestamp id), `self` (one record per account), `any` or `nsid`.
    #[arg(long, default_value = "tid", value_parser = ["tid", "self", "any", "nsid"])]
    key: String,
}

/// What the lexicon defines: exactly one of the four.
#[derive(clap::Args)]
#[group(required = true, multiple = false)]
struct Kind {
    /// A record type (a collection in a repository).
    #[arg(long)]
    record: bool,
    /// A query: an XRPC `GET` endpoint.
    #[arg(long)]
    query: bool,
    /// A procedure: an XRPC `POST` endpoint.
    #[arg(long)]
    procedure: bool,
    /// A permission set (an OAuth `include:` scope) over the record types of its namespace.
    #[arg(long)]
    permission_set: bool,
}

impl Kind {
    fn as_str(&self) -> &'static str {
        if self.record {
            "record"
        } else if self.query {
            "query"
        } else if self.permission_set {
            "permission-set"
        } else {
            "procedure"
        }
    }
}

/// Runs the command.
pub fn run(root: &Path, args: &Args) -> anyhow::Result<()> {
    let (nsid, kind, key) = (&args.nsid, args.kind.as_str(), &args.key);
    let records = if kind == "permission-set" {
        records_under(&root.join("lexicons"), nsid)?
    } else {
        Vec::new()
    };
    let document = skeleton(nsid, kind, key, &records)?;
    let problems = lexgen::lint::lint_value(&document);
    if !problems.is_empty() {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        anyhow::bail!(
            "`{nsid}` does not make a valid lexicon:\n{}",
            lines.join("\n")
        );
    }
    let path = root.join("lexicons").join(expected_relative_path(nsid));
    if path.exists() {
        anyhow::bail!("{} already exists", path.display());
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&path, to_canonical_string(&document))?;
    eprintln!("wrote {}", path.display());
    crate::codegen::run(root, &crate::codegen::Args { check: false })
}

/// The record types in `dir` under the namespace authority of `nsid` (its NSID up to the last dot).
fn records_under(dir: &Path, nsid: &str) -> anyhow::Result<Vec<String>> {
    let authority = match nsid.rfind('.') {
        Some(dot) => &nsid[..=dot],
        None => anyhow::bail!("`{nsid}` is not an NSID"),
    };
    let loaded = lexgen::catalog::Catalog::load_dir(dir);
    Ok(loaded
        .catalog
        .documents()
        .filter(|doc| doc.id.starts_with(authority))
        .filter(|doc| matches!(doc.def("main"), Some(lexgen::lexicon::Def::Record(_))))
        .map(|doc| doc.id.clone())
        .collect())
}

/// The skeleton document of a record, query, procedure or permission set (granting every write
/// to `records`).
pub fn skeleton(nsid: &str, kind: &str, key: &str, records: &[String]) -> anyhow::Result<Value> {
    let name = nsid.rsplit('.').next().unwrap_or(nsid);
    let main = match kind {
        "record" => {
            let key = match key {
                "tid" | "any" | "nsid" => key.to_owned(),
                "self" => "literal:self".to_owned(),
                other => anyhow::bail!("unknown record key `{other}` (tid, self, any, nsid)"),
            };
            json!({
                "type": "record",
                "description": format!("A {name} record."),
                "key": key,
                "record": {
                    "type": "object",
                    "required": ["createdAt"],
                    "properties": {
                        "createdAt": {"type": "string", "format": "datetime", "description": "When the record was created."}
                    }
                }
            })
        }
        "query" => json!({
            "type": "query",
            "description": format!("Gets {name}."),
            "parameters": {"type": "params", "properties": {}},
            "output": {"encoding": "application/json", "schema": {"type": "object", "properties": {}}}
        }),
        "procedure" => json!({
            "type": "procedure",
            "description": format!("Performs {name}."),
            "input": {"encoding": "application/json", "schema": {"type": "object", "properties": {}}},
            "output": {"encoding": "application/json", "schema": {"type": "object", "properties": {}}}
        }),
        "permission-set" => {
            if records.is_empty() {
                anyhow::bail!("no record types under the namespace of `{nsid}` to grant");
            }
            json!({
                "type": "permission-set",
                "title": name,
                "detail": "Create, update and delete every record type of this namespace.",
                "permissions": [
                    {"type": "permission", "resource": "repo", "collection": records}
                ]
            })
        }
        other => anyhow::bail!("unknown kind `{other}`"),
    };
    Ok(json!({"lexicon": 1, "id": nsid, "defs": {"main": main}}))
}

#[cfg(test)]
mod tests {
    #[test]
    fn skeletons_are_lint_clean() {
        for (kind, key) in [
            ("record", "tid"),
            ("record", "self"),
            ("record", "any"),
            ("record", "nsid"),
            ("query", "tid"),
            ("procedure", "tid"),
            ("permission-set", "tid"),
        ] {
            let records = ["cv.atmos.example.other".to_owned()];
            let doc = super::skeleton("cv.atmos.example.thing", kind, key, &records).unwrap();
            let problems = lexgen::lint::lint_value(&doc);
            assert!(problems.is_empty(), "{kind}: {problems:?}");
        }
        assert!(super::skeleton("cv.atmos.example.thing", "record", "bogus", &[]).is_err());
        assert!(super::skeleton("cv.atmos.example.thing", "permission-set", "tid", &[]).is_err());
    }
}
