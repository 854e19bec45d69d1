//! `RecordWrite`: one write of a batch as the endpoints ask for it, before the repository's state decides
//! what it becomes (a put creates, updates or does nothing; a delete of nothing may do nothing).

use lexgen::model::{Cid, Nsid, RecordKey};

use super::PreparedRecord;

/// The most writes in one applyWrites.
pub(crate) const MAX_WRITES: usize = 200;

/// One write of a batch.
#[derive(Clone, Debug)]
pub(crate) enum RecordWrite {
    /// Must not exist yet.
    Create(PreparedRecord),
    /// Create or replace; `swap`: `Some(None)` must not exist, `Some(Some(cid))` must be `cid`.
    Put {
        record: PreparedRecord,
        swap: Option<Option<Cid>>,
    },
    /// Must exist (applyWrites update).
    Update(PreparedRecord),
    /// `swap`: must be this CID. A missing record is refused, unless `if_present` (deleteRecord without a
    /// swap: then deleting nothing writes nothing).
    Delete {
        collection: Nsid,
        rkey: RecordKey,
        swap: Option<Cid>,
        if_present: bool,
    },
}

impl RecordWrite {
    /// The record's collection and key.
    pub(crate) fn path(&self) -> (&Nsid, &RecordKey) {
        match self {
            RecordWrite::Create(r)
            | RecordWrite::Update(r)
            | RecordWrite::Put { record: r, .. } => (&r.collection, &r.rkey),
            RecordWrite::Delete {
                collection, rkey, ..
            } => (collection, rkey),
        }
    }
}
