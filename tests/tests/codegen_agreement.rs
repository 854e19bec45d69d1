//! Agreement: the dynamic validator (`lexgen::validate`, strict mode) and the generated types
//! (decode, then `Validate`) give the same verdict on every record of a corpus: the record
//! fixtures (valid, invalid, legacy), the official record-data interop cases, and mutants of every
//! valid fixture (a property removed, a string emptied or made huge, a number pushed out of
//! range, a value of the wrong kind). When the record decodes, the generated validators (the
//! rules of the `object!` tables) report exactly the dynamic validator's diagnostics: the same
//! violations at the same paths.
//!
//! The PDS validates through its own catalog (`pds::lexicon_catalog`, built from the documents the
//! `lexicons` crate embeds): on the project's fixtures and mutants, its text fast path and its value
//! path give the generated verdict too, and its catalog holds exactly the documents of `lexicons/`.
#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use anyhow::Context;
use atmos_tests::{Trial, interop_trials, json_file, record_fixtures, run};
use lexgen::catalog::Catalog;
use lexgen::model::Value;
use lexgen::typed::{Path, Typed, Validate};
use lexgen::validate::{Mode, Validator};
use lexicons::{app, cv};
use pds::lexicon_catalog::Snapshot;

mod interop {
    lexgen_macros::include_lexicons!(
        dir = "../../shared/reference/interop-tests/lexicon/catalog",
        root = "crate::interop"
    );
}

/// The generated judgement: every violation (rendered `path: code: ...`) when the value decodes,
/// the decoding error when it does not.
fn typed<T: Typed + Validate>(value: &Value) -> Result<Vec<String>, String> {
    let decoded = T::from_value(value.clone(), Path::ROOT).map_err(|e| e.to_string())?;
    Ok(decoded.validate().iter().map(ToString::to_string).collect())
}

/// The generated judgement for a record of collection `nsid`; `None` for a collection this test
/// does not map to a generated type.
fn generated(nsid: &str, value: &Value) -> Option<Result<Vec<String>, String>> {
    Some(match nsid {
        "app.bsky.actor.profile" => typed::<app::bsky::actor::profile::Profile>(value),
        "app.bsky.feed.generator" => typed::<app::bsky::feed::generator::Generator>(value),
        "app.bsky.feed.like" => typed::<app::bsky::feed::like::Like>(value),
        "app.bsky.feed.post" => typed::<app::bsky::feed::post::Post>(value),
        "app.bsky.feed.repost" => typed::<app::bsky::feed::repost::Repost>(value),
        "app.bsky.feed.threadgate" => typed::<app::bsky::feed::threadgate::Threadgate>(value),
        "app.bsky.graph.follow" => typed::<app::bsky::graph::follow::Follow>(value),
        "app.bsky.graph.list" => typed::<app::bsky::graph::list::List>(value),
        "app.bsky.graph.starterpack" => typed::<app::bsky::graph::starterpack::Starterpack>(value),
        "cv.atmos.board.board" => typed::<cv::atmos::board::board::Board>(value),
        "cv.atmos.board.item" => typed::<cv::atmos::board::item::Item>(value),
        "cv.atmos.cv.award" => typed::<cv::atmos::cv::award::Award>(value),
        "cv.atmos.cv.education" => typed::<cv::atmos::cv::education::Education>(value),
        "cv.atmos.cv.exhibition" => typed::<cv::atmos::cv::exhibition::Exhibition>(value),
        "cv.atmos.cv.profile" => typed::<cv::atmos::cv::profile::Profile>(value),
        "cv.atmos.cv.work" => typed::<cv::atmos::cv::work::Work>(value),
        "cv.atmos.portfolio.entry" => typed::<cv::atmos::portfolio::entry::Entry>(value),
        "example.lexicon.record" => typed::<interop::example::lexicon::record::Record>(value),
        _ => return None,
    })
}

/// Both verdicts on one record; an error when they differ.
fn agree(catalog: &Catalog, nsid: &str, value: &Value) -> Result<(), String> {
    let dynamic = Validator::new(catalog, Mode::Strict).record(nsid, value);
    let Some(generated) = generated(nsid, value) else {
        return Err(format!("no generated type mapped for {nsid}"));
    };
    let violations = match generated {
        Err(e) if dynamic.is_empty() => {
            return Err(format!("generated code rejects a valid record: {e}"));
        }
        Err(_) => return Ok(()),
        Ok(violations) => violations,
    };
    let mut expected: Vec<String> = dynamic.iter().map(ToString::to_string).collect();
    let mut found = violations;
    // The dynamic validator walks properties in canonical key order, the tables in lexicon order.
    expected.sort();
    found.sort();
    if found == expected {
        Ok(())
    } else {
        Err(format!(
            "the dynamic validator reports {expected:#?}\nthe generated validators {found:#?}"
        ))
    }
}

fn load_catalog(dir: &std::path::Path) -> anyhow::Result<Catalog> {
    let files = lexgen::catalog::collect_json_files(dir)
        .with_context(|| format!("listing {}", dir.display()))?;
    Ok(Catalog::load_files(&files).catalog)
}

/// Deterministic mutants of `value`: every property removed, every leaf replaced by values that
/// break or test typical constraints. Each is a (description, value) pair.
fn mutants(value: &serde_json::Value) -> Vec<(String, serde_json::Value)> {
    fn leaves(v: &serde_json::Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        match v {
            serde_json::Value::Object(map) => {
                for (k, child) in map {
                    if k == "$type" || k == "$link" || k == "$bytes" {
                        continue;
                    }
                    at.push(k.clone());
                    out.push(at.clone());
                    leaves(child, at, out);
                    at.pop();
                }
            }
            serde_json::Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    at.push(i.to_string());
                    out.push(at.clone());
                    leaves(child, at, out);
                    at.pop();
                }
            }
            _ => {}
        }
    }
    fn at<'v>(v: &'v mut serde_json::Value, path: &[String]) -> Option<&'v mut serde_json::Value> {
        path.iter().try_fold(v, |v, seg| match v {
            serde_json::Value::Object(map) => map.get_mut(seg),
            serde_json::Value::Array(items) => {
                seg.parse::<usize>().ok().and_then(|i| items.get_mut(i))
            }
            _ => None,
        })
    }
    let mut paths = Vec::new();
    leaves(value, &mut Vec::new(), &mut paths);
    let mut out = Vec::new();
    for path in paths {
        let (parent, last) = path.split_at(path.len() - 1);
        let mut removed = value.clone();
        if let Some(serde_json::Value::Object(map)) = at(&mut removed, parent) {
            map.remove(&last[0]);
            out.push((format!("{} removed", path.join(".")), removed));
        }
        let current = at(&mut value.clone(), &path).cloned().unwrap_or_default();
        let replacements: Vec<serde_json::Value> = match current {
            serde_json::Value::String(_) => vec![
                "".into(),
                "x".repeat(3000).into(),
                "🎨".repeat(700).into(),
                7.into(),
            ],
            serde_json::Value::Number(_) => {
                vec![(-1).into(), 1_000_000_000_000i64.into(), "1".into()]
            }
            serde_json::Value::Bool(_) => vec!["true".into()],
            serde_json::Value::Array(_) => vec![serde_json::json!([]), serde_json::json!({})],
            serde_json::Value::Object(_) => vec![serde_json::json!({}), serde_json::json!([])],
            serde_json::Value::Null => vec![],
        };
        for (i, replacement) in replacements.into_iter().enumerate() {
            let mut mutant = value.clone();
            if let Some(slot) = at(&mut mutant, &path) {
                *slot = replacement;
                out.push((format!("{} replaced #{i}", path.join(".")), mutant));
            }
        }
    }
    out
}

/// The PDS's verdicts (text fast path, then the engine on the decoded value) agree with the generated one.
fn pds_agrees(
    pds: &Snapshot,
    nsid: &str,
    json: &serde_json::Value,
    value: &Value,
) -> Result<(), String> {
    let generated = generated(nsid, value)
        .ok_or_else(|| format!("no generated type mapped for {nsid}"))?
        .is_ok_and(|violations| violations.is_empty());
    let text = serde_json::to_string(json).map_err(|e| e.to_string())?;
    let by_text = pds
        .check_record_text(nsid, &text)
        .map_err(|e| e.to_string())?;
    let by_value = pds.check_record(nsid, value);
    for (path, found) in [("text", by_text), ("value", by_value)] {
        if found.is_empty() != generated {
            return Err(format!(
                "the PDS's {path} path says {}, generated code says {}: {found:?}",
                if found.is_empty() { "valid" } else { "invalid" },
                if generated { "valid" } else { "invalid" },
            ));
        }
    }
    Ok(())
}

fn trial(
    catalog: &Arc<Catalog>,
    pds: Option<&Arc<Snapshot>>,
    name: String,
    nsid: String,
    json: serde_json::Value,
) -> Trial {
    let catalog = Arc::clone(catalog);
    let pds = pds.cloned();
    Trial::test(name, move || {
        let Ok(value) = Value::from_json(&json) else {
            return Ok(()); // not atproto data at all: neither validator sees it
        };
        agree(&catalog, &nsid, &value)?;
        match &pds {
            Some(pds) => pds_agrees(pds, &nsid, &json, &value).map_err(Into::into),
            None => Ok(()),
        }
    })
}

/// The PDS's built-in catalog (no installed lexicons).
fn pds_snapshot() -> Arc<Snapshot> {
    Arc::new(Snapshot::new((*pds::lexicon_catalog::builtin()).clone(), 0))
}

fn fixture_trials() -> anyhow::Result<Vec<Trial>> {
    let catalog = Arc::new(load_catalog(&atmos_tests::project_lexicons_dir())?);
    let pds = pds_snapshot();
    let mut trials = Vec::new();
    let (ours, theirs) = (
        catalog
            .documents()
            .map(|d| d.id.clone())
            .collect::<Vec<_>>(),
        pds.catalog()
            .documents()
            .map(|d| d.id.clone())
            .collect::<Vec<_>>(),
    );
    trials.push(Trial::test(
        "agreement::pds catalog is lexicons/",
        move || {
            if ours == theirs {
                Ok(())
            } else {
                Err(format!("lexicons/ has {ours:?}, the PDS has {theirs:?}").into())
            }
        },
    ));
    for fixture in record_fixtures()? {
        let json = json_file(&fixture.file)?;
        let base = format!(
            "agreement::{}/{}/{}",
            fixture.kind, fixture.nsid, fixture.name
        );
        if fixture.kind == "valid" {
            for (what, mutant) in mutants(&json) {
                let name = format!("{base} {what}");
                trials.push(trial(
                    &catalog,
                    Some(&pds),
                    name,
                    fixture.nsid.clone(),
                    mutant,
                ));
            }
        }
        trials.push(trial(
            &catalog,
            Some(&pds),
            base,
            fixture.nsid.clone(),
            json,
        ));
    }
    Ok(trials)
}

fn interop(dir: &std::path::Path) -> anyhow::Result<Vec<Trial>> {
    let catalog = Arc::new(load_catalog(&dir.join("lexicon").join("catalog"))?);
    let mut trials = Vec::new();
    for file in ["record-data-valid.json", "record-data-invalid.json"] {
        let cases = json_file(&dir.join("lexicon").join(file))?;
        for (i, case) in cases.as_array().into_iter().flatten().enumerate() {
            let name = case["name"].as_str().unwrap_or_default();
            let data = case["data"].clone();
            let nsid = data["$type"]
                .as_str()
                .unwrap_or("example.lexicon.record")
                .to_owned();
            trials.push(trial(
                &catalog,
                None,
                format!("agreement::{file}:{i} {name}"),
                nsid,
                data,
            ));
        }
    }
    Ok(trials)
}

fn main() {
    let mut trials = match fixture_trials() {
        Ok(trials) => trials,
        Err(e) => vec![Trial::test("agreement::fixtures", move || {
            Err(e.to_string().into())
        })],
    };
    trials.extend(interop_trials("agreement", interop));
    run(trials)
}
