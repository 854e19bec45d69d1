//! Snapshot tests of validation diagnostics: every record fixture under `tests/fixtures/records/`
//! against the project's `lexicons/`, in strict and lenient mode. Invalid and legacy fixtures have
//! their diagnostics snapshotted (insta) in a `.snap` file beside the fixture; valid ones must
//! have none. CI never writes snapshots (insta does not update them when `CI` is set; `.ci/run`
//! also sets `INSTA_UPDATE=no`), so a changed diagnostic fails until the `.snap` is reviewed.

use anyhow::Context;
use atmos_tests::{RecordFixture, Trial, project_lexicons_dir, record_fixtures, run};
use lexgen::catalog::Catalog;
use lexgen::validate::{Mode, Validator};

fn load_catalog() -> anyhow::Result<Catalog> {
    let loaded = Catalog::load_dir(&project_lexicons_dir());
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.diagnostic.is_error())
        .map(|d| d.diagnostic.to_string())
        .collect();
    anyhow::ensure!(errors.is_empty(), "lexicon errors:\n{}", errors.join("\n"));
    Ok(loaded.catalog)
}

/// The diagnostic lines of a fixture in `mode` (collection from the directory name).
fn diagnostics(validator: &Validator<'_>, fixture: &RecordFixture) -> anyhow::Result<Vec<String>> {
    let text = std::fs::read_to_string(&fixture.file)
        .with_context(|| format!("reading {}", fixture.file.display()))?;
    let json: serde_json::Value = serde_json::from_str(&text)
        .with_context(|| format!("parsing {}", fixture.file.display()))?;
    Ok(validator
        .record_json(Some(&fixture.nsid), &json)
        .iter()
        .map(ToString::to_string)
        .collect())
}

/// The snapshot text: strict diagnostics, then lenient ones (or a note when they are the same).
fn report(strict: &[String], lenient: &[String]) -> String {
    let mut out = String::from("strict:\n");
    for line in strict {
        out.push_str(&format!("  {line}\n"));
    }
    if lenient == strict {
        out.push_str("lenient: same\n");
    } else if lenient.is_empty() {
        out.push_str("lenient: valid\n");
    } else {
        out.push_str("lenient:\n");
        for line in lenient {
            out.push_str(&format!("  {line}\n"));
        }
    }
    out
}

/// A strict and a lenient validator over the project's lexicons.
struct Validators {
    strict: Validator<'static>,
    lenient: Validator<'static>,
}

fn check(validators: &Validators, fixture: &RecordFixture) -> anyhow::Result<()> {
    let strict = diagnostics(&validators.strict, fixture)?;
    let lenient = diagnostics(&validators.lenient, fixture)?;
    match fixture.kind.as_str() {
        "valid" => {
            anyhow::ensure!(
                strict.is_empty() && lenient.is_empty(),
                "valid fixture rejected:\n{}",
                report(&strict, &lenient)
            );
            return Ok(());
        }
        "invalid" => anyhow::ensure!(
            !strict.is_empty() && !lenient.is_empty(),
            "invalid fixture accepted:\n{}",
            report(&strict, &lenient)
        ),
        _ => anyhow::ensure!(
            !strict.is_empty() && lenient.is_empty(),
            "legacy fixture must be invalid in strict mode only:\n{}",
            report(&strict, &lenient)
        ),
    }
    let dir = fixture
        .file
        .parent()
        .context("fixture without a directory")?;
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(dir);
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.set_input_file(&fixture.file);
    settings.bind(|| insta::assert_snapshot!(fixture.name.as_str(), report(&strict, &lenient)));
    Ok(())
}

fn main() {
    let trials = match load_catalog().and_then(|c| Ok((c, record_fixtures()?))) {
        Ok((catalog, fixtures)) => {
            // The catalog and its validators live for the whole run (validators index it once).
            let catalog: &'static Catalog = Box::leak(Box::new(catalog));
            let validators: &'static Validators = Box::leak(Box::new(Validators {
                strict: Validator::new(catalog, Mode::Strict),
                lenient: Validator::new(catalog, Mode::Lenient),
            }));
            fixtures
                .into_iter()
                .map(|fixture| {
                    Trial::test(
                        format!(
                            "records::{}/{}/{}",
                            fixture.kind, fixture.nsid, fixture.name
                        ),
                        move || check(validators, &fixture).map_err(|e| format!("{e:#}").into()),
                    )
                })
                .collect()
        }
        Err(error) => {
            let message = format!("{error:#}");
            vec![Trial::test("records::load", move || Err(message.into()))]
        }
    };
    run(trials)
}
