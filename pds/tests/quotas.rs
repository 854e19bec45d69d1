//! Storage quotas through the XRPC surface: blob bytes (the server's default and an account's own),
//! refused as `QuotaExceeded` with nothing stored; repository bytes, where a full repository refuses new
//! records but still lets its owner delete.
#![allow(clippy::unwrap_used)]

#[path = "support/blob_app.rs"]
mod blob_app;

use axum::http::StatusCode;
use blob_app::BlobApp;
use pds::storage::quotas::Override;
use serde_json::json;

fn assert_quota_exceeded(reply: &blob_app::Reply) {
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.json);
    assert_eq!(reply.json["error"], "QuotaExceeded", "{}", reply.json);
}

#[tokio::test]
async fn blob_quota_refuses_uploads_past_it() {
    let app = BlobApp::new(|c| c.blob_quota_bytes = Some(1000)).await;
    assert_eq!(app.upload(&[1; 600]).await.status, StatusCode::OK);
    let refused = app.upload(&[2; 600]).await;
    assert_quota_exceeded(&refused);
    assert!(
        refused.json["message"]
            .as_str()
            .unwrap()
            .contains("blob quota is 1000 bytes and 400 are left"),
        "{}",
        refused.json
    );
    assert_eq!(app.stored(&[2; 600]).await, None, "nothing stored");
    assert_eq!(app.row(&[2; 600]).await, None);
    assert_eq!(app.upload(&[3; 400]).await.status, StatusCode::OK);
    assert_quota_exceeded(&app.upload(&[4; 1]).await);

    // The account's own quota replaces the default.
    let did = app.did();
    pds::quota::set(&app.app, &did, Some(Override::Unlimited), None)
        .await
        .unwrap();
    assert_eq!(app.upload(&[2; 600]).await.status, StatusCode::OK);
    let report = pds::quota::report(&app.app, &did).await.unwrap();
    assert_eq!(report.usage.blob_bytes, 1600);
    assert_eq!(report.limits.blob_bytes, None);
    pds::quota::set(&app.app, &did, Some(Override::Bytes(1600)), None)
        .await
        .unwrap();
    assert_quota_exceeded(&app.upload(&[5; 1]).await);
    // Collected uploads give their room back.
    assert_eq!(app.collect(7200).await, 3);
    assert_eq!(app.upload(&[5; 1]).await.status, StatusCode::OK);
}

#[tokio::test]
async fn repo_quota_refuses_writes_once_reached_but_not_deletes() {
    let app = BlobApp::new(|_| {}).await;
    assert_eq!(
        app.put_post("3lkq2mmlq4tz2", &[]).await.status,
        StatusCode::OK
    );
    let did = app.did();
    let used = pds::quota::report(&app.app, &did)
        .await
        .unwrap()
        .usage
        .repo_bytes;
    pds::quota::set(&app.app, &did, None, Some(Override::Bytes(used)))
        .await
        .unwrap();
    assert_quota_exceeded(&app.put_post("3lkq2mmlq4tz3", &[]).await);
    let created = app
        .post(
            "com.atproto.repo.createRecord",
            json!({"repo": app.did, "collection": "app.bsky.feed.post",
                "record": {"$type": "app.bsky.feed.post", "text": "x", "createdAt": "2026-01-01T00:00:00.000Z"}}),
        )
        .await;
    assert_quota_exceeded(&created);
    assert_eq!(
        app.delete_post("3lkq2mmlq4tz2").await.status,
        StatusCode::OK
    );
    // The deletion freed room: writes pass again.
    assert_eq!(
        app.put_post("3lkq2mmlq4tz3", &[]).await.status,
        StatusCode::OK
    );
    // Back to the server's default (none).
    pds::quota::set(&app.app, &did, None, Some(Override::Default))
        .await
        .unwrap();
    assert_eq!(
        app.put_post("3lkq2mmlq4tz4", &[]).await.status,
        StatusCode::OK
    );
}
