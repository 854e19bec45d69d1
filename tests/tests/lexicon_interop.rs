//! Official lexicon interop vectors: every case of lexicon-valid/-invalid.json is judged by the linter,
//! and every catalog/*.json schema loads and resolves against the project's lexicons.

use std::path::Path;

use anyhow::Context;
use atmos_tests::{Trial, interop_trials, json_file, project_lexicons_dir, run};
use lexgen::catalog::Catalog;
use lexgen::lexicon::{Diagnostic, parse_str};
use lexgen::lint::lint_value;

/// The 1-based line of the case named `name` in the vector file's text.
fn line_of(text: &str, name: &str) -> usize {
    let needle = format!("\"name\": {}", serde_json::Value::String(name.to_owned()));
    text.lines()
        .position(|l| l.contains(&needle))
        .map_or(0, |i| i + 1)
}

fn errors(diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(ToString::to_string)
        .collect()
}

fn case_trials(dir: &Path, file: &'static str, expect_valid: bool) -> anyhow::Result<Vec<Trial>> {
    let path = dir.join("lexicon").join(file);
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let cases = json_file(&path)?;
    let cases = cases
        .as_array()
        .context("the vector file is not an array")?;
    let mut trials = Vec::new();
    for case in cases {
        let name = case["name"]
            .as_str()
            .context("a case without name")?
            .to_owned();
        let lexicon = case["lexicon"].clone();
        let trial_name = format!("lexicon::{file}:{} {name}", line_of(&text, &name));
        trials.push(Trial::test(trial_name, move || {
            let found = errors(&lint_value(&lexicon));
            match (expect_valid, found.is_empty()) {
                (true, true) | (false, false) => Ok(()),
                (true, false) => {
                    Err(format!("valid lexicon rejected:\n{}", found.join("\n")).into())
                }
                (false, true) => Err("invalid lexicon accepted (no error diagnostic)".into()),
            }
        }));
    }
    Ok(trials)
}

fn catalog_trials(dir: &Path) -> anyhow::Result<Vec<Trial>> {
    let catalog_dir = dir.join("lexicon").join("catalog");
    let mut files: Vec<_> = std::fs::read_dir(&catalog_dir)
        .with_context(|| format!("reading {}", catalog_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut trials = Vec::new();
    for file in files {
        let label = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        trials.push(Trial::test(
            format!("lexicon::catalog/{label}:1 loads and resolves"),
            move || {
                let text = std::fs::read_to_string(&file).map_err(|e| e.to_string())?;
                let parsed = parse_str(&text);
                let found = errors(&parsed.diagnostics);
                if !found.is_empty() {
                    return Err(format!("schema rejected:\n{}", found.join("\n")).into());
                }
                let document = parsed.document.ok_or("no document")?;
                let id = document.id.clone();
                // References may point into com.atproto / app.bsky: resolve against the project's lexicons.
                let mut catalog = Catalog::load_dir(&project_lexicons_dir()).catalog;
                catalog.insert(document, Some(file.clone()));
                let found: Vec<String> = catalog
                    .check()
                    .iter()
                    .filter(|d| d.nsid.as_deref() == Some(id.as_str()))
                    .map(ToString::to_string)
                    .collect();
                if found.is_empty() {
                    Ok(())
                } else {
                    Err(format!("catalog problems:\n{}", found.join("\n")).into())
                }
            },
        ));
    }
    Ok(trials)
}

fn main() {
    let mut trials = interop_trials("lexicon-valid", |dir| {
        case_trials(dir, "lexicon-valid.json", true)
    });
    trials.extend(interop_trials("lexicon-invalid", |dir| {
        case_trials(dir, "lexicon-invalid.json", false)
    }));
    trials.extend(interop_trials("lexicon-catalog", catalog_trials));
    run(trials)
}
