//! Constraint checks that generated validators call: each delegates to the one implementation in
//! [`crate::validate::constraints`] (shared with the dynamic validator) and records the violation
//! at its path, so both validators judge a value by the same code.

use super::{Path, Violation};
use crate::lexicon::StringFormat;
use crate::model::{BlobRef, CidString};
use crate::validate::{Mode, constraints};

fn record(
    checked: Result<(), crate::validate::Violation>,
    path: Path<'_>,
    out: &mut Vec<Violation>,
) {
    if let Err(violation) = checked {
        out.push(Violation::new(path, violation));
    }
}

/// Length limits of a string, in UTF-8 bytes and in grapheme clusters.
#[derive(Clone, Copy, Debug, Default)]
pub struct StringLimits {
    /// `minLength`.
    pub min_length: Option<u64>,
    /// `maxLength`.
    pub max_length: Option<u64>,
    /// `minGraphemes`.
    pub min_graphemes: Option<u64>,
    /// `maxGraphemes`.
    pub max_graphemes: Option<u64>,
}

/// Checks a string's length in bytes and graphemes.
pub fn string(text: &str, limits: &StringLimits, path: Path<'_>, out: &mut Vec<Violation>) {
    let length = constraints::string_length(text, limits.min_length, limits.max_length);
    record(length, path, out);
    let graphemes = constraints::graphemes(text, limits.min_graphemes, limits.max_graphemes);
    record(graphemes, path, out);
}

/// Checks `const` of a string.
pub fn string_const(text: &str, expected: &str, path: Path<'_>, out: &mut Vec<Violation>) {
    record(constraints::string_const(text, expected), path, out);
}

/// Checks that a `cid`-format string is a CID (any codec and hash: decoding checks only its
/// syntax, so the text round-trips; validation decodes it, as the dynamic validator does).
pub fn cid(text: &CidString, path: Path<'_>, out: &mut Vec<Violation>) {
    cid_text(text.as_str(), path, out);
}

/// [`cid`] on the text of a `cid`-format string.
pub fn cid_text(text: &str, path: Path<'_>, out: &mut Vec<Violation>) {
    let checked = constraints::format(text, StringFormat::Cid, Mode::Strict);
    record(checked, path, out);
}

/// Checks `minimum` / `maximum` of an integer.
pub fn integer(
    value: i64,
    min: Option<i64>,
    max: Option<i64>,
    path: Path<'_>,
    out: &mut Vec<Violation>,
) {
    record(constraints::integer_range(value, min, max), path, out);
}

/// Checks `enum` of an integer.
pub fn integer_enum(value: i64, allowed: &[i64], path: Path<'_>, out: &mut Vec<Violation>) {
    record(constraints::integer_enum(value, allowed), path, out);
}

/// Checks `const` of an integer.
pub fn integer_const(value: i64, expected: i64, path: Path<'_>, out: &mut Vec<Violation>) {
    record(constraints::integer_const(value, expected), path, out);
}

/// Checks `const` of a boolean.
pub fn boolean_const(value: bool, expected: bool, path: Path<'_>, out: &mut Vec<Violation>) {
    record(constraints::boolean_const(value, expected), path, out);
}

/// Checks `minLength` / `maxLength` of an array (in elements).
pub fn length(
    len: usize,
    min: Option<u64>,
    max: Option<u64>,
    path: Path<'_>,
    out: &mut Vec<Violation>,
) {
    record(constraints::array_length(len, min, max), path, out);
}

/// Checks `minLength` / `maxLength` of bytes (in bytes).
pub fn bytes_length(
    len: usize,
    min: Option<u64>,
    max: Option<u64>,
    path: Path<'_>,
    out: &mut Vec<Violation>,
) {
    record(constraints::bytes_length(len, min, max), path, out);
}

/// Checks a blob's `accept` (MIME patterns such as `image/*`) and `maxSize`. The legacy
/// `{cid, mimeType}` form is valid (readers must accept it; it has no size to check); refusing it
/// on new writes is the PDS's business.
pub fn blob(
    blob: &BlobRef,
    accept: &[&str],
    max_size: Option<u64>,
    path: Path<'_>,
    out: &mut Vec<Violation>,
) {
    if !accept.is_empty() {
        record(constraints::blob_accept(&blob.mime_type, accept), path, out);
    }
    if let (Some(max), Some(size)) = (max_size, blob.size) {
        record(constraints::blob_max_size(size, max), path, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_count_bytes_and_graphemes() {
        let mut out = Vec::new();
        let limits = StringLimits {
            max_length: Some(4),
            max_graphemes: Some(1),
            ..StringLimits::default()
        };
        string("👨‍👩‍👧", &limits, Path::ROOT, &mut out);
        assert_eq!(out.len(), 1, "{out:?}");
        string("ab", &limits, Path::ROOT, &mut out);
        assert_eq!(out.len(), 2);
        assert!(out[1].message.starts_with("too-many-graphemes"), "{out:?}");
    }

    #[test]
    fn blobs_check_accept_and_size() {
        let mut out = Vec::new();
        let text = BlobRef {
            cid: crate::model::Cid::for_raw(b"x"),
            mime_type: "text/plain".to_owned(),
            size: Some(10),
        };
        blob(&text, &["image/*"], Some(5), Path::ROOT, &mut out);
        assert_eq!(out.len(), 2, "{out:?}");
    }

    #[test]
    fn cid_strings_are_any_cid() {
        let mut out = Vec::new();
        // A CIDv1 in base58btc: not blessed, still a CID.
        let other: CidString = "zb2rhe5P4gXftAwvA4eXQ5HJwsER2owDyS9sKaQRRVQPn93bA"
            .parse()
            .unwrap();
        cid(&other, Path::ROOT, &mut out);
        let blessed = CidString::from(crate::model::Cid::for_raw(b"x"));
        cid(&blessed, Path::ROOT, &mut out);
        assert!(out.is_empty(), "{out:?}");
        // CID-shaped text that does not decode to a CID.
        let garbage: CidString = "bafyreiabcdefg".parse().unwrap();
        cid(&garbage, Path::ROOT, &mut out);
        assert_eq!(out.len(), 1);
    }
}
