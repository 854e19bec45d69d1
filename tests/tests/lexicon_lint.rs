//! The project's lexicons lint without errors (and `cv.atmos.*` without warnings), are in canonical
//! form, and a broken lexicon is reported with its file, JSON path and code.
#![allow(clippy::unwrap_used)]

use atmos_tests::project_lexicons_dir;
use lexgen::catalog::collect_json_files;
use lexgen::lexicon::canonical::{strip_descriptions, to_canonical_string};
use lexgen::lexicon::{Code, Severity};
use lexgen::lint::{Summary, lint_paths};

#[test]
fn project_lexicons_have_no_lint_errors() {
    let dir = project_lexicons_dir();
    let (findings, documents) = lint_paths(&[&dir], Some(&dir));
    let errors: Vec<String> = findings
        .iter()
        .filter(|f| f.diagnostic.severity() == Severity::Error)
        .map(|f| format!("{:?}: {}", f.file, f.diagnostic))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let summary = Summary::of(documents, &findings);
    assert!(summary.documents >= 259 + 9, "{summary:?}");
    let atmos: Vec<String> = findings
        .iter()
        .filter(|f| {
            f.diagnostic
                .nsid
                .as_deref()
                .is_some_and(|n| n.starts_with("cv.atmos."))
        })
        .map(|f| f.diagnostic.to_string())
        .collect();
    assert!(
        atmos.is_empty(),
        "cv.atmos lexicons must be lint-clean: {atmos:#?}"
    );
}

#[test]
fn project_lexicons_are_in_canonical_form() {
    let dir = project_lexicons_dir();
    let files = collect_json_files(&dir).unwrap();
    assert!(files.len() >= 259 + 9);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert!(
            to_canonical_string(&value) == text,
            "{} is not canonical (cargo xtask fmt-lexicons)",
            file.display()
        );
        let relative = file.strip_prefix(&dir).unwrap();
        if relative.starts_with("com/atproto") || relative.starts_with("app/bsky") {
            assert_eq!(
                strip_descriptions(&value),
                value,
                "{} holds description prose",
                file.display()
            );
        }
    }
}

#[test]
fn a_broken_lexicon_is_located() {
    let dir = std::env::temp_dir().join(format!("atmos-lexicon-lint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("broken.json");
    let text = r#"{"lexicon": 1, "id": "com.example.broken", "defs": {"main": {"type": "record", "key": "tid",
        "record": {"type": "object", "properties": {
            "title": {"type": "string", "maxGraphemes": 10},
            "post": {"type": "ref", "ref": "app.bsky.feed.post#nothing"},
            "count": {"type": "integer", "minimum": 3, "maximum": 1}}}}}}"#;
    std::fs::write(&file, text).unwrap();
    let context = project_lexicons_dir();
    let (findings, documents) = lint_paths(&[&file], Some(&context));
    assert_eq!(documents, 1);
    let found: Vec<(Code, &str)> = findings
        .iter()
        .map(|f| (f.diagnostic.code, f.diagnostic.path.as_str()))
        .collect();
    assert!(
        findings
            .iter()
            .all(|f| f.file.as_deref() == Some(file.as_path()))
    );
    assert!(
        found.contains(&(
            Code::MissingTarget,
            "$.defs.main.record.properties.post.ref"
        )),
        "{found:?}"
    );
    assert!(
        found.contains(&(
            Code::ContradictoryLimits,
            "$.defs.main.record.properties.count.minimum"
        )),
        "{found:?}"
    );
    assert!(
        found.contains(&(
            Code::GraphemesWithoutLength,
            "$.defs.main.record.properties.title.maxGraphemes"
        )),
        "{found:?}"
    );
    assert_eq!(Summary::of(documents, &findings).errors, 2);
    let _ = std::fs::remove_dir_all(&dir);
}
