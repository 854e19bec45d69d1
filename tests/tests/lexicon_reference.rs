//! Every official `com.atproto.*` / `app.bsky.*` lexicon has a project copy with the same facts:
//! one trial per document, comparing everything but description prose and listing each difference.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::Context;
use atmos_tests::{Trial, json_file, project_lexicons_dir, reference_lexicon_trials, run};
use serde_json::Value;

const NAMESPACES: &[&str] = &["com/atproto", "app/bsky"];

/// Drops every `description` whose value is prose (a string). A *property* named `description` has
/// a schema object as its value and is kept. Written independently of the importer on purpose.
fn without_prose(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, v)| !(k.as_str() == "description" && v.is_string()))
                .map(|(k, v)| (k.clone(), without_prose(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_prose).collect()),
        other => other.clone(),
    }
}

/// Every difference between `project` and `reference`, with its JSON path.
fn differences(path: &str, project: &Value, reference: &Value, out: &mut Vec<String>) {
    match (project, reference) {
        (Value::Object(a), Value::Object(b)) => {
            let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for key in keys {
                let child = format!("{path}.{key}");
                match (a.get(key), b.get(key)) {
                    (Some(x), Some(y)) => differences(&child, x, y, out),
                    (Some(x), None) => out.push(format!("{child}: only in the project: {x}")),
                    (None, Some(y)) => out.push(format!("{child}: missing from the project: {y}")),
                    (None, None) => {}
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                differences(&format!("{path}[{i}]"), x, y, out);
            }
        }
        (x, y) if x == y => {}
        (x, y) => out.push(format!("{path}: project has {x}, reference has {y}")),
    }
}

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            json_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
    Ok(())
}

/// Relative paths of the `com/atproto` and `app/bsky` documents under `root`.
fn documents(root: &Path) -> anyhow::Result<BTreeSet<PathBuf>> {
    let mut files = Vec::new();
    for namespace in NAMESPACES {
        let dir = root.join(namespace);
        if dir.is_dir() {
            json_files(&dir, &mut files)?;
        }
    }
    files
        .iter()
        .map(|f| Ok(f.strip_prefix(root)?.to_path_buf()))
        .collect()
}

fn build(reference_root: &Path) -> anyhow::Result<Vec<Trial>> {
    let project_root = project_lexicons_dir();
    let reference = documents(reference_root)?;
    let project = documents(&project_root)?;
    let mut trials = Vec::new();
    for relative in &reference {
        let name = format!("lexicon-reference::{}", relative.display());
        let reference_file = reference_root.join(relative);
        let project_file = project_root.join(relative);
        trials.push(Trial::test(name, move || {
            if !project_file.is_file() {
                return Err(format!("missing from the project: {}", project_file.display()).into());
            }
            let reference = without_prose(&json_file(&reference_file).map_err(|e| e.to_string())?);
            let project = without_prose(&json_file(&project_file).map_err(|e| e.to_string())?);
            let mut found = Vec::new();
            differences("$", &project, &reference, &mut found);
            if found.is_empty() {
                Ok(())
            } else {
                Err(format!("{} differences:\n{}", found.len(), found.join("\n")).into())
            }
        }));
    }
    let extra: Vec<String> = project
        .difference(&reference)
        .map(|p| p.display().to_string())
        .collect();
    trials.push(Trial::test(
        "lexicon-reference::no documents only in the project",
        move || {
            if extra.is_empty() {
                Ok(())
            } else {
                Err(format!("only in the project:\n{}", extra.join("\n")).into())
            }
        },
    ));
    let count = reference.len();
    trials.push(Trial::test(
        "lexicon-reference::259 official documents",
        move || {
            if count == 259 {
                Ok(())
            } else {
                Err(format!(
                    "the reference holds {count} com.atproto/app.bsky documents, expected 259"
                )
                .into())
            }
        },
    ));
    Ok(trials)
}

fn main() {
    run(reference_lexicon_trials("lexicon-reference", build))
}
