//! `cargo xtask bench-records`: the generated benchmark records are valid against lexicons/ and varied.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;

use lexgen::catalog::Catalog;
use lexgen::validate::{Mode, Validator};

#[test]
fn generated_records_are_valid_and_distinct() {
    let lexicons = Path::new(env!("CARGO_MANIFEST_DIR")).join("../lexicons");
    let catalog = Catalog::load_dir(&lexicons).catalog;
    let validator = Validator::new(&catalog, Mode::Strict);
    let dir = std::env::temp_dir().join(format!("atmos-bench-records-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (kind, nsid) in [
        ("post", "app.bsky.feed.post"),
        ("portfolio", "cv.atmos.portfolio.entry"),
    ] {
        let file = dir.join(format!("{kind}.jsonl"));
        let status = Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(["bench-records", kind, "40", file.to_str().unwrap()])
            .status()
            .unwrap();
        assert!(status.success());
        let text = std::fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 40);
        let distinct: std::collections::BTreeSet<&str> = lines.iter().copied().collect();
        assert_eq!(distinct.len(), 40);
        for line in lines {
            let json: serde_json::Value = serde_json::from_str(line).unwrap();
            let found = validator.record_json(Some(nsid), &json);
            assert!(found.is_empty(), "{line}\n{found:?}");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
