//! `Validator::record_text` (the fast path over JSON text) against `Validator::record_json` on the parsed
//! text, over the project's catalog, in both modes, with a collection from the first byte or none.
#![no_main]

use std::sync::OnceLock;

use atmos_fuzz::RECORD_COLLECTIONS;
use lexgen::validate::{Mode, Validator};
use libfuzzer_sys::fuzz_target;

fn validators() -> &'static [Validator<'static>; 2] {
    static VALIDATORS: OnceLock<[Validator<'static>; 2]> = OnceLock::new();
    VALIDATORS.get_or_init(|| {
        let catalog = atmos_fuzz::catalog();
        [
            Validator::new(catalog, Mode::Strict),
            Validator::new(catalog, Mode::Lenient),
        ]
    })
}

fuzz_target!(|bytes: &[u8]| {
    let Some((&pick, text)) = bytes.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let nsid = RECORD_COLLECTIONS
        .get(usize::from(pick) % (RECORD_COLLECTIONS.len() + 1))
        .copied();
    let parsed = serde_json::from_str::<serde_json::Value>(text);
    for validator in validators() {
        let direct = validator.record_text(nsid, text);
        match &parsed {
            Ok(json) => {
                let expected = validator.record_json(nsid, json);
                let direct = direct.expect("record_text refused JSON that serde_json reads");
                assert_eq!(direct, expected, "{:?} {nsid:?} {text}", validator.mode());
            }
            Err(_) => assert!(direct.is_err(), "record_text accepted invalid JSON"),
        }
    }
});
