//! uploadBlob streams its body: a chunked body without a length is hashed and counted as it arrives (the
//! CID of the whole), one past the limit is refused with 413 and leaves no file behind.
#![allow(clippy::unwrap_used)]

#[path = "support/blob_app.rs"]
mod blob_app;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use blob_app::BlobApp;
use lexgen::model::Cid;

/// A body of `chunks` chunks of 1,000 bytes, with no length declared.
fn chunked(chunks: usize) -> (Body, Vec<u8>) {
    let parts: Vec<Vec<u8>> = (0..chunks).map(|i| vec![i as u8; 1000]).collect();
    let whole = parts.concat();
    let stream = futures_util::stream::iter(
        parts
            .into_iter()
            .map(|part| Ok::<_, std::io::Error>(bytes::Bytes::from(part))),
    );
    (Body::from_stream(stream), whole)
}

#[tokio::test]
async fn chunked_uploads_are_hashed_whole_and_held_to_the_limit() {
    let app = BlobApp::new(|c| c.blob_upload_limit = 50_000).await;
    let upload = |body: Body| {
        Request::post("/xrpc/com.atproto.repo.uploadBlob")
            .header(header::CONTENT_TYPE, "application/octet-stream")
            .header(header::AUTHORIZATION, format!("Bearer {}", app.token))
            .body(body)
            .unwrap()
    };
    let (body, whole) = chunked(40);
    let reply = app.send(upload(body)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
    assert_eq!(
        reply.json["blob"]["ref"]["$link"],
        Cid::for_raw(&whole).to_string()
    );
    assert_eq!(reply.json["blob"]["size"], 40_000);
    assert_eq!(app.stored(&whole).await.as_deref(), Some(&whole[..]));

    let (body, whole) = chunked(60);
    let reply = app.send(upload(body)).await;
    assert_eq!(
        reply.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        reply.json
    );
    assert_eq!(reply.json["error"], "PayloadTooLarge");
    assert_eq!(app.stored(&whole).await, None);
    assert_eq!(app.row(&whole).await, None);
    // Nothing but the stored blob's directory is left in the temporary area (no unfinished upload).
    let tmp = app.app.config.blobs_dir().join("tmp");
    let left: Vec<String> = std::fs::read_dir(tmp)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(left[0].starts_with("did_plc_"), "{left:?}");
}
