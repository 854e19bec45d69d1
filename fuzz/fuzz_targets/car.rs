//! CAR files: the streaming, verifying reader (header, varints, CIDs, hashes, limits), with every
//! commit-shaped block decoded and every node-shaped block loaded as an MST root; an accepted CAR
//! written again by `CarWriter` reads back the same roots and blocks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pds::repo::car::{CarLimits, CarReader, CarWriter};
use pds::repo::{Commit, MemoryBlockStore, Mst};

/// Small enough that the limit is reached by fuzzed input.
const LIMITS: CarLimits = CarLimits {
    max_block_len: 64 * 1024,
};

fuzz_target!(|bytes: &[u8]| {
    let Ok(mut reader) = CarReader::new(bytes, LIMITS) else {
        return;
    };
    let roots = reader.roots().to_vec();
    let mut blocks = Vec::new();
    loop {
        match reader.next_block() {
            Ok(Some(block)) => blocks.push(block),
            Ok(None) => break,
            Err(_) => return,
        }
    }
    let mut store = MemoryBlockStore::new();
    store.extend(blocks.iter().cloned());
    for (cid, bytes) in &blocks {
        let _ = Commit::decode(*cid, bytes);
        if let Ok(tree) = Mst::load(&store, *cid) {
            let _ = tree.entries(&store);
        }
        let _ = Mst::walk_stored(&store, *cid, |_| Ok(()));
    }
    if roots.len() > 1 {
        return;
    }
    let mut writer = match roots.first() {
        Some(root) => CarWriter::new(Vec::new(), *root),
        None => CarWriter::without_root(Vec::new()),
    }
    .expect("writing to memory");
    for (cid, bytes) in &blocks {
        writer.write_block(cid, bytes).expect("writing to memory");
    }
    let written = writer.finish().expect("writing to memory");
    let mut again = CarReader::new(written.as_slice(), LIMITS).expect("our header");
    assert_eq!(again.roots(), roots.as_slice());
    let read: Vec<_> = again.by_ref().map(|b| b.expect("our block")).collect();
    assert_eq!(read, blocks);
});
