//! Lexicons on the network, offline: a loopback DNS server serves the `_lexicon` TXT records, a `pds serve`
//! (in process, with its embedded PLC directory) hosts the publishing account. `cargo xtask publish` writes
//! the `cv.atmos.*` schemas (skipping unchanged ones, refusing incompatible updates), `cargo xtask resolve`
//! and `install` read them back verified and pinned, `install --check` holds the files to the lockfile, the
//! reference resolver `@atproto/lex-resolver` resolves and verifies every published schema, and tampered
//! answers (a TXT record naming the wrong DID, any flipped byte of the proof CAR) are refused.
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use atmos_tests::dns::Dns;
use lexgen::model::{Did, Nsid};
use pds::lexicon_resolver::proof::verify_record_proof;
use pds::lexicon_resolver::{ResolveError, Resolver, ResolverConfig, SCHEMA_COLLECTION};

/// `pds serve` in process on a free loopback port, stopped when dropped.
struct Pds {
    url: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Pds {
    fn start(data_dir: &Path) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let config = pds::config::Config {
            data_dir: data_dir.to_path_buf(),
            port,
            rate_limits: false,
            ..Default::default()
        };
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            runtime
                .block_on(pds::serve::run_until(config, async {
                    let _ = stopped.await;
                }))
                .unwrap();
        });
        let url = format!("http://localhost:{port}");
        for _ in 0..600 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Self {
            url,
            stop: Some(stop),
            thread: Some(thread),
        }
    }
}

impl Drop for Pds {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The HTTP client the PDS builds (rustls with ring installed for the process).
fn http() -> reqwest::Client {
    pds::plc::client::http_client(Duration::from_secs(30)).unwrap()
}

struct Account {
    did: Did,
    handle: String,
    app_password: String,
}

async fn post(url: &str, jwt: Option<&str>, body: serde_json::Value) -> serde_json::Value {
    let mut request = http()
        .post(url)
        .header("content-type", "application/json")
        .body(serde_json::to_vec(&body).unwrap());
    if let Some(jwt) = jwt {
        request = request.header("authorization", format!("Bearer {jwt}"));
    }
    let response = request.send().await.unwrap();
    let status = response.status();
    let body: serde_json::Value = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
    assert!(status.is_success(), "POST {url}: {status} {body}");
    body
}

async fn create_account(pds: &Pds, name: &str) -> Account {
    let handle = format!("{name}.test");
    let created = post(
        &format!("{}/xrpc/com.atproto.server.createAccount", pds.url),
        None,
        serde_json::json!({"handle": handle, "email": format!("{name}@example.com"), "password": "main-password-1"}),
    )
    .await;
    let jwt = created["accessJwt"].as_str().unwrap();
    let app = post(
        &format!("{}/xrpc/com.atproto.server.createAppPassword", pds.url),
        Some(jwt),
        serde_json::json!({"name": "lexicon publishing"}),
    )
    .await;
    Account {
        did: created["did"].as_str().unwrap().parse().unwrap(),
        handle,
        app_password: app["password"].as_str().unwrap().to_owned(),
    }
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// `cargo xtask <args>` with the test's DNS server, PLC directory and account.
fn xtask(dns: &Dns, pds: &Pds, account: &Account, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .env("LEXICON_NAMESERVER", dns.addr.to_string())
        .env("PLC_URL", format!("{}/plc", pds.url))
        .env("ATP_PDS_URL", &pds.url)
        .env("ATP_IDENTIFIER", &account.handle)
        .env("ATP_APP_PASSWORD", &account.app_password)
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn succeeds(output: Output) -> Output {
    assert!(output.status.success(), "{}", stderr(&output));
    output
}

fn fails(output: Output) -> String {
    assert!(!output.status.success(), "{}", stderr(&output));
    stderr(&output)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The `cv.atmos` lexicons of the repository, by NSID.
fn cv_atmos() -> Vec<String> {
    let mut out: Vec<String> =
        lexgen::catalog::collect_json_files(&workspace().join("lexicons/cv"))
            .unwrap()
            .iter()
            .map(|file| {
                let text = std::fs::read_to_string(file).unwrap();
                let value: serde_json::Value = serde_json::from_str(&text).unwrap();
                value["id"].as_str().unwrap().to_owned()
            })
            .collect();
    out.sort();
    out
}

fn authorities(nsids: &[String]) -> Vec<String> {
    let mut out: Vec<String> = nsids
        .iter()
        .map(|n| pds::lexicon_resolver::authority::txt_name(&n.parse().unwrap()))
        .collect();
    out.sort();
    out.dedup();
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn publish_resolve_install_and_refuse_tampering() {
    let temp = tempfile::tempdir().unwrap();
    let dns = Dns::start();
    let pds = Pds::start(&temp.path().join("pds"));
    let alice = create_account(&pds, "lexpub").await;
    let bob = create_account(&pds, "other").await;
    let nsids = cv_atmos();
    assert!(nsids.len() >= 5, "{nsids:?}");

    // Before the TXT records exist, a dry run plans every record and prints the records to create.
    let dry = stderr(&succeeds(xtask(
        &dns,
        &pds,
        &alice,
        &["publish", "--dry-run"],
    )));
    assert!(
        dry.contains(&format!("would write {} records", nsids.len())),
        "{dry}"
    );
    for name in authorities(&nsids) {
        assert!(
            dry.contains(&format!("{name}.  TXT  \"did={}\"", alice.did)),
            "{name}: {dry}"
        );
    }

    for name in authorities(&nsids) {
        dns.set(&name, &[&format!("did={}", alice.did), "unrelated=1"]);
    }
    let first = stderr(&succeeds(xtask(&dns, &pds, &alice, &["publish"])));
    assert!(
        first.contains(&format!("will write {} records", nsids.len())),
        "{first}"
    );
    assert!(
        !first.contains("DNS none") && !first.contains("DNS wrong"),
        "{first}"
    );
    let again = stderr(&succeeds(xtask(
        &dns,
        &pds,
        &alice,
        &["publish", "cv.atmos.*"],
    )));
    assert!(again.contains("will write 0 records"), "{again}");

    // A publish that leaves an authority without its TXT record is a failure: resolvers cannot find those
    // schemas, so a script must not take it for done.
    let unlisted = authorities(&nsids).into_iter().next().unwrap();
    dns.remove(&unlisted);
    let failed = fails(xtask(&dns, &pds, &alice, &["publish"]));
    assert!(
        failed.contains(&format!("{unlisted}.  TXT  \"did={}\"", alice.did))
            && failed.contains("published, but 1 missing or wrong TXT record(s)"),
        "{failed}"
    );
    dns.set(&unlisted, &[&format!("did={}", alice.did)]);

    // Our resolver gets every schema back, verified, equal to the file.
    let resolver = Resolver::new(ResolverConfig {
        nameserver: Some(dns.addr),
        plc_url: format!("{}/plc", pds.url),
    })
    .unwrap();
    let mut cids = HashMap::new();
    for nsid in &nsids {
        let resolved = resolver.resolve(&nsid.parse().unwrap()).await.unwrap();
        assert_eq!(resolved.did, alice.did);
        assert_eq!(
            resolved.uri,
            format!("at://{}/{SCHEMA_COLLECTION}/{nsid}", alice.did)
        );
        let file = workspace()
            .join("lexicons")
            .join(lexgen::catalog::expected_relative_path(nsid));
        let expected: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        assert_eq!(resolved.document, expected, "{nsid}");
        cids.insert(nsid.clone(), resolved.cid.to_string());
    }
    let printed = succeeds(xtask(
        &dns,
        &pds,
        &alice,
        &["resolve", "cv.atmos.portfolio.entry"],
    ));
    let printed: serde_json::Value = serde_json::from_slice(&printed.stdout).unwrap();
    assert_eq!(printed["cid"], cids["cv.atmos.portfolio.entry"]);

    // install: the documents (and the cv.atmos references they need) in canonical form, pinned.
    let target = temp.path().join("project");
    for official in ["app", "com"] {
        copy_dir(
            &workspace().join("lexicons").join(official),
            &target.join("lexicons").join(official),
        );
    }
    let dir = target.join("lexicons");
    let lock = target.join("lexicons.lock");
    let (dir_arg, lock_arg) = (dir.to_str().unwrap(), lock.to_str().unwrap());
    succeeds(xtask(
        &dns,
        &pds,
        &alice,
        &[
            "install",
            "--dir",
            dir_arg,
            "--lockfile",
            lock_arg,
            "cv.atmos.portfolio.entry",
        ],
    ));
    for nsid in ["cv.atmos.portfolio.entry", "cv.atmos.defs"] {
        let relative = lexgen::catalog::expected_relative_path(nsid);
        assert_eq!(
            std::fs::read_to_string(dir.join(&relative)).unwrap(),
            std::fs::read_to_string(workspace().join("lexicons").join(&relative)).unwrap(),
            "{nsid} is installed in canonical form"
        );
    }
    let pinned: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&lock).unwrap()).unwrap();
    let entries = pinned["lexicons"].as_array().unwrap();
    assert_eq!(entries.len(), 2, "{pinned}");
    for entry in entries {
        let nsid = entry["nsid"].as_str().unwrap();
        assert_eq!(entry["cid"], cids[nsid]);
        assert_eq!(entry["did"], alice.did.as_str());
    }
    let check = [
        "install",
        "--check",
        "--dir",
        dir_arg,
        "--lockfile",
        lock_arg,
    ];
    succeeds(xtask(&dns, &pds, &alice, &check));
    let defs = dir.join("cv/atmos/defs.json");
    let original = std::fs::read_to_string(&defs).unwrap();
    std::fs::write(
        &defs,
        original.replace("\"lexicon\": 1", "\"lexicon\": 1, \"revision\": 2"),
    )
    .unwrap();
    let stale = fails(xtask(&dns, &pds, &alice, &check));
    assert!(
        stale.contains("cv.atmos.defs") && stale.contains("pins"),
        "{stale}"
    );
    std::fs::remove_file(&defs).unwrap();
    fails(xtask(&dns, &pds, &alice, &check));

    // The reference resolver resolves and verifies every published schema to the same record.
    if atmos_tests::node::available("publish_resolve_install_and_refuse_tampering").unwrap() {
        let output = atmos_tests::node::command()
            .arg("lex-resolve.mjs")
            .arg(dns.addr.to_string())
            .arg(&pds.url)
            .args(&nsids)
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", stderr(&output));
        let lines: Vec<serde_json::Value> = String::from_utf8(output.stdout)
            .unwrap()
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect();
        assert_eq!(lines.len(), nsids.len());
        for line in lines {
            let nsid = line["nsid"].as_str().unwrap();
            assert!(line["error"].is_null(), "{line}");
            assert_eq!(line["cid"], cids[nsid], "{line}");
            assert_eq!(line["id"], nsid);
            assert_eq!(
                line["uri"],
                format!("at://{}/{SCHEMA_COLLECTION}/{nsid}", alice.did)
            );
        }
    }

    // Changing a published schema: refused without --update, refused when breaking, allowed when compatible.
    let edited = temp.path().join("edited");
    copy_dir(&workspace().join("lexicons/cv"), &edited.join("cv"));
    let entry = edited.join("cv/atmos/portfolio/entry.json");
    let mut document: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&entry).unwrap()).unwrap();
    document["defs"]["main"]["record"]["properties"]["note"] =
        serde_json::json!({"type": "string", "maxLength": 300});
    let compatible = document.clone();
    document["defs"]["main"]["record"]["properties"]
        .as_object_mut()
        .unwrap()
        .remove("client");
    std::fs::write(&entry, serde_json::to_string(&document).unwrap()).unwrap();
    let edited_arg = edited.to_str().unwrap();
    let publish = ["publish", "--dir", edited_arg, "cv.atmos.portfolio.entry"];
    let without_update = fails(xtask(&dns, &pds, &alice, &publish));
    assert!(without_update.contains("pass --update"), "{without_update}");
    let breaking = fails(xtask(
        &dns,
        &pds,
        &alice,
        &[&publish[..], &["--update"]].concat(),
    ));
    assert!(
        breaking.contains("removed-field") && breaking.contains("client"),
        "{breaking}"
    );
    std::fs::write(&entry, serde_json::to_string(&compatible).unwrap()).unwrap();
    let updated = stderr(&succeeds(xtask(
        &dns,
        &pds,
        &alice,
        &[&publish[..], &["--update"]].concat(),
    )));
    assert!(updated.contains("will write 1 record"), "{updated}");
    let entry_nsid: Nsid = "cv.atmos.portfolio.entry".parse().unwrap();
    let resolved = resolver.resolve(&entry_nsid).await.unwrap();
    assert_eq!(resolved.document, compatible);
    assert_ne!(resolved.cid.to_string(), cids["cv.atmos.portfolio.entry"]);

    // Tampered answers are refused: any flipped byte of the proof CAR.
    let defs_nsid: Nsid = "cv.atmos.defs".parse().unwrap();
    let (_, key) = resolver.repository_host(&alice.did).await.unwrap();
    let car = http()
        .get(format!(
            "{}/xrpc/com.atproto.sync.getRecord?did={}&collection={SCHEMA_COLLECTION}&rkey={defs_nsid}",
            pds.url, alice.did
        ))
        .send()
        .await
    .unwrap()
    .bytes()
    .await
    .unwrap()
    .to_vec();
    let record_key = format!("{SCHEMA_COLLECTION}/{defs_nsid}");
    verify_record_proof(&car, &alice.did, &key, &record_key).unwrap();
    let step = (car.len() / 400).max(1);
    for at in (0..car.len()).step_by(step).chain([car.len() - 1]) {
        let mut tampered = car.clone();
        tampered[at] ^= 0x01;
        assert!(
            verify_record_proof(&tampered, &alice.did, &key, &record_key).is_err(),
            "a flipped byte at {at} of {} was accepted",
            car.len()
        );
    }
    let (_, bob_key) = resolver.repository_host(&bob.did).await.unwrap();
    assert!(verify_record_proof(&car, &alice.did, &bob_key, &record_key).is_err());
    assert!(verify_record_proof(&car, &bob.did, &key, &record_key).is_err());

    // A TXT record naming the wrong DID: that account publishes no such schema (ours and the reference
    // refuse alike); a value that is not a DID, two DIDs, or no record at all.
    let name = "_lexicon.atmos.cv";
    dns.set(name, &[&format!("did={}", bob.did)]);
    let wrong = resolver.resolve(&defs_nsid).await;
    assert!(
        matches!(wrong, Err(ResolveError::NotPublished { .. })),
        "{wrong:?}"
    );
    fails(xtask(&dns, &pds, &alice, &["resolve", "cv.atmos.defs"]));
    if atmos_tests::node::available("publish_resolve_install_and_refuse_tampering").unwrap() {
        let output = atmos_tests::node::command()
            .args([
                "lex-resolve.mjs",
                &dns.addr.to_string(),
                &pds.url,
                "cv.atmos.defs",
            ])
            .output()
            .unwrap();
        let line: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert!(line["error"].is_string(), "{line}");
    }
    dns.set(name, &["did=not-a-did"]);
    assert!(matches!(
        resolver.resolve(&defs_nsid).await,
        Err(ResolveError::InvalidAuthority { .. })
    ));
    dns.set(
        name,
        &[&format!("did={}", alice.did), &format!("did={}", bob.did)],
    );
    assert!(matches!(
        resolver.resolve(&defs_nsid).await,
        Err(ResolveError::AmbiguousAuthority { .. })
    ));
    dns.remove(name);
    assert!(matches!(
        resolver.resolve(&defs_nsid).await,
        Err(ResolveError::NoAuthority { .. })
    ));
}
