//! Benchmarks of the data model's hot paths: DRISL encode/decode of a post record, JSON → CID.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use lexgen::model::{Value, drisl};

/// A typical `app.bsky.feed.post`: text, a mention facet, langs, createdAt and an image embed.
const POST: &str = r#"{
  "$type": "app.bsky.feed.post",
  "text": "Hello @alice.example.com, look at this picture of the sunset over the bay!",
  "facets": [{
    "index": {"byteStart": 6, "byteEnd": 24},
    "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:ewvi7nxzyoun6zhxrhs64oiz"}]
  }],
  "langs": ["en"],
  "createdAt": "2024-05-01T12:34:56.789Z",
  "embed": {
    "$type": "app.bsky.embed.images",
    "images": [{
      "alt": "A sunset over the bay",
      "image": {
        "$type": "blob",
        "ref": {"$link": "bafkreiccldh766hwcnuxnf2wh6jgzepf2nlu2lvcllt63eww5p6chi4ity"},
        "mimeType": "image/jpeg",
        "size": 348921
      },
      "aspectRatio": {"width": 2000, "height": 1500}
    }]
  }
}"#;

fn benches(c: &mut Criterion) {
    let json: serde_json::Value = serde_json::from_str(POST).expect("bench JSON parses");
    let value = Value::from_json(&json).expect("bench JSON is valid atproto data");
    let bytes = value.to_drisl().expect("bench value encodes");

    c.bench_function("post/drisl_encode", |b| {
        b.iter(|| black_box(&value).to_drisl())
    });
    c.bench_function("post/drisl_decode", |b| {
        b.iter(|| Value::from_drisl(black_box(&bytes)))
    });
    c.bench_function("post/drisl_check", |b| {
        b.iter(|| drisl::check(black_box(&bytes)))
    });
    c.bench_function("post/serde_to_vec", |b| {
        b.iter(|| drisl::to_vec(black_box(&value)))
    });
    c.bench_function("post/serde_from_slice", |b| {
        b.iter(|| drisl::from_slice::<Value>(black_box(&bytes)))
    });
    c.bench_function("post/json_text_to_cid", |b| {
        b.iter(|| {
            let value: Value = serde_json::from_str(black_box(POST)).map_err(|e| e.to_string())?;
            value.cid().map_err(|e| e.to_string())
        })
    });
    c.bench_function("post/value_to_json_text", |b| {
        b.iter(|| serde_json::to_string(black_box(&value)))
    });
}

criterion_group!(data_model, benches);
criterion_main!(data_model);
