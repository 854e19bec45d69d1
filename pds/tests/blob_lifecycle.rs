//! The blob lifecycle against a model: random sequences of uploads, posts embedding blobs (put and
//! deleted), repository snapshots imported back, and lifecycle runs now or past the grace period. After
//! every step, each blob is stored exactly when the model says, permanent exactly when a record references
//! it: a referenced blob is never deleted, an unreferenced one goes after the grace period, not before.
//! On the disk store, and on the S3 store against moto's server (`atmos_tests::s3`; skipped without it,
//! failed under `CI`).
#![allow(clippy::unwrap_used)]

#[path = "support/blob_app.rs"]
mod blob_app;

use std::collections::{BTreeMap, BTreeSet};

use axum::http::StatusCode;
use blob_app::BlobApp;
use pds::blob::S3Settings;
use proptest::prelude::*;
use proptest::test_runner::TestRunner;

/// Distinct blobs the steps choose from.
const BLOBS: usize = 4;
/// Posts the steps choose from.
const POSTS: usize = 3;
const GRACE: i64 = 3600;

/// Post `post`'s record key (a TID, as posts need).
fn rkey(post: usize) -> String {
    format!("3lkq2mmlq4tz{}", ["2", "3", "4"][post])
}

fn content(blob: usize) -> Vec<u8> {
    format!("blob number {blob}").into_bytes()
}

#[derive(Clone, Debug)]
enum Step {
    Upload(usize),
    Put(usize, BTreeSet<usize>),
    Delete(usize),
    Snapshot,
    /// Imports the snapshot taken that many snapshots ago (the latest if there are fewer).
    Import(usize),
    /// Runs the lifecycle now (`false`) or past the grace period (`true`).
    Collect(bool),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (0..BLOBS).prop_map(Step::Upload),
        3 => (0..POSTS, proptest::collection::btree_set(0..BLOBS, 0..3))
            .prop_map(|(post, blobs)| Step::Put(post, blobs)),
        1 => (0..POSTS).prop_map(Step::Delete),
        1 => Just(Step::Snapshot),
        1 => (0..3usize).prop_map(Step::Import),
        2 => any::<bool>().prop_map(Step::Collect),
    ]
}

/// Each post's blobs.
type Posts = BTreeMap<usize, BTreeSet<usize>>;

/// What should be: the blobs stored, and each post's blobs.
#[derive(Clone, Debug, Default)]
struct Model {
    stored: BTreeSet<usize>,
    posts: Posts,
}

impl Model {
    fn referenced(&self, blob: usize) -> bool {
        self.posts.values().any(|blobs| blobs.contains(&blob))
    }
}

async fn run(steps: Vec<Step>, s3: Option<S3Settings>) {
    let app = BlobApp::new(|c| {
        c.blob_grace_secs = GRACE;
        c.blobstore_s3 = s3;
    })
    .await;
    let mut model = Model::default();
    let mut snapshots: Vec<(Vec<u8>, Posts)> = Vec::new();
    for step in steps {
        match &step {
            Step::Upload(blob) => {
                let reply = app.upload(&content(*blob)).await;
                assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
                model.stored.insert(*blob);
            }
            Step::Put(post, blobs) => {
                let bytes: Vec<Vec<u8>> = blobs.iter().map(|b| content(*b)).collect();
                let images: Vec<&[u8]> = bytes.iter().map(Vec::as_slice).collect();
                let reply = app.put_post(&rkey(*post), &images).await;
                if blobs.iter().all(|b| model.stored.contains(b)) {
                    assert_eq!(reply.status, StatusCode::OK, "{step:?}: {}", reply.json);
                    model.posts.insert(*post, blobs.clone());
                } else {
                    // The reference's answer: the write's error is `InvalidRequest`, saying which blob.
                    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{step:?}");
                    let message = reply.json["message"].as_str().unwrap_or_default();
                    assert!(
                        message.starts_with("Could not find blob"),
                        "{step:?}: {message}"
                    );
                }
            }
            Step::Delete(post) => {
                let reply = app.delete_post(&rkey(*post)).await;
                assert_eq!(reply.status, StatusCode::OK, "{step:?}: {}", reply.json);
                model.posts.remove(post);
            }
            Step::Snapshot => snapshots.push((app.export().await, model.posts.clone())),
            Step::Import(back) => {
                let Some((car, posts)) = snapshots.iter().rev().nth(*back).or(snapshots.last())
                else {
                    continue;
                };
                let reply = app.import(car.clone()).await;
                assert_eq!(reply.status, StatusCode::OK, "{step:?}: {}", reply.json);
                model.posts = posts.clone();
            }
            Step::Collect(past) => {
                let expired: BTreeSet<usize> = model
                    .stored
                    .iter()
                    .copied()
                    .filter(|b| *past && !model.referenced(*b))
                    .collect();
                let collected = app.collect(if *past { 2 * GRACE } else { 0 }).await;
                assert_eq!(collected, expired.len(), "{step:?}");
                model.stored.retain(|b| !expired.contains(b));
            }
        }
        for blob in 0..BLOBS {
            let bytes = content(blob);
            let stored = app.stored(&bytes).await;
            let row = app.row(&bytes).await;
            if model.stored.contains(&blob) {
                assert_eq!(
                    stored.as_deref(),
                    Some(&bytes[..]),
                    "blob {blob} after {step:?}"
                );
                assert_eq!(
                    row,
                    Some(model.referenced(blob)),
                    "blob {blob} after {step:?}"
                );
            } else {
                assert_eq!(stored, None, "blob {blob} after {step:?}");
                assert_eq!(row, None, "blob {blob} after {step:?}");
            }
        }
    }
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    proptest::collection::vec(step(), 1..24)
}

fn block_on(steps: Vec<Step>, s3: Option<S3Settings>) {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
        .block_on(run(steps, s3));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn the_disk_store_keeps_exactly_what_records_reference(steps in steps()) {
        block_on(steps, None);
    }
}

#[test]
fn the_s3_store_keeps_exactly_what_records_reference() {
    if !atmos_tests::s3::available("blob lifecycle on S3").unwrap() {
        return;
    }
    let server = atmos_tests::s3::S3Server::start().unwrap();
    server.create_bucket("blobs").unwrap();
    let settings = S3Settings {
        bucket: "blobs".into(),
        endpoint: Some(server.endpoint()),
        region: Some("us-east-1".into()),
        access_key_id: Some("test".into()),
        secret_access_key: Some("test".into()),
        force_path_style: true,
        request_timeout_ms: None,
    };
    // Fewer cases than on disk: each step is a few requests to moto. Every case is a new account (a new
    // DID), so they share the bucket without seeing each other's objects.
    let mut runner = TestRunner::new(ProptestConfig::with_cases(8));
    runner
        .run(&steps(), |steps| {
            block_on(steps, Some(settings.clone()));
            Ok(())
        })
        .unwrap();
}
