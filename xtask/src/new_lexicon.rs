//! `cargo xtask new-lexicon NSID --record|--query|--procedure [--key tid|self|any|nsid]`: writes a
//! lint-clean lexicon skeleton at the path mirroring the NSID, then regenerates the code.

use std::path::Path;

use lexgen::catalog::expected_relative_path;
use lexgen::lexicon::canonical::to_canonical_string;
use serde_json::{Value, json};

const USAGE: &str =
    "usage: cargo xtask new-lexicon NSID --record|--query|--procedure [--key tid|self|any|nsid]";

/// Runs the command.
pub fn run(root: &Path, args: &[String]) -> anyhow::Result<()> {
    let mut nsid = None;
    let mut kind = None;
    let mut key = "tid".to_owned();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--record" | "--query" | "--procedure" => {
                kind = Some(arg.trim_start_matches("--").to_owned())
            }
            "--key" => {
                key = rest
                    .next()
                    .cloned()
                    .ok_or_else(|| anyhow::anyhow!("--key needs a value\n{USAGE}"))?
            }
            other if !other.starts_with('-') && nsid.is_none() => nsid = Some(other.to_owned()),
            other => anyhow::bail!("unexpected argument `{other}`\n{USAGE}"),
        }
    }
    let nsid = nsid.ok_or_else(|| anyhow::anyhow!("missing NSID\n{USAGE}"))?;
    let kind =
        kind.ok_or_else(|| anyhow::anyhow!("missing --record, --query or --procedure\n{USAGE}"))?;
    let document = skeleton(&nsid, &kind, &key)?;
    let problems = lexgen::lint::lint_value(&document);
    if !problems.is_empty() {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        anyhow::bail!(
            "`{nsid}` does not make a valid lexicon:\n{}",
            lines.join("\n")
        );
    }
    let path = root.join("lexicons").join(expected_relative_path(&nsid));
    if path.exists() {
        anyhow::bail!("{} already exists", path.display());
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&path, to_canonical_string(&document))?;
    eprintln!("wrote {}", path.display());
    crate::codegen::run(root, &[])
}

/// The skeleton document of a record, query or procedure.
pub fn skeleton(nsid: &str, kind: &str, key: &str) -> anyhow::Result<Value> {
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
        ] {
            let doc = super::skeleton("cv.atmos.example.thing", kind, key).unwrap();
            let problems = lexgen::lint::lint_value(&doc);
            assert!(problems.is_empty(), "{kind}: {problems:?}");
        }
        assert!(super::skeleton("cv.atmos.example.thing", "record", "bogus").is_err());
    }
}
