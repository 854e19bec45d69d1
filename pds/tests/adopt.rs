//! `pds adopt` of a data directory written by the reference PDS (`@atproto/pds`, pinned in
//! bench/reference-pds, installed from npm by its install script): the reference runs on loopback against a
//! standalone PLC directory (`pds plc-serve`) and is populated through `@atproto/api` (tests/js/adopt.mjs:
//! an invite code, two accounts, posts, an image, an app password, preferences, and a third account that it
//! deactivates), then stopped. `pds adopt` takes its data directory over (a dry run first, a rerun after),
//! and `pds serve` starts with the same environment (service keys, hostname, port, PLC directory): the
//! sessions the reference issued still work, the same clients log in with the same passwords and the app
//! password, list the same records, fetch the image and write a new post, the third account is still
//! deactivated, and `@atproto/repo` verifies every repository against the unchanged DID documents. The
//! adopted scrypt hashes are re-hashed by those logins, and our firehose events come after the reference's.
//! Needs node, tests/js/node_modules and npm: skipped with a warning without them, failed under `CI`.

#![allow(clippy::unwrap_used)]

#[path = "support/reference.rs"]
mod reference;

use std::path::Path;
use std::process::Command;

use lexgen::crypto::{Algorithm, Keypair};
use reference::{free_port, plc_serve, reference_installed, spawn_until, workspace};

/// The reference's environment, shared by the reference and by our binaries (its names, as a deployment
/// would keep them).
fn environment(command: &mut Command, data: &Path, port: u16, plc: &str, keys: &(String, String)) {
    command
        .env("PDS_HOSTNAME", "localhost")
        // Both default to `did:web:<hostname>` for a real hostname; for `localhost` ours adds the port.
        .env("PDS_SERVICE_DID", "did:web:localhost")
        .env("PDS_PORT", port.to_string())
        .env("PDS_DATA_DIRECTORY", data)
        .env("PDS_BLOBSTORE_DISK_LOCATION", data.join("blocks"))
        .env("PDS_DID_PLC_URL", plc)
        .env("PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX", &keys.0)
        .env("PDS_JWT_SECRET", &keys.1)
        .env("PDS_ADMIN_PASSWORD", "admin-password")
        .env("PDS_INVITE_REQUIRED", "true")
        .env("PDS_DEV_MODE", "true")
        .env("PDS_RATE_LIMITS_ENABLED", "false")
        .env("PDS_CRAWLERS", "")
        // The reference serves preferences only with an AppView configured; none is reached here.
        .env("PDS_BSKY_APP_VIEW_URL", "http://127.0.0.1:9")
        .env("PDS_BSKY_APP_VIEW_DID", "did:web:appview.invalid");
}

fn adopt(data: &Path, port: u16, plc: &str, keys: &(String, String), extra: &[&str]) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pds"));
    command.arg("adopt").args(extra).env("RUST_LOG", "warn");
    environment(&mut command, data, port, plc, keys);
    let output = command.output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        output.status.success(),
        "pds adopt {extra:?}: {}\n{stdout}{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

#[test]
fn a_reference_data_directory_is_adopted_and_every_account_logs_in_and_verifies() {
    if !atmos_tests::node::available("pds adopt").unwrap() || !reference_installed("pds adopt") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("pds");
    std::fs::create_dir_all(data.join("blocks")).unwrap();
    let state = tmp.path().join("state.json");

    // The PLC directory both servers register with and resolve from, up throughout.
    let (_plc, plc_port) = plc_serve(&tmp.path().join("plc.sqlite"));
    let plc = format!("http://127.0.0.1:{plc_port}");

    let keys = (
        Keypair::generate(Algorithm::K256)
            .unwrap()
            .to_private_hex()
            .to_string(),
        "5f1c3e0a9b7d2468ace013579bdf02468ace013579bdf02468ace013579bdf0".to_owned(),
    );
    let port = free_port();
    let service = format!("http://localhost:{port}");

    // The reference, populated through the official client.
    let mut reference = Command::new(atmos_tests::node::node_binary());
    reference
        .current_dir(workspace().join("bench/reference-pds"))
        .args(["start.mjs", "--plc", &plc, "--port", &port.to_string()])
        .env("TMPDIR", tmp.path());
    environment(&mut reference, &data, port, &plc, &keys);
    let (reference, _) = spawn_until(reference, false, "reference pds listening on");
    let populated = atmos_tests::node::run_script(
        "adopt.mjs",
        &["populate", &service, &plc, state.to_str().unwrap()],
    )
    .unwrap();
    assert_eq!(populated["accounts"], 2, "{populated}");
    reference.stop();
    assert!(data.join("account.sqlite").is_file());

    // A dry run writes nothing: the real run then adopts both accounts.
    let dry = adopt(&data, port, &plc, &keys, &["--dry-run"]);
    assert!(dry.contains("would adopt:\n  accounts: 3\n"), "{dry}");
    let adopted = adopt(&data, port, &plc, &keys, &[]);
    eprintln!("{adopted}");
    for line in [
        "adopted:\n  accounts: 3\n",
        "  records: 6\n",
        "  blobs: 1\n",
        "  app passwords: 1\n",
        "  preferences: 2\n",
        "  invite codes: 1\n",
        "  invite code uses: 3\n",
    ] {
        assert!(adopted.contains(line), "{line:?} in\n{adopted}");
    }
    assert!(!adopted.contains("failed:"), "{adopted}");
    // Every DID document resolved, names the adopted key and this server's URL.
    assert!(!adopted.contains("notes:"), "{adopted}");
    let sequence: i64 = adopted
        .split("sequence numbers continue after ")
        .nth(1)
        .and_then(|rest| rest.lines().next())
        .and_then(|seq| seq.parse().ok())
        .unwrap_or_else(|| panic!("no firehose sequence in\n{adopted}"));
    // Three accounts created (identity, account, commit events), six posts, a deactivation.
    assert!(sequence >= 15, "{adopted}");
    assert!(!adopted.contains("warning:"), "{adopted}");
    // A rerun skips what is already adopted.
    let again = adopt(&data, port, &plc, &keys, &[]);
    assert!(again.contains("  accounts: 0\n"), "{again}");
    assert_eq!(again.matches(": already adopted").count(), 4, "{again}");

    // Our server, started with the reference's environment.
    let mut serve = Command::new(env!("CARGO_BIN_EXE_pds"));
    serve.arg("serve").env("RUST_LOG", "warn");
    environment(&mut serve, &data, port, &plc, &keys);
    let (server, _) = spawn_until(serve, true, "pds listening on http://127.0.0.1:");
    let checked = atmos_tests::node::run_script(
        "adopt.mjs",
        &["check", &service, &plc, state.to_str().unwrap()],
    )
    .unwrap();
    eprintln!("{checked}");
    assert_eq!(checked["ok"], true, "{checked}");
    assert_eq!(checked["logins"], 2, "{checked}");
    assert_eq!(checked["appPasswordLogins"], 1, "{checked}");
    assert_eq!(checked["sessionsKept"], 1, "{checked}");
    assert_eq!(checked["deactivated"], "deactivated", "{checked}");
    assert_eq!(checked["records"], 5, "{checked}");
    assert_eq!(checked["verifiedRecords"], 5, "{checked}");
    server.stop();

    // The logins replaced the reference's scrypt hashes with ours.
    let mut config = pds::config::Config::load(None, |_| None).unwrap();
    config.data_dir = data.clone();
    let app = pds::app::App::open(config, port).unwrap();
    let hashes = app
        .storage
        .read_blocking(|conn| {
            let mut hashes = Vec::new();
            for account in pds::storage::accounts::list_accounts(conn)? {
                hashes.push(account.password_hash);
                for password in pds::storage::sessions::app_passwords(conn, account.did.as_str())? {
                    hashes.push(password.password_hash);
                }
            }
            Ok(hashes)
        })
        .unwrap();
    assert_eq!(hashes.len(), 4);
    assert!(
        hashes.iter().all(|h| h.starts_with("argon2id$")),
        "{hashes:?}"
    );
}
