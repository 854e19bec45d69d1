//! `Validator::record_text` (validation straight from JSON text, with its fast path) gives exactly
//! what `Validator::record_json` gives on the parsed text: on every record fixture and every
//! interop record-data case, in both modes, with and without an explicit NSID, and on variants of
//! each that make the fast path give up (escapes, floats, duplicate keys, whitespace) or, for the
//! valid and legacy fixtures and the interop cases, break one constraint (each string, integer,
//! array and key changed in turn).

use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use atmos_tests::{Trial, interop_trials, json_file, project_lexicons_dir, record_fixtures, run};
use lexgen::catalog::Catalog;
use lexgen::validate::{Mode, Validator};
use serde_json::Value as Json;

fn load(files: &[std::path::PathBuf]) -> anyhow::Result<Catalog> {
    let loaded = Catalog::load_files(files);
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.diagnostic.is_error())
        .map(|d| d.diagnostic.to_string())
        .collect();
    anyhow::ensure!(errors.is_empty(), "lexicon errors:\n{}", errors.join("\n"));
    Ok(loaded.catalog)
}

/// A strict and a lenient validator over one catalog (indexed once for all the trials).
struct Validators {
    strict: Validator<'static>,
    lenient: Validator<'static>,
}

fn validators_of(dir: &Path) -> anyhow::Result<Arc<Validators>> {
    let files = lexgen::catalog::collect_json_files(dir)
        .with_context(|| format!("listing {}", dir.display()))?;
    let catalog: &'static Catalog = Box::leak(Box::new(load(&files)?));
    Ok(Arc::new(Validators {
        strict: Validator::new(catalog, Mode::Strict),
        lenient: Validator::new(catalog, Mode::Lenient),
    }))
}

/// `record_text` against `record_json` on one text, both modes, explicit NSID and none.
fn agree(validators: &Validators, nsid: &str, text: &str) -> anyhow::Result<()> {
    let parsed = serde_json::from_str::<Json>(text);
    for validator in [&validators.strict, &validators.lenient] {
        let mode = validator.mode();
        for nsid in [Some(nsid), None] {
            let direct = validator.record_text(nsid, text);
            match &parsed {
                Ok(json) => {
                    let expected = validator.record_json(nsid, json);
                    let direct = direct.map_err(|e| {
                        anyhow::anyhow!("{mode:?} {nsid:?}: record_text failed ({e}) on {text}")
                    })?;
                    anyhow::ensure!(
                        direct == expected,
                        "{mode:?} {nsid:?} on {text}\nrecord_text: {direct:?}\nrecord_json: {expected:?}"
                    );
                }
                Err(_) => anyhow::ensure!(
                    direct.is_err(),
                    "{mode:?} {nsid:?}: record_text accepted JSON that serde_json rejects: {text}"
                ),
            }
        }
    }
    Ok(())
}

/// Escapes every non-ASCII character (as UTF-16 `\u` escapes) and every `/` of a JSON text.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        if c == '/' {
            out.push_str("\\/");
        } else if c.is_ascii() {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        }
    }
    out
}

/// The value with every integer written as a float (`3.0`).
fn floats(json: &Json) -> Json {
    match json {
        Json::Number(n) => n
            .as_i64()
            .and_then(|i| serde_json::Number::from_f64(i as f64))
            .map_or_else(|| json.clone(), Json::Number),
        Json::Array(items) => Json::Array(items.iter().map(floats).collect()),
        Json::Object(map) => {
            Json::Object(map.iter().map(|(k, v)| (k.clone(), floats(v))).collect())
        }
        other => other.clone(),
    }
}

/// Every variant of `json` with one node changed: strings emptied, lengthened, made odd;
/// integers moved; arrays emptied or grown; map keys removed, nulled, retyped.
fn one_change_variants(json: &Json, out: &mut Vec<Json>) {
    fn walk(json: &Json, rebuild: &dyn Fn(Json) -> Json, out: &mut Vec<Json>) {
        match json {
            Json::String(s) => {
                for replacement in [
                    String::new(),
                    s.repeat(40),
                    "not valid: \u{301}\r\n".to_owned(),
                    "blob".to_owned(),
                ] {
                    out.push(rebuild(Json::String(replacement)));
                }
                out.push(rebuild(Json::from(1)));
            }
            Json::Number(_) => {
                for n in [-1i64, 1_000_000_000_000] {
                    out.push(rebuild(Json::from(n)));
                }
                out.push(rebuild(Json::from("1")));
            }
            Json::Bool(b) => out.push(rebuild(Json::Bool(!b))),
            Json::Array(items) => {
                out.push(rebuild(Json::Array(Vec::new())));
                let mut grown = items.clone();
                grown.extend(items.iter().cloned());
                grown.extend(items.iter().cloned());
                out.push(rebuild(Json::Array(grown)));
                out.push(rebuild(Json::Null));
                for (i, item) in items.iter().enumerate() {
                    let rebuild_item = |v: Json| {
                        let mut items = items.clone();
                        items[i] = v;
                        rebuild(Json::Array(items))
                    };
                    walk(item, &rebuild_item, out);
                }
            }
            Json::Object(map) => {
                out.push(rebuild(Json::Array(vec![Json::Object(map.clone())])));
                for key in map.keys() {
                    let mut removed = map.clone();
                    removed.remove(key);
                    out.push(rebuild(Json::Object(removed)));
                    let mut nulled = map.clone();
                    nulled.insert(key.clone(), Json::Null);
                    out.push(rebuild(Json::Object(nulled)));
                }
                let mut extra = map.clone();
                extra.insert("unexpected".to_owned(), Json::from(1));
                out.push(rebuild(Json::Object(extra)));
                for (key, value) in map {
                    let rebuild_member = |v: Json| {
                        let mut map = map.clone();
                        map.insert(key.clone(), v);
                        rebuild(Json::Object(map))
                    };
                    walk(value, &rebuild_member, out);
                }
            }
            Json::Null => out.push(rebuild(Json::from(0))),
        }
    }
    walk(json, &|v| v, out);
}

/// The text itself, textual variants, and (when `one_change`) one-change variants of the record.
fn check_record(
    validators: &Validators,
    nsid: &str,
    text: &str,
    one_change: bool,
) -> anyhow::Result<()> {
    agree(validators, nsid, text)?;
    let json: Json = match serde_json::from_str(text) {
        Ok(json) => json,
        Err(_) => return Ok(()),
    };
    let compact = serde_json::to_string(&json)?;
    let textual = [
        compact.clone(),
        serde_json::to_string_pretty(&json)?,
        escaped(&compact),
        serde_json::to_string(&floats(&json))?,
        compact.replacen('{', r#"{"$type":"x","#, 1),
        compact.replacen('{', r#"{"text":"x","#, 1),
        format!("{compact} x"),
        format!(" \t\r\n{compact}\n"),
        compact.replacen(':', ": 01,\"z\":", 1),
    ];
    for variant in &textual {
        agree(validators, nsid, variant)?;
    }
    if !one_change {
        return Ok(());
    }
    let mut variants = Vec::new();
    one_change_variants(&json, &mut variants);
    for variant in &variants {
        agree(validators, nsid, &serde_json::to_string(variant)?)?;
    }
    Ok(())
}

fn fixture_trials() -> anyhow::Result<Vec<Trial>> {
    let validators = validators_of(&project_lexicons_dir())?;
    let mut trials = Vec::new();
    for fixture in record_fixtures()? {
        let validators = validators.clone();
        let name = format!(
            "fixtures::{}/{}/{}",
            fixture.kind, fixture.nsid, fixture.name
        );
        trials.push(Trial::test(name, move || {
            let text = std::fs::read_to_string(&fixture.file)
                .with_context(|| format!("reading {}", fixture.file.display()))?;
            // One-change variants of records that are already invalid stay invalid: only the
            // valid and legacy ones can catch the fast path accepting too much.
            let one_change = fixture.kind != "invalid";
            Ok(check_record(&validators, &fixture.nsid, &text, one_change)?)
        }));
    }
    Ok(trials)
}

fn interop_case_trials(dir: &Path) -> anyhow::Result<Vec<Trial>> {
    let validators = validators_of(&dir.join("lexicon").join("catalog"))?;
    let mut trials = Vec::new();
    for file in ["record-data-valid.json", "record-data-invalid.json"] {
        let cases = json_file(&dir.join("lexicon").join(file))?;
        let cases = cases
            .as_array()
            .context("the vector file is not an array")?;
        for (i, case) in cases.iter().enumerate() {
            let name = case["name"].as_str().unwrap_or("?");
            let text = serde_json::to_string(&case["data"])?;
            let nsid = case["data"]["$type"]
                .as_str()
                .unwrap_or("example.lexicon.record")
                .to_owned();
            let validators = validators.clone();
            trials.push(Trial::test(
                format!("interop::{file}:{i} {name}"),
                move || Ok(check_record(&validators, &nsid, &text, true)?),
            ));
        }
    }
    Ok(trials)
}

fn main() {
    let mut trials = match fixture_trials() {
        Ok(trials) => trials,
        Err(e) => vec![Trial::test(
            "fixtures",
            move || Err(format!("{e:#}").into()),
        )],
    };
    trials.extend(interop_trials("record_text", interop_case_trials));
    run(trials)
}
