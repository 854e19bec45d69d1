//! `lexicons.lock`: the lexicons installed from the network, each pinned to the record it came from
//! (NSID, at-uri, record CID, publishing DID). `cargo xtask install --check` holds the files to it.

use std::path::Path;

use anyhow::{Context, bail};
use lexgen::model::{Cid, Value};
use serde::{Deserialize, Serialize};

/// The file, as written: entries sorted by NSID.
#[derive(Debug, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Lockfile {
    pub version: u32,
    pub lexicons: Vec<Entry>,
}

/// One installed lexicon.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub nsid: String,
    pub uri: String,
    pub cid: String,
    pub did: String,
}

impl Lockfile {
    /// Reads `path`; a missing file is an empty lockfile.
    pub fn read(path: &Path) -> anyhow::Result<Self> {
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let lock: Lockfile = serde_json::from_str(&text)
                    .with_context(|| format!("parsing {}", path.display()))?;
                if lock.version != 1 {
                    bail!("{}: unsupported version {}", path.display(), lock.version);
                }
                Ok(lock)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Lockfile {
                version: 1,
                lexicons: Vec::new(),
            }),
            Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
        }
    }

    pub fn write(&self, path: &Path) -> anyhow::Result<()> {
        std::fs::write(path, self.to_text()?).with_context(|| format!("writing {}", path.display()))
    }

    pub fn to_text(&self) -> anyhow::Result<String> {
        Ok(serde_json::to_string_pretty(self)? + "\n")
    }

    pub fn get(&self, nsid: &str) -> Option<&Entry> {
        self.lexicons.iter().find(|e| e.nsid == nsid)
    }

    /// Adds or replaces the entry for its NSID, keeping the order.
    pub fn pin(&mut self, entry: Entry) {
        self.lexicons.retain(|e| e.nsid != entry.nsid);
        self.lexicons.push(entry);
        self.lexicons.sort_by(|a, b| a.nsid.cmp(&b.nsid));
    }
}

/// The CID the schema record of `document` has: the document with `$type` added, as DAG-CBOR.
pub fn record_cid(document: &serde_json::Value) -> anyhow::Result<Cid> {
    let record = schema_record(document)?;
    Ok(Value::from_json(&record)
        .map_err(|e| anyhow::anyhow!("not a valid record: {e}"))?
        .cid()?)
}

/// The `com.atproto.lexicon.schema` record of a lexicon document.
pub fn schema_record(document: &serde_json::Value) -> anyhow::Result<serde_json::Value> {
    let serde_json::Value::Object(map) = document else {
        bail!("a lexicon document is a JSON object");
    };
    let mut record = serde_json::Map::new();
    record.insert(
        "$type".to_owned(),
        pds::lexicon_resolver::SCHEMA_COLLECTION.into(),
    );
    record.extend(map.clone());
    Ok(serde_json::Value::Object(record))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinning_replaces_and_sorts() {
        let entry = |nsid: &str, cid: &str| Entry {
            nsid: nsid.to_owned(),
            uri: format!("at://did:plc:x/com.atproto.lexicon.schema/{nsid}"),
            cid: cid.to_owned(),
            did: "did:plc:x".to_owned(),
        };
        let mut lock = Lockfile::default();
        lock.pin(entry("b.c.d", "1"));
        lock.pin(entry("a.b.c", "1"));
        lock.pin(entry("b.c.d", "2"));
        let nsids: Vec<&str> = lock.lexicons.iter().map(|e| e.nsid.as_str()).collect();
        assert_eq!(nsids, ["a.b.c", "b.c.d"]);
        assert_eq!(lock.get("b.c.d").map(|e| e.cid.as_str()), Some("2"));
    }

    #[test]
    fn the_record_cid_ignores_key_order() {
        let a = serde_json::json!({"lexicon": 1, "id": "a.b.c", "defs": {}});
        let b = serde_json::json!({"defs": {}, "id": "a.b.c", "lexicon": 1});
        assert_eq!(record_cid(&a).unwrap(), record_cid(&b).unwrap());
        assert_ne!(
            record_cid(&a).unwrap(),
            record_cid(&serde_json::json!({"lexicon": 1, "id": "a.b.d", "defs": {}})).unwrap()
        );
    }
}
