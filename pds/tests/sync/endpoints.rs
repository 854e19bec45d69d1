//! Every sync read endpoint through the router, with its failure cases and error bodies.

use axum::http::StatusCode;
use lexgen::model::Cid;
use pds::hosting::{AccountStatus, InactiveStatus, StoredBlob};
use pds::repo::{MemoryBlockStore, Mst};
use serde_json::json;

use super::support::{Server, create, read_car, record};

#[tokio::test]
async fn get_repo_full_and_since() {
    let server = Server::new().await;
    let (alice, genesis) = server.account(1).await;
    let first = server
        .write(
            &alice,
            vec![create("app.bsky.feed.post/3k0000000001", "one")],
        )
        .await;
    let second = server
        .write(
            &alice,
            vec![create("app.bsky.feed.post/3k0000000002", "two")],
        )
        .await;

    let (status, headers, body) = server
        .get(&format!("/xrpc/com.atproto.sync.getRepo?did={alice}"), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "application/vnd.ipld.car");
    let (roots, blocks) = read_car(&body);
    assert_eq!(roots, vec![second.commit]);
    assert_eq!(blocks[0].0, second.commit, "the commit comes first");
    assert!(blocks.iter().any(|(cid, _)| *cid == record("one").0));

    // since: only what is newer than the first write's revision (the second record, not the first).
    let (status, _, body) = server
        .get(
            &format!(
                "/xrpc/com.atproto.sync.getRepo?did={alice}&since={}",
                first.rev
            ),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (roots, blocks) = read_car(&body);
    assert_eq!(roots, vec![second.commit]);
    assert!(blocks.iter().any(|(cid, _)| *cid == record("two").0));
    assert!(!blocks.iter().any(|(cid, _)| *cid == record("one").0));
    assert!(!blocks.iter().any(|(cid, _)| *cid == genesis.commit));

    // getCheckout is the full repository too.
    let (status, _, checkout) = server
        .get(
            &format!("/xrpc/com.atproto.sync.getCheckout?did={alice}"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(read_car(&checkout).0, vec![second.commit]);
}

#[tokio::test]
async fn unavailable_repositories_answer_with_their_error() {
    let server = Server::new().await;
    let (alice, _) = server.account(1).await;
    let url = format!("/xrpc/com.atproto.sync.getRepo?did={alice}");

    let (status, body) = server
        .get_json(
            "/xrpc/com.atproto.sync.getRepo?did=did:plc:nobodyhere0000000000000",
            None,
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"], "RepoNotFound");

    for (inactive, name) in [
        (InactiveStatus::Takendown, "RepoTakendown"),
        (InactiveStatus::Suspended, "RepoSuspended"),
        (InactiveStatus::Deactivated, "RepoDeactivated"),
        (InactiveStatus::Deleted, "RepoNotFound"),
    ] {
        server
            .accounts
            .set(&alice, AccountStatus::Inactive(inactive));
        let (status, body) = server.get_json(&url, None).await;
        assert_eq!(
            (status, body["error"].as_str()),
            (StatusCode::BAD_REQUEST, Some(name))
        );
        // Another account may not read it either.
        let (status, _) = server
            .get_json(&url, Some("did:plc:someoneelse0000000000000"))
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        for endpoint in ["getLatestCommit", "getHead", "getCheckout", "listBlobs"] {
            let (status, body) = server
                .get_json(
                    &format!("/xrpc/com.atproto.sync.{endpoint}?did={alice}"),
                    None,
                )
                .await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{endpoint}");
            assert_eq!(body["error"], name, "{endpoint}");
        }
    }
    // The owner and an admin still read a deactivated or taken-down repository.
    for inactive in [InactiveStatus::Deactivated, InactiveStatus::Takendown] {
        server
            .accounts
            .set(&alice, AccountStatus::Inactive(inactive));
        assert_eq!(
            server.get(&url, Some(alice.as_str())).await.0,
            StatusCode::OK
        );
        assert_eq!(server.get(&url, Some("admin")).await.0, StatusCode::OK);
    }
}

#[tokio::test]
async fn bad_parameters_are_invalid_requests() {
    let server = Server::new().await;
    for url in [
        "/xrpc/com.atproto.sync.getRepo",
        "/xrpc/com.atproto.sync.getRepo?did=notadid",
        "/xrpc/com.atproto.sync.getRepo?did=did:plc:abc&since=notatid",
        "/xrpc/com.atproto.sync.getRecord?did=did:plc:abc&collection=app.bsky.feed.post",
        "/xrpc/com.atproto.sync.getBlocks?did=did:plc:abc&cids=notacid",
        // `cids` is required: neither absent nor an empty value is an empty list.
        "/xrpc/com.atproto.sync.getBlocks?did=did:plc:abc",
        "/xrpc/com.atproto.sync.getBlocks?did=did:plc:abc&cids=",
        "/xrpc/com.atproto.sync.listRepos?limit=0",
        "/xrpc/com.atproto.sync.listRepos?limit=1001",
    ] {
        let (status, body) = server.get_json(url, None).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{url}");
        assert_eq!(body["error"], "InvalidRequest", "{url}");
    }
}

#[tokio::test]
async fn latest_commit_head_and_status() {
    let server = Server::new().await;
    let (alice, _) = server.account(1).await;
    let last = server
        .write(
            &alice,
            vec![create("app.bsky.feed.post/3k0000000001", "one")],
        )
        .await;

    let (status, body) = server
        .get_json(
            &format!("/xrpc/com.atproto.sync.getLatestCommit?did={alice}"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        body,
        json!({"cid": last.commit.to_string(), "rev": last.rev.to_string()})
    );

    let (status, body) = server
        .get_json(&format!("/xrpc/com.atproto.sync.getHead?did={alice}"), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, json!({"root": last.commit.to_string()}));

    let url = format!("/xrpc/com.atproto.sync.getRepoStatus?did={alice}");
    let (status, body) = server.get_json(&url, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        body,
        json!({"did": alice.as_str(), "active": true, "rev": last.rev.to_string()})
    );

    server
        .accounts
        .set(&alice, AccountStatus::Inactive(InactiveStatus::Deactivated));
    let (_, body) = server.get_json(&url, None).await;
    assert_eq!(
        body,
        json!({"did": alice.as_str(), "active": false, "status": "deactivated"})
    );

    let (status, body) = server
        .get_json(
            "/xrpc/com.atproto.sync.getRepoStatus?did=did:plc:nobodyhere0000000000000",
            None,
        )
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("RepoNotFound"))
    );
}

#[tokio::test]
async fn get_record_proves_presence_and_absence() {
    let server = Server::new().await;
    let (alice, _) = server.account(1).await;
    let post = |i: usize| {
        create(
            &format!("app.bsky.feed.post/3k{i:010}"),
            &format!("post {i}"),
        )
    };
    server.write(&alice, (0..150).map(post).collect()).await;
    let last = server.write(&alice, (150..300).map(post).collect()).await;

    let check = |body: &[u8], key: &str| {
        let (roots, blocks) = read_car(body);
        assert_eq!(roots, vec![last.commit]);
        let mut store = MemoryBlockStore::new();
        store.extend(blocks.iter().cloned());
        let tree = Mst::load(&store, last.data).unwrap();
        (tree.get(&store, key).unwrap(), blocks.len())
    };
    let (status, _, body) = server
        .get(&format!("/xrpc/com.atproto.sync.getRecord?did={alice}&collection=app.bsky.feed.post&rkey=3k0000000042"), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let (found, count) = check(&body, "app.bsky.feed.post/3k0000000042");
    assert_eq!(found, Some(record("post 42").0));
    assert!(
        read_car(&body)
            .1
            .iter()
            .any(|(cid, _)| *cid == record("post 42").0)
    );
    assert!(
        count < 20,
        "a proof is a path, not the repository ({count} blocks)"
    );

    let (status, _, body) = server
        .get(&format!("/xrpc/com.atproto.sync.getRecord?did={alice}&collection=app.bsky.feed.post&rkey=3k0000000042x"), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(check(&body, "app.bsky.feed.post/3k0000000042x").0, None);

    let (status, body) = server
        .get_json("/xrpc/com.atproto.sync.getRecord?did=did:plc:nobodyhere0000000000000&collection=app.bsky.feed.post&rkey=a", None)
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("RepoNotFound"))
    );
}

#[tokio::test]
async fn get_blocks_returns_them_or_names_the_missing() {
    let server = Server::new().await;
    let (alice, _) = server.account(1).await;
    let last = server
        .write(
            &alice,
            vec![create("app.bsky.feed.post/3k0000000001", "one")],
        )
        .await;
    let wanted = [last.commit, record("one").0];
    let (status, _, body) = server
        .get(
            &format!(
                "/xrpc/com.atproto.sync.getBlocks?did={alice}&cids={}&cids={}",
                wanted[0], wanted[1]
            ),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (roots, blocks) = read_car(&body);
    assert!(roots.is_empty());
    assert_eq!(
        blocks.iter().map(|(cid, _)| *cid).collect::<Vec<_>>(),
        wanted
    );

    let missing = record("never written").0;
    let (status, body) = server
        .get_json(
            &format!(
                "/xrpc/com.atproto.sync.getBlocks?did={alice}&cids={}&cids={missing}",
                wanted[0]
            ),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"], "BlockNotFound");
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains(&missing.to_string())
    );
}

#[tokio::test]
async fn list_repos_pages_and_skips_unknown_accounts() {
    let server = Server::new().await;
    let mut dids = Vec::new();
    for n in 0..5 {
        dids.push(server.account(n).await.0);
    }
    server
        .accounts
        .set(&dids[1], AccountStatus::Inactive(InactiveStatus::Takendown));
    server.accounts.remove(&dids[3]);
    server
        .write(
            &dids[2],
            vec![create("app.bsky.feed.like/3k0000000001", "liked")],
        )
        .await;

    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let url = match &cursor {
            Some(cursor) => format!("/xrpc/com.atproto.sync.listRepos?limit=2&cursor={cursor}"),
            None => "/xrpc/com.atproto.sync.listRepos?limit=2".to_owned(),
        };
        let (status, body) = server.get_json(&url, None).await;
        assert_eq!(status, StatusCode::OK);
        for repo in body["repos"].as_array().unwrap() {
            seen.push(repo.clone());
        }
        match body["cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    let listed: Vec<&str> = seen
        .iter()
        .map(|repo| repo["did"].as_str().unwrap())
        .collect();
    assert_eq!(
        listed,
        vec![
            dids[0].as_str(),
            dids[1].as_str(),
            dids[2].as_str(),
            dids[4].as_str()
        ]
    );
    assert_eq!(seen[1]["active"], false);
    assert_eq!(seen[1]["status"], "takendown");
    assert_eq!(seen[0]["active"], true);
    assert!(seen[0].get("status").is_none());
    let latest = server
        .get_json(
            &format!("/xrpc/com.atproto.sync.getLatestCommit?did={}", dids[2]),
            None,
        )
        .await
        .1;
    assert_eq!(seen[2]["head"], latest["cid"]);
    assert_eq!(seen[2]["rev"], latest["rev"]);

    let (status, body) = server
        .get_json(
            "/xrpc/com.atproto.sync.listReposByCollection?collection=app.bsky.feed.like",
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, json!({"repos": [{"did": dids[2].as_str()}]}));
}

#[tokio::test]
async fn blobs_are_served_with_safety_headers() {
    let server = Server::new().await;
    let (alice, genesis) = server.account(1).await;
    let cid = server.accounts.put_blob(
        &alice,
        genesis.rev,
        StoredBlob {
            mime_type: "image/png".into(),
            bytes: b"\x89PNG not really".to_vec(),
        },
    );
    let (status, headers, body) = server
        .get(
            &format!("/xrpc/com.atproto.sync.getBlob?did={alice}&cid={cid}"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, b"\x89PNG not really");
    assert_eq!(headers["content-type"], "image/png");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(
        headers["content-security-policy"],
        "default-src 'none'; sandbox"
    );
    assert_eq!(headers["content-disposition"], "attachment");

    let other = Cid::for_raw(b"other");
    let (status, body) = server
        .get_json(
            &format!("/xrpc/com.atproto.sync.getBlob?did={alice}&cid={other}"),
            None,
        )
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("BlobNotFound"))
    );

    let (status, body) = server
        .get_json(
            &format!("/xrpc/com.atproto.sync.listBlobs?did={alice}"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, json!({"cids": [cid.to_string()]}));
    let (_, body) = server
        .get_json(
            &format!(
                "/xrpc/com.atproto.sync.listBlobs?did={alice}&since={}",
                genesis.rev
            ),
            None,
        )
        .await;
    assert_eq!(body, json!({"cids": []}));
}

#[tokio::test]
async fn relay_endpoints_are_not_served_here() {
    let server = Server::new().await;
    let (status, body) = server
        .get_json("/xrpc/com.atproto.sync.listHosts", None)
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::NOT_IMPLEMENTED, Some("MethodNotImplemented"))
    );
    let (status, body) = server
        .get_json(
            "/xrpc/com.atproto.sync.getHostStatus?hostname=example.com",
            None,
        )
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::NOT_IMPLEMENTED, Some("MethodNotImplemented"))
    );
}

#[tokio::test]
async fn get_repo_streams_the_same_bytes_as_the_export() {
    let server = Server::new().await;
    let (alice, _) = server.account(1).await;
    for start in (0..2000).step_by(200) {
        let writes = (start..start + 200)
            .map(|i| {
                create(
                    &format!("app.bsky.feed.post/3k{i:010}"),
                    &format!("post number {i}"),
                )
            })
            .collect();
        server.write(&alice, writes).await;
    }
    let mut expected = Vec::new();
    let repos = server.repos.clone();
    let did = alice.clone();
    let expected_len = tokio::task::spawn_blocking(move || {
        repos.export_blocking(&did, None, &mut expected).unwrap();
        expected
    })
    .await
    .unwrap();
    assert!(expected_len.len() > 256 * 1024, "several chunks");
    let (status, headers, body) = server
        .get(&format!("/xrpc/com.atproto.sync.getRepo?did={alice}"), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "application/vnd.ipld.car");
    assert_eq!(body, expected_len);
    // Streamed (no known length), not buffered.
    let request = axum::http::Request::get(format!("/xrpc/com.atproto.sync.getRepo?did={alice}"))
        .body(axum::body::Body::empty())
        .unwrap();
    let response = tower::ServiceExt::oneshot(server.app.clone(), request)
        .await
        .unwrap();
    assert_eq!(
        axum::body::HttpBody::size_hint(response.body()).exact(),
        None
    );
    // A deactivated repository read by its owner takes the buffered path (same bytes, known length).
    server
        .accounts
        .set(&alice, AccountStatus::Inactive(InactiveStatus::Deactivated));
    let request = axum::http::Request::get(format!("/xrpc/com.atproto.sync.getRepo?did={alice}"))
        .header("authorization", format!("Bearer {alice}"))
        .body(axum::body::Body::empty())
        .unwrap();
    let response = tower::ServiceExt::oneshot(server.app.clone(), request)
        .await
        .unwrap();
    assert_eq!(
        axum::body::HttpBody::size_hint(response.body()).exact(),
        Some(expected_len.len() as u64)
    );

    // An account the store calls active but without a repository still gets RepoNotFound.
    let ghost: lexgen::model::Did = "did:plc:ghostrepo000000000000000".parse().unwrap();
    server.accounts.set(&ghost, AccountStatus::Active);
    let (status, body) = server
        .get_json(&format!("/xrpc/com.atproto.sync.getRepo?did={ghost}"), None)
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("RepoNotFound"))
    );
}
