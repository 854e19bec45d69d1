//! Property tests of the MST: the root depends only on the key→CID map, edits agree with a BTreeMap model,
//! and the blocks an edit reports as new and removed keep the store exactly equal to the reachable tree.
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};

use lexgen::model::Cid;
use pds::repo::mst::TreeItem;
use pds::repo::{MemoryBlockStore, Mst};
use proptest::prelude::*;

fn key(collection: u8, rkey: u16) -> String {
    format!("app.bsky.c{collection}/{rkey:05}")
}

fn value(n: u32) -> Cid {
    Cid::for_dag_cbor(&n.to_be_bytes())
}

fn build(store: &MemoryBlockStore, entries: &[(String, Cid)]) -> Mst {
    let mut tree = Mst::new();
    for (key, cid) in entries {
        tree.insert(store, key, *cid).unwrap();
    }
    tree
}

/// Every node reachable from `root`, and the entries, read from the store with full verification.
fn reachable(store: &MemoryBlockStore, root: Cid) -> (BTreeSet<Cid>, Vec<(String, Cid)>) {
    let mut nodes = BTreeSet::new();
    let mut leaves = Vec::new();
    Mst::walk_stored(store, root, |item| {
        match item {
            TreeItem::Node { cid, .. } => {
                nodes.insert(cid);
            }
            TreeItem::Leaf { key, cid } => leaves.push((key.to_owned(), cid)),
        }
        Ok(())
    })
    .unwrap();
    (nodes, leaves)
}

fn entries_strategy() -> impl Strategy<Value = Vec<(String, Cid)>> {
    prop::collection::btree_map((0u8..4, 0u16..2000), any::<u32>(), 0..120).prop_map(|map| {
        map.into_iter()
            .map(|((c, r), v)| (key(c, r), value(v)))
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn root_is_independent_of_insertion_order(entries in entries_strategy(), seed in any::<u64>()) {
        let store = MemoryBlockStore::new();
        let mut forward = build(&store, &entries);
        let mut shuffled = entries.clone();
        // A deterministic shuffle driven by the seed.
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let mut backward = build(&store, &shuffled);
        prop_assert_eq!(forward.finalize().unwrap().0, backward.finalize().unwrap().0);
        prop_assert_eq!(forward.entries(&store).unwrap(), entries);
    }

    #[test]
    fn edits_match_a_model_and_account_for_every_block(
        initial in entries_strategy(),
        edits in prop::collection::vec(((0u8..4, 0u16..2000), prop::option::of(any::<u32>())), 1..60),
    ) {
        let mut store = MemoryBlockStore::new();
        let mut model: BTreeMap<String, Cid> = initial.iter().cloned().collect();
        let mut tree = build(&store, &initial);
        let (mut root, blocks, _) = tree.finalize_with_removed().unwrap();
        store.extend(blocks);
        // Apply the edits in a few batches, each finalised like a commit.
        for batch in edits.chunks(7) {
            let mut tree_loaded = Mst::load(&store, root).unwrap();
            for ((c, r), v) in batch {
                let k = key(*c, *r);
                match v {
                    Some(v) => { tree_loaded.insert(&store, &k, value(*v)).unwrap(); model.insert(k, value(*v)); }
                    None => { prop_assert_eq!(tree_loaded.delete(&store, &k).unwrap(), model.remove(&k).is_some()); }
                }
            }
            let (new_root, blocks, removed) = tree_loaded.finalize_with_removed().unwrap();
            let new: BTreeSet<Cid> = blocks.iter().map(|(c, _)| *c).collect();
            store.extend(blocks);
            let (before, _) = reachable(&store, root);
            let (after, leaves) = reachable(&store, new_root);
            let gone: BTreeSet<Cid> = before.difference(&after).copied().collect();
            prop_assert_eq!(&removed, &gone, "removed blocks are exactly the nodes no longer reachable");
            prop_assert!(after.difference(&before).all(|c| new.contains(c)), "every newly reachable node is reported new");
            prop_assert_eq!(&leaves, &model.iter().map(|(k, v)| (k.clone(), *v)).collect::<Vec<_>>());
            let rebuilt = build(&MemoryBlockStore::new(), &leaves).finalize().unwrap().0;
            prop_assert_eq!(rebuilt, new_root, "same map, same root");
            root = new_root;
        }
    }
}
