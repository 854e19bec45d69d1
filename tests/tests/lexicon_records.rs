//! Official record-data interop vectors: every case of record-data-valid/-invalid.json is judged by
//! the dynamic validator (record key included), in both strict and lenient mode, against the
//! vectors' own catalog (`interop-tests/lexicon/catalog/`).

use std::path::Path;

use anyhow::Context;
use atmos_tests::{Trial, interop_trials, json_file, run};
use lexgen::catalog::Catalog;
use lexgen::model::Value;
use lexgen::validate::{Mode, Validator};

/// The 1-based line of the `occurrence`-th case named `name` (names repeat in these files).
fn line_of(text: &str, name: &str, occurrence: usize) -> usize {
    let needle = format!("\"name\": {}", serde_json::Value::String(name.to_owned()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.contains(&needle))
        .nth(occurrence)
        .map_or(0, |(i, _)| i + 1)
}

fn load_catalog(dir: &Path) -> anyhow::Result<Catalog> {
    let catalog_dir = dir.join("lexicon").join("catalog");
    let files = lexgen::catalog::collect_json_files(&catalog_dir)
        .with_context(|| format!("listing {}", catalog_dir.display()))?;
    let loaded = Catalog::load_files(&files);
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.diagnostic.is_error())
        .map(|d| d.diagnostic.to_string())
        .collect();
    anyhow::ensure!(errors.is_empty(), "catalog errors:\n{}", errors.join("\n"));
    Ok(loaded.catalog)
}

/// Every error of both modes, or why the data is not even valid atproto data.
fn judge(catalog: &Catalog, rkey: &str, data: &serde_json::Value) -> Vec<String> {
    let value = match Value::from_json(data) {
        Ok(value) => value,
        Err(e) => return vec![format!("not atproto data: {e}")],
    };
    let nsid = value.type_name().unwrap_or("example.lexicon.record");
    let mut found = Vec::new();
    for mode in [Mode::Strict, Mode::Lenient] {
        let validator = Validator::new(catalog, mode);
        for d in validator
            .record_key(nsid, rkey)
            .into_iter()
            .chain(validator.record(nsid, &value))
        {
            found.push(format!("{mode:?}: {d}"));
        }
    }
    found
}

fn case_trials(
    dir: &Path,
    catalog: &std::sync::Arc<Catalog>,
    file: &'static str,
    expect_valid: bool,
) -> anyhow::Result<Vec<Trial>> {
    let path = dir.join("lexicon").join(file);
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let cases = json_file(&path)?;
    let cases = cases
        .as_array()
        .context("the vector file is not an array")?;
    let mut seen = std::collections::HashMap::<String, usize>::new();
    let mut trials = Vec::new();
    for case in cases {
        let name = case["name"]
            .as_str()
            .context("a case without name")?
            .to_owned();
        let rkey = case["rkey"]
            .as_str()
            .context("a case without rkey")?
            .to_owned();
        let data = case["data"].clone();
        let occurrence = seen.entry(name.clone()).or_default();
        let line = line_of(&text, &name, *occurrence);
        *occurrence += 1;
        let catalog = catalog.clone();
        trials.push(Trial::test(
            format!("lexicon::{file}:{line} {name}"),
            move || {
                let found = judge(&catalog, &rkey, &data);
                let data_error = found.iter().any(|f| f.starts_with("not"));
                let strict = data_error || found.iter().any(|f| f.starts_with("Strict"));
                let lenient = data_error || found.iter().any(|f| f.starts_with("Lenient"));
                match (expect_valid, strict || lenient, strict && lenient) {
                    (true, false, _) | (false, _, true) => Ok(()),
                    (true, true, _) => {
                        Err(format!("valid record rejected:\n{}", found.join("\n")).into())
                    }
                    (false, _, false) => Err(format!(
                        "invalid record accepted in some mode:\n{}",
                        found.join("\n")
                    )
                    .into()),
                }
            },
        ));
    }
    Ok(trials)
}

fn main() {
    let trials = interop_trials("lexicon", |dir| {
        let catalog = std::sync::Arc::new(load_catalog(dir)?);
        let mut trials = case_trials(dir, &catalog, "record-data-valid.json", true)?;
        trials.extend(case_trials(
            dir,
            &catalog,
            "record-data-invalid.json",
            false,
        )?);
        Ok(trials)
    });
    run(trials)
}
