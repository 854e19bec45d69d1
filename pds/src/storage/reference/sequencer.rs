//! The reference's event log (`<PDS_DATA_DIRECTORY>/sequencer.sqlite`, table `repo_seq`): only how far it
//! got, so this server's firehose continues its sequence numbers and relays' cursors stay valid.

use std::path::Path;

use super::super::StorageError;

/// The highest sequence number the reference assigned (`None`: it sequenced nothing).
pub(crate) fn last_seq(path: &Path) -> Result<Option<i64>, StorageError> {
    let conn = super::open(path)?;
    Ok(conn.query_row("SELECT max(seq) FROM repo_seq", [], |row| row.get(0))?)
}
