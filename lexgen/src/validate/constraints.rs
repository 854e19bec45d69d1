//! The per-constraint checks of the Lexicon language, as plain functions that both the dynamic
//! validator and generated code call, so each rule is written once.
//!
//! Each function checks one constraint family of one value and returns the [`Violation`] (code,
//! constraint, what was found) when it is broken; the caller adds the JSON path.

mod lenient_datetime;

use std::str::FromStr;

use unicode_segmentation::UnicodeSegmentation;

use super::diagnostic::count;
use super::{Code, Mode, Violation, summarize_str};
use crate::lexicon::{RecordKey as KeyType, StringFormat};
use crate::model::{AtUri, Cid, Datetime, Did, Handle, Language, Nsid, RecordKey, Tid, Uri};

/// `minLength` / `maxLength` of a string, counted in UTF-8 bytes.
pub fn string_length(s: &str, min: Option<u64>, max: Option<u64>) -> Result<(), Violation> {
    bounded(s.len() as u64, min, max, &UTF8_BYTES)
}

/// The number of extended grapheme clusters of `s` (user-perceived characters).
pub fn grapheme_count(s: &str) -> u64 {
    if s.is_ascii() {
        // In ASCII only CR LF joins two characters into one cluster.
        (s.len() - s.matches("\r\n").count()) as u64
    } else {
        s.graphemes(true).count() as u64
    }
}

/// `minGraphemes` / `maxGraphemes` of a string, counted in extended grapheme clusters.
pub fn graphemes(s: &str, min: Option<u64>, max: Option<u64>) -> Result<(), Violation> {
    let bytes = s.len() as u64;
    // A cluster is at least one byte, so the byte length bounds the count from above.
    let needs_max = max.is_some_and(|max| bytes > max);
    let needs_min = min.is_some_and(|min| min > 0);
    if !needs_max && !needs_min {
        return Ok(());
    }
    // A cluster is at least one character too: when the characters fit, so do the clusters, and
    // counting characters is far cheaper than segmenting (most non-ASCII text under a limit ends here).
    if !needs_min && max.is_some_and(|max| s.chars().count() as u64 <= max) {
        return Ok(());
    }
    bounded(grapheme_count(s), min, max, &GRAPHEMES)
}

/// `minimum` / `maximum` of an integer.
pub fn integer_range(value: i64, min: Option<i64>, max: Option<i64>) -> Result<(), Violation> {
    if let Some(max) = max
        && value > max
    {
        return Err(Violation::new(
            Code::IntegerTooLarge,
            format!("maximum {max}"),
            value.to_string(),
        ));
    }
    if let Some(min) = min
        && value < min
    {
        return Err(Violation::new(
            Code::IntegerTooSmall,
            format!("minimum {min}"),
            value.to_string(),
        ));
    }
    Ok(())
}

/// A closed integer `enum`.
pub fn integer_enum(value: i64, allowed: &[i64]) -> Result<(), Violation> {
    if allowed.contains(&value) {
        return Ok(());
    }
    let list: Vec<String> = allowed.iter().map(i64::to_string).collect();
    Err(Violation::new(
        Code::NotInEnum,
        format!("one of [{}]", list.join(", ")),
        value.to_string(),
    ))
}

/// A closed string `enum`.
pub fn string_enum<S: AsRef<str>>(value: &str, allowed: &[S]) -> Result<(), Violation> {
    if allowed.iter().any(|a| a.as_ref() == value) {
        return Ok(());
    }
    let list: Vec<&str> = allowed.iter().map(AsRef::as_ref).collect();
    Err(Violation::new(
        Code::NotInEnum,
        format!("one of [{}]", list.join(", ")),
        summarize_str(value),
    ))
}

/// A string `const`.
pub fn string_const(value: &str, expected: &str) -> Result<(), Violation> {
    if value == expected {
        return Ok(());
    }
    Err(Violation::new(
        Code::ConstMismatch,
        format!("const {}", summarize_str(expected)),
        summarize_str(value),
    ))
}

/// An integer `const`.
pub fn integer_const(value: i64, expected: i64) -> Result<(), Violation> {
    if value == expected {
        return Ok(());
    }
    Err(Violation::new(
        Code::ConstMismatch,
        format!("const {expected}"),
        value.to_string(),
    ))
}

/// A boolean `const`.
pub fn boolean_const(value: bool, expected: bool) -> Result<(), Violation> {
    if value == expected {
        return Ok(());
    }
    Err(Violation::new(
        Code::ConstMismatch,
        format!("const {expected}"),
        value.to_string(),
    ))
}

/// `minLength` / `maxLength` of an array: its number of elements.
pub fn array_length(len: usize, min: Option<u64>, max: Option<u64>) -> Result<(), Violation> {
    bounded(len as u64, min, max, &ELEMENTS)
}

/// `minLength` / `maxLength` of a `bytes` value.
pub fn bytes_length(len: usize, min: Option<u64>, max: Option<u64>) -> Result<(), Violation> {
    bounded(len as u64, min, max, &BYTES)
}

/// How one kind of counted limit is reported: its codes, attribute names and unit.
struct Counted {
    too_long: Code,
    too_short: Code,
    max_attribute: &'static str,
    min_attribute: &'static str,
    /// Appended to the constraint, e.g. ` (UTF-8 bytes)`.
    qualifier: &'static str,
    unit: &'static str,
}

const UTF8_BYTES: Counted = Counted {
    too_long: Code::StringTooLong,
    too_short: Code::StringTooShort,
    max_attribute: "maxLength",
    min_attribute: "minLength",
    qualifier: " (UTF-8 bytes)",
    unit: "byte",
};

const GRAPHEMES: Counted = Counted {
    too_long: Code::TooManyGraphemes,
    too_short: Code::TooFewGraphemes,
    max_attribute: "maxGraphemes",
    min_attribute: "minGraphemes",
    qualifier: "",
    unit: "grapheme",
};

const ELEMENTS: Counted = Counted {
    too_long: Code::ArrayTooLong,
    too_short: Code::ArrayTooShort,
    max_attribute: "maxLength",
    min_attribute: "minLength",
    qualifier: " (elements)",
    unit: "element",
};

const BYTES: Counted = Counted {
    too_long: Code::BytesTooLong,
    too_short: Code::BytesTooShort,
    max_attribute: "maxLength",
    min_attribute: "minLength",
    qualifier: " (bytes)",
    unit: "byte",
};

/// Whether `n` is within the optional inclusive `min` and `max`: the rule of every `*_length`,
/// `graphemes` count and [`integer_range`], as a plain test for the fast paths' acceptance checks.
#[inline]
pub(crate) fn within<T: PartialOrd + Copy>(n: T, min: Option<T>, max: Option<T>) -> bool {
    max.is_none_or(|max| n <= max) && min.is_none_or(|min| n >= min)
}

/// `n` against an optional minimum and maximum; the maximum is reported first.
fn bounded(n: u64, min: Option<u64>, max: Option<u64>, kind: &Counted) -> Result<(), Violation> {
    if within(n, min, max) {
        return Ok(());
    }
    if let Some(max) = max
        && n > max
    {
        return Err(Violation::new(
            kind.too_long,
            format!("{} {max}{}", kind.max_attribute, kind.qualifier),
            count(n, kind.unit),
        ));
    }
    if let Some(min) = min
        && n < min
    {
        return Err(Violation::new(
            kind.too_short,
            format!("{} {min}{}", kind.min_attribute, kind.qualifier),
            count(n, kind.unit),
        ));
    }
    Ok(())
}

/// Whether a MIME type matches one `accept` pattern: `*/*`, `type/*` or an exact type
/// (ASCII case-insensitive; parameters after `;` are ignored).
pub fn mime_matches(mime: &str, pattern: &str) -> bool {
    if pattern == "*/*" {
        return true;
    }
    // (Byte searches: `split`/`split_once` on a char go through the general pattern searcher.)
    let mime = match mime.bytes().position(|b| b == b';') {
        Some(end) => mime.get(..end).unwrap_or(mime),
        None => mime,
    };
    // `trim` walks characters from both ends; most types have nothing to trim.
    let may_trim = |b: Option<&u8>| b.is_some_and(|&b| matches!(b, b'\t'..=b'\r' | b' ' | 0x80..));
    let mime = if may_trim(mime.as_bytes().first()) || may_trim(mime.as_bytes().last()) {
        mime.trim()
    } else {
        mime
    };
    match pattern.strip_suffix("/*") {
        // The type before the first `/` is `kind`, and something follows the `/`.
        Some(kind) => {
            let (mime, kind) = (mime.as_bytes(), kind.as_bytes());
            mime.len() > kind.len() + 1
                && mime.get(kind.len()) == Some(&b'/')
                && !kind.contains(&b'/')
                && mime
                    .get(..kind.len())
                    .is_some_and(|t| t.eq_ignore_ascii_case(kind))
        }
        None => mime.eq_ignore_ascii_case(pattern),
    }
}

/// A blob's `accept` list: the blob's MIME type must match one of the patterns.
pub fn blob_accept<S: AsRef<str>>(mime_type: &str, accept: &[S]) -> Result<(), Violation> {
    if accept.iter().any(|p| mime_matches(mime_type, p.as_ref())) {
        return Ok(());
    }
    let list: Vec<&str> = accept.iter().map(AsRef::as_ref).collect();
    Err(Violation::new(
        Code::BlobTypeNotAccepted,
        format!("accept [{}]", list.join(", ")),
        format!("mimeType {}", summarize_str(mime_type)),
    ))
}

/// A blob's `maxSize` in bytes.
pub fn blob_max_size(size: u64, max_size: u64) -> Result<(), Violation> {
    if size <= max_size {
        return Ok(());
    }
    Err(Violation::new(
        Code::BlobTooLarge,
        format!("maxSize {max_size} (bytes)"),
        format!("size {size}"),
    ))
}

/// A record key against its record type's `key`: `tid`, `nsid`, `literal:<value>` or `any`
/// (every key must also be a valid record key).
pub fn record_key(rkey: &str, key: &KeyType) -> Result<(), Violation> {
    let problem = match RecordKey::check_str(rkey) {
        Err(e) => Some(e.reason().to_owned()),
        Ok(_) => match key {
            KeyType::Any => None,
            KeyType::Tid => Tid::from_str(rkey).err().map(|e| e.reason().to_owned()),
            KeyType::Nsid => Nsid::check_str(rkey).err().map(|e| e.reason().to_owned()),
            KeyType::Literal(expected) => (rkey != expected).then(|| "a different key".to_owned()),
        },
    };
    match problem {
        None => Ok(()),
        Some(why) => Err(Violation::new(
            Code::InvalidRecordKey,
            format!("record key {}", key.as_lexicon()),
            format!("{} ({why})", summarize_str(rkey)),
        )),
    }
}

/// Two or three ASCII letters: a language tag with nothing but its primary subtag.
fn is_primary_language(s: &str) -> bool {
    (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic())
}

/// A string `format`. In [`Mode::Lenient`], `datetime` also accepts the ISO 8601 forms the
/// reference implementation tolerates (no timezone, `±HHMM` offsets, basic format, second 60).
/// A `cid` is any CIDv1 ([`Cid::check_format`]) in both modes (links are blessed, `cid` strings
/// not); lenient mode also reads a CIDv0 (`Qm…`), as the reference does, for legacy records.
pub fn format(s: &str, format: StringFormat, mode: Mode) -> Result<(), Violation> {
    fn reason<T>(result: Result<T, crate::model::SyntaxError>) -> Result<(), String> {
        result.map(drop).map_err(|e| e.reason().to_owned())
    }
    let checked = match format {
        StringFormat::Datetime => match Datetime::check_str(s) {
            Ok(_) => Ok(()),
            Err(_) if mode == Mode::Lenient && lenient_datetime::is_lenient_datetime(s) => Ok(()),
            Err(e) => Err(e.reason().to_owned()),
        },
        StringFormat::Cid => match Cid::check_format(s) {
            Ok(()) => Ok(()),
            Err(_) if mode == Mode::Lenient && Cid::is_cid_v0(s) => Ok(()),
            Err(e) => Err(e.to_string()),
        },
        StringFormat::Did => reason(Did::check_str(s)),
        StringFormat::Handle => reason(Handle::check_str(s)),
        // An at-identifier is a DID when it says so, else a handle (as `AtIdentifier` parses it).
        StringFormat::AtIdentifier if s.starts_with("did:") => reason(Did::check_str(s)),
        StringFormat::AtIdentifier => reason(Handle::check_str(s)),
        StringFormat::AtUri => reason(AtUri::from_str(s)),
        StringFormat::Nsid => reason(Nsid::check_str(s)),
        StringFormat::Tid => reason(Tid::from_str(s)),
        StringFormat::RecordKey => reason(RecordKey::check_str(s)),
        StringFormat::Uri => reason(Uri::check_str(s)),
        // A lone primary language subtag (`en`, `pt`, `ast`), the common case, is well formed.
        StringFormat::Language if is_primary_language(s) => Ok(()),
        StringFormat::Language => reason(Language::check_str(s)),
    };
    checked.map_err(|why| {
        Violation::new(
            Code::InvalidFormat,
            format!("format {}", format.as_str()),
            format!("{} ({why})", summarize_str(s)),
        )
    })
}
