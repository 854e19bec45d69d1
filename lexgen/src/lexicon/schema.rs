//! The document model of the Lexicon language: a document, its defs, and every schema type with every attribute.

use std::collections::BTreeMap;

/// A lexicon document (one JSON file, one NSID).
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The language version; always 1.
    pub lexicon: u8,
    /// The NSID of the document.
    pub id: String,
    /// Optional revision number of the document.
    pub revision: Option<u64>,
    /// Optional overview prose.
    pub description: Option<String>,
    /// The definitions by name.
    pub defs: BTreeMap<String, Def>,
}

impl Document {
    /// The def named `name`.
    pub fn def(&self, name: &str) -> Option<&Def> {
        self.defs.get(name)
    }
}

/// A named definition in `defs`.
#[derive(Debug, Clone, PartialEq)]
pub enum Def {
    /// A repository record type (primary, `main` only).
    Record(Record),
    /// An XRPC query, HTTP GET (primary).
    Query(Query),
    /// An XRPC procedure, HTTP POST (primary).
    Procedure(Procedure),
    /// An event stream (primary).
    Subscription(Subscription),
    /// A bundle of OAuth permissions (primary).
    PermissionSet(PermissionSet),
    /// A named symbol used in `knownValues` / `enum`.
    Token(Token),
    /// A data schema (object, string, array, ...). `ref`, `union` and `unknown` are parsed but
    /// reported, since the language forbids them as named defs.
    Field(Field),
}

impl Def {
    /// The `type` name of this def.
    pub fn type_name(&self) -> &'static str {
        match self {
            Def::Record(_) => "record",
            Def::Query(_) => "query",
            Def::Procedure(_) => "procedure",
            Def::Subscription(_) => "subscription",
            Def::PermissionSet(_) => "permission-set",
            Def::Token(_) => "token",
            Def::Field(field) => field.type_name(),
        }
    }

    /// Whether this is one of the primary types, which must be named `main`.
    pub fn is_primary(&self) -> bool {
        matches!(
            self,
            Def::Record(_)
                | Def::Query(_)
                | Def::Procedure(_)
                | Def::Subscription(_)
                | Def::PermissionSet(_)
        )
    }
}

/// A record type.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// Description prose.
    pub description: Option<String>,
    /// The record key type.
    pub key: RecordKey,
    /// The record's schema.
    pub record: Object,
}

/// The record key type of a record (`key`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordKey {
    /// `tid`: a timestamp identifier.
    Tid,
    /// `nsid`: an NSID.
    Nsid,
    /// `any`: any valid record key.
    Any,
    /// `literal:<value>`: exactly this key (e.g. `self`).
    Literal(String),
}

impl RecordKey {
    /// The lexicon spelling (`tid`, `literal:self`, ...).
    pub fn as_lexicon(&self) -> String {
        match self {
            RecordKey::Tid => "tid".to_owned(),
            RecordKey::Nsid => "nsid".to_owned(),
            RecordKey::Any => "any".to_owned(),
            RecordKey::Literal(value) => format!("literal:{value}"),
        }
    }
}

/// An XRPC query.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    /// Description prose.
    pub description: Option<String>,
    /// HTTP query parameters.
    pub parameters: Option<Params>,
    /// The response body.
    pub output: Option<Body>,
    /// Named errors the endpoint may return.
    pub errors: Vec<ErrorDef>,
}

/// An XRPC procedure.
#[derive(Debug, Clone, PartialEq)]
pub struct Procedure {
    /// Description prose.
    pub description: Option<String>,
    /// HTTP query parameters.
    pub parameters: Option<Params>,
    /// The request body.
    pub input: Option<Body>,
    /// The response body.
    pub output: Option<Body>,
    /// Named errors the endpoint may return.
    pub errors: Vec<ErrorDef>,
}

/// An event stream.
#[derive(Debug, Clone, PartialEq)]
pub struct Subscription {
    /// Description prose.
    pub description: Option<String>,
    /// HTTP query parameters of the WebSocket request.
    pub parameters: Option<Params>,
    /// The messages of the stream.
    pub message: Option<Message>,
    /// Named errors the stream may send.
    pub errors: Vec<ErrorDef>,
}

/// An HTTP body (`input` / `output`).
#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    /// Description prose.
    pub description: Option<String>,
    /// The MIME type (`application/json`, `*/*`, ...).
    pub encoding: String,
    /// The schema of a JSON body: an object, a ref or a union.
    pub schema: Option<Box<Field>>,
}

/// The messages of a subscription.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// Description prose.
    pub description: Option<String>,
    /// The message types: always a [`Field::Union`] (the parser rejects anything else).
    pub schema: Box<Field>,
}

impl Message {
    /// The union of message types.
    pub fn union(&self) -> Option<&Union> {
        match self.schema.as_ref() {
            Field::Union(union) => Some(union),
            _ => None,
        }
    }
}

/// A named error of an endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorDef {
    /// The error name (no whitespace).
    pub name: String,
    /// Description prose.
    pub description: Option<String>,
}

/// HTTP query parameters: only booleans, integers, strings and arrays of those.
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    /// Description prose.
    pub description: Option<String>,
    /// Names of required parameters.
    pub required: Vec<String>,
    /// The parameters by name.
    pub properties: BTreeMap<String, Field>,
}

/// A permission set (OAuth scope bundle).
#[derive(Debug, Clone, PartialEq)]
pub struct PermissionSet {
    /// Description prose.
    pub description: Option<String>,
    /// Short display name.
    pub title: Option<String>,
    /// Localized titles by language tag.
    pub title_lang: BTreeMap<String, String>,
    /// Display text describing the set.
    pub detail: Option<String>,
    /// Localized details by language tag.
    pub detail_lang: BTreeMap<String, String>,
    /// The permissions granted.
    pub permissions: Vec<Permission>,
}

/// One permission of a permission set.
#[derive(Debug, Clone, PartialEq)]
pub enum Permission {
    /// `resource: repo`: record writes.
    Repo {
        /// Record collections (NSIDs).
        collection: Vec<String>,
        /// Allowed actions (`create`, `update`, `delete`); empty means all.
        action: Vec<String>,
    },
    /// `resource: rpc`: calls to other services.
    Rpc {
        /// Allowed endpoints (NSIDs).
        lxm: Vec<String>,
        /// The audience (service), typically `*`.
        aud: Option<String>,
        /// Whether the audience is inherited from the permission set's use.
        inherit_aud: bool,
    },
    /// Another resource type, kept as written (ignored in the lexicon context).
    Other {
        /// The `resource` value.
        resource: String,
        /// All other attributes.
        attributes: BTreeMap<String, serde_json::Value>,
    },
}

/// A token: a named symbol.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Description prose (what the token means).
    pub description: Option<String>,
}

/// A data schema: anything that can describe a value.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    /// `boolean`.
    Boolean(Boolean),
    /// `integer`.
    Integer(Integer),
    /// `string`.
    String(StringSchema),
    /// `bytes`.
    Bytes(Bytes),
    /// `cid-link`.
    CidLink(CidLink),
    /// `blob`.
    Blob(Blob),
    /// `array`.
    Array(Array),
    /// `object`.
    Object(Object),
    /// `ref`.
    Ref(Ref),
    /// `union`.
    Union(Union),
    /// `unknown`.
    Unknown(Unknown),
}

impl Field {
    /// The `type` name of this schema.
    pub fn type_name(&self) -> &'static str {
        match self {
            Field::Boolean(_) => "boolean",
            Field::Integer(_) => "integer",
            Field::String(_) => "string",
            Field::Bytes(_) => "bytes",
            Field::CidLink(_) => "cid-link",
            Field::Blob(_) => "blob",
            Field::Array(_) => "array",
            Field::Object(_) => "object",
            Field::Ref(_) => "ref",
            Field::Union(_) => "union",
            Field::Unknown(_) => "unknown",
        }
    }

    /// Description prose.
    pub fn description(&self) -> Option<&str> {
        match self {
            Field::Boolean(s) => s.description.as_deref(),
            Field::Integer(s) => s.description.as_deref(),
            Field::String(s) => s.description.as_deref(),
            Field::Bytes(s) => s.description.as_deref(),
            Field::CidLink(s) => s.description.as_deref(),
            Field::Blob(s) => s.description.as_deref(),
            Field::Array(s) => s.description.as_deref(),
            Field::Object(s) => s.description.as_deref(),
            Field::Ref(s) => s.description.as_deref(),
            Field::Union(s) => s.description.as_deref(),
            Field::Unknown(s) => s.description.as_deref(),
        }
    }
}

/// `boolean`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Boolean {
    /// Description prose.
    pub description: Option<String>,
    /// Value assumed when absent.
    pub default: Option<bool>,
    /// The only allowed value.
    pub r#const: Option<bool>,
}

/// `integer`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Integer {
    /// Description prose.
    pub description: Option<String>,
    /// Smallest allowed value.
    pub minimum: Option<i64>,
    /// Largest allowed value.
    pub maximum: Option<i64>,
    /// Closed set of allowed values.
    pub r#enum: Option<Vec<i64>>,
    /// Value assumed when absent.
    pub default: Option<i64>,
    /// The only allowed value.
    pub r#const: Option<i64>,
}

/// `string`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StringSchema {
    /// Description prose.
    pub description: Option<String>,
    /// Syntax restriction.
    pub format: Option<StringFormat>,
    /// Minimum length in UTF-8 bytes.
    pub min_length: Option<u64>,
    /// Maximum length in UTF-8 bytes.
    pub max_length: Option<u64>,
    /// Minimum length in grapheme clusters.
    pub min_graphemes: Option<u64>,
    /// Maximum length in grapheme clusters.
    pub max_graphemes: Option<u64>,
    /// Suggested values (open set).
    pub known_values: Option<Vec<String>>,
    /// Allowed values (closed set).
    pub r#enum: Option<Vec<String>>,
    /// Value assumed when absent.
    pub default: Option<String>,
    /// The only allowed value.
    pub r#const: Option<String>,
}

/// The string formats of the Lexicon language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StringFormat {
    /// `at-identifier`: a handle or a DID.
    AtIdentifier,
    /// `at-uri`.
    AtUri,
    /// `cid`: a CID as a string.
    Cid,
    /// `datetime`: RFC 3339 / ISO 8601 intersection.
    Datetime,
    /// `did`.
    Did,
    /// `handle`.
    Handle,
    /// `nsid`.
    Nsid,
    /// `tid`.
    Tid,
    /// `record-key`.
    RecordKey,
    /// `uri`: any RFC 3986 URI.
    Uri,
    /// `language`: a BCP 47 language tag.
    Language,
}

impl StringFormat {
    /// Every format with its lexicon spelling.
    pub const ALL: &'static [(StringFormat, &'static str)] = &[
        (StringFormat::AtIdentifier, "at-identifier"),
        (StringFormat::AtUri, "at-uri"),
        (StringFormat::Cid, "cid"),
        (StringFormat::Datetime, "datetime"),
        (StringFormat::Did, "did"),
        (StringFormat::Handle, "handle"),
        (StringFormat::Nsid, "nsid"),
        (StringFormat::Tid, "tid"),
        (StringFormat::RecordKey, "record-key"),
        (StringFormat::Uri, "uri"),
        (StringFormat::Language, "language"),
    ];

    /// The format spelled `name` in a lexicon.
    pub fn from_name(name: &str) -> Option<StringFormat> {
        StringFormat::ALL
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(f, _)| *f)
    }

    /// The lexicon spelling.
    pub fn as_str(self) -> &'static str {
        StringFormat::ALL
            .iter()
            .find(|(f, _)| *f == self)
            .map_or("", |(_, n)| n)
    }
}

/// `bytes`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Bytes {
    /// Description prose.
    pub description: Option<String>,
    /// Minimum size in bytes.
    pub min_length: Option<u64>,
    /// Maximum size in bytes.
    pub max_length: Option<u64>,
}

/// `cid-link`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CidLink {
    /// Description prose.
    pub description: Option<String>,
}

/// `blob`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Blob {
    /// Description prose.
    pub description: Option<String>,
    /// Accepted MIME types, each may end in `/*` (`image/*`), or `*/*`.
    pub accept: Option<Vec<String>>,
    /// Maximum size in bytes.
    pub max_size: Option<u64>,
}

/// `array`.
#[derive(Debug, Clone, PartialEq)]
pub struct Array {
    /// Description prose.
    pub description: Option<String>,
    /// The schema of every element.
    pub items: Box<Field>,
    /// Minimum number of elements.
    pub min_length: Option<u64>,
    /// Maximum number of elements.
    pub max_length: Option<u64>,
}

/// `object`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Object {
    /// Description prose.
    pub description: Option<String>,
    /// Names of required properties.
    pub required: Vec<String>,
    /// Names of properties that may be `null`.
    pub nullable: Vec<String>,
    /// The properties by name.
    pub properties: BTreeMap<String, Field>,
}

/// `ref`: the schema of another def.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ref {
    /// Description prose.
    pub description: Option<String>,
    /// The referenced def.
    pub r#ref: Reference,
}

/// `union`: one of several object or record types, told apart by `$type`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Union {
    /// Description prose.
    pub description: Option<String>,
    /// The variants.
    pub refs: Vec<Reference>,
    /// Whether the set of variants is final (`closed: true`); open by default.
    pub closed: bool,
}

/// `unknown`: any object.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Unknown {
    /// Description prose.
    pub description: Option<String>,
}

/// A reference to a def: `#name` (local), `nsid` (its `main`) or `nsid#name`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reference {
    /// As written.
    pub raw: String,
    /// The document, or `None` for a local reference.
    pub nsid: Option<String>,
    /// The def name (`main` when the reference has no fragment).
    pub name: String,
}

impl Reference {
    /// The referenced `(document NSID, def name)`, with local references resolved against `base`.
    pub fn resolve<'a>(&'a self, base: &'a str) -> (&'a str, &'a str) {
        (self.nsid.as_deref().unwrap_or(base), &self.name)
    }

    /// The fully qualified form `nsid#name` (or `nsid` for `main`), local ones resolved against `base`.
    pub fn qualified(&self, base: &str) -> String {
        let (nsid, name) = self.resolve(base);
        if name == "main" {
            nsid.to_owned()
        } else {
            format!("{nsid}#{name}")
        }
    }
}
