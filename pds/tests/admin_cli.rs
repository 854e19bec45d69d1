//! `pds account ...`: the admin subcommands on a data directory, through the real binary.

#![allow(clippy::unwrap_used)]

use std::process::Command;

fn pds(data: &std::path::Path, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_pds"))
        .arg("account")
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn create_list_takedown_restore_delete() {
    let data = tempfile::tempdir().unwrap();
    let did = pds(
        data.path(),
        &["create", "carol.test", "carol@example.com", "pw-123456"],
    );
    assert!(did.trim().starts_with("did:plc:"), "{did}");
    let listed = pds(data.path(), &["list"]);
    assert_eq!(
        listed.trim(),
        format!("{}\tcarol.test\tcarol@example.com\tactive", did.trim())
    );
    pds(data.path(), &["takedown", "carol.test"]);
    assert!(pds(data.path(), &["list"]).trim().ends_with("takendown"));
    pds(data.path(), &["restore", did.trim()]);
    assert!(pds(data.path(), &["list"]).trim().ends_with("active"));
    pds(data.path(), &["set-password", "carol.test", "another-pw"]);
    pds(data.path(), &["delete", "carol.test"]);
    assert_eq!(pds(data.path(), &["list"]), "");
    let failed = Command::new(env!("CARGO_BIN_EXE_pds"))
        .args(["account", "--data-dir"])
        .arg(data.path())
        .args(["delete", "nobody.test"])
        .output()
        .unwrap();
    assert!(!failed.status.success());
}

#[test]
fn usage_and_quotas() {
    let data = tempfile::tempdir().unwrap();
    let did = pds(
        data.path(),
        &["create", "dave.test", "dave@example.com", "pw-123456"],
    );
    let did = did.trim();
    // The genesis commit's blocks; no blobs; no quotas.
    let usage = pds(data.path(), &["usage"]);
    let fields: Vec<&str> = usage.trim().split('\t').collect();
    assert_eq!(fields[..3], [did, "dave.test", "blobs 0/-"], "{usage}");
    let repo: u64 = fields[3]
        .strip_prefix("repo ")
        .and_then(|r| r.strip_suffix("/-"))
        .unwrap()
        .parse()
        .unwrap();
    assert!(repo > 0, "{usage}");
    let set = pds(
        data.path(),
        &[
            "quota",
            "dave.test",
            "--blob-bytes",
            "1000",
            "--repo-bytes",
            "unlimited",
        ],
    );
    assert_eq!(set.trim(), format!("{did}\tblobs 0/1000\trepo {repo}/-"));
    let one = pds(data.path(), &["usage", did]);
    assert_eq!(
        one.trim(),
        format!("{did}\tdave.test\tblobs 0/1000\trepo {repo}/-")
    );
    pds(data.path(), &["quota", did, "--blob-bytes", "default"]);
    assert!(pds(data.path(), &["usage"]).contains("blobs 0/-"));
}

#[test]
fn refuses_a_data_directory_a_server_has_open() {
    let data = tempfile::tempdir().unwrap();
    let mut config = pds::config::Config::load(None, |_| None).unwrap();
    config.data_dir = data.path().to_owned();
    let running = pds::app::App::open(config, 2583).unwrap();
    let refused = Command::new(env!("CARGO_BIN_EXE_pds"))
        .args(["account", "--data-dir"])
        .arg(data.path())
        .arg("list")
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("in use by another process"), "{stderr}");
    drop(running);
    pds(data.path(), &["list"]);
}
