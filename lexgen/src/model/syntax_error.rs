//! The error every identifier parser returns: which format, and why the text is not of it.

/// A string that is not valid for an atproto string format.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {format}: {reason}")]
pub struct SyntaxError {
    format: &'static str,
    reason: String,
}

impl SyntaxError {
    pub(crate) fn new(format: &'static str, reason: impl Into<String>) -> Self {
        Self {
            format,
            reason: reason.into(),
        }
    }

    /// The name of the format, as the Lexicon language spells it (`did`, `handle`, `at-uri`, ...).
    pub fn format(&self) -> &'static str {
        self.format
    }

    /// Why the text was rejected.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}
