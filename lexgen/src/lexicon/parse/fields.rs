//! Parsing data schemas (boolean … unknown) and checking that their attributes fit together.

use std::collections::BTreeMap;

use serde_json::Value;

use super::reader::{Node, Parser};
use crate::lexicon::diagnostic::Code;
use crate::lexicon::nsid::{is_def_name, nsid_problem};
use crate::lexicon::path::{child, index};
use crate::lexicon::schema::{
    Array, Blob, Boolean, Bytes, CidLink, Field, Integer, Object, Ref, Reference, StringFormat,
    StringSchema, Union, Unknown,
};

/// Where a data schema appears; decides which types are allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// A named def.
    Def,
    /// A property of an object.
    Property,
    /// The `items` of an array outside params.
    Items,
    /// A parameter of `params`.
    Param,
    /// The `items` of an array parameter.
    ParamItems,
    /// The `schema` of an input or output body.
    Body,
    /// The `schema` of a subscription message.
    Message,
    /// The `record` of a record def.
    Record,
}

impl Place {
    fn allows(self, type_name: &str) -> bool {
        match self {
            Place::Def | Place::Property | Place::Items => true,
            Place::Param => matches!(type_name, "boolean" | "integer" | "string" | "array"),
            Place::ParamItems => matches!(type_name, "boolean" | "integer" | "string"),
            Place::Body => matches!(type_name, "object" | "ref" | "union"),
            Place::Message => type_name == "union",
            Place::Record => type_name == "object",
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Place::Def => "a named def",
            Place::Property => "an object property",
            Place::Items => "array items",
            Place::Param => "a parameter (boolean, integer, string or an array of those)",
            Place::ParamItems => "the items of an array parameter (boolean, integer or string)",
            Place::Body => "a body schema (object, ref or union)",
            Place::Message => "a subscription message schema (a union)",
            Place::Record => "a record schema (an object)",
        }
    }
}

/// The types that are data schemas.
pub(super) const FIELD_TYPES: &[&str] = &[
    "boolean", "integer", "string", "bytes", "cid-link", "blob", "array", "object", "ref", "union",
    "unknown",
];

/// Parses the data schema at `path`, or reports why it is not one allowed in `place`.
pub(super) fn field(p: &mut Parser, value: &Value, path: &str, place: Place) -> Option<Field> {
    let node = p.object(value, path, "a schema object")?;
    let type_name = match node.map.get("type") {
        Some(Value::String(t)) => t.clone(),
        Some(other) => {
            p.wrong_type(&child(path, "type"), "a string", other);
            return None;
        }
        None => {
            let expected = if place == Place::Record {
                "`object`"
            } else {
                "the schema type"
            };
            p.missing(&node, "type", expected);
            return None;
        }
    };
    if !FIELD_TYPES.contains(&type_name.as_str()) {
        let known_elsewhere = [
            "record",
            "query",
            "procedure",
            "subscription",
            "permission-set",
            "token",
            "params",
            "permission",
        ];
        if known_elsewhere.contains(&type_name.as_str()) {
            p.report(
                Code::TypeNotAllowedHere,
                child(path, "type"),
                format!("a `{type_name}` cannot be {}", place.describe()),
            );
        } else {
            p.report(
                Code::UnknownType,
                child(path, "type"),
                format!(
                    "`{type_name}` is not a Lexicon type{}",
                    crate::lexicon::suggest::hint(&type_name, FIELD_TYPES)
                ),
            );
        }
        return None;
    }
    if !place.allows(&type_name) {
        p.report(
            Code::TypeNotAllowedHere,
            child(path, "type"),
            format!("a `{type_name}` cannot be {}", place.describe()),
        );
        if place != Place::Def {
            return None;
        }
    }
    let field = match type_name.as_str() {
        "boolean" => Field::Boolean(boolean(p, &node)),
        "integer" => Field::Integer(integer(p, &node)),
        "string" => Field::String(string(p, &node)),
        "bytes" => Field::Bytes(bytes(p, &node)),
        "cid-link" => {
            p.check_keys(&node, &["type", "description"]);
            Field::CidLink(CidLink {
                description: p.string(&node, "description"),
            })
        }
        "blob" => Field::Blob(blob(p, &node)),
        "array" => Field::Array(array(p, &node, place)?),
        "object" => Field::Object(object(p, &node)),
        "ref" => Field::Ref(reference_schema(p, &node)?),
        "union" => Field::Union(union(p, &node)),
        _ => {
            p.check_keys(&node, &["type", "description"]);
            Field::Unknown(Unknown {
                description: p.string(&node, "description"),
            })
        }
    };
    Some(field)
}

fn boolean(p: &mut Parser, node: &Node<'_>) -> Boolean {
    p.check_keys(node, &["type", "description", "default", "const"]);
    let schema = Boolean {
        description: p.string(node, "description"),
        default: p.bool(node, "default"),
        r#const: p.bool(node, "const"),
    };
    const_with_default(
        p,
        node,
        schema.default.is_some() && schema.r#const.is_some(),
    );
    schema
}

fn const_with_default(p: &mut Parser, node: &Node<'_>, both: bool) {
    if both {
        p.report(
            Code::ConflictingAttributes,
            child(&node.path, "default"),
            "`const` and `default` are mutually exclusive",
        );
    }
}

fn limits(
    p: &mut Parser,
    node: &Node<'_>,
    low: &str,
    high: &str,
    min: Option<u64>,
    max: Option<u64>,
) {
    if let (Some(min), Some(max)) = (min, max)
        && min > max
    {
        p.report(
            Code::ContradictoryLimits,
            child(&node.path, low),
            format!("`{low}` {min} is greater than `{high}` {max}: no value fits"),
        );
    }
}

fn integer(p: &mut Parser, node: &Node<'_>) -> Integer {
    p.check_keys(
        node,
        &[
            "type",
            "description",
            "minimum",
            "maximum",
            "enum",
            "default",
            "const",
        ],
    );
    let schema = Integer {
        description: p.string(node, "description"),
        minimum: p.int(node, "minimum"),
        maximum: p.int(node, "maximum"),
        r#enum: p.int_list(node, "enum"),
        default: p.int(node, "default"),
        r#const: p.int(node, "const"),
    };
    if let (Some(min), Some(max)) = (schema.minimum, schema.maximum)
        && min > max
    {
        p.report(
            Code::ContradictoryLimits,
            child(&node.path, "minimum"),
            format!("`minimum` {min} is greater than `maximum` {max}: no value fits"),
        );
    }
    const_with_default(
        p,
        node,
        schema.default.is_some() && schema.r#const.is_some(),
    );
    for (key, value) in [("default", schema.default), ("const", schema.r#const)] {
        let Some(value) = value else { continue };
        let path = child(&node.path, key);
        if schema.minimum.is_some_and(|min| value < min)
            || schema.maximum.is_some_and(|max| value > max)
        {
            p.report(
                Code::DefaultViolatesSchema,
                path.clone(),
                format!("`{key}` {value} is outside the range minimum..maximum"),
            );
        }
        if let Some(allowed) = &schema.r#enum
            && !allowed.contains(&value)
        {
            p.report(
                Code::DefaultViolatesSchema,
                path,
                format!("`{key}` {value} is not in `enum`"),
            );
        }
    }
    schema
}

fn string(p: &mut Parser, node: &Node<'_>) -> StringSchema {
    p.check_keys(
        node,
        &[
            "type",
            "description",
            "format",
            "minLength",
            "maxLength",
            "minGraphemes",
            "maxGraphemes",
            "knownValues",
            "enum",
            "default",
            "const",
        ],
    );
    let format = p.string(node, "format").and_then(|name| {
        let format = StringFormat::from_name(&name);
        if format.is_none() {
            let known: Vec<&str> = StringFormat::ALL.iter().map(|(_, n)| *n).collect();
            p.report(
                Code::InvalidValue,
                child(&node.path, "format"),
                format!(
                    "`{name}` is not a string format (known: {})",
                    known.join(", ")
                ),
            );
        }
        format
    });
    let schema = StringSchema {
        description: p.string(node, "description"),
        format,
        min_length: p.uint(node, "minLength"),
        max_length: p.uint(node, "maxLength"),
        min_graphemes: p.uint(node, "minGraphemes"),
        max_graphemes: p.uint(node, "maxGraphemes"),
        known_values: p.string_list(node, "knownValues"),
        r#enum: p.string_list(node, "enum"),
        default: p.string(node, "default"),
        r#const: p.string(node, "const"),
    };
    limits(
        p,
        node,
        "minLength",
        "maxLength",
        schema.min_length,
        schema.max_length,
    );
    limits(
        p,
        node,
        "minGraphemes",
        "maxGraphemes",
        schema.min_graphemes,
        schema.max_graphemes,
    );
    // Every grapheme takes at least one byte.
    limits(
        p,
        node,
        "minGraphemes",
        "maxLength",
        schema.min_graphemes,
        schema.max_length,
    );
    const_with_default(
        p,
        node,
        schema.default.is_some() && schema.r#const.is_some(),
    );
    for (key, value) in [("default", &schema.default), ("const", &schema.r#const)] {
        let Some(value) = value else { continue };
        let path = child(&node.path, key);
        let bytes = value.len() as u64;
        if schema.min_length.is_some_and(|min| bytes < min)
            || schema.max_length.is_some_and(|max| bytes > max)
        {
            p.report(
                Code::DefaultViolatesSchema,
                path.clone(),
                format!("`{key}` {value:?} ({bytes} bytes) is outside minLength..maxLength"),
            );
        }
        if let Some(problem) = grapheme_problem(value, schema.min_graphemes, schema.max_graphemes) {
            p.report(
                Code::DefaultViolatesSchema,
                path.clone(),
                format!("`{key}` {value:?} {problem}"),
            );
        }
        if let Some(allowed) = &schema.r#enum
            && !allowed.contains(value)
        {
            p.report(
                Code::DefaultViolatesSchema,
                path,
                format!("`{key}` {value:?} is not in `enum`"),
            );
        }
    }
    schema
}

/// Whether `value` certainly breaks the grapheme limits. Without a grapheme segmenter here, the
/// count is exact only for ASCII without CRLF; otherwise only "fewer characters than minGraphemes"
/// (graphemes never outnumber characters) is certain.
fn grapheme_problem(value: &str, min: Option<u64>, max: Option<u64>) -> Option<String> {
    let chars = value.chars().count() as u64;
    let exact = value.is_ascii() && !value.contains("\r\n");
    if min.is_some_and(|min| chars < min) {
        return Some(format!(
            "has fewer than `minGraphemes` {} graphemes",
            min.unwrap_or(0)
        ));
    }
    if exact && max.is_some_and(|max| chars > max) {
        return Some(format!(
            "has more than `maxGraphemes` {} graphemes",
            max.unwrap_or(0)
        ));
    }
    None
}

fn bytes(p: &mut Parser, node: &Node<'_>) -> Bytes {
    p.check_keys(node, &["type", "description", "minLength", "maxLength"]);
    let schema = Bytes {
        description: p.string(node, "description"),
        min_length: p.uint(node, "minLength"),
        max_length: p.uint(node, "maxLength"),
    };
    limits(
        p,
        node,
        "minLength",
        "maxLength",
        schema.min_length,
        schema.max_length,
    );
    schema
}

/// Whether `pattern` is a MIME type or a MIME glob allowed in `accept` (`image/png`, `image/*`, `*/*`).
pub(super) fn is_mime_pattern(pattern: &str) -> bool {
    let token = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$&^_.+-".contains(&b))
    };
    match pattern.split_once('/') {
        Some(("*", "*")) => true,
        Some((kind, "*")) => token(kind),
        Some((kind, sub)) => token(kind) && token(sub),
        None => false,
    }
}

fn blob(p: &mut Parser, node: &Node<'_>) -> Blob {
    p.check_keys(node, &["type", "description", "accept", "maxSize"]);
    let schema = Blob {
        description: p.string(node, "description"),
        accept: p.string_list(node, "accept"),
        max_size: p.uint(node, "maxSize"),
    };
    for (i, pattern) in schema.accept.iter().flatten().enumerate() {
        if !is_mime_pattern(pattern) {
            p.report(
                Code::InvalidValue,
                index(&child(&node.path, "accept"), i),
                format!(
                    "`{pattern}` is not a MIME type or glob (`type/subtype`, `type/*` or `*/*`)"
                ),
            );
        }
    }
    schema
}

fn array(p: &mut Parser, node: &Node<'_>, place: Place) -> Option<Array> {
    p.check_keys(
        node,
        &["type", "description", "items", "minLength", "maxLength"],
    );
    let description = p.string(node, "description");
    let min_length = p.uint(node, "minLength");
    let max_length = p.uint(node, "maxLength");
    limits(p, node, "minLength", "maxLength", min_length, max_length);
    let items_place = if place == Place::Param {
        Place::ParamItems
    } else {
        Place::Items
    };
    let Some(items_value) = node.map.get("items") else {
        p.missing(node, "items", "the schema of the elements");
        return None;
    };
    let items_path = child(&node.path, "items");
    let items = field(p, items_value, &items_path, items_place)?;
    if matches!(items, Field::Object(_) | Field::Array(_)) {
        p.report(
            Code::Portability,
            child(&items_path, "type"),
            format!(
                "inline `{}` items are rejected by the reference TypeScript implementation; use a `ref` to a named def",
                items.type_name()
            ),
        );
    }
    Some(Array {
        description,
        items: Box::new(items),
        min_length,
        max_length,
    })
}

/// Parses `properties` (a map of name → schema) of an object or params node.
pub(super) fn properties(p: &mut Parser, node: &Node<'_>, place: Place) -> BTreeMap<String, Field> {
    let mut out = BTreeMap::new();
    let Some(props) = p.optional_object(node, "properties", "a map of property schemas") else {
        return out;
    };
    for (name, value) in props.map {
        let path = child(&props.path, name);
        if name.is_empty() || name.starts_with('$') || name.contains(char::is_whitespace) {
            p.report(
                Code::InvalidName,
                path.clone(),
                format!("`{name}` is not a usable property name"),
            );
        }
        if let Some(field) = field(p, value, &path, place) {
            out.insert(name.clone(), field);
        }
    }
    out
}

/// Checks that every name in `required` / `nullable` is a defined property.
pub(super) fn names_defined(p: &mut Parser, node: &Node<'_>, key: &str, names: &[String]) {
    let Some(Value::Object(props)) = node.map.get("properties") else {
        if !names.is_empty() && !node.map.contains_key("properties") {
            p.report(
                Code::UndefinedProperty,
                child(&node.path, key),
                format!("`{key}` lists properties but there are no `properties`"),
            );
        }
        return;
    };
    for (i, name) in names.iter().enumerate() {
        if !props.contains_key(name) {
            p.report(
                Code::UndefinedProperty,
                index(&child(&node.path, key), i),
                format!("`{name}` is listed in `{key}` but is not in `properties`"),
            );
        }
    }
}

pub(super) fn object(p: &mut Parser, node: &Node<'_>) -> Object {
    p.check_keys(
        node,
        &["type", "description", "required", "nullable", "properties"],
    );
    if !node.map.contains_key("properties") {
        p.missing(
            node,
            "properties",
            "a map of property schemas, possibly empty",
        );
    }
    let required = p.string_list(node, "required").unwrap_or_default();
    let nullable = p.string_list(node, "nullable").unwrap_or_default();
    names_defined(p, node, "required", &required);
    names_defined(p, node, "nullable", &nullable);
    Object {
        description: p.string(node, "description"),
        required,
        nullable,
        properties: properties(p, node, Place::Property),
    }
}

/// Parses a reference string (`#name`, `nsid`, `nsid#name`).
pub(super) fn reference(p: &mut Parser, raw: &str, path: &str) -> Option<Reference> {
    let (nsid, name) = match raw.split_once('#') {
        Some(("", name)) => (None, name),
        Some((nsid, name)) => (Some(nsid), name),
        None => (Some(raw), "main"),
    };
    if let Some(nsid) = nsid
        && let Some(problem) = nsid_problem(nsid)
    {
        p.report(
            Code::InvalidReference,
            path,
            format!("`{raw}` is not a reference: `{nsid}` is not an NSID ({problem})"),
        );
        return None;
    }
    if !is_def_name(name) {
        p.report(
            Code::InvalidReference,
            path,
            format!("`{raw}` is not a reference: `{name}` is not a def name"),
        );
        return None;
    }
    Some(Reference {
        raw: raw.to_owned(),
        nsid: nsid.map(str::to_owned),
        name: name.to_owned(),
    })
}

fn reference_schema(p: &mut Parser, node: &Node<'_>) -> Option<Ref> {
    p.check_keys(node, &["type", "description", "ref"]);
    let description = p.string(node, "description");
    let raw = p.required_string(node, "ref", "the referenced def")?;
    let r#ref = reference(p, &raw, &child(&node.path, "ref"))?;
    Some(Ref { description, r#ref })
}

pub(super) fn union(p: &mut Parser, node: &Node<'_>) -> Union {
    p.check_keys(node, &["type", "description", "refs", "closed"]);
    if !node.map.contains_key("refs") {
        p.missing(node, "refs", "the list of variants");
    }
    let raw_refs = p.string_list(node, "refs").unwrap_or_default();
    let refs_path = child(&node.path, "refs");
    let refs: Vec<Reference> = raw_refs
        .iter()
        .enumerate()
        .filter_map(|(i, raw)| reference(p, raw, &index(&refs_path, i)))
        .collect();
    let closed = p.bool(node, "closed").unwrap_or(false);
    if closed && raw_refs.is_empty() {
        p.report(
            Code::ConflictingAttributes,
            child(&node.path, "closed"),
            "a closed union with no `refs` allows nothing",
        );
    }
    Union {
        description: p.string(node, "description"),
        refs,
        closed,
    }
}
