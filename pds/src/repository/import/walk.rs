//! The walk of an imported tree: every node verified, every record path checked, and every leaf counted
//! against what [`Arrivals`] knows of its block. When every node was kept in memory it runs on the thread
//! that read the CAR ([`walk_ahead`]), sending the record index rows to the job while the job still writes;
//! otherwise the job walks, reading the nodes that did not fit back from SQLite.

use std::sync::mpsc::SyncSender;

use lexgen::model::{Cid, Nsid, RecordKey};

use super::Delivery;
use super::arrivals::{Arrivals, Index, Leaf};
use crate::repo::mst::{NOT_A_NODE, TreeItem};
use crate::repo::{BlockStore, Mst, RepoError};
use crate::storage::repo_import::PendingRows;

/// Record index rows sent to the job at a time.
const ROWS_PER_DELIVERY: usize = 1024;

/// What the walk found.
#[derive(Default)]
pub(super) struct Walked {
    pub(super) records: u64,
    /// Different record blocks (two records may be the same block).
    pub(super) distinct_records: u64,
    pub(super) nodes: u64,
    /// A record that might also be the commit or an MST node: counting blocks cannot tell what is reachable.
    pub(super) ambiguous: bool,
    /// A record is the commit block itself.
    pub(super) commit_is_record: bool,
}

/// Why a walk stopped.
#[derive(Debug)]
pub(super) enum WalkFailure {
    /// The tree is invalid, or a block it needs is not in the CAR.
    Tree(RepoError),
    /// The block of the record at `path` is in the CAR but is not a valid record (the job, which stored
    /// the block, says why).
    Record { path: String, cid: Cid },
}

/// The end of a walk on the reading thread: what it found, the reference counts in CID order (`None` if
/// the index outgrew its budget) and the node copies, which the job may still need.
pub(super) struct WalkedAhead {
    pub(super) walked: Walked,
    pub(super) references: Option<Vec<(Cid, u32)>>,
    pub(super) arrivals: Arrivals,
}

/// Walks the tree whose root node is `data`, for the commit `root`: calls `record` with each record's
/// collection, record key and CID, in key order.
pub(super) fn walk_tree(
    store: &dyn BlockStore,
    data: Cid,
    root: Cid,
    index: &mut Index<'_>,
    record: &mut dyn FnMut(&str, &str, Cid) -> Result<(), RepoError>,
) -> Result<Walked, WalkFailure> {
    let mut walked = Walked::default();
    let mut last_collection = String::new();
    let mut invalid_record: Option<(String, Cid)> = None;
    let result = Mst::walk_stored(store, data, |item| match item {
        TreeItem::Node { cid, .. } => {
            walked.nodes += 1;
            walked.ambiguous |= cid == root;
            Ok(())
        }
        TreeItem::Leaf { key, cid } => {
            let (collection, rkey) = split_record_path(key, &mut last_collection)?;
            walked.commit_is_record |= cid == root;
            match index.leaf(&cid) {
                Leaf::New { node_like } => {
                    walked.distinct_records += 1;
                    walked.ambiguous |= node_like || cid == root;
                }
                Leaf::Seen | Leaf::Unknown => {}
                Leaf::Missing => return Err(RepoError::MissingBlock(cid)),
                Leaf::Overflow => {
                    return Err(RepoError::InvalidKey(format!(
                        "{key}: more records share its block than can be counted"
                    )));
                }
                Leaf::Invalid => {
                    invalid_record = Some((key.to_owned(), cid));
                    return Err(RepoError::InvalidKey(key.to_owned()));
                }
            }
            record(collection, rkey, cid)?;
            walked.records += 1;
            Ok(())
        }
    });
    if let Some((path, cid)) = invalid_record {
        return Err(WalkFailure::Record { path, cid });
    }
    result.map_err(WalkFailure::Tree)?;
    Ok(walked)
}

/// Walks the tree on the reading thread, from the node copies alone (the caller checked that
/// `arrivals` holds every node and every block's verdict), sending the record index rows to the job as
/// they are found, then the end of the walk or why it failed. Stops if the job stops listening.
pub(super) fn walk_ahead(mut arrivals: Arrivals, root: Cid, data: Cid, job: &SyncSender<Delivery>) {
    let (nodes, mut index) = arrivals.split();
    let mut rows = PendingRows::default();
    let mut hung_up = false;
    let result = walk_tree(
        &nodes,
        data,
        root,
        &mut index,
        &mut |collection, rkey, cid| {
            rows.push(collection, rkey, cid);
            if rows.len() >= ROWS_PER_DELIVERY
                && job
                    .send(Delivery::Records(std::mem::take(&mut rows)))
                    .is_err()
            {
                hung_up = true;
                return Err(RepoError::Storage("the import stopped".into()));
            }
            Ok(())
        },
    );
    if hung_up {
        return;
    }
    let delivery = match result {
        // Every block of the CAR is indexed: one that is there but was not kept is not a node.
        Err(WalkFailure::Tree(RepoError::MissingBlock(cid))) if index.contains(&cid) => {
            Delivery::WalkFailed(WalkFailure::Tree(RepoError::InvalidTree {
                cid,
                reason: NOT_A_NODE.to_owned(),
            }))
        }
        Err(failure) => Delivery::WalkFailed(failure),
        Ok(walked) => {
            if !rows.is_empty() && job.send(Delivery::Records(rows)).is_err() {
                return;
            }
            let references = arrivals.references();
            Delivery::Walked(Box::new(WalkedAhead {
                walked,
                references,
                arrivals,
            }))
        }
    };
    let _ = job.send(delivery);
}

/// A record's path must be `<nsid>/<rkey>`. `checked` is the last collection found valid (keys come in
/// order, so most records repeat it and its NSID is not parsed again).
fn split_record_path<'k>(
    key: &'k str,
    checked: &mut String,
) -> Result<(&'k str, &'k str), RepoError> {
    let bad = |reason: String| RepoError::InvalidKey(format!("{key}: {reason}"));
    let (collection, rkey) = key
        .split_once('/')
        .ok_or_else(|| bad("not a record path".into()))?;
    if collection != checked {
        collection.parse::<Nsid>().map_err(|e| bad(e.to_string()))?;
        collection.clone_into(checked);
    }
    rkey.parse::<RecordKey>().map_err(|e| bad(e.to_string()))?;
    Ok((collection, rkey))
}
