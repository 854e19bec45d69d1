//! The firehose continues the reference's sequence numbers: a relay that followed the reference reconnects
//! with its cursor and gets what comes next, not `FutureCursor`.

use crate::app::AppState;
use crate::storage::reference::sequencer;

use super::{AdoptError, Source, Summary};

pub(super) fn adopt(
    app: &AppState,
    source: &Source,
    summary: &mut Summary,
) -> Result<(), AdoptError> {
    let path = source.sequencer_db();
    if !path.is_file() {
        summary.skip(path.display().to_string(), "no event log to continue");
        return Ok(());
    }
    let Some(seq) = sequencer::last_seq(&path)? else {
        return Ok(());
    };
    if !summary.dry_run {
        app.storage
            .write_blocking(move |conn| crate::storage::continue_after(conn, seq))?;
    }
    summary.sequence = Some(seq);
    Ok(())
}
