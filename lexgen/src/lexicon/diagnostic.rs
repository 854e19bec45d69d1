//! Diagnostics about lexicon documents: a stable code, a severity, where (NSID and JSON path) and what.

use std::fmt;

/// How serious a diagnostic is. Only errors make a lexicon unusable; warnings are style advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The document is invalid (or the catalog cannot be used as is).
    Error,
    /// The document is valid but likely a mistake or against lexicon style.
    Warning,
}

impl Severity {
    /// `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

macro_rules! codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal, $severity:ident;)*) => {
        /// Every diagnostic the lexicon parser, the catalog and the linter can report.
        ///
        /// The kebab-case names ([`Code::as_str`]) are stable: tools and snapshots may match on them.
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

            /// The severity this code always has.
            pub fn severity(self) -> Severity {
                match self {
                    $(Code::$variant => Severity::$severity,)*
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
    /// The file is not valid JSON.
    InvalidJson = "invalid-json", Error;
    /// The file could not be read.
    UnreadableFile = "unreadable-file", Error;
    /// An attribute has the wrong JSON type (e.g. a string where an integer is expected).
    WrongType = "wrong-type", Error;
    /// A required attribute is missing.
    MissingAttribute = "missing-attribute", Error;
    /// An attribute that the Lexicon language does not define for this kind of schema.
    UnknownAttribute = "unknown-attribute", Error;
    /// A `type` value that the Lexicon language does not define.
    UnknownType = "unknown-type", Error;
    /// A schema type that is not allowed in this position (e.g. a `union` as a named def).
    TypeNotAllowedHere = "type-not-allowed-here", Error;
    /// The `lexicon` version is not 1.
    UnsupportedVersion = "unsupported-version", Error;
    /// The document `id` (or an NSID inside the document) is not a valid NSID.
    InvalidNsid = "invalid-nsid", Error;
    /// A def name, property name or error name is not a valid identifier.
    InvalidName = "invalid-name", Error;
    /// `defs` is empty.
    EmptyDefs = "empty-defs", Error;
    /// A primary type (record, query, procedure, subscription, permission-set) not named `main`.
    PrimaryNotMain = "primary-not-main", Error;
    /// A `ref` or union member that is not a valid reference string.
    InvalidReference = "invalid-reference", Error;
    /// A value that breaks its attribute's rules (bad record key, format, MIME type, negative length, ...).
    InvalidValue = "invalid-value", Error;
    /// Attributes that cannot be combined (e.g. `const` with `default`, an empty closed union).
    ConflictingAttributes = "conflicting-attributes", Error;
    /// Limits that no value can satisfy (minimum above maximum, minGraphemes above maxLength, ...).
    ContradictoryLimits = "contradictory-limits", Error;
    /// A `default` or `const` that its own schema rejects (outside the range, not in the enum, too long).
    DefaultViolatesSchema = "default-violates-schema", Error;
    /// A name listed in `required` or `nullable` that is not in `properties`.
    UndefinedProperty = "undefined-property", Error;
    /// The same entry twice in a list where entries must be unique.
    DuplicateEntry = "duplicate-entry", Warning;
    /// A reference whose target document or def does not exist in the catalog.
    MissingTarget = "missing-target", Error;
    /// A reference to a def of a kind it cannot point at (e.g. a `ref` to a token, a union member that is not an object).
    BadTarget = "bad-target", Error;
    /// Two documents with the same `id`.
    DuplicateId = "duplicate-id", Error;
    /// A file whose path does not mirror its `id` (`app/bsky/feed/post.json` for `app.bsky.feed.post`).
    PathMismatch = "path-mismatch", Error;
    /// A cycle of required references that no finite value can satisfy.
    RequiredCycle = "required-cycle", Error;
    /// An NSID segment, def, property or parameter name not in lexicon style (lowerCamelCase).
    NamingStyle = "naming-style", Warning;
    /// A `main` def in a `*.defs` document, or several defs but no `main` outside a `*.defs` document.
    MainPlacement = "main-placement", Warning;
    /// A record key type that is probably not intended (e.g. `literal:` with a key other than `self`).
    RecordKeyChoice = "record-key-choice", Warning;
    /// `maxGraphemes` without `maxLength`: byte size stays unbounded.
    GraphemesWithoutLength = "graphemes-without-length", Warning;
    /// `maxGraphemes` at or above `maxLength`: the grapheme limit can never bind.
    IneffectiveLimit = "ineffective-limit", Warning;
    /// `knownValues` or `enum` used in a way that defeats its purpose (both at once, a single-value enum, ...).
    EnumStyle = "enum-style", Warning;
    /// The same target listed twice in a union, or a `#main` suffix where the bare NSID is the style.
    ReferenceStyle = "reference-style", Warning;
    /// A free-text string in a record without any length limit.
    UnboundedText = "unbounded-text", Warning;
    /// A blob without `accept` or `maxSize`.
    UnboundedBlob = "unbounded-blob", Warning;
    /// An `unknown` field in a record (the spec advises against it).
    UnknownInRecord = "unknown-in-record", Warning;
    /// A construct valid by the spec but rejected by the reference TypeScript implementation (e.g. inline object as array items).
    Portability = "portability", Warning;
    /// A permission entry that the Lexicon context ignores or the permission spec discourages.
    PermissionStyle = "permission-style", Warning;
    /// A permission-set collection or endpoint outside the set's namespace authority (OAuth servers drop that permission).
    PermissionNamespace = "permission-namespace", Warning;
    /// A permission-set collection that is not a record type, or an endpoint that is not a query or procedure.
    PermissionTarget = "permission-target", Warning;
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// One finding about a lexicon document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Diagnostic {
    /// The stable code; it fixes the severity.
    pub code: Code,
    /// The document's NSID, when it is known.
    pub nsid: Option<String>,
    /// Where in the document, as a JSON path (`$.defs.main.record.properties.text`).
    pub path: String,
    /// What is wrong, for a human.
    pub message: String,
}

impl Diagnostic {
    /// A diagnostic about the document `nsid` at `path`.
    pub fn new(
        code: Code,
        nsid: Option<&str>,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            code,
            nsid: nsid.map(str::to_owned),
            path: path.into(),
            message: message.into(),
        }
    }

    /// The severity, fixed by the code.
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// Whether this diagnostic makes the document invalid.
    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {}: {}",
            self.path,
            self.code,
            self.severity(),
            self.message
        )
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
        for code in Code::ALL {
            assert!(!code.summary().is_empty(), "{code}");
        }
        names.sort_unstable();
        let count = names.len();
        names.dedup();
        assert_eq!(names.len(), count);
    }
}
