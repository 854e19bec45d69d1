//! Lexicon documents: the strict parser, lint, the canonical text form, a catalog of the document and the
//! dynamic validator built over it (input: document text, optionally `\0` and a JSON value to validate
//! against each of its defs).
#![no_main]

use lexgen::catalog::Catalog;
use lexgen::lexicon::canonical::{strip_descriptions, to_canonical_string};
use lexgen::lexicon::parse_str;
use lexgen::lint::lint_value;
use lexgen::model::Value;
use lexgen::validate::{Mode, Validator};
use libfuzzer_sys::fuzz_target;

fn has_float(json: &serde_json::Value) -> bool {
    match json {
        serde_json::Value::Number(n) => n.is_f64(),
        serde_json::Value::Array(items) => items.iter().any(has_float),
        serde_json::Value::Object(map) => map.values().any(has_float),
        _ => false,
    }
}

fuzz_target!(|bytes: &[u8]| {
    let (document, value) = match bytes.iter().position(|&b| b == 0) {
        Some(at) => (&bytes[..at], Some(&bytes[at + 1..])),
        None => (bytes, None),
    };
    let Ok(text) = std::str::from_utf8(document) else {
        return;
    };
    let parsed = parse_str(text);
    let Ok(json) = serde_json::from_str::<serde_json::Value>(text) else {
        assert!(parsed.document.is_none());
        return;
    };
    let _ = lint_value(&json);
    let _ = strip_descriptions(&json);
    // The canonical text reads as the same document and is its own canonical text. (Not with floats:
    // serde_json does not read every float it writes back to the same `f64`; no lexicon has one.)
    let canonical = to_canonical_string(&json);
    if !has_float(&json) {
        let reparsed = parse_str(&canonical);
        assert_eq!(reparsed.document, parsed.document, "{canonical}");
        let again = serde_json::from_str::<serde_json::Value>(&canonical).expect("canonical JSON");
        assert_eq!(to_canonical_string(&again), canonical);
    }
    let Some(document) = parsed.document else {
        return;
    };
    let id = document.id.clone();
    let names: Vec<String> = document.defs.keys().take(8).cloned().collect();
    let mut catalog = Catalog::new();
    assert!(catalog.insert(document, None).is_none());
    // A validator is only built over a catalog without errors (as every caller does).
    if catalog.check().iter().any(|d| d.is_error()) {
        return;
    }
    let value = match value.map(serde_json::from_slice::<serde_json::Value>) {
        Some(Ok(json)) => match Value::from_json(&json) {
            Ok(value) => value,
            Err(_) => return,
        },
        Some(Err(_)) => return,
        None => Value::Map(Default::default()),
    };
    for mode in [Mode::Strict, Mode::Lenient] {
        let validator = Validator::new(&catalog, mode);
        for name in &names {
            let _ = validator.def(&format!("{id}#{name}"), &value);
        }
        let _ = validator.record(&id, &value);
        let _ = validator.params(&id, &value);
        let _ = validator.input(&id, &value);
        let _ = validator.output(&id, &value);
        let _ = validator.message(&id, &value);
        let _ = validator.record_json(Some(&id), &value.to_json());
    }
});
