//! `pds account migrate|export|import` between two real `pds serve` instances on loopback that share one
//! PLC directory (the first one's embedded directory; the second is pointed at it with
//! `PDS_DID_PLC_URL`): an account with records, blobs and preferences moved A → B, with the command killed
//! during the blob copy (once its progress line shows 4 blobs) and the e-mail token given on a rerun, then
//! B → A; `--dry-run` changes nothing.
//! Export and import, with the password typed on a pseudo-terminal (util-linux `script`) and not echoed.
//! And the typed client's streamed bodies: a 50 MB blob up and down in bounded memory.

#![allow(clippy::unwrap_used)]

#[path = "support/server.rs"]
mod server;

use std::process::{Command, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use futures_util::StreamExt as _;
use lexicons::client::Client;
use lexicons::com::atproto::repo::upload_blob;
use lexicons::com::atproto::sync::get_blob;
use serde_json::{Value, json};
use server::Server;

const PASSWORD_A: &str = "pw-on-a-1";
const PASSWORD_B: &str = "pw-on-b-2";

/// A plain HTTP client (rustls with ring, as the binaries install it).
fn http() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

/// A JSON XRPC call: (status, body).
async fn xrpc(base: &str, nsid: &str, token: Option<&str>, body: Option<Value>) -> (u16, Value) {
    let http = http();
    let url = format!("{base}/xrpc/{nsid}");
    let mut request = match &body {
        Some(body) => http
            .post(&url)
            .header("content-type", "application/json")
            .body(body.to_string()),
        None => http.get(&url),
    };
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let bytes = response.bytes().await.unwrap();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

async fn login(base: &str, identifier: &str, password: &str) -> (u16, Value) {
    xrpc(
        base,
        "com.atproto.server.createSession",
        None,
        Some(json!({"identifier": identifier, "password": password})),
    )
    .await
}

async fn upload(base: &str, token: &str, bytes: Vec<u8>) -> Value {
    let response = http()
        .post(format!("{base}/xrpc/com.atproto.repo.uploadBlob"))
        .header("content-type", "image/png")
        .bearer_auth(token)
        .body(bytes)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let reply: Value = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
    reply["blob"].clone()
}

/// A PNG-looking blob of `len` bytes, different for each `seed`.
fn png(seed: u8, len: usize) -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend((0..len).map(|i| (i as u8).wrapping_mul(31) ^ seed));
    bytes
}

/// `pds account <args>` with `env`; stdin is not a terminal.
fn pds_account(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pds"));
    command
        .arg("account")
        .args(args)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null());
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().unwrap()
}

/// `pds account <args>` with `env`, killed (SIGKILL) as soon as its stderr shows `line`; returns the
/// stderr read until then.
fn killed_after(args: &[&str], env: &[(&str, &str)], line: &str) -> String {
    use std::io::BufRead as _;
    let mut command = Command::new(env!("CARGO_BIN_EXE_pds"));
    command
        .arg("account")
        .args(args)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command.spawn().unwrap();
    let stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut seen = String::new();
    for read in stderr.lines() {
        let read = read.unwrap();
        seen.push_str(&read);
        seen.push('\n');
        if read.contains(line) {
            child.kill().unwrap();
            break;
        }
    }
    let status = child.wait().unwrap();
    assert!(!status.success(), "finished before {line:?}:\n{seen}");
    assert!(seen.contains(line), "{seen}");
    seen
}

/// `pds account <args>` on a pseudo-terminal (util-linux `script`): waits for `prompt`, types `answer`
/// and Enter, and returns everything the terminal showed.
fn on_a_terminal(args: &[&str], prompt: &str, answer: &str) -> String {
    use std::io::{Read as _, Write as _};
    let command = std::iter::once(env!("CARGO_BIN_EXE_pds"))
        .chain(std::iter::once("account"))
        .chain(args.iter().copied())
        .map(|arg| format!("'{arg}'"))
        .collect::<Vec<_>>()
        .join(" ");
    let mut child = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("RUST_LOG", "warn")
        .env_remove("PDS_ACCOUNT_PASSWORD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut shown = Vec::new();
    let mut buf = [0; 1024];
    while !text(&shown).contains(prompt) {
        let n = stdout.read(&mut buf).unwrap();
        assert!(n > 0, "no prompt: {}", text(&shown));
        shown.extend_from_slice(&buf[..n]);
    }
    stdin.write_all(format!("{answer}\r").as_bytes()).unwrap();
    stdout.read_to_end(&mut shown).unwrap();
    assert!(child.wait().unwrap().success(), "{}", text(&shown));
    drop(stdin);
    text(&shown)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Records per collection of `did` at `base` (listRecords over the collections describeRepo names).
async fn records(base: &str, did: &str) -> usize {
    let (status, repo) = xrpc(
        base,
        &format!("com.atproto.repo.describeRepo?repo={did}"),
        None,
        None,
    )
    .await;
    assert_eq!(status, 200, "{repo}");
    let mut count = 0;
    for collection in repo["collections"].as_array().unwrap() {
        let (_, page) = xrpc(
            base,
            &format!(
                "com.atproto.repo.listRecords?repo={did}&collection={}&limit=100",
                collection.as_str().unwrap()
            ),
            None,
            None,
        )
        .await;
        count += page["records"].as_array().unwrap().len();
    }
    count
}

async fn repo_active(base: &str, did: &str) -> bool {
    let (status, reply) = xrpc(
        base,
        &format!("com.atproto.sync.getRepoStatus?did={did}"),
        None,
        None,
    )
    .await;
    assert_eq!(status, 200, "{reply}");
    reply["active"].as_bool().unwrap()
}

/// The PDS endpoint the shared PLC directory names for `did`.
async fn did_pds(plc: &str, did: &str) -> String {
    let doc: Value = serde_json::from_slice(
        &http()
            .get(format!("{plc}/{did}"))
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap(),
    )
    .unwrap();
    doc["service"][0]["serviceEndpoint"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_account_moves_to_another_pds_and_back_with_the_command() {
    let a = Server::start(&[]);
    let b = Server::start(&[("PDS_DID_PLC_URL", a.plc_url())]);
    let (url_a, url_b, plc) = (a.url(), b.url(), a.plc_url());

    // On A: an account with posts holding 10 image blobs, a follow, and preferences.
    let (status, account) = xrpc(
        &url_a,
        "com.atproto.server.createAccount",
        None,
        Some(json!({"handle": "mover.test", "email": "mover@example.com", "password": PASSWORD_A})),
    )
    .await;
    assert_eq!(status, 200, "{account}");
    let did = account["did"].as_str().unwrap().to_owned();
    let token = account["accessJwt"].as_str().unwrap().to_owned();
    for post in 0..5u8 {
        let mut images = Vec::new();
        for image in 0..2u8 {
            let blob = upload(&url_a, &token, png(post * 2 + image, 150_000)).await;
            images.push(json!({"image": blob, "alt": format!("image {image} of post {post}")}));
        }
        let record = json!({"$type": "app.bsky.feed.post", "text": format!("post {post}"),
            "createdAt": "2026-01-01T00:00:00Z",
            "embed": {"$type": "app.bsky.embed.images", "images": images}});
        let (status, reply) = xrpc(
            &url_a,
            "com.atproto.repo.createRecord",
            Some(&token),
            Some(json!({"repo": did, "collection": "app.bsky.feed.post", "record": record})),
        )
        .await;
        assert_eq!(status, 200, "{reply}");
    }
    let follow = json!({"$type": "app.bsky.graph.follow", "subject": "did:plc:aaaaaaaaaaaaaaaaaaaaaaaa", "createdAt": "2026-01-01T00:00:00Z"});
    let (status, reply) = xrpc(
        &url_a,
        "com.atproto.repo.createRecord",
        Some(&token),
        Some(json!({"repo": did, "collection": "app.bsky.graph.follow", "record": follow})),
    )
    .await;
    assert_eq!(status, 200, "{reply}");
    let preferences = json!([{"$type": "app.bsky.actor.defs#adultContentPref", "enabled": true}]);
    let (status, reply) = xrpc(
        &url_a,
        "app.bsky.actor.putPreferences",
        Some(&token),
        Some(json!({ "preferences": preferences })),
    )
    .await;
    assert_eq!(status, 200, "{reply}");

    let work = tempfile::tempdir().unwrap();
    let state = work.path().join("a-to-b.json");
    let state_arg = state.to_str().unwrap();
    let a_to_b = [
        "migrate",
        "--from",
        &url_a,
        "--account",
        "mover.test",
        "--to",
        &url_b,
        "--plc-url",
        &plc,
        "--state",
        state_arg,
        "--parallel",
        "2",
    ];
    let passwords = [
        ("PDS_MIGRATE_OLD_PASSWORD", PASSWORD_A),
        ("PDS_MIGRATE_NEW_PASSWORD", PASSWORD_B),
    ];

    // A dry run prints the plan and changes nothing: no account at B, no state file.
    let mut dry = a_to_b.to_vec();
    dry.push("--dry-run");
    let planned = pds_account(&dry, &[]);
    assert!(planned.status.success(), "{}", text(&planned.stderr));
    let plan = text(&planned.stdout);
    assert!(plan.contains("dry run"), "{plan}");
    assert!(plan.contains("[todo] create the account"), "{plan}");
    assert!(!state.exists());
    assert_eq!(login(&url_b, &did, PASSWORD_B).await.0, 401);

    // Killed (SIGKILL) once its progress line shows 4 of the 10 blobs copied, one at a time: the state
    // file keeps the steps and the blobs done (4, or one more if the fifth landed before the signal).
    let mut one_at_a_time = a_to_b.to_vec();
    one_at_a_time[12] = "1";
    let progress = killed_after(&one_at_a_time, &passwords, "blobs: 4/10 copied");
    assert!(!progress.contains("blobs: 10/10"), "{progress}");
    let saved: Value = serde_json::from_slice(&std::fs::read(&state).unwrap()).unwrap();
    assert_eq!(saved["did"], did.as_str());
    assert_eq!(saved["done"], json!(["create_account", "import_repo"]));
    let copied = saved["blobs_copied"].as_array().unwrap().len();
    assert!((4..10).contains(&copied), "{saved}");

    // Resumed (two at a time): the other blobs, the preferences, then it stops for the e-mailed token.
    let waiting = pds_account(&a_to_b, &passwords);
    assert!(!waiting.status.success());
    let stderr = text(&waiting.stderr);
    assert!(stderr.contains("--plc-token"), "{stderr}");
    // It copies what B reports missing: the blobs not recorded, or one fewer when the killed run's upload
    // landed at B between its record and the signal (the state's started list then counts it as copied).
    let left = 10 - copied;
    assert!(
        stderr.contains(&format!("blobs: {left}/{left} copied"))
            || stderr.contains(&format!("blobs: {0}/{0} copied", left - 1)),
        "{stderr}"
    );
    let saved: Value = serde_json::from_slice(&std::fs::read(&state).unwrap()).unwrap();
    assert_eq!(saved["blobs_copied"].as_array().unwrap().len(), 10);
    assert!(
        repo_active(&url_a, &did).await,
        "A still serves the account"
    );

    // With the token from A's mail, it finishes and verifies.
    let mut env = passwords.to_vec();
    let token_a = a.last_token();
    env.push(("PDS_MIGRATE_PLC_TOKEN", &token_a));
    let done = pds_account(&a_to_b, &env);
    assert!(done.status.success(), "{}", text(&done.stderr));
    let summary = text(&done.stdout);
    assert!(summary.contains("verified"), "{summary}");
    assert!(summary.contains("records     6 (old PDS: 6)"), "{summary}");
    assert!(
        summary.contains("blobs       10/10 present (10 copied)"),
        "{summary}"
    );

    // Checked from outside: B serves it, A does not, the DID names B, login at B works.
    assert_eq!(did_pds(&plc, &did).await, url_b);
    assert!(repo_active(&url_b, &did).await);
    assert!(!repo_active(&url_a, &did).await);
    assert_eq!(records(&url_b, &did).await, 6);
    let (status, session_b) = login(&url_b, "mover.test", PASSWORD_B).await;
    assert_eq!(status, 200, "{session_b}");
    let token_b = session_b["accessJwt"].as_str().unwrap().to_owned();
    let (_, prefs) = xrpc(
        &url_b,
        "app.bsky.actor.getPreferences",
        Some(&token_b),
        None,
    )
    .await;
    assert_eq!(prefs["preferences"], preferences);
    let (_, listed) = xrpc(
        &url_b,
        &format!("com.atproto.sync.listBlobs?did={did}"),
        None,
        None,
    )
    .await;
    let cids = listed["cids"].as_array().unwrap();
    assert_eq!(cids.len(), 10);
    for cid in cids {
        let blob = http()
            .get(format!(
                "{url_b}/xrpc/com.atproto.sync.getBlob?did={did}&cid={}",
                cid.as_str().unwrap()
            ))
            .send()
            .await
            .unwrap();
        assert_eq!(blob.status(), 200);
        assert_eq!(blob.bytes().await.unwrap().len(), 150_008);
    }
    // A run of the finished migration does nothing more and verifies again.
    let again = pds_account(&a_to_b, &passwords);
    assert!(again.status.success(), "{}", text(&again.stderr));

    // A post at B, then back to A, found by DID this time; A still holds the deactivated account.
    let record = json!({"$type": "app.bsky.feed.post", "text": "written at B", "createdAt": "2026-01-02T00:00:00Z"});
    let (status, reply) = xrpc(
        &url_b,
        "com.atproto.repo.createRecord",
        Some(&token_b),
        Some(json!({"repo": did, "collection": "app.bsky.feed.post", "record": record})),
    )
    .await;
    assert_eq!(status, 200, "{reply}");
    let back_state = work.path().join("b-to-a.json");
    let b_to_a = [
        "migrate",
        "--from",
        &did,
        "--to",
        &url_a,
        "--plc-url",
        &plc,
        "--state",
        back_state.to_str().unwrap(),
    ];
    let back_passwords = [
        ("PDS_MIGRATE_OLD_PASSWORD", PASSWORD_B),
        ("PDS_MIGRATE_NEW_PASSWORD", PASSWORD_A),
    ];
    // Planned by DID: the plan names the account's revision and blobs at B, and writes nothing.
    let mut dry = b_to_a.to_vec();
    dry.push("--dry-run");
    let planned = pds_account(&dry, &[]);
    assert!(planned.status.success(), "{}", text(&planned.stderr));
    let plan = text(&planned.stdout);
    assert!(plan.contains(&format!("account     {did} (rev ")), "{plan}");
    assert!(plan.contains(", 10 blobs)"), "{plan}");
    assert!(!back_state.exists());
    let waiting = pds_account(&b_to_a, &back_passwords);
    assert!(!waiting.status.success());
    assert!(
        text(&waiting.stderr).contains("--plc-token"),
        "{}",
        text(&waiting.stderr)
    );
    let token_b_mail = b.last_token();
    let mut env = back_passwords.to_vec();
    env.push(("PDS_MIGRATE_PLC_TOKEN", &token_b_mail));
    let done = pds_account(&b_to_a, &env);
    assert!(done.status.success(), "{}", text(&done.stderr));
    assert!(
        text(&done.stdout).contains("verified"),
        "{}",
        text(&done.stdout)
    );
    assert_eq!(did_pds(&plc, &did).await, url_a);
    assert!(repo_active(&url_a, &did).await);
    assert!(!repo_active(&url_b, &did).await);
    assert_eq!(records(&url_a, &did).await, 7);
    assert_eq!(login(&url_a, &did, PASSWORD_A).await.0, 200);

    // Run again by DID, which now resolves to A: the state file keeps B as the old PDS, so it only
    // verifies. Without the state file, moving to the PDS that already holds it is refused.
    let again = pds_account(&b_to_a, &back_passwords);
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert!(text(&again.stdout).contains("verified"));
    let mut fresh = b_to_a.to_vec();
    let fresh_state = work.path().join("fresh.json");
    fresh[8] = fresh_state.to_str().unwrap();
    let refused = pds_account(&fresh, &back_passwords);
    assert!(!refused.status.success());
    assert!(
        text(&refused.stderr).contains("the one to move to"),
        "{}",
        text(&refused.stderr)
    );
    assert!(repo_active(&url_a, &did).await);
}

/// Export from A, then import into the account's deactivated copy at B.
#[tokio::test(flavor = "multi_thread")]
async fn export_writes_a_backup_that_imports_into_a_deactivated_account() {
    let a = Server::start(&[]);
    let url_a = a.url();
    let (status, account) = xrpc(
        &url_a,
        "com.atproto.server.createAccount",
        None,
        Some(json!({"handle": "saver.test", "email": "saver@example.com", "password": PASSWORD_A})),
    )
    .await;
    assert_eq!(status, 200, "{account}");
    let did = account["did"].as_str().unwrap().to_owned();
    let token = account["accessJwt"].as_str().unwrap().to_owned();
    let blob = upload(&url_a, &token, png(7, 40_000)).await;
    let record = json!({"$type": "app.bsky.feed.post", "text": "kept", "createdAt": "2026-01-01T00:00:00Z",
        "embed": {"$type": "app.bsky.embed.images", "images": [{"image": blob, "alt": ""}]}});
    let (status, reply) = xrpc(
        &url_a,
        "com.atproto.repo.createRecord",
        Some(&token),
        Some(json!({"repo": did, "collection": "app.bsky.feed.post", "record": record})),
    )
    .await;
    assert_eq!(status, 200, "{reply}");

    let out = tempfile::tempdir().unwrap();
    let exported = pds_account(
        &[
            "export",
            &did,
            "--pds",
            &url_a,
            "--out",
            out.path().to_str().unwrap(),
        ],
        &[("PDS_ACCOUNT_PASSWORD", PASSWORD_A)],
    );
    assert!(exported.status.success(), "{}", text(&exported.stderr));
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(out.path().join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["did"], did.as_str());
    let cid = blob["ref"]["$link"].as_str().unwrap();
    assert_eq!(manifest["blobs"][0]["cid"], cid);
    assert_eq!(
        std::fs::read(out.path().join("blobs").join(cid)).unwrap(),
        png(7, 40_000)
    );
    assert!(out.path().join("repo.car").metadata().unwrap().len() > 0);
    assert!(out.path().join("preferences.json").is_file());

    // Asked on a terminal (a pty through `script`): the typed password is not echoed.
    let typed = tempfile::tempdir().unwrap();
    let transcript = on_a_terminal(
        &[
            "export",
            &did,
            "--pds",
            &url_a,
            "--out",
            typed.path().to_str().unwrap(),
        ],
        "the account's password: ",
        PASSWORD_A,
    );
    assert!(transcript.contains("exported"), "{transcript}");
    assert!(!transcript.contains(PASSWORD_A), "{transcript}");
    assert!(typed.path().join("manifest.json").is_file());

    // Refused: the account is active at A (the backup would replace its newer writes).
    let active = pds_account(
        &["import", out.path().to_str().unwrap(), "--to", &url_a],
        &[("PDS_ACCOUNT_PASSWORD", PASSWORD_A)],
    );
    assert!(!active.status.success());
    assert!(
        text(&active.stderr).contains("already active"),
        "{}",
        text(&active.stderr)
    );

    // Refused: no account at all for this DID at the target.
    let b = Server::start(&[("PDS_DID_PLC_URL", a.plc_url())]);
    let refused = pds_account(
        &["import", out.path().to_str().unwrap(), "--to", &b.url()],
        &[("PDS_ACCOUNT_PASSWORD", PASSWORD_B)],
    );
    assert!(!refused.status.success());

    // The account created at B for the DID (service auth from A), deactivated: the backup goes in.
    let (_, described) = xrpc(&b.url(), "com.atproto.server.describeServer", None, None).await;
    let aud = described["did"].as_str().unwrap().replace('%', "%25");
    let (status, auth) = xrpc(
        &url_a,
        &format!(
            "com.atproto.server.getServiceAuth?aud={aud}&lxm=com.atproto.server.createAccount"
        ),
        Some(&token),
        None,
    )
    .await;
    assert_eq!(status, 200, "{auth}");
    let (status, created) = xrpc(
        &b.url(),
        "com.atproto.server.createAccount",
        auth["token"].as_str(),
        Some(json!({"did": did, "handle": "saver.test", "email": "saver@example.com", "password": PASSWORD_B})),
    )
    .await;
    assert_eq!(status, 200, "{created}");
    let imported = pds_account(
        &["import", out.path().to_str().unwrap(), "--to", &b.url()],
        &[("PDS_ACCOUNT_PASSWORD", PASSWORD_B)],
    );
    assert!(imported.status.success(), "{}", text(&imported.stderr));
    let token_b = created["accessJwt"].as_str().unwrap();
    let (_, status_b) = xrpc(
        &b.url(),
        "com.atproto.server.checkAccountStatus",
        Some(token_b),
        None,
    )
    .await;
    assert_eq!(status_b["indexedRecords"], 1, "{status_b}");
    assert_eq!(status_b["expectedBlobs"], 1, "{status_b}");
    assert_eq!(status_b["importedBlobs"], 1, "{status_b}");
    assert_eq!(status_b["activated"], false, "{status_b}");
}

/// Peak resident memory of this process, bytes.
fn peak_rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    let kib: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    kib * 1024
}

/// The typed client streams a 50 MB blob up (from chunks made on demand) and down (read chunk by chunk)
/// while this process's peak memory grows by far less than the blob.
#[tokio::test(flavor = "multi_thread")]
async fn a_50_mb_blob_streams_up_and_down_in_bounded_memory() {
    const SIZE: usize = 50 * 1024 * 1024;
    const CHUNK: usize = 64 * 1024;
    let a = Server::start(&[("PDS_BLOB_UPLOAD_LIMIT", (64 * 1024 * 1024).to_string())]);
    let client = Client::new(a.url());
    let (status, account) = xrpc(
        &a.url(),
        "com.atproto.server.createAccount",
        None,
        Some(json!({"handle": "big.test", "email": "big@example.com", "password": PASSWORD_A})),
    )
    .await;
    assert_eq!(status, 200, "{account}");
    let did = account["did"].as_str().unwrap().to_owned();
    client.login(&did, PASSWORD_A).await.unwrap();

    let before = peak_rss();
    let made = Arc::new(AtomicUsize::new(0));
    let counter = made.clone();
    let chunks = futures_util::stream::iter(0..SIZE / CHUNK).map(move |n| {
        counter.fetch_add(1, Ordering::Relaxed);
        let mut chunk = vec![n as u8; CHUNK];
        chunk[..8].copy_from_slice(if n == 0 {
            b"\0\0\0\x18ftyp"
        } else {
            b"chunk..."
        });
        Ok::<_, std::io::Error>(chunk)
    });
    let uploaded = client
        .upload::<upload_blob::UploadBlob, _, _, _>(&Default::default(), "video/mp4", chunks)
        .await
        .unwrap();
    assert_eq!(made.load(Ordering::Relaxed), SIZE / CHUNK);
    assert_eq!(uploaded.blob.size, Some(SIZE as u64));
    // Referenced by a record, so it is kept and served.
    let video = serde_json::to_value(&uploaded.blob).unwrap();
    let record = json!({"$type": "app.bsky.feed.post", "text": "a video", "createdAt": "2026-01-01T00:00:00Z",
        "embed": {"$type": "app.bsky.embed.video", "video": video}});
    let token = client.session().unwrap().access_jwt;
    let (status, reply) = xrpc(
        &a.url(),
        "com.atproto.repo.createRecord",
        Some(&token),
        Some(json!({"repo": did, "collection": "app.bsky.feed.post", "record": record})),
    )
    .await;
    assert_eq!(status, 200, "{reply}");

    let mut download = client
        .download::<get_blob::GetBlob>(
            &get_blob::Params {
                cid: uploaded.blob.cid.to_string().parse().unwrap(),
                did: did.parse().unwrap(),
            },
            &(),
        )
        .await
        .unwrap();
    assert_eq!(download.content_length(), Some(SIZE as u64));
    let (mut received, mut pieces) = (0, 0);
    while let Some(chunk) = download.next().await {
        let chunk = chunk.unwrap();
        if received == 0 {
            assert_eq!(&chunk[4..8], b"ftyp");
        }
        received += chunk.len();
        pieces += 1;
    }
    assert_eq!(received, SIZE);
    assert!(pieces > 10, "read in {pieces} pieces");
    let grown = peak_rss().saturating_sub(before);
    assert!(
        grown < 16 * 1024 * 1024,
        "peak memory grew by {grown} bytes for a {SIZE}-byte blob"
    );
}
