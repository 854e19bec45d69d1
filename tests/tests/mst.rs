//! Conformance: MST key heights, common prefixes and example keys, and every commit-proof fixture of
//! `interop-tests/firehose` (roots before and after, the covering-proof blocks, inversion back to the old root).
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::Path;

use atmos_tests::{Trial, interop_trials, json_file, run, text_cases};
use lexgen::model::Cid;
use pds::repo::mst::{common_prefix_len, key_height};
use pds::repo::{BlockStore, MemoryBlockStore, Mst};
use serde_json::Value;

fn str_field<'a>(case: &'a Value, name: &str) -> anyhow::Result<&'a str> {
    case[name]
        .as_str()
        .ok_or_else(|| anyhow::anyhow!("case has no string `{name}`"))
}

fn key_trials(dir: &Path, trials: &mut Vec<Trial>) -> anyhow::Result<()> {
    let heights = json_file(&dir.join("mst/key_heights.json"))?;
    for (i, case) in heights.as_array().into_iter().flatten().enumerate() {
        let key = str_field(case, "key")?.to_owned();
        let want = case["height"].as_u64().unwrap_or(u64::MAX);
        trials.push(Trial::test(
            format!("mst::key_heights.json#{i} {key:?}"),
            move || {
                let got = u64::from(key_height(key.as_bytes()));
                if got == want {
                    Ok(())
                } else {
                    Err(format!("height {got}, expected {want}").into())
                }
            },
        ));
    }
    let prefixes = json_file(&dir.join("mst/common_prefix.json"))?;
    for (i, case) in prefixes.as_array().into_iter().flatten().enumerate() {
        let (left, right) = (
            str_field(case, "left")?.to_owned(),
            str_field(case, "right")?.to_owned(),
        );
        let want = case["len"].as_u64().unwrap_or(u64::MAX) as usize;
        trials.push(Trial::test(
            format!("mst::common_prefix.json#{i} {left:?} {right:?}"),
            move || {
                let got = common_prefix_len(left.as_bytes(), right.as_bytes());
                if got == want {
                    Ok(())
                } else {
                    Err(format!("prefix {got}, expected {want}").into())
                }
            },
        ));
    }
    for (line, key) in text_cases(&dir.join("mst/example_keys.txt"))? {
        trials.push(Trial::test(
            format!("mst::example_keys.txt:{line} {key}"),
            move || {
                // The digit after the first letter is the key's height.
                let want = key
                    .chars()
                    .nth(1)
                    .and_then(|c| c.to_digit(10))
                    .ok_or("no height digit")?;
                let got = u32::from(key_height(key.as_bytes()));
                if got == want {
                    Ok(())
                } else {
                    Err(format!("height {got}, expected {want}").into())
                }
            },
        ));
    }
    Ok(())
}

fn strings(case: &Value, name: &str) -> Vec<String> {
    case[name]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
}

fn commit_proof(case: &Value) -> Result<(), String> {
    let cid = |text: &str| text.parse::<Cid>().map_err(|e| e.to_string());
    let leaf = cid(case["leafValue"].as_str().ok_or("no leafValue")?)?;
    let (adds, dels) = (strings(case, "adds"), strings(case, "dels"));
    let mut store = MemoryBlockStore::new();
    let mut tree = Mst::new();
    for key in strings(case, "keys") {
        tree.insert(&store, &key, leaf).map_err(|e| e.to_string())?;
    }
    let (before, blocks) = tree.finalize().map_err(|e| e.to_string())?;
    store.extend(blocks);
    expect_cid(
        "root before commit",
        before,
        case["rootBeforeCommit"].as_str(),
    )?;

    for key in &adds {
        tree.insert(&store, key, leaf).map_err(|e| e.to_string())?;
    }
    for key in &dels {
        tree.delete(&store, key).map_err(|e| e.to_string())?;
    }
    let (after, blocks) = tree.finalize().map_err(|e| e.to_string())?;
    store.extend(blocks);
    expect_cid("root after commit", after, case["rootAfterCommit"].as_str())?;

    let mut proof = BTreeSet::new();
    for key in adds.iter().chain(&dels) {
        proof.extend(
            tree.covering_proof(&store, key)
                .map_err(|e| e.to_string())?,
        );
    }
    let expected: BTreeSet<Cid> = strings(case, "blocksInProof")
        .iter()
        .map(|c| cid(c))
        .collect::<Result<_, _>>()?;
    if proof != expected {
        let show = |set: &BTreeSet<Cid>| {
            set.iter()
                .map(Cid::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        };
        return Err(format!(
            "proof blocks differ\n  ours:     {}\n  expected: {}",
            show(&proof),
            show(&expected)
        ));
    }

    // Inversion with nothing but the proof: undo the operations and arrive at the old root.
    let mut partial = MemoryBlockStore::new();
    for cid in &proof {
        let bytes = store
            .get_block(cid)
            .map_err(|e| e.to_string())?
            .ok_or("proof block not stored")?;
        partial.put(*cid, bytes);
    }
    let mut inverted = Mst::load(&partial, after).map_err(|e| e.to_string())?;
    for key in &adds {
        inverted
            .delete(&partial, key)
            .map_err(|e| format!("inverting add {key}: {e}"))?;
    }
    for key in &dels {
        inverted
            .insert(&partial, key, leaf)
            .map_err(|e| format!("inverting delete {key}: {e}"))?;
    }
    let (root, _) = inverted.finalize().map_err(|e| e.to_string())?;
    expect_cid(
        "root after inversion",
        root,
        case["rootBeforeCommit"].as_str(),
    )
}

fn expect_cid(what: &str, got: Cid, want: Option<&str>) -> Result<(), String> {
    match want {
        Some(want) if got.to_string() == want => Ok(()),
        _ => Err(format!("{what}: {got}, expected {want:?}")),
    }
}

fn trials(dir: &Path) -> anyhow::Result<Vec<Trial>> {
    let mut trials = Vec::new();
    key_trials(dir, &mut trials)?;
    let fixtures = json_file(&dir.join("firehose/commit-proof-fixtures.json"))?;
    for (i, case) in fixtures.as_array().into_iter().flatten().enumerate() {
        let comment = case["comment"].as_str().unwrap_or_default().to_owned();
        let case = case.clone();
        trials.push(Trial::test(
            format!("firehose::commit-proof-fixtures.json#{i} {comment}"),
            move || commit_proof(&case).map_err(Into::into),
        ));
    }
    Ok(trials)
}

fn main() {
    run(interop_trials("mst", trials))
}
