//! Constraint primitives that generated validators call, one function per lexicon constraint kind.
//!
//! This is a thin shim: the dynamic validator (`lexgen::validate`) owns the same rules, and these
//! functions are meant to delegate to its primitives so the constraint logic lives once.

use unicode_segmentation::UnicodeSegmentation;

use super::{Path, Violation};
use crate::model::BlobRef;

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
    let len = text.len() as u64;
    if let Some(min) = limits.min_length
        && len < min
    {
        out.push(Violation::new(
            path,
            format!("string is {len} bytes, shorter than minLength {min}"),
        ));
    }
    if let Some(max) = limits.max_length
        && len > max
    {
        out.push(Violation::new(
            path,
            format!("string is {len} bytes, longer than maxLength {max}"),
        ));
    }
    if limits.min_graphemes.is_none() && limits.max_graphemes.is_none() {
        return;
    }
    let graphemes = text.graphemes(true).count() as u64;
    if let Some(min) = limits.min_graphemes
        && graphemes < min
    {
        out.push(Violation::new(
            path,
            format!("string has {graphemes} graphemes, fewer than minGraphemes {min}"),
        ));
    }
    if let Some(max) = limits.max_graphemes
        && graphemes > max
    {
        out.push(Violation::new(
            path,
            format!("string has {graphemes} graphemes, more than maxGraphemes {max}"),
        ));
    }
}

/// Checks `const` of a string.
pub fn string_const(text: &str, expected: &str, path: Path<'_>, out: &mut Vec<Violation>) {
    if text != expected {
        out.push(Violation::new(
            path,
            format!("must be the constant {expected:?}"),
        ));
    }
}

/// Checks `minimum` / `maximum` of an integer.
pub fn integer(
    value: i64,
    min: Option<i64>,
    max: Option<i64>,
    path: Path<'_>,
    out: &mut Vec<Violation>,
) {
    if let Some(min) = min
        && value < min
    {
        out.push(Violation::new(
            path,
            format!("{value} is less than minimum {min}"),
        ));
    }
    if let Some(max) = max
        && value > max
    {
        out.push(Violation::new(
            path,
            format!("{value} is greater than maximum {max}"),
        ));
    }
}

/// Checks `enum` of an integer.
pub fn integer_enum(value: i64, allowed: &[i64], path: Path<'_>, out: &mut Vec<Violation>) {
    if !allowed.contains(&value) {
        out.push(Violation::new(
            path,
            format!("{value} is not one of {allowed:?}"),
        ));
    }
}

/// Checks `const` of an integer.
pub fn integer_const(value: i64, expected: i64, path: Path<'_>, out: &mut Vec<Violation>) {
    if value != expected {
        out.push(Violation::new(
            path,
            format!("must be the constant {expected}"),
        ));
    }
}

/// Checks `const` of a boolean.
pub fn boolean_const(value: bool, expected: bool, path: Path<'_>, out: &mut Vec<Violation>) {
    if value != expected {
        out.push(Violation::new(
            path,
            format!("must be the constant {expected}"),
        ));
    }
}

/// Checks `minLength` / `maxLength` of an array (in elements) or of bytes (in bytes).
pub fn length(
    len: usize,
    min: Option<u64>,
    max: Option<u64>,
    path: Path<'_>,
    out: &mut Vec<Violation>,
) {
    let len = len as u64;
    if let Some(min) = min
        && len < min
    {
        out.push(Violation::new(
            path,
            format!("length {len} is less than minLength {min}"),
        ));
    }
    if let Some(max) = max
        && len > max
    {
        out.push(Violation::new(
            path,
            format!("length {len} is more than maxLength {max}"),
        ));
    }
}

/// Checks `accept` (MIME patterns such as `image/*`) and `maxSize` of a blob.
pub fn blob(
    blob: &BlobRef,
    accept: &[&str],
    max_size: Option<u64>,
    path: Path<'_>,
    out: &mut Vec<Violation>,
) {
    if !accept.is_empty()
        && !accept
            .iter()
            .any(|pattern| mime_matches(pattern, &blob.mime_type))
    {
        out.push(Violation::new(
            path,
            format!(
                "mimeType {:?} is not accepted ({})",
                blob.mime_type,
                accept.join(", ")
            ),
        ));
    }
    if let (Some(max), Some(size)) = (max_size, blob.size)
        && size > max
    {
        out.push(Violation::new(
            path,
            format!("size {size} is more than maxSize {max}"),
        ));
    }
}

fn mime_matches(pattern: &str, mime: &str) -> bool {
    match pattern.strip_suffix("/*") {
        Some("*") => true,
        Some(prefix) => mime.split_once('/').is_some_and(|(kind, _)| kind == prefix),
        None => pattern == mime,
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
    }

    #[test]
    fn mime_patterns() {
        assert!(mime_matches("image/*", "image/png"));
        assert!(mime_matches("*/*", "video/mp4"));
        assert!(!mime_matches("image/png", "image/jpeg"));
    }
}
