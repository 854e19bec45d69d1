//! The stable codes of record-validation diagnostics.

use std::fmt;

macro_rules! codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal;)*) => {
        /// Every problem data validation can report. The kebab-case names ([`Code::as_str`]) are
        /// stable: tools and snapshots may match on them. All of them are errors.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Code {
            /// Every code, in documentation order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The stable kebab-case name.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }

            /// One line saying what the code means.
            pub fn summary(self) -> &'static str {
                match self {
                    $(Code::$variant => concat!($($doc),*).trim_ascii(),)*
                }
            }
        }
    };
}

codes! {
    /// The input is not valid atproto data (not JSON, a float, a malformed `$link`/`$bytes`/blob, ...).
    InvalidData = "invalid-data";
    /// The value has the wrong kind (a string where the schema wants an integer, ...).
    WrongType = "wrong-type";
    /// A required property or parameter is absent.
    MissingRequired = "missing-required";
    /// `null` for a property that is not listed in `nullable`.
    NullNotAllowed = "null-not-allowed";
    /// A string longer than `maxLength` (UTF-8 bytes).
    StringTooLong = "string-too-long";
    /// A string shorter than `minLength` (UTF-8 bytes).
    StringTooShort = "string-too-short";
    /// A string with more grapheme clusters than `maxGraphemes`.
    TooManyGraphemes = "too-many-graphemes";
    /// A string with fewer grapheme clusters than `minGraphemes`.
    TooFewGraphemes = "too-few-graphemes";
    /// A string that is not of its `format` (did, handle, datetime, ...).
    InvalidFormat = "invalid-format";
    /// An integer above `maximum`.
    IntegerTooLarge = "integer-too-large";
    /// An integer below `minimum`.
    IntegerTooSmall = "integer-too-small";
    /// A value outside the closed `enum`.
    NotInEnum = "not-in-enum";
    /// A value different from `const`.
    ConstMismatch = "const-mismatch";
    /// An array with more elements than `maxLength`.
    ArrayTooLong = "array-too-long";
    /// An array with fewer elements than `minLength`.
    ArrayTooShort = "array-too-short";
    /// Bytes longer than `maxLength`.
    BytesTooLong = "bytes-too-long";
    /// Bytes shorter than `minLength`.
    BytesTooShort = "bytes-too-short";
    /// A blob reference of the wrong shape (missing or extra keys, wrong key types).
    InvalidBlob = "invalid-blob";
    /// A blob whose `mimeType` is not matched by `accept`.
    BlobTypeNotAccepted = "blob-type-not-accepted";
    /// A blob larger than `maxSize`.
    BlobTooLarge = "blob-too-large";
    /// A record, union value or subscription message without a string `$type`.
    MissingType = "missing-type";
    /// A `$type` that a closed union does not list.
    TypeNotInUnion = "type-not-in-union";
    /// A `$type` that contradicts the schema (record `$type` other than its NSID, object `$type` other than its def).
    TypeMismatch = "type-mismatch";
    /// An `unknown` value that is not an object (map), or is a blob.
    UnknownNotObject = "unknown-not-object";
    /// A record key that its record type's `key` (`tid`, `nsid`, `literal:self`, `any`) rejects.
    InvalidRecordKey = "invalid-record-key";
    /// A query parameter given several times although it is not an array.
    RepeatedParameter = "repeated-parameter";
    /// The schema refers to a def the catalog does not have.
    UnresolvedReference = "unresolved-reference";
    /// The schema cannot validate data here (a ref to a token or an endpoint, a def of the wrong kind).
    UnsupportedSchema = "unsupported-schema";
    /// Schema references nest deeper than the validator follows.
    TooDeep = "too-deep";
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_kebab_names_with_summaries() {
        let mut names: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        for name in &names {
            assert!(
                name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{name}"
            );
        }
        assert!(Code::ALL.iter().all(|c| !c.summary().is_empty()));
        names.sort_unstable();
        let count = names.len();
        names.dedup();
        assert_eq!(names.len(), count);
    }
}
