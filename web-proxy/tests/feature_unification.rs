//! `cargo run -p web-proxy` after a workspace build must not rebuild dependencies: every dependency of this
//! package is built with a feature set the whole workspace's build (with or without its tests) also uses.
//! See "Feature unification" in this package's Cargo.toml.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

/// `cargo tree` for `selection`, as package (name and version) → the feature sets it is built with.
fn feature_sets(selection: &[&str], edges: &str) -> BTreeMap<String, BTreeSet<String>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "tree",
            "--offline",
            "--prefix",
            "none",
            "-f",
            "{p}|{f}",
            "-e",
            edges,
        ])
        .args(selection)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut sets: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Some((package, features)) = line.split_once('|') else {
            continue;
        };
        // "name vX.Y.Z (path)" → "name vX.Y.Z"; "(*)" marks a repeat.
        let package: String = package.split(' ').take(2).collect::<Vec<_>>().join(" ");
        let features = features.trim_end_matches(" (*)").trim().to_owned();
        sets.entry(package).or_default().insert(features);
    }
    sets
}

#[test]
fn every_dependency_is_built_as_the_workspace_builds_it() {
    let ours = feature_sets(&["-p", "web-proxy"], "normal,build");
    for (workspace, edges) in [("build", "normal,build"), ("tests", "all")] {
        let all = feature_sets(&["--workspace"], edges);
        let mut differing = Vec::new();
        for (package, sets) in &ours {
            let Some(theirs) = all.get(package) else {
                continue;
            };
            for features in sets {
                if !theirs.contains(features) {
                    differing.push(format!(
                        "{package}: here [{features}], in the workspace's {workspace} {theirs:?}"
                    ));
                }
            }
        }
        assert!(
            differing.is_empty(),
            "web-proxy alone would rebuild these (add the features in web-proxy/Cargo.toml):\n{}",
            differing.join("\n")
        );
    }
}
