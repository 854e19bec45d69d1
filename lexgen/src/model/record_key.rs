//! `RecordKey`: the key of a record within a collection (`self`, a TID, an NSID, ...).

use std::sync::Arc;

use super::SyntaxError;
use super::string_type::string_type;

/// A record key: 1–512 characters of `[A-Za-z0-9._:~-]`, never `.` or `..`. Case-sensitive.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordKey(Arc<str>);

string_type!(RecordKey);

impl RecordKey {
    /// The longest record key, in characters.
    pub const MAX_LEN: usize = 512;

    fn check(text: &str) -> Result<(), SyntaxError> {
        let fail = |reason: &str| Err(SyntaxError::new("record-key", reason));
        if text.is_empty() || text.len() > Self::MAX_LEN {
            return fail("must be 1 to 512 characters");
        }
        if text == "." || text == ".." {
            return fail("`.` and `..` are not record keys");
        }
        let allowed =
            |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b':' | b'~');
        if !text.bytes().all(allowed) {
            return fail("has a character outside [A-Za-z0-9._:~-]");
        }
        Ok(())
    }
}
