//! Conformance of `lexgen::model` with the official data-model and CID-syntax interop vectors.

use std::path::Path;

use anyhow::{Context, anyhow, bail, ensure};
use atmos_tests::{Trial, interop_trials, json_file, text_cases};
use lexgen::model::{Bytes, Cid, Map, Value, drisl};

fn main() {
    let mut trials = interop_trials("data_model", data_model_trials);
    trials.extend(interop_trials("cid_syntax", cid_syntax_trials));
    atmos_tests::run(trials)
}

fn cases(dir: &Path, file: &str) -> anyhow::Result<Vec<(String, serde_json::Value)>> {
    let json = json_file(&dir.join("data-model").join(file))?;
    let cases = json.as_array().context("vector file is not an array")?;
    Ok(cases
        .iter()
        .enumerate()
        .map(|(i, case)| {
            let note = case["note"].as_str().or(case["cid"].as_str()).unwrap_or("");
            (format!("data_model::{file}:{} {note}", i + 1), case.clone())
        })
        .collect())
}

fn trial(name: String, check: impl FnOnce() -> anyhow::Result<()> + Send + 'static) -> Trial {
    Trial::test(name, move || check().map_err(|e| format!("{e:#}").into()))
}

fn data_model_trials(dir: &Path) -> anyhow::Result<Vec<Trial>> {
    let mut trials = Vec::new();
    for (name, case) in cases(dir, "data-model-fixtures.json")? {
        trials.push(trial(name, move || fixture(&case)));
    }
    for (name, case) in cases(dir, "data-model-valid.json")? {
        trials.push(trial(name, move || {
            let map = Map::from_json(&case["json"]).map_err(|e| anyhow!("rejected: {e}"))?;
            // Whatever is accepted must also survive both encodings with the same CID.
            let value = Value::Map(map);
            let bytes = value.to_drisl()?;
            ensure!(
                Value::from_drisl(&bytes)? == value,
                "DRISL round trip changed the value"
            );
            ensure!(
                Value::from_json(&value.to_json())? == value,
                "JSON round trip changed the value"
            );
            Ok(())
        }));
    }
    for (name, case) in cases(dir, "data-model-invalid.json")? {
        trials.push(trial(name, move || match Map::from_json(&case["json"]) {
            Ok(map) => bail!("accepted: {map:?}"),
            Err(_) => Ok(()),
        }));
    }
    Ok(trials)
}

/// JSON → Value → DRISL bytes equal to the fixture, CID equal, and DRISL → Value → JSON back.
fn fixture(case: &serde_json::Value) -> anyhow::Result<()> {
    let json = &case["json"];
    let expected: Bytes =
        serde_json::from_value(serde_json::json!({"$bytes": case["cbor_base64"]}))
            .context("fixture cbor_base64")?;
    let expected_cid: Cid = case["cid"].as_str().context("fixture cid")?.parse()?;

    let value = Value::from_json(json)?;
    let bytes = value.to_drisl()?;
    ensure!(bytes == expected.0, "DRISL bytes differ from the fixture");
    ensure!(
        value.cid()? == expected_cid,
        "CID differs: {}",
        value.cid()?
    );
    ensure!(
        Cid::for_dag_cbor(&expected.0) == expected_cid,
        "fixture bytes hash to another CID"
    );
    ensure!(
        drisl::to_vec(&value)? == expected.0,
        "serde path bytes differ from the fixture"
    );

    let decoded = Value::from_drisl(&expected.0)?;
    ensure!(
        decoded == value,
        "decoded value differs from the JSON value"
    );
    ensure!(
        decoded.to_json() == *json,
        "JSON round trip differs: {}",
        decoded.to_json()
    );
    ensure!(
        drisl::from_slice::<Value>(&expected.0)? == value,
        "serde path decodes differently"
    );
    Ok(())
}

fn cid_syntax_trials(dir: &Path) -> anyhow::Result<Vec<Trial>> {
    let mut trials = Vec::new();
    for (valid, file) in [
        (true, "cid_syntax_valid.txt"),
        (false, "cid_syntax_invalid.txt"),
    ] {
        for (line, case) in text_cases(&dir.join("syntax").join(file))? {
            let name = format!("cid_syntax::{file}:{line} {case}");
            trials.push(trial(name, move || {
                let syntax = Cid::check_syntax(&case);
                let parsed = case.parse::<Cid>();
                if valid {
                    syntax.map_err(|e| anyhow!("rejected: {e}"))?;
                    // Syntactically valid CIDs need not be blessed; blessed ones must round-trip.
                    if let Ok(cid) = parsed {
                        ensure!(cid.to_string() == case, "blessed CID does not round-trip");
                    }
                } else {
                    ensure!(syntax.is_err(), "syntax check accepted it");
                    ensure!(parsed.is_err(), "parsed as a CID: {parsed:?}");
                }
                Ok(())
            }));
        }
    }
    Ok(trials)
}
