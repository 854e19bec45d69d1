//! The dynamic validator's walk: a value against a schema, following refs and unions through the
//! catalog, collecting every violation with its path.

use super::constraints;
use super::path::{Path, Segment};
use super::{Code, Diagnostic, Mode, Violation, summarize};
use crate::catalog::Catalog;
use crate::lexicon::{Array, Blob, Def, Field, Object, Reference, StringSchema, Union};
use crate::model::{BlobRef, Map, Value};

/// How many schema hops (refs, unions, containers) the walk follows before giving up: values are
/// at most [`crate::model::MAX_DEPTH`] deep, so only a catalog with a ref loop can get here.
const MAX_HOPS: usize = 256;

/// Keys of a typed blob reference (`$type: "blob"`).
const BLOB_KEYS: [&str; 4] = ["$type", "ref", "mimeType", "size"];
/// Keys of a legacy blob reference.
const LEGACY_BLOB_KEYS: [&str; 2] = ["cid", "mimeType"];

/// One validation run.
pub(crate) struct Walk<'a> {
    pub(crate) catalog: &'a Catalog,
    pub(crate) mode: Mode,
    pub(crate) path: Path<'a>,
    pub(crate) out: Vec<Diagnostic>,
    hops: usize,
}

impl<'a> Walk<'a> {
    pub(crate) fn new(catalog: &'a Catalog, mode: Mode) -> Self {
        Walk {
            catalog,
            mode,
            path: Path::default(),
            out: Vec::new(),
            hops: 0,
        }
    }

    /// Reports a violation at the current path.
    pub(crate) fn report(&mut self, violation: Violation) {
        self.out.push(violation.at(self.path.render()));
    }

    pub(crate) fn check(&mut self, result: Result<(), Violation>) {
        if let Err(violation) = result {
            self.report(violation);
        }
    }

    pub(crate) fn wrong_type(&mut self, expected: &str, value: &Value) {
        self.report(Violation::new(Code::WrongType, expected, summarize(value)));
    }

    /// Validates `value` against `field`, a schema written in document `base`.
    pub(crate) fn field(&mut self, base: &'a str, field: &'a Field, value: &'a Value) {
        match field {
            Field::Boolean(schema) => match value {
                Value::Bool(b) => {
                    if let Some(expected) = schema.r#const {
                        self.check(constraints::boolean_const(*b, expected));
                    }
                }
                other => self.wrong_type("a boolean", other),
            },
            Field::Integer(schema) => match value {
                Value::Integer(i) => {
                    if let Some(expected) = schema.r#const {
                        self.check(constraints::integer_const(*i, expected));
                    }
                    if let Some(allowed) = &schema.r#enum {
                        self.check(constraints::integer_enum(*i, allowed));
                    }
                    self.check(constraints::integer_range(
                        *i,
                        schema.minimum,
                        schema.maximum,
                    ));
                }
                other => self.wrong_type("an integer", other),
            },
            Field::String(schema) => match value {
                Value::String(s) => self.string(schema, s),
                other => self.wrong_type("a string", other),
            },
            Field::Bytes(schema) => match value {
                Value::Bytes(b) => self.check(constraints::bytes_length(
                    b.len(),
                    schema.min_length,
                    schema.max_length,
                )),
                other => self.wrong_type("bytes", other),
            },
            Field::CidLink(_) => {
                if !matches!(value, Value::Link(_)) {
                    self.wrong_type("a cid-link", value);
                }
            }
            Field::Blob(schema) => self.blob(schema, value),
            Field::Array(schema) => self.array(base, schema, value),
            Field::Object(schema) => self.object(base, schema, value, None),
            Field::Ref(schema) => self.reference(base, &schema.r#ref, value),
            Field::Union(schema) => self.union(base, schema, value),
            Field::Unknown(_) => match value {
                Value::Map(map) if !is_blob_map(map) => {}
                other => self.report(Violation::new(
                    Code::UnknownNotObject,
                    "an object (unknown)",
                    summarize(other),
                )),
            },
        }
    }

    fn string(&mut self, schema: &StringSchema, s: &str) {
        if let Some(expected) = &schema.r#const {
            self.check(constraints::string_const(s, expected));
        }
        if let Some(allowed) = &schema.r#enum {
            self.check(constraints::string_enum(s, allowed));
        }
        self.check(constraints::string_length(
            s,
            schema.min_length,
            schema.max_length,
        ));
        self.check(constraints::graphemes(
            s,
            schema.min_graphemes,
            schema.max_graphemes,
        ));
        if let Some(format) = schema.format {
            self.check(constraints::format(s, format, self.mode));
        }
    }

    fn blob(&mut self, schema: &Blob, value: &Value) {
        let Value::Map(map) = value else {
            return self.wrong_type("a blob", value);
        };
        let blob = match map.get("$type") {
            Some(Value::String(t)) if t == "blob" => {
                if let Some(extra) = map.keys().find(|k| !BLOB_KEYS.contains(k)) {
                    return self.report(Violation::new(
                        Code::InvalidBlob,
                        "a blob with exactly $type, ref, mimeType and size",
                        format!("extra key {extra:?}"),
                    ));
                }
                match BlobRef::from_map(map) {
                    Some(Ok(blob)) => blob,
                    Some(Err(e)) => {
                        return self.report(Violation::new(
                            Code::InvalidBlob,
                            "a blob reference",
                            e.to_string(),
                        ));
                    }
                    None => return self.wrong_type("a blob", value),
                }
            }
            Some(_) => return self.wrong_type("a blob", value),
            None if map.contains_key("cid") && map.contains_key("mimeType") => {
                if self.mode == Mode::Strict {
                    return self.report(Violation::new(
                        Code::LegacyBlob,
                        "a blob with $type \"blob\" (legacy {cid, mimeType} only in lenient mode)",
                        "a legacy blob reference",
                    ));
                }
                if let Some(extra) = map.keys().find(|k| !LEGACY_BLOB_KEYS.contains(k)) {
                    return self.report(Violation::new(
                        Code::InvalidBlob,
                        "a legacy blob with exactly cid and mimeType",
                        format!("extra key {extra:?}"),
                    ));
                }
                match BlobRef::from_value(value) {
                    Ok(blob) => blob,
                    Err(e) => {
                        return self.report(Violation::new(
                            Code::InvalidBlob,
                            "a legacy blob reference",
                            e.to_string(),
                        ));
                    }
                }
            }
            None => return self.wrong_type("a blob", value),
        };
        if let Some(accept) = &schema.accept {
            self.check(constraints::blob_accept(&blob.mime_type, accept));
        }
        if let (Some(max), Some(size)) = (schema.max_size, blob.size) {
            self.check(constraints::blob_max_size(size, max));
        }
    }

    fn array(&mut self, base: &'a str, schema: &'a Array, value: &'a Value) {
        let Value::Array(items) = value else {
            return self.wrong_type("an array", value);
        };
        self.check(constraints::array_length(
            items.len(),
            schema.min_length,
            schema.max_length,
        ));
        if !self.enter() {
            return;
        }
        for (i, item) in items.iter().enumerate() {
            self.path.push(Segment::Index(i));
            self.field(base, &schema.items, item);
            self.path.pop();
        }
        self.leave();
    }

    /// Validates an object. `def` is the `(nsid, name)` of the named def the object is, when it is
    /// one: in strict mode a `$type` in the value must then name it.
    pub(crate) fn object(
        &mut self,
        base: &'a str,
        schema: &'a Object,
        value: &'a Value,
        def: Option<(&str, &str)>,
    ) {
        let Value::Map(map) = value else {
            return self.wrong_type("an object", value);
        };
        if self.mode == Mode::Strict
            && let Some((nsid, name)) = def
            && let Some(Value::String(t)) = map.get("$type")
            && !names_def(t, nsid, name)
        {
            let expected = if name == "main" {
                nsid.to_owned()
            } else {
                format!("{nsid}#{name}")
            };
            self.path.push(Segment::Key("$type"));
            self.report(Violation::new(
                Code::TypeMismatch,
                format!("$type absent or {expected:?}"),
                format!("{t:?}"),
            ));
            self.path.pop();
        }
        self.properties(base, schema, map);
    }

    fn properties(&mut self, base: &'a str, schema: &'a Object, map: &'a Map) {
        if !self.enter() {
            return;
        }
        for (name, prop) in &schema.properties {
            self.path.push(Segment::Key(name));
            match map.get(name) {
                None => {
                    if schema.required.iter().any(|r| r == name) && !has_default(prop) {
                        self.report(Violation::new(
                            Code::MissingRequired,
                            "a required property",
                            "nothing",
                        ));
                    }
                }
                Some(Value::Null) if schema.nullable.iter().any(|n| n == name) => {}
                Some(Value::Null) => self.report(Violation::new(
                    Code::NullNotAllowed,
                    format!("{} (not nullable)", prop.type_name()),
                    "null",
                )),
                Some(value) => self.field(base, prop, value),
            }
            self.path.pop();
        }
        self.leave();
    }

    /// Validates `value` against the def `reference` (written in document `base`) points at.
    pub(crate) fn reference(&mut self, base: &'a str, reference: &'a Reference, value: &'a Value) {
        let (nsid, name) = reference.resolve(base);
        self.def(nsid, name, value);
    }

    /// Validates `value` against the def `name` of document `nsid`.
    pub(crate) fn def(&mut self, nsid: &'a str, name: &'a str, value: &'a Value) {
        let Some(def) = self.catalog.def(nsid, name) else {
            return self.unresolved(nsid, name);
        };
        if !self.enter() {
            return;
        }
        match def {
            Def::Record(record) => self.object(nsid, &record.record, value, Some((nsid, name))),
            Def::Field(Field::Object(object)) => {
                self.object(nsid, object, value, Some((nsid, name)));
            }
            Def::Field(field) => self.field(nsid, field, value),
            other => self.report(Violation::new(
                Code::UnsupportedSchema,
                format!("a data schema at {nsid}#{name}"),
                format!("a {} def", other.type_name()),
            )),
        }
        self.leave();
    }

    fn unresolved(&mut self, nsid: &str, name: &str) {
        self.report(Violation::new(
            Code::UnresolvedReference,
            format!("a def {nsid}#{name} in the catalog"),
            "no such def",
        ));
    }

    pub(crate) fn union(&mut self, base: &'a str, schema: &'a Union, value: &'a Value) {
        let Value::Map(map) = value else {
            return self.wrong_type("an object with $type (union)", value);
        };
        let Some(Value::String(t)) = map.get("$type") else {
            return self.report(Violation::new(
                Code::MissingType,
                "an object with a string $type (union)",
                summarize(value),
            ));
        };
        let member = schema.refs.iter().find(|r| {
            let (nsid, name) = r.resolve(base);
            names_def(t, nsid, name)
        });
        match member {
            Some(reference) => self.reference(base, reference, value),
            None if schema.closed => {
                let members: Vec<String> = schema.refs.iter().map(|r| r.qualified(base)).collect();
                self.path.push(Segment::Key("$type"));
                self.report(Violation::new(
                    Code::TypeNotInUnion,
                    format!("one of [{}] (closed union)", members.join(", ")),
                    format!("{t:?}"),
                ));
                self.path.pop();
            }
            // Open unions accept types they do not list, unvalidated.
            None => {}
        }
    }

    /// Counts one more schema hop; false (after reporting) when there are too many.
    fn enter(&mut self) -> bool {
        self.hops += 1;
        if self.hops > MAX_HOPS {
            self.hops -= 1;
            self.report(Violation::new(
                Code::TooDeep,
                format!("at most {MAX_HOPS} nested schemas"),
                "a deeper nesting (a ref loop in the catalog?)",
            ));
            return false;
        }
        true
    }

    fn leave(&mut self) {
        self.hops -= 1;
    }
}

/// Whether a `$type` string names the def `nsid#name` (`nsid` alone, or with `#main`, names `main`).
pub(crate) fn names_def(t: &str, nsid: &str, name: &str) -> bool {
    match t.split_once('#') {
        Some((t_nsid, t_name)) => t_nsid == nsid && t_name == name,
        None => name == "main" && t == nsid,
    }
}

fn is_blob_map(map: &Map) -> bool {
    matches!(map.get("$type"), Some(Value::String(t)) if t == "blob")
}

/// Whether an absent value takes a default (which then satisfies `required`, as in the reference).
pub(crate) fn has_default(field: &Field) -> bool {
    match field {
        Field::Boolean(s) => s.default.is_some(),
        Field::Integer(s) => s.default.is_some(),
        Field::String(s) => s.default.is_some(),
        _ => false,
    }
}
