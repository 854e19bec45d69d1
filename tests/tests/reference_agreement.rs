//! Agreement with the reference TypeScript validator (`@atproto/lexicon`, pinned in tests/js): every
//! record fixture (against `lexicons/`) and every interop record-data case (against the vectors'
//! catalog) gets the same verdict from us as from the reference, in lenient and in strict mode,
//! except for the rows of `docs/conformance.md` (read here: a record the reference accepts may be
//! invalid for us when each of our diagnostics has a code of a row that holds in that mode).
//!
//! Needs `node` and `tests/js/node_modules` (`cd tests/js && npm ci`): when missing, the run fails
//! under `CI` and is skipped (with a warning) elsewhere.

#[path = "differential/table.rs"]
mod table;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use anyhow::Context;
use atmos_tests::node::js_dir;
use atmos_tests::{Trial, interop_dir, json_file, project_lexicons_dir, record_fixtures, run};
use lexgen::catalog::Catalog;
use lexgen::validate::{Diagnostic, Mode, Validator};

/// The diagnostic codes the conformance table allows where the reference says "valid": in
/// lenient mode those of the rows for both modes, in strict mode those of every row.
struct Allowed {
    rows: Vec<table::Row>,
}

impl Allowed {
    fn load() -> anyhow::Result<Allowed> {
        Ok(Allowed {
            rows: table::load()?,
        })
    }

    /// The rows that hold in `mode`.
    fn rows(&self, mode: Mode) -> impl Iterator<Item = &table::Row> {
        self.rows
            .iter()
            .filter(move |r| mode == Mode::Strict || !r.strict_only)
    }

    fn explains(&self, found: &[Diagnostic], mode: Mode) -> bool {
        !found.is_empty()
            && found.iter().all(|d| {
                self.rows(mode)
                    .any(|r| r.codes.iter().any(|c| c == d.code.as_str()))
            })
    }
}

struct Case {
    id: String,
    nsid: String,
    record: serde_json::Value,
    validators: &'static Validators,
    lexicon_dir: PathBuf,
}

/// A strict and a lenient validator over one catalog, for the whole run.
struct Validators {
    strict: Validator<'static>,
    lenient: Validator<'static>,
}

impl Validators {
    fn leaked(catalog: Catalog) -> &'static Validators {
        let catalog: &'static Catalog = Box::leak(Box::new(catalog));
        Box::leak(Box::new(Validators {
            strict: Validator::new(catalog, Mode::Strict),
            lenient: Validator::new(catalog, Mode::Lenient),
        }))
    }
}

fn load(dir: &Path) -> anyhow::Result<Catalog> {
    let files = lexgen::catalog::collect_json_files(dir)?;
    let loaded = Catalog::load_files(&files);
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.diagnostic.is_error())
        .map(|d| d.diagnostic.to_string())
        .collect();
    anyhow::ensure!(
        errors.is_empty(),
        "lexicon errors in {}:\n{}",
        dir.display(),
        errors.join("\n")
    );
    Ok(loaded.catalog)
}

fn corpus() -> anyhow::Result<Vec<Case>> {
    let mut cases = Vec::new();
    let project = Validators::leaked(load(&project_lexicons_dir())?);
    for fixture in record_fixtures()? {
        let text = std::fs::read_to_string(&fixture.file)?;
        cases.push(Case {
            id: format!("{}/{}/{}", fixture.kind, fixture.nsid, fixture.name),
            nsid: fixture.nsid,
            record: serde_json::from_str(&text)
                .with_context(|| format!("parsing {}", fixture.file.display()))?,
            validators: project,
            lexicon_dir: project_lexicons_dir(),
        });
    }
    let vectors = interop_dir().join("lexicon");
    if vectors.is_dir() {
        let catalog_dir = vectors.join("catalog");
        let validators = Validators::leaked(load(&catalog_dir)?);
        for file in ["record-data-valid.json", "record-data-invalid.json"] {
            let list = json_file(&vectors.join(file))?;
            for (i, case) in list.as_array().context("not an array")?.iter().enumerate() {
                let name = case["name"].as_str().unwrap_or_default();
                let record = case["data"].clone();
                let nsid = record["$type"].as_str().unwrap_or("example.lexicon.record");
                cases.push(Case {
                    id: format!("interop/{file}#{i} {name}"),
                    nsid: nsid.to_owned(),
                    record,
                    validators,
                    lexicon_dir: catalog_dir.clone(),
                });
            }
        }
    }
    Ok(cases)
}

/// The reference verdicts (`Ok(())` valid, `Err(message)` invalid) of the cases for one lexicon dir.
fn reference_verdicts(dir: &Path, cases: &[&Case]) -> anyhow::Result<Vec<Result<(), String>>> {
    let mut input = String::new();
    for case in cases {
        let line = serde_json::json!({"id": case.id, "nsid": case.nsid, "record": case.record});
        input.push_str(&line.to_string());
        input.push('\n');
    }
    let mut child = atmos_tests::node::command()
        .arg(js_dir().join("validate-records.mjs"))
        .arg(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("starting node")?;
    child
        .stdin
        .take()
        .context("node stdin")?
        .write_all(input.as_bytes())?;
    let output = child.wait_with_output()?;
    anyhow::ensure!(
        output.status.success(),
        "validate-records.mjs failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout)?;
    let verdicts: Vec<Result<(), String>> = text
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line)?;
            Ok(if v["valid"] == true {
                Ok(())
            } else {
                Err(v["error"].as_str().unwrap_or_default().to_owned())
            })
        })
        .collect::<anyhow::Result<_>>()?;
    anyhow::ensure!(
        verdicts.len() == cases.len(),
        "node printed {} verdicts for {} records",
        verdicts.len(),
        cases.len()
    );
    Ok(verdicts)
}

fn ours(case: &Case, mode: Mode) -> Vec<Diagnostic> {
    let validator = match mode {
        Mode::Strict => &case.validators.strict,
        Mode::Lenient => &case.validators.lenient,
    };
    validator.record_json(Some(&case.nsid), &case.record)
}

fn lines(found: &[Diagnostic]) -> String {
    found.iter().map(|d| format!("\n  {d}")).collect()
}

/// Compares one record's verdicts in both modes; `Err` lists the disagreement.
fn compare(case: &Case, reference: &Result<(), String>, allowed: &Allowed) -> Result<(), String> {
    for mode in [Mode::Lenient, Mode::Strict] {
        let found = ours(case, mode);
        let agrees = match reference {
            Ok(()) => found.is_empty() || allowed.explains(&found, mode),
            Err(_) => !found.is_empty(),
        };
        if !agrees {
            let rows: Vec<&str> = allowed.rows(mode).map(|r| r.id.as_str()).collect();
            return Err(format!(
                "{mode:?} mode disagrees with @atproto/lexicon beyond the rows {rows:?} of docs/conformance.md\n reference: {reference:?}\n ours:{}",
                if found.is_empty() {
                    " valid".to_owned()
                } else {
                    lines(&found)
                }
            ));
        }
    }
    Ok(())
}

fn node_ready() -> Result<(), String> {
    if let Some(missing) = atmos_tests::node::missing() {
        return Err(format!("{missing} is missing"));
    }
    if !js_dir()
        .join("node_modules/@atproto/lexicon/package.json")
        .is_file()
    {
        return Err("tests/js/node_modules is missing (run `cd tests/js && npm ci`)".to_owned());
    }
    Ok(())
}

fn trials() -> anyhow::Result<Vec<Trial>> {
    let cases = corpus()?;
    let allowed = Allowed::load()?;
    let mut dirs: Vec<PathBuf> = cases.iter().map(|c| c.lexicon_dir.clone()).collect();
    dirs.dedup();
    let mut trials = Vec::new();
    for dir in dirs {
        let group: Vec<&Case> = cases.iter().filter(|c| c.lexicon_dir == dir).collect();
        let verdicts = reference_verdicts(&dir, &group)?;
        for (case, verdict) in group.into_iter().zip(verdicts) {
            let result = compare(case, &verdict, &allowed);
            trials.push(Trial::test(format!("agreement::{}", case.id), move || {
                result.map_err(Into::into)
            }));
        }
    }
    Ok(trials)
}

fn main() {
    let trials = match node_ready() {
        Err(why) if std::env::var_os("CI").is_some() => {
            vec![Trial::test("agreement::reference available", move || {
                Err(why.into())
            })]
        }
        Err(why) => {
            eprintln!("warning: {why}; reference agreement skipped");
            vec![Trial::test("agreement::reference available", || Ok(())).with_ignored_flag(true)]
        }
        Ok(()) => trials().unwrap_or_else(|error| {
            let message = format!("{error:#}");
            vec![Trial::test("agreement::run reference", move || {
                Err(message.into())
            })]
        }),
    };
    run(trials)
}
