//! Validating a record straight from its JSON text: a fast path that reads the text into a flat,
//! borrowed tree ([`tape`]) and checks it against the schema without building a `Value` or any
//! diagnostic ([`check`]); only when that cannot say "valid" does the general path run
//! (`serde_json` → [`crate::model::Value`] → the engine), so answers are always the general path's.

mod check;
mod tape;

use check::Check;
use std::cell::RefCell;

use tape::{Buffers, Tape};

use super::Mode;
use super::index::Index;

/// Whether the record in `text` is certainly valid as a record of `nsid` (or, when `None`, of its
/// own `$type`): `true` only if the general path would report nothing; `false` means "ask it".
pub(crate) fn record_is_valid(
    index: &Index<'_>,
    mode: Mode,
    nsid: Option<&str>,
    text: &str,
) -> bool {
    thread_local! {
        static BUFFERS: RefCell<Buffers> = RefCell::default();
    }
    BUFFERS.with(|buffers| match buffers.try_borrow_mut() {
        Ok(mut buffers) => {
            let valid = check(index, mode, nsid, text, &mut buffers);
            if buffers.is_oversized() {
                *buffers = Buffers::default();
            }
            valid
        }
        Err(_) => check(index, mode, nsid, text, &mut Buffers::default()),
    })
}

fn check(
    index: &Index<'_>,
    mode: Mode,
    nsid: Option<&str>,
    text: &str,
    buffers: &mut Buffers,
) -> bool {
    let Some(tape) = Tape::read(text, buffers) else {
        return false;
    };
    let Some(root) = tape.node(0) else {
        return false;
    };
    let Some(nsid) = nsid.or_else(|| tape.type_of(root)) else {
        return false;
    };
    Check {
        index,
        mode,
        tape: &tape,
        hops: 0,
    }
    .record(nsid)
}
