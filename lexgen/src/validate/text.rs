//! Validating a record straight from its JSON text: a fast path that validates while reading,
//! driven by the schema ([`direct`]; values it does not drive go through a flat, borrowed tree,
//! [`tape`], checked by [`check`]), without building a `Value` or any diagnostic; only when that
//! cannot say "valid" does the general path run (`serde_json` → [`crate::model::Value`] → the
//! engine), so answers are always the general path's.

mod check;
mod direct;
mod tape;

use std::cell::RefCell;

use tape::Buffers;

pub(crate) use check::string as string_accepted;

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
    direct::record(index, mode, nsid, text, buffers)
}
