//! Agreement with the reference TypeScript validator (`@atproto/lexicon`, pinned in tests/js): every
//! record fixture (against `lexicons/`) and every interop record-data case (against the vectors'
//! catalog) gets the same verdict from us as from the reference, in lenient mode (the reference's
//! own leniency) and in strict mode (differing only by the documented mode differences).
//!
//! Needs `node` and `tests/js/node_modules` (`cd tests/js && npm ci`): when missing, the run fails
//! under `CI` and is skipped (with a warning) elsewhere.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use anyhow::Context;
use atmos_tests::node::js_dir;
use atmos_tests::{Trial, interop_dir, json_file, project_lexicons_dir, record_fixtures, run};
use lexgen::catalog::Catalog;
use lexgen::validate::{Code, Diagnostic, Mode, Validator};

/// Disagreements where the reference is wrong per the spec, by our diagnostic code. A record on
/// which the reference says "valid" and all our diagnostics have one of these codes is accepted.
const REFERENCE_GAPS: &[(Code, &str)] = &[
    // @atproto/lexicon validators/blob.js only checks `instanceof BlobRef`: it never looks at
    // `accept` or `maxSize`, which the Lexicon spec defines as constraints and the interop vectors
    // (record-data-invalid.json "blob too large", "blob wrong type") require validators to enforce.
    (
        Code::BlobTypeNotAccepted,
        "the reference does not check blob `accept`",
    ),
    (
        Code::BlobTooLarge,
        "the reference does not check blob `maxSize`",
    ),
    // (The reference also accepts arrays, bytes and blobs as `unknown`, where we want a map as
    // the spec says; no record type of the corpus has an `unknown` field, so no entry is needed.)
];

/// Codes by which strict mode may reject what lenient mode (and the reference) accepts: the
/// documented mode differences (legacy blobs, lenient datetime and cid formats, nested `$type`).
const STRICT_ONLY: &[Code] = &[Code::LegacyBlob, Code::InvalidFormat, Code::TypeMismatch];

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

/// Compares one record's verdicts; `Err` lists the disagreement.
fn compare(case: &Case, reference: &Result<(), String>) -> Result<(), String> {
    let lenient = ours(case, Mode::Lenient);
    let strict = ours(case, Mode::Strict);
    let gap = |found: &[Diagnostic]| {
        !found.is_empty()
            && found
                .iter()
                .all(|d| REFERENCE_GAPS.iter().any(|(c, _)| *c == d.code))
    };
    let lenient_agrees = match reference {
        Ok(()) => lenient.is_empty() || gap(&lenient),
        Err(_) => !lenient.is_empty(),
    };
    if !lenient_agrees {
        return Err(format!(
            "lenient mode disagrees with @atproto/lexicon\n reference: {reference:?}\n ours:{}",
            if lenient.is_empty() {
                " valid".to_owned()
            } else {
                lines(&lenient)
            }
        ));
    }
    let strict_agrees = match reference {
        Ok(()) => {
            strict.is_empty()
                || gap(&strict)
                || strict
                    .iter()
                    .all(|d| STRICT_ONLY.contains(&d.code) || lenient.contains(d))
        }
        Err(_) => !strict.is_empty(),
    };
    if !strict_agrees {
        return Err(format!(
            "strict mode disagrees with @atproto/lexicon beyond the documented mode differences\n reference: {reference:?}\n ours:{}",
            lines(&strict)
        ));
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
    let mut dirs: Vec<PathBuf> = cases.iter().map(|c| c.lexicon_dir.clone()).collect();
    dirs.dedup();
    let mut trials = Vec::new();
    let mut gaps_used = std::collections::BTreeSet::new();
    for dir in dirs {
        let group: Vec<&Case> = cases.iter().filter(|c| c.lexicon_dir == dir).collect();
        let verdicts = reference_verdicts(&dir, &group)?;
        for (case, verdict) in group.into_iter().zip(verdicts) {
            let result = compare(case, &verdict);
            if verdict.is_ok() {
                gaps_used.extend(ours(case, Mode::Lenient).iter().map(|d| d.code));
            }
            trials.push(Trial::test(format!("agreement::{}", case.id), move || {
                result.map_err(Into::into)
            }));
        }
    }
    // Every allow-list entry must still be needed by some record, so the list cannot go stale.
    let unused: Vec<&str> = REFERENCE_GAPS
        .iter()
        .filter(|(code, _)| !gaps_used.contains(code))
        .map(|(code, _)| code.as_str())
        .collect();
    trials.push(Trial::test(
        "agreement::every allow-list entry is used",
        move || {
            if unused.is_empty() {
                Ok(())
            } else {
                Err(format!("unused allow-list entries: {unused:?}").into())
            }
        },
    ));
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
