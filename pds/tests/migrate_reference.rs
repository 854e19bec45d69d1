//! Migration between the reference PDS (`@atproto/pds`, pinned in bench/reference-pds) and our `pds serve`,
//! both on loopback and registered with one standalone PLC directory (`pds plc-serve`): an account made on
//! the reference with the official client (tests/js/migrate-reference.mjs: posts, an image, preferences)
//! moves to ours with `pds account migrate` and back again (into the deactivated copy the reference kept);
//! two more accounts move with the account-migration guide's `@atproto/api` calls (default agents), one
//! reference → ours, one ours → reference. The reference sends no mail without SMTP (its transport only
//! formats the message): its PLC token is read from its `email_token` table (read-only); ours from our
//! outbox. Each move is checked from outside: the DID document names the new PDS, both servers' repo
//! status, and at the new PDS the password logs in and the records, blob and preferences are there.
//! Needs node, tests/js/node_modules and npm: skipped with a warning without them, failed under `CI`.

#![allow(clippy::unwrap_used)]

#[path = "support/reference.rs"]
mod reference;
#[path = "support/server.rs"]
mod server;

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use reference::{Running, free_port, plc_serve, reference_installed, spawn_until, workspace};
use serde_json::Value;
use server::Server;

const PASSWORD_REFERENCE: &str = "pw-at-the-reference";
const PASSWORD_OURS: &str = "pw-at-ours";

/// The standalone PLC directory, the reference PDS and ours, with the reference's data directory.
struct Servers {
    _plc: Running,
    _reference: Running,
    ours: Server,
    plc: String,
    reference: String,
    reference_data: PathBuf,
    _tmp: tempfile::TempDir,
}

impl Servers {
    fn start() -> Servers {
        let tmp = tempfile::tempdir().unwrap();
        let (plc_process, plc_port) = plc_serve(&tmp.path().join("plc.sqlite"));
        // By name: the reference's resolver refuses IP-literal hosts ("Invalid hostname"), whatever its
        // SSRF setting, so a service-auth JWT it verifies needs the directory at `localhost`.
        let plc = format!("http://localhost:{plc_port}");

        let port = free_port();
        let reference_data = tmp.path().join("reference");
        let mut reference = Command::new(atmos_tests::node::node_binary());
        reference
            .current_dir(workspace().join("bench/reference-pds"))
            .args(["start.mjs", "--plc", &plc, "--port", &port.to_string()])
            .env("TMPDIR", tmp.path())
            .env("PDS_DATA_DIRECTORY", &reference_data)
            .env("PDS_BLOBSTORE_DISK_LOCATION", reference_data.join("blobs"))
            // The reference serves preferences only with an AppView configured; none is reached here.
            .env("PDS_BSKY_APP_VIEW_URL", "http://127.0.0.1:9")
            .env("PDS_BSKY_APP_VIEW_DID", "did:web:appview.invalid");
        std::fs::create_dir_all(&reference_data).unwrap();
        let (reference_process, _) = spawn_until(reference, false, "reference pds listening on");
        let ours = Server::start(&[("PDS_DID_PLC_URL", plc.clone())]);
        Servers {
            _plc: plc_process,
            _reference: reference_process,
            ours,
            plc,
            reference: format!("http://localhost:{port}"),
            reference_data,
            _tmp: tmp,
        }
    }

    /// The PLC token the reference "e-mailed" to `did` (its newest `plc_operation` token).
    fn reference_token(&self, did: &str) -> String {
        let db = rusqlite::Connection::open_with_flags(
            self.reference_data.join("account.sqlite"),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .unwrap();
        db.query_row(
            "SELECT token FROM email_token WHERE did = ?1 AND purpose = 'plc_operation'",
            [did],
            |row| row.get(0),
        )
        .unwrap()
    }
}

fn script(args: &[&str]) -> Value {
    let reply = atmos_tests::node::run_script("migrate-reference.mjs", args).unwrap();
    assert_eq!(reply["ok"], true, "{reply}");
    reply
}

/// `pds account migrate <args>` with `env`; stdin is not a terminal.
fn migrate(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pds"));
    command
        .args(["account", "migrate"])
        .args(args)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null());
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn get_json(url: &str) -> Value {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let response = reqwest::get(url).await.unwrap();
        serde_json::from_slice(&response.bytes().await.unwrap()).unwrap()
    })
}

/// The PDS endpoint the shared PLC directory names for `did`.
fn did_pds(plc: &str, did: &str) -> String {
    get_json(&format!("{plc}/{did}"))["service"][0]["serviceEndpoint"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn repo_active(base: &str, did: &str) -> bool {
    let reply = get_json(&format!(
        "{base}/xrpc/com.atproto.sync.getRepoStatus?did={did}"
    ));
    reply["active"]
        .as_bool()
        .unwrap_or_else(|| panic!("{reply}"))
}

/// `populate` made 3 posts, one image and these preferences; the account at `base` holds them, active.
fn check_moved(servers: &Servers, base: &str, old: &str, handle: &str, password: &str, did: &str) {
    assert_eq!(did_pds(&servers.plc, did), base);
    assert!(repo_active(base, did));
    assert!(!repo_active(old, did));
    let held = script(&["check", base, handle, password]);
    eprintln!("{held}");
    assert_eq!(held["did"], did, "{held}");
    // Sessions carry no DID document (off by default on both, as the reference): when one does, the
    // agent follows it, and it must name this PDS.
    assert!(
        held["pds"].is_null() || held["pds"] == format!("{base}/").as_str(),
        "{held}"
    );
    assert_eq!(held["records"].as_array().unwrap().len(), 3, "{held}");
    assert_eq!(held["blobs"].as_array().unwrap().len(), 1, "{held}");
    assert_eq!(
        held["preferences"][0]["$type"], "app.bsky.actor.defs#adultContentPref",
        "{held}"
    );
    assert_eq!(held["preferences"][0]["enabled"], true, "{held}");
    assert_eq!(held["activated"], true, "{held}");
}

#[test]
fn accounts_move_between_the_reference_pds_and_ours() {
    if !atmos_tests::node::available("migrate_reference").unwrap()
        || !reference_installed("migrate_reference")
    {
        return;
    }
    let servers = Servers::start();
    let (reference, ours, plc) = (
        servers.reference.clone(),
        servers.ours.url(),
        servers.plc.clone(),
    );
    let work = tempfile::tempdir().unwrap();

    // With the command: reference → ours.
    let made = script(&["populate", &reference, "cmd.test", PASSWORD_REFERENCE]);
    let did = made["did"].as_str().unwrap().to_owned();
    let state = work.path().join("to-ours.json");
    let to_ours = [
        "--from",
        &reference,
        "--account",
        "cmd.test",
        "--to",
        &ours,
        "--plc-url",
        &plc,
        "--state",
        state.to_str().unwrap(),
    ];
    let passwords = [
        ("PDS_MIGRATE_OLD_PASSWORD", PASSWORD_REFERENCE),
        ("PDS_MIGRATE_NEW_PASSWORD", PASSWORD_OURS),
    ];
    let waiting = migrate(&to_ours, &passwords);
    assert!(!waiting.status.success());
    assert!(
        text(&waiting.stderr).contains("--plc-token"),
        "{}",
        text(&waiting.stderr)
    );
    let token = servers.reference_token(&did);
    let mut env = passwords.to_vec();
    env.push(("PDS_MIGRATE_PLC_TOKEN", &token));
    let done = migrate(&to_ours, &env);
    assert!(done.status.success(), "{}", text(&done.stderr));
    let summary = text(&done.stdout);
    assert!(summary.contains("verified"), "{summary}");
    check_moved(&servers, &ours, &reference, "cmd.test", PASSWORD_OURS, &did);

    // With the command: ours → reference, into the deactivated copy the reference kept.
    let back_state = work.path().join("to-reference.json");
    let to_reference = [
        "--from",
        &did,
        "--to",
        &reference,
        "--plc-url",
        &plc,
        "--state",
        back_state.to_str().unwrap(),
    ];
    let back_passwords = [
        ("PDS_MIGRATE_OLD_PASSWORD", PASSWORD_OURS),
        ("PDS_MIGRATE_NEW_PASSWORD", PASSWORD_REFERENCE),
    ];
    let waiting = migrate(&to_reference, &back_passwords);
    assert!(!waiting.status.success());
    assert!(
        text(&waiting.stderr).contains("--plc-token"),
        "{}",
        text(&waiting.stderr)
    );
    let token = servers.ours.last_token();
    let mut env = back_passwords.to_vec();
    env.push(("PDS_MIGRATE_PLC_TOKEN", &token));
    let done = migrate(&to_reference, &env);
    assert!(done.status.success(), "{}", text(&done.stderr));
    assert!(
        text(&done.stdout).contains("verified"),
        "{}",
        text(&done.stdout)
    );
    check_moved(
        &servers,
        &reference,
        &ours,
        "cmd.test",
        PASSWORD_REFERENCE,
        &did,
    );

    // With @atproto/api, the guide's calls: reference → ours ("api" and "guide" are reserved handles).
    let made = script(&["populate", &reference, "walker.test", PASSWORD_REFERENCE]);
    let did = made["did"].as_str().unwrap().to_owned();
    let common = [
        reference.as_str(),
        ours.as_str(),
        "walker.test",
        PASSWORD_REFERENCE,
        PASSWORD_OURS,
    ];
    let prepared = script(&[&["prepare"], &common[..]].concat());
    assert_eq!(prepared["blobs"], 1, "{prepared}");
    let token = servers.reference_token(&did);
    script(&[&["finish"], &common[..], &[&token]].concat());
    check_moved(
        &servers,
        &ours,
        &reference,
        "walker.test",
        PASSWORD_OURS,
        &did,
    );

    // And ours → reference, for an account made at ours.
    let made = script(&["populate", &ours, "runner.test", PASSWORD_OURS]);
    let did = made["did"].as_str().unwrap().to_owned();
    let common = [
        ours.as_str(),
        reference.as_str(),
        "runner.test",
        PASSWORD_OURS,
        PASSWORD_REFERENCE,
    ];
    let prepared = script(&[&["prepare"], &common[..]].concat());
    assert_eq!(prepared["blobs"], 1, "{prepared}");
    let token = servers.ours.last_token();
    script(&[&["finish"], &common[..], &[&token]].concat());
    check_moved(
        &servers,
        &reference,
        &ours,
        "runner.test",
        PASSWORD_REFERENCE,
        &did,
    );
}
