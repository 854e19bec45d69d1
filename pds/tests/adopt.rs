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

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use lexgen::crypto::{Algorithm, Keypair};

/// A child process killed (if still running) when dropped.
struct Running(Child);

impl Running {
    /// Stops it with SIGTERM and waits: it must exit cleanly.
    fn stop(mut self) {
        let pid = self.0.id().to_string();
        assert!(
            Command::new("kill")
                .args(["-TERM", &pid])
                .status()
                .unwrap()
                .success()
        );
        let exit = self.0.wait().unwrap();
        assert!(exit.success(), "{pid} exited with {exit}");
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Spawns `command` and reads `stream` until a line contains `marker`; returns the process and the rest of
/// that line after the marker. The stream keeps being drained so the child never blocks on a full pipe.
fn spawn_until(mut command: Command, from_stderr: bool, marker: &str) -> (Running, String) {
    if from_stderr {
        command.stderr(Stdio::piped()).stdout(Stdio::null());
    } else {
        command.stdout(Stdio::piped()).stderr(Stdio::inherit());
    }
    let mut child = command.spawn().unwrap();
    let stream: Box<dyn std::io::Read + Send> = if from_stderr {
        Box::new(child.stderr.take().unwrap())
    } else {
        Box::new(child.stdout.take().unwrap())
    };
    let running = Running(child);
    let mut lines = BufReader::new(stream).lines();
    let rest = loop {
        let line = lines
            .next()
            .unwrap_or_else(|| panic!("exited before printing {marker:?}"))
            .unwrap();
        if let Some(at) = line.find(marker) {
            break line[at + marker.len()..].to_owned();
        }
    };
    std::thread::spawn(move || for _ in lines {});
    (running, rest)
}

fn port_in(text: &str) -> u16 {
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().unwrap()
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

/// Installs the pinned reference PDS (a no-op when installed); whether it can run here. Under `CI` a
/// failure is an error.
fn reference_installed() -> bool {
    let script = workspace().join("bench/reference-pds/install.sh");
    let installed = Command::new("bash")
        .arg(&script)
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    if !installed {
        assert!(
            std::env::var_os("CI").is_none(),
            "pds adopt: installing the reference PDS ({}) failed, and CI requires this test",
            script.display()
        );
        eprintln!("warning: pds adopt skipped: the reference PDS could not be installed");
    }
    installed
}

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
    if !atmos_tests::node::available("pds adopt").unwrap() || !reference_installed() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("pds");
    std::fs::create_dir_all(data.join("blocks")).unwrap();
    let state = tmp.path().join("state.json");

    // The PLC directory both servers register with and resolve from, up throughout.
    let mut plc_command = Command::new(env!("CARGO_BIN_EXE_pds"));
    plc_command
        .args(["plc-serve", "--port", "0", "--db"])
        .arg(tmp.path().join("plc.sqlite"))
        .env("RUST_LOG", "info");
    let (_plc, rest) = spawn_until(plc_command, true, "addr=127.0.0.1:");
    let plc = format!("http://127.0.0.1:{}", port_in(&rest));

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
                for password in pds::storage::sessions::app_passwords(conn, &account.did)? {
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
