//! The record corpus: valid records of every record type, drawn from the lexicons' JSON, and
//! one-change mutations of each constraint, format, union and blob rule they reach.

use std::collections::BTreeMap;
use std::path::Path;

use lexgen::lexicon::StringFormat;
use lexgen::model::Cid;
use serde_json::{Map, Value as Json, json};

use super::rng::Rng;
use super::strings;

/// What a mutated record changed, so a disagreement can be matched to a row of the table.
#[derive(Clone)]
pub enum Change {
    /// Nothing: a record drawn valid.
    None,
    /// A string of a format replaced by this one (valid or not).
    Format(StringFormat, String),
    /// An integer set beyond the 64-bit signed range (written as a JSON number).
    IntegerBeyond64Bits,
    /// A blob given a size that is not positive.
    BlobSize,
    /// A blob whose `ref` is a CID outside the blessed set.
    BlobRefNotBlessed,
    /// A blob with an empty `mimeType`.
    BlobMimeTypeEmpty,
    /// An object reached through a `ref` given a `$type` naming another def.
    RefTypeMismatch,
    /// Any other change (limits, enums, consts, types, required fields, unions, blob shapes and
    /// constraints), described.
    Other(&'static str),
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Change::None => f.write_str("drawn valid"),
            Change::Format(format, text) => write!(f, "{} string {text:?}", format.as_str()),
            Change::IntegerBeyond64Bits => f.write_str("integer beyond 64 bits"),
            Change::BlobSize => f.write_str("blob: size not positive"),
            Change::BlobRefNotBlessed => f.write_str("blob: ref not blessed"),
            Change::BlobMimeTypeEmpty => f.write_str("blob: empty mimeType"),
            Change::RefTypeMismatch => f.write_str("ref: $type of another def"),
            Change::Other(what) => f.write_str(what),
        }
    }
}

pub struct Record {
    pub nsid: String,
    pub record: Json,
    pub change: Change,
}

/// The lexicon documents' defs by `nsid#name`.
pub struct Lexicons {
    defs: BTreeMap<String, Json>,
}

impl Lexicons {
    pub fn load(dir: &Path) -> anyhow::Result<Lexicons> {
        let mut defs = BTreeMap::new();
        for file in lexgen::catalog::collect_json_files(dir)? {
            let doc: Json = serde_json::from_str(&std::fs::read_to_string(&file)?)?;
            let Some(id) = doc["id"].as_str() else {
                continue;
            };
            if let Some(map) = doc["defs"].as_object() {
                for (name, def) in map {
                    defs.insert(format!("{id}#{name}"), def.clone());
                }
            }
        }
        Ok(Lexicons { defs })
    }

    /// The record types whose NSID starts with one of `prefixes`.
    pub fn record_types(&self, prefixes: &[&str]) -> Vec<String> {
        self.defs
            .iter()
            .filter(|(key, def)| {
                key.ends_with("#main")
                    && def["type"] == "record"
                    && prefixes.iter().any(|p| key.starts_with(p))
            })
            .map(|(key, _)| key.trim_end_matches("#main").to_owned())
            .collect()
    }

    /// The def a reference names, from a def of document `base`, with its `nsid#name`.
    fn resolve(&self, base: &str, reference: &str) -> Option<(String, &Json)> {
        let key = match reference.split_once('#') {
            Some(("", name)) => format!("{base}#{name}"),
            Some((nsid, name)) => format!("{nsid}#{name}"),
            None => format!("{reference}#main"),
        };
        self.defs.get(&key).map(|def| (key, def))
    }
}

/// A place in a generated record where a mutation can go: its JSON pointer, its schema and the
/// document the schema belongs to.
struct Site {
    pointer: String,
    schema: Json,
    base: String,
}

struct Gen<'a> {
    lex: &'a Lexicons,
    rng: &'a mut Rng,
    sites: Vec<Site>,
}

fn type_value(key: &str) -> String {
    key.strip_suffix("#main").unwrap_or(key).to_owned()
}

impl Gen<'_> {
    fn value(&mut self, base: &str, schema: &Json, pointer: String, depth: usize) -> Json {
        self.sites.push(Site {
            pointer: pointer.clone(),
            schema: schema.clone(),
            base: base.to_owned(),
        });
        match schema["type"].as_str().unwrap_or_default() {
            "boolean" => schema
                .get("const")
                .cloned()
                .unwrap_or(json!(self.rng.one_in(2))),
            "integer" => self.integer(schema),
            "string" => json!(self.string(schema)),
            "bytes" => {
                let max = schema["maxLength"].as_u64().unwrap_or(16).min(16) as usize;
                let min = schema["minLength"].as_u64().unwrap_or(0) as usize;
                let len = min + self.rng.below(max.saturating_sub(min) + 1);
                let bytes: Vec<u8> = (0..len).map(|_| self.rng.next() as u8).collect();
                json!({"$bytes": base64_std(&bytes)})
            }
            "cid-link" => {
                json!({"$link": Cid::for_dag_cbor(&self.rng.next().to_be_bytes()).to_string()})
            }
            "blob" => self.blob(schema),
            "array" => {
                let min = schema["minLength"].as_u64().unwrap_or(0) as usize;
                let max = schema["maxLength"].as_u64().unwrap_or(3).min(3) as usize;
                let len = if depth > 3 {
                    min
                } else {
                    min + self.rng.below(max.saturating_sub(min) + 1)
                };
                let items = (0..len)
                    .map(|i| {
                        self.value(base, &schema["items"], format!("{pointer}/{i}"), depth + 1)
                    })
                    .collect();
                Json::Array(items)
            }
            "object" => self.object(base, schema, &pointer, depth),
            "ref" => {
                let reference = schema["ref"].as_str().unwrap_or_default();
                match self.lex.resolve(base, reference) {
                    Some((key, def)) => {
                        let nsid = key.split('#').next().unwrap_or_default().to_owned();
                        let def = def.clone();
                        if def["type"] == "token" {
                            return json!(type_value(&key));
                        }
                        self.value(&nsid, &def, pointer, depth)
                    }
                    None => json!({}),
                }
            }
            "union" => {
                let refs: Vec<String> = schema["refs"]
                    .as_array()
                    .map(|r| {
                        r.iter()
                            .filter_map(|x| x.as_str().map(str::to_owned))
                            .collect()
                    })
                    .unwrap_or_default();
                if refs.is_empty() {
                    return json!({"$type": "com.example.anything", "x": 1});
                }
                let reference = self.rng.pick(&refs).clone();
                let Some((key, def)) = self.lex.resolve(base, &reference) else {
                    return json!({});
                };
                let nsid = key.split('#').next().unwrap_or_default().to_owned();
                let def = def.clone();
                let mut value = self.object(&nsid, &def, &pointer, depth);
                if let Some(map) = value.as_object_mut() {
                    map.insert("$type".into(), json!(type_value(&key)));
                }
                value
            }
            "unknown" => json!({"$type": "com.example.unknown", "n": 1}),
            _ => Json::Null,
        }
    }

    fn object(&mut self, base: &str, schema: &Json, pointer: &str, depth: usize) -> Json {
        let mut map = Map::new();
        let required: Vec<&str> = schema["required"]
            .as_array()
            .map(|r| r.iter().filter_map(|x| x.as_str()).collect())
            .unwrap_or_default();
        if let Some(props) = schema["properties"].as_object() {
            for (name, prop) in props {
                let take = required.contains(&name.as_str()) || (depth < 3 && self.rng.one_in(2));
                if take {
                    let v = self.value(base, prop, format!("{pointer}/{name}"), depth + 1);
                    map.insert(name.clone(), v);
                }
            }
        }
        Json::Object(map)
    }

    fn integer(&mut self, schema: &Json) -> Json {
        if let Some(c) = schema.get("const") {
            return c.clone();
        }
        if let Some(list) = schema["enum"].as_array() {
            return self.rng.pick(list).clone();
        }
        let min = schema["minimum"].as_i64().unwrap_or(0);
        let max = schema["maximum"]
            .as_i64()
            .unwrap_or(min.saturating_add(1_000_000));
        let span = (max - min) as u64 + 1;
        json!(min + (self.rng.next() % span) as i64)
    }

    fn string(&mut self, schema: &Json) -> String {
        if let Some(c) = schema["const"].as_str() {
            return c.to_owned();
        }
        if let Some(list) = schema["enum"].as_array() {
            return self.rng.pick(list).as_str().unwrap_or_default().to_owned();
        }
        if let Some(format) = schema["format"].as_str().and_then(format_of) {
            return strings::valid(format, self.rng);
        }
        if let Some(list) = schema["knownValues"].as_array()
            && !list.is_empty()
            && self.rng.one_in(2)
        {
            return self.rng.pick(list).as_str().unwrap_or_default().to_owned();
        }
        let max_bytes = schema["maxLength"].as_u64().unwrap_or(64).min(64) as usize;
        let max_graphemes = schema["maxGraphemes"].as_u64().unwrap_or(64).min(64) as usize;
        let min = schema["minLength"]
            .as_u64()
            .max(schema["minGraphemes"].as_u64())
            .unwrap_or(0) as usize;
        let pieces = [
            "a",
            "b",
            "z",
            " ",
            "é",
            "日本",
            "👍🏽",
            "e\u{301}",
            "🇫🇷",
            "👨‍👩‍👧",
            "\r\n",
            "क्षि",
            "각",
            "\u{1100}\u{1161}\u{11a8}",
            "🏳️‍🌈",
            "\u{200d}",
            "a\u{fe0f}",
            "\n",
            "\u{0}",
        ];
        let mut text = String::new();
        let mut graphemes = 0;
        let target = min
            + self
                .rng
                .below(max_graphemes.min(max_bytes).saturating_sub(min) + 1);
        while graphemes < target {
            let piece = if text.len() + 8 > max_bytes {
                "a"
            } else {
                *self.rng.pick(&pieces)
            };
            if text.len() + piece.len() > max_bytes {
                break;
            }
            text.push_str(piece);
            graphemes += 1;
        }
        text
    }

    fn blob(&mut self, schema: &Json) -> Json {
        let mime = schema["accept"]
            .as_array()
            .and_then(|a| a.first())
            .and_then(|m| m.as_str())
            .map_or("image/png".to_owned(), |m| m.replace('*', "png"));
        let max = schema["maxSize"].as_u64().unwrap_or(1_000_000);
        blob_json(&mime, 1 + self.rng.next() % max)
    }
}

/// Clusters to count at the grapheme limits.
const GRAPHEME_PIECES: [&str; 12] = [
    "👍🏽",
    "🇫🇷",
    "👨‍👩‍👧",
    "🏳️‍🌈",
    "e\u{301}",
    "क्षि",
    "\u{1100}\u{1161}\u{11a8}",
    "\r\n",
    "각",
    "a\u{fe0f}",
    "\u{0915}\u{094d}\u{200d}\u{0937}",
    "🧑🏻‍❤️‍💋‍🧑🏼",
];

fn blob_json(mime: &str, size: u64) -> Json {
    json!({
        "$type": "blob",
        "ref": {"$link": Cid::for_raw(&size.to_be_bytes()).to_string()},
        "mimeType": mime,
        "size": size,
    })
}

fn base64_std(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD_NO_PAD.encode(bytes)
}

pub fn format_of(name: &str) -> Option<StringFormat> {
    strings::FORMATS
        .iter()
        .map(|&(f, _)| f)
        .find(|f| f.as_str() == name)
}

/// Sets (or, with `None`, removes) the value at a JSON pointer.
fn set(record: &mut Json, pointer: &str, value: Option<Json>) {
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        return;
    };
    let Some(target) = record.pointer_mut(parent) else {
        return;
    };
    match (target, value) {
        (Json::Object(map), Some(v)) => {
            map.insert(last.to_owned(), v);
        }
        (Json::Object(map), None) => {
            map.remove(last);
        }
        (Json::Array(items), Some(v)) => {
            if let Some(slot) = last.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                *slot = v;
            }
        }
        _ => {}
    }
}

/// The mutations of one site: the replacement value (or removal) and what it changes.
fn mutations(
    lex: &Lexicons,
    site: &Site,
    rng: &mut Rng,
    format_pool: &[(StringFormat, String)],
) -> Vec<(Option<Json>, Change)> {
    let s = &site.schema;
    let mut out: Vec<(Option<Json>, Change)> = Vec::new();
    let other = |what| Change::Other(what);
    match s["type"].as_str().unwrap_or_default() {
        "string" => {
            out.push((Some(json!(42)), other("string: wrong type")));
            out.push((Some(Json::Null), other("string: null")));
            if let Some(max) = s["maxLength"].as_u64() {
                out.push((
                    Some(json!("a".repeat(max as usize + 1))),
                    other("string: maxLength"),
                ));
            }
            if let Some(max) = s["maxGraphemes"].as_u64() {
                // Exactly at the limit and one past it, in clusters the two segmenters might
                // count differently (emoji sequences, Indic conjuncts, Hangul jamo, CR LF).
                let max = max as usize;
                let piece = *rng.pick(&GRAPHEME_PIECES);
                out.push((
                    Some(json!(piece.repeat(max))),
                    other("string: maxGraphemes, at the limit"),
                ));
                out.push((
                    Some(json!(piece.repeat(max + 1))),
                    other("string: maxGraphemes, past the limit"),
                ));
                out.push((
                    Some(json!("a".repeat(max + 1))),
                    other("string: maxGraphemes"),
                ));
            }
            if s["minLength"].as_u64().unwrap_or(0) > 0
                || s["minGraphemes"].as_u64().unwrap_or(0) > 0
            {
                out.push((Some(json!("")), other("string: minimum length")));
            }
            if s.get("enum").is_some() {
                out.push((Some(json!("not-in-the-enum")), other("string: enum")));
            }
            if s.get("const").is_some() {
                out.push((Some(json!("not-the-const")), other("string: const")));
            }
            if let Some(format) = s["format"].as_str().and_then(format_of) {
                let candidates: Vec<&String> = format_pool
                    .iter()
                    .filter(|(f, _)| *f == format)
                    .map(|(_, text)| text)
                    .collect();
                for _ in 0..6 {
                    let text = (*rng.pick(&candidates)).clone();
                    out.push((Some(json!(text)), Change::Format(format, text)));
                }
            }
        }
        "integer" => {
            out.push((Some(json!("1")), other("integer: wrong type")));
            out.push((Some(json!(1.5)), other("integer: float")));
            if let Some(max) = s["maximum"].as_i64() {
                out.push((Some(json!(max + 1)), other("integer: maximum")));
            }
            if let Some(min) = s["minimum"].as_i64() {
                out.push((Some(json!(min - 1)), other("integer: minimum")));
            }
            if let Some(c) = s["const"].as_i64() {
                out.push((Some(json!(c + 1)), other("integer: const")));
            }
            if s.get("enum").is_some() {
                out.push((Some(json!(-987_654)), other("integer: enum")));
            }
            let free = s.get("enum").is_none() && s.get("const").is_none();
            if free && s.get("maximum").is_none() {
                out.push((
                    Some(json!(9_007_199_254_740_993i64)),
                    other("integer: beyond 2^53"),
                ));
                out.push((Some(json!(i64::MAX)), other("integer: i64::MAX")));
                out.push((
                    Some(json!(i64::MAX as u64 + 1)),
                    Change::IntegerBeyond64Bits,
                ));
                out.push((Some(json!(1e20)), Change::IntegerBeyond64Bits));
            }
            if free && s.get("minimum").is_none() {
                out.push((Some(json!(i64::MIN)), other("integer: i64::MIN")));
                out.push((Some(json!(-1e19)), Change::IntegerBeyond64Bits));
            }
        }
        "boolean" => {
            out.push((Some(json!("true")), other("boolean: wrong type")));
            if let Some(c) = s["const"].as_bool() {
                out.push((Some(json!(!c)), other("boolean: const")));
            }
        }
        "bytes" => {
            out.push((Some(json!("AQID")), other("bytes: wrong type")));
            out.push((Some(json!({"$bytes": "!!!"})), other("bytes: bad base64")));
            out.push((
                Some(json!({"$bytes": "AQID", "x": 1})),
                other("bytes: extra key"),
            ));
            if let Some(max) = s["maxLength"].as_u64() {
                let bytes = vec![7u8; max as usize + 1];
                out.push((
                    Some(json!({"$bytes": base64_std(&bytes)})),
                    other("bytes: maxLength"),
                ));
            }
        }
        "cid-link" => {
            out.push((
                Some(json!({"$link": "bafyreinotacid"})),
                other("cid-link: bad CID"),
            ));
            out.push((
                Some(json!({"$link": Cid::for_raw(b"x").to_string(), "x": 1})),
                other("cid-link: extra key"),
            ));
            out.push((
                Some(json!(Cid::for_raw(b"x").to_string())),
                other("cid-link: a string"),
            ));
            out.push((
                Some(
                    json!({"$link": "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"}),
                ),
                other("cid-link: not blessed"),
            ));
        }
        "blob" => {
            if s.get("accept").is_some() {
                out.push((
                    Some(blob_json("application/x-nope", 10)),
                    other("blob: accept"),
                ));
            }
            if let Some(max) = s["maxSize"].as_u64() {
                let mime = s["accept"]
                    .as_array()
                    .and_then(|a| a.first())
                    .and_then(|m| m.as_str())
                    .map_or("image/png".to_owned(), |m| m.replace('*', "png"));
                out.push((Some(blob_json(&mime, max + 1)), other("blob: maxSize")));
            }
            let cid = Cid::for_raw(b"legacy").to_string();
            let mime = s["accept"]
                .as_array()
                .and_then(|a| a.first())
                .and_then(|m| m.as_str())
                .map_or("image/png".to_owned(), |m| m.replace('*', "png"));
            out.push((
                Some(json!({"cid": cid, "mimeType": mime})),
                other("blob: legacy form"),
            ));
            out.push((
                Some(json!({"$type": "blob", "ref": {"$link": cid}, "mimeType": mime})),
                other("blob: no size"),
            ));
            out.push((Some(json!({"$type": "blob", "ref": {"$link": cid}, "mimeType": mime, "size": 1, "extra": 1})), other("blob: extra key")));
            out.push((
                Some(json!({"$type": "blob", "ref": cid, "mimeType": mime, "size": 1})),
                other("blob: ref not a link"),
            ));
            out.push((
                Some(json!({"$type": "blob", "ref": {"$link": cid}, "mimeType": mime, "size": -1})),
                Change::BlobSize,
            ));
            out.push((
                Some(json!({"$type": "blob", "ref": {"$link": cid}, "mimeType": mime, "size": 0})),
                Change::BlobSize,
            ));
            out.push((
                Some(
                    json!({"$type": "blob", "ref": {"$link": cid}, "mimeType": mime, "size": "1"}),
                ),
                other("blob: size a string"),
            ));
            out.push((
                Some(json!({"$type": "blob", "ref": {"$link": cid}, "mimeType": 5, "size": 1})),
                other("blob: mimeType not a string"),
            ));
            out.push((Some(json!({"$type": "blob", "ref": {"$link": Cid::for_dag_cbor(b"x").to_string()}, "mimeType": mime, "size": 1})), other("blob: dag-cbor ref")));
            out.push((Some(json!({"$type": "blob", "ref": {"$link": "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"}, "mimeType": mime, "size": 1})), Change::BlobRefNotBlessed));
            out.push((
                Some(json!({"cid": cid, "mimeType": mime, "size": 1})),
                other("blob: legacy with extra key"),
            ));
            out.push((
                Some(json!({"cid": "bafynotacid", "mimeType": mime})),
                other("blob: legacy with a bad cid"),
            ));
            out.push((
                Some(json!({"cid": cid, "mimeType": "application/x-nope"})),
                other("blob: legacy, accept"),
            ));
            out.push((
                Some(json!({"$type": "blob", "ref": {"$link": cid}, "mimeType": "", "size": 1})),
                Change::BlobMimeTypeEmpty,
            ));
            out.push((
                Some(json!({"cid": cid, "mimeType": ""})),
                Change::BlobMimeTypeEmpty,
            ));
            out.push((Some(json!({"$type": "blob", "ref": {"$link": cid}, "mimeType": "image/png;q=1", "size": 1})), other("blob: mimeType with parameters")));
            out.push((Some(json!("blob")), other("blob: wrong type")));
        }
        "array" => {
            out.push((Some(json!({})), other("array: wrong type")));
            if let Some(max) = s["maxLength"].as_u64() {
                let items: Vec<Json> = (0..=max).map(|_| json!(null)).collect();
                out.push((Some(Json::Array(items)), other("array: maxLength")));
            }
            if s["minLength"].as_u64().unwrap_or(0) > 0 {
                out.push((Some(json!([])), other("array: minLength")));
            }
            out.push((
                Some(json!([{"$type": "x"}, 1, "s"])),
                other("array: item types"),
            ));
        }
        "object" => {
            out.push((Some(json!("object")), other("object: wrong type")));
        }
        "ref" => {
            out.push((Some(json!(7)), other("ref: wrong type")));
            let reference = s["ref"].as_str().unwrap_or_default();
            if let Some((key, def)) = lex.resolve(&site.base, reference)
                && def["type"] == "object"
            {
                if let Some(required) = def["required"]
                    .as_array()
                    .and_then(|r| r.first())
                    .and_then(|r| r.as_str())
                {
                    out.push((
                        Some(json!({"$type": type_value(&key)})),
                        other(if required.is_empty() {
                            "ref: empty"
                        } else {
                            "ref: missing required"
                        }),
                    ));
                }
                // The value drawn for the site, with a `$type` naming another def (set in `corpus`).
                out.push((None, Change::RefTypeMismatch));
            }
        }
        "union" => {
            out.push((
                Some(json!({"$type": "com.example.unlisted", "a": 1})),
                other("union: unlisted $type"),
            ));
            out.push((Some(json!({"a": 1})), other("union: no $type")));
            out.push((
                Some(json!({"$type": 5})),
                other("union: $type not a string"),
            ));
            out.push((Some(json!("x")), other("union: wrong type")));
        }
        "unknown" => {
            // No record type reaches an `unknown` field today (see docs/conformance.md).
            out.push((Some(json!([1, 2])), other("unknown: an array")));
            out.push((Some(json!("text")), other("unknown: a string")));
            out.push((
                Some(json!({"no": "type"})),
                other("unknown: object without $type"),
            ));
        }
        _ => {}
    }
    out
}

/// The corpus: for each record type, `valid_per_type` records drawn valid, then mutations of
/// their sites until `per_type` records.
pub fn corpus(
    lex: &Lexicons,
    nsids: &[String],
    per_type: usize,
    rng: &mut Rng,
    format_pool: &[(StringFormat, String)],
) -> Vec<Record> {
    let mut out = Vec::new();
    for nsid in nsids {
        let Some((_, def)) = lex.resolve(nsid, nsid) else {
            continue;
        };
        let object = def["record"].clone();
        let mut made = 0;
        let mut round = 0;
        while made < per_type {
            let mut generator = Gen {
                lex,
                rng,
                sites: Vec::new(),
            };
            let mut record = generator.object(nsid, &object, "", 0);
            let sites = std::mem::take(&mut generator.sites);
            if let Some(map) = record.as_object_mut() {
                map.insert("$type".into(), json!(nsid));
            }
            out.push(Record {
                nsid: nsid.clone(),
                record: record.clone(),
                change: Change::None,
            });
            made += 1;
            // The record's own `$type`, and its required properties removed one at a time.
            if round == 0 {
                for (value, what) in [
                    (None, "record: no $type"),
                    (Some(json!("app.bsky.feed.like")), "record: another $type"),
                    (Some(json!(5)), "record: $type not a string"),
                    (
                        Some(json!(format!("{nsid}#main"))),
                        "record: $type with #main",
                    ),
                ] {
                    let mut copy = record.clone();
                    set(&mut copy, "/$type", value);
                    out.push(Record {
                        nsid: nsid.clone(),
                        record: copy,
                        change: Change::Other(what),
                    });
                    made += 1;
                }
                for name in object["required"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|n| n.as_str())
                {
                    let mut copy = record.clone();
                    set(&mut copy, &format!("/{name}"), None);
                    out.push(Record {
                        nsid: nsid.clone(),
                        record: copy,
                        change: Change::Other("missing required"),
                    });
                    made += 1;
                }
            }
            for site in &sites {
                for (value, change) in mutations(lex, site, rng, format_pool) {
                    let mut copy = record.clone();
                    if let Change::RefTypeMismatch = change {
                        let Some(Json::Object(map)) = copy.pointer_mut(&site.pointer) else {
                            continue;
                        };
                        map.insert("$type".into(), json!("com.example.other#thing"));
                    } else {
                        set(&mut copy, &site.pointer, value);
                    }
                    out.push(Record {
                        nsid: nsid.clone(),
                        record: copy,
                        change,
                    });
                    made += 1;
                }
            }
            round += 1;
            if round > per_type {
                break;
            }
        }
    }
    out
}
