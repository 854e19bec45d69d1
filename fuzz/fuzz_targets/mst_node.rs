//! Stored MST nodes: a block loaded as the root of a tree, which reads it in place
//! (`mst/node_view.rs`). An accepted node must be canonical DAG-CBOR of `{e, l}`, and its entries,
//! rebuilt from that general decoding, must be what the tree reads.
#![no_main]

use lexgen::model::{Cid, Value, drisl};
use libfuzzer_sys::fuzz_target;
use pds::repo::{MemoryBlockStore, Mst};

/// The entries of a node decoded with the general DAG-CBOR decoder: full keys and record CIDs, and
/// whether any subtree link is set.
fn general(value: &Value) -> (Vec<(String, Cid)>, bool) {
    let mut entries = Vec::new();
    let mut subtree = value.get("l").is_some_and(|l| !l.is_null());
    let mut previous: Vec<u8> = Vec::new();
    for entry in value.get("e").and_then(Value::as_array).expect("entries") {
        let prefix = entry.get("p").and_then(Value::as_integer).expect("p");
        let suffix = entry.get("k").and_then(Value::as_bytes).expect("k");
        let mut key = previous[..usize::try_from(prefix).expect("prefix")].to_vec();
        key.extend_from_slice(suffix);
        let cid = entry.get("v").and_then(Value::as_link).expect("v");
        subtree |= entry.get("t").is_some_and(|t| !t.is_null());
        entries.push((String::from_utf8(key.clone()).expect("utf-8 key"), cid));
        previous = key;
    }
    (entries, subtree)
}

fuzz_target!(|bytes: &[u8]| {
    let cid = Cid::for_dag_cbor(bytes);
    let mut store = MemoryBlockStore::new();
    store.put(cid, bytes.to_vec());
    let Ok(tree) = Mst::load(&store, cid) else {
        return;
    };
    let value = drisl::decode(bytes).expect("an accepted node is strict DAG-CBOR");
    assert_eq!(drisl::encode(&value).expect("encode"), bytes);
    let (entries, subtree) = general(&value);
    let mut walked = Vec::new();
    let walk = Mst::walk_stored(&store, cid, |item| {
        if let pds::repo::mst::TreeItem::Leaf { key, cid } = item {
            walked.push((key.to_owned(), cid));
        }
        Ok(())
    });
    if subtree {
        // Its subtrees are not in the store.
        assert!(walk.is_err());
        return;
    }
    walk.expect("a node without subtrees walks");
    assert_eq!(walked, entries);
    assert_eq!(tree.entries(&store).expect("entries"), entries);
    for (key, cid) in &entries {
        assert_eq!(tree.get(&store, key).expect("get"), Some(*cid));
    }
});
