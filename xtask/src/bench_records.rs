//! `cargo xtask bench-records post|portfolio COUNT OUT.jsonl`: writes a JSONL file of varied, valid
//! records for the validation benchmarks (a post with facets and an image embed, or a
//! `cv.atmos.portfolio.entry`), deterministically.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use serde_json::{Value, json};

const WORDS: &[&str] = &[
    "light", "ink", "heron", "sketch", "studio", "morning", "print", "colour", "river", "paper",
    "line", "form", "café", "noite", "über", "🌊", "🎨", "shadow", "glass", "clay",
];

/// A small deterministic generator (64-bit LCG), enough to vary lengths and choices.
struct Rng(u64);

impl Rng {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % below.max(1)
    }

    fn words(&mut self, min: usize, max: usize) -> String {
        let n = min + self.next(max - min + 1);
        (0..n)
            .map(|_| WORDS[self.next(WORDS.len())])
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn did(i: usize) -> String {
    format!("did:plc:{:0>24}", format!("{i:x}"))
        .chars()
        .map(|c| {
            if c.is_ascii_digit() && c > '7' {
                'a'
            } else {
                c
            }
        })
        .collect()
}

fn blob(rng: &mut Rng, mime: &str, max: usize) -> Value {
    json!({"$type": "blob", "ref": {"$link": "bafkreiccldh766hwcnuxnf2wh6jgzepf2nlu2lvcllt63eww5p6chi4ity"},
        "mimeType": mime, "size": 1000 + rng.next(max - 1000)})
}

fn created_at(i: usize) -> String {
    let seconds = i % 60;
    let minutes = (i / 60) % 60;
    let hours = (i / 3600) % 24;
    format!(
        "2024-05-01T{hours:02}:{minutes:02}:{seconds:02}.{:03}Z",
        i % 1000
    )
}

/// Text with a mention, a link and a tag, and the facets pointing at them (UTF-8 byte offsets).
fn rich_text(rng: &mut Rng, i: usize) -> (String, Value) {
    let mut text = rng.words(3, 12);
    let mut facets = Vec::new();
    let mut feature = |text: &mut String, shown: String, feature: Value| {
        text.push(' ');
        let start = text.len();
        text.push_str(&shown);
        facets.push(
            json!({"index": {"byteStart": start, "byteEnd": text.len()}, "features": [feature]}),
        );
    };
    feature(
        &mut text,
        format!("@user{i}.bsky.social"),
        json!({"$type": "app.bsky.richtext.facet#mention", "did": did(i)}),
    );
    text.push(' ');
    text.push_str(&rng.words(2, 8));
    feature(
        &mut text,
        format!("example.com/p/{i}"),
        json!({"$type": "app.bsky.richtext.facet#link", "uri": format!("https://example.com/p/{i}")}),
    );
    let tag = WORDS[rng.next(10)];
    feature(
        &mut text,
        format!("#{tag}"),
        json!({"$type": "app.bsky.richtext.facet#tag", "tag": tag}),
    );
    (text, Value::Array(facets))
}

fn post(rng: &mut Rng, i: usize) -> Value {
    let (text, facets) = rich_text(rng, i);
    let images: Vec<Value> = (0..1 + rng.next(4))
        .map(|_| {
            json!({"alt": rng.words(2, 10), "image": blob(rng, "image/jpeg", 1_000_000),
                "aspectRatio": {"width": 800 + rng.next(1200), "height": 600 + rng.next(1200)}})
        })
        .collect();
    json!({"$type": "app.bsky.feed.post", "text": text, "facets": facets, "langs": ["en"],
        "createdAt": created_at(i), "embed": {"$type": "app.bsky.embed.images", "images": images}})
}

fn portfolio(rng: &mut Rng, i: usize) -> Value {
    let (description, facets) = rich_text(rng, i);
    let media: Vec<Value> = (0..1 + rng.next(5))
        .map(|k| {
            if k > 0 && rng.next(4) == 0 {
                json!({"$type": "cv.atmos.defs#video", "video": blob(rng, "video/mp4", 50_000_000),
                    "alt": rng.words(2, 8), "aspectRatio": {"width": 16, "height": 9}})
            } else {
                json!({"$type": "cv.atmos.defs#image", "image": blob(rng, "image/png", 4_000_000),
                    "alt": rng.words(2, 10), "aspectRatio": {"width": 4, "height": 3}})
            }
        })
        .collect();
    let tags: Vec<&str> = (0..rng.next(6))
        .map(|_| WORDS[rng.next(WORDS.len())])
        .collect();
    json!({"$type": "cv.atmos.portfolio.entry", "title": rng.words(1, 5), "description": description,
        "descriptionFacets": facets, "media": media, "role": "Illustration", "client": rng.words(1, 3),
        "date": {"year": 2000 + rng.next(25), "month": 1 + rng.next(12)}, "tags": tags,
        "disciplines": ["illustration", "printmaking"],
        "collaborators": [{"did": did(i + 1), "credit": "Photography"}],
        "links": [{"uri": format!("https://example.com/work/{i}"), "title": "Shop"}],
        "langs": ["en"], "createdAt": created_at(i)})
}

/// `cargo xtask bench-records post|portfolio COUNT OUT.jsonl`.
#[derive(clap::Args)]
pub struct Args {
    /// The record type: `post` (app.bsky.feed.post) or `portfolio` (cv.atmos.portfolio.entry).
    #[arg(value_enum)]
    kind: Kind,
    /// How many records.
    count: usize,
    /// The JSON-lines file to write.
    out: PathBuf,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Kind {
    Post,
    Portfolio,
}

pub fn run(args: &Args) -> anyhow::Result<()> {
    let (kind, make): (&str, fn(&mut Rng, usize) -> Value) = match args.kind {
        Kind::Post => ("post", post),
        Kind::Portfolio => ("portfolio", portfolio),
    };
    let (count, out) = (args.count, args.out.display());
    let mut rng = Rng(0x5eed);
    let mut file = std::io::BufWriter::new(
        std::fs::File::create(&args.out).with_context(|| format!("creating {out}"))?,
    );
    for i in 0..count {
        writeln!(file, "{}", make(&mut rng, i))?;
    }
    file.flush()?;
    eprintln!("wrote {count} {kind} records to {out}");
    Ok(())
}
