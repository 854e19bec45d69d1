//! `pds lexicon install NSID`: the real binary resolves a schema published on a running `pds serve`
//! (DNS TXT from a loopback server, did:plc from the server's embedded directory), verifies the proof and
//! writes the document to `<data dir>/lexicons/<nsid path>.json`, with the documents it references that are
//! not built in; a TXT record naming a DID that
//! publishes nothing, or no record at all, makes it fail without writing anything.
#![allow(clippy::unwrap_used)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

use atmos_tests::dns::Dns;

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `pds serve` on a free port with a fresh data directory; its URL.
fn start(data_dir: &Path) -> (Server, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pds"))
        .arg("serve")
        .env("PDS_DATA_DIR", data_dir)
        .env("PDS_PORT", "0")
        .env("PDS_RATE_LIMITS", "false")
        .env("RUST_LOG", "warn")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let server = Server(child);
    let mut lines = BufReader::new(stderr).lines();
    let port = loop {
        let line = lines.next().expect("pds exited before listening").unwrap();
        if let Some(rest) = line.strip_prefix("pds listening on http://127.0.0.1:") {
            break rest.trim().parse::<u16>().unwrap();
        }
    };
    std::thread::spawn(move || for _ in lines {});
    (server, format!("http://localhost:{port}"))
}

async fn post(url: String, jwt: Option<&str>, body: serde_json::Value) -> serde_json::Value {
    let http = pds::plc::client::http_client(std::time::Duration::from_secs(30)).unwrap();
    let mut request = http
        .post(&url)
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

fn install(data_dir: &Path, dns: &Dns, url: &str, nsid: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pds"))
        .args(["lexicon", "install", "--nameserver"])
        .arg(dns.addr.to_string())
        .args(["--plc-url", &format!("{url}/plc"), nsid])
        .arg("--data-dir")
        .arg(data_dir)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lexicon_install_writes_the_verified_document() {
    let temp = tempfile::tempdir().unwrap();
    let dns = Dns::start();
    let (_server, url) = start(&temp.path().join("server"));
    let created = post(
        format!("{url}/xrpc/com.atproto.server.createAccount"),
        None,
        serde_json::json!({"handle": "schemas.test", "email": "schemas@example.com", "password": "password-1"}),
    )
    .await;
    let (did, jwt) = (
        created["did"].as_str().unwrap(),
        created["accessJwt"].as_str().unwrap(),
    );
    let document: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../lexicons/cv/atmos/defs.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let mut record = document.clone();
    record["$type"] = "com.atproto.lexicon.schema".into();
    post(
        format!("{url}/xrpc/com.atproto.repo.putRecord"),
        Some(jwt),
        serde_json::json!({"repo": did, "collection": "com.atproto.lexicon.schema", "rkey": "cv.atmos.defs", "record": record}),
    )
    .await;
    dns.set("_lexicon.atmos.cv", &[&format!("did={did}")]);

    let installed = temp.path().join("installed");
    let output = install(&installed, &dns, &url, "cv.atmos.defs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let file = installed.join("lexicons/cv/atmos/defs.json");
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(written, document);

    // References are followed: a record type published with the object it refers to installs both, while
    // the built-in `cv.atmos.defs` it also refers to is not fetched.
    let widget = serde_json::json!({"lexicon": 1, "id": "cv.atmos.test.widget", "defs": {"main": {
        "type": "record", "key": "tid", "record": {"type": "object", "properties": {
            "part": {"type": "ref", "ref": "cv.atmos.test.part"},
            "link": {"type": "ref", "ref": "cv.atmos.defs#link"}}}}}});
    let part = serde_json::json!({"lexicon": 1, "id": "cv.atmos.test.part", "defs": {"main": {
        "type": "object", "properties": {"name": {"type": "string", "maxLength": 64}}}}});
    for document in [&widget, &part] {
        let mut record = document.clone();
        record["$type"] = "com.atproto.lexicon.schema".into();
        post(
            format!("{url}/xrpc/com.atproto.repo.putRecord"),
            Some(jwt),
            serde_json::json!({"repo": did, "collection": "com.atproto.lexicon.schema", "rkey": document["id"], "record": record}),
        )
        .await;
    }
    dns.set("_lexicon.test.atmos.cv", &[&format!("did={did}")]);
    let with_refs = temp.path().join("with-refs");
    let output = install(&with_refs, &dns, &url, "cv.atmos.test.widget");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for (path, document) in [
        ("cv/atmos/test/widget.json", &widget),
        ("cv/atmos/test/part.json", &part),
    ] {
        let text = std::fs::read_to_string(with_refs.join("lexicons").join(path)).unwrap();
        assert_eq!(
            &serde_json::from_str::<serde_json::Value>(&text).unwrap(),
            document
        );
    }
    assert!(!with_refs.join("lexicons/cv/atmos/defs.json").exists());

    // Not published by the DID the TXT record names, or no TXT record: refused, nothing written.
    let refused = temp.path().join("refused");
    let other = post(
        format!("{url}/xrpc/com.atproto.server.createAccount"),
        None,
        serde_json::json!({"handle": "other.test", "email": "other@example.com", "password": "password-1"}),
    )
    .await;
    dns.set(
        "_lexicon.atmos.cv",
        &[&format!("did={}", other["did"].as_str().unwrap())],
    );
    let output = install(&refused, &dns, &url, "cv.atmos.defs");
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("publishes no schema cv.atmos.defs"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    dns.remove("_lexicon.atmos.cv");
    assert!(
        !install(&refused, &dns, &url, "cv.atmos.defs")
            .status
            .success()
    );
    assert!(!refused.join("lexicons/cv/atmos/defs.json").exists());
}
