//! The dynamic validator's walk: a value against a schema, following refs and unions through the
//! catalog, collecting every violation with its path.

use super::constraints;
use super::index::{Index, Prop, canonical_order, type_entry};
use super::path::{Path, Segment};
use super::{Code, Diagnostic, Mode, Violation, summarize};
use crate::catalog::Catalog;
use std::cmp::Ordering;

use crate::lexicon::{Array, Blob, Def, Field, Object, Reference, StringSchema, Union};
use crate::model::{BlobRef, Map, Value};

/// How many schema hops (refs, unions, containers) the walk follows before giving up: values are
/// at most [`crate::model::MAX_DEPTH`] deep, so only a catalog with a ref loop can get here.
pub(crate) const MAX_HOPS: usize = 256;

/// Keys of a typed blob reference (`$type: "blob"`).
const BLOB_KEYS: [&str; 4] = ["$type", "ref", "mimeType", "size"];
/// Keys of a legacy blob reference.
const LEGACY_BLOB_KEYS: [&str; 2] = ["cid", "mimeType"];

/// One validation run.
pub(crate) struct Walk<'a> {
    pub(crate) catalog: &'a Catalog,
    index: &'a Index<'a>,
    pub(crate) mode: Mode,
    pub(crate) path: Path<'a>,
    pub(crate) out: Vec<Diagnostic>,
    hops: usize,
}

impl<'a> Walk<'a> {
    pub(crate) fn new(catalog: &'a Catalog, index: &'a Index<'a>, mode: Mode) -> Self {
        Walk {
            catalog,
            index,
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
        let blob = match type_entry(map) {
            Some(Value::String(t)) if t == "blob" => {
                if let Some(extra) = map.keys().find(|k| !BLOB_KEYS.contains(k)) {
                    return self.report(Violation::new(
                        Code::InvalidBlob,
                        "a blob with exactly $type, ref, mimeType and size",
                        format!("extra key {extra:?}"),
                    ));
                }
                if let Some((mime_type, size)) = typed_blob_fields(map) {
                    return self.blob_constraints(schema, mime_type, Some(size));
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
            // Readers must accept the legacy form in both modes (it has no size to check).
            None if map.contains_key("cid") && map.contains_key("mimeType") => {
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
        self.blob_constraints(schema, &blob.mime_type, blob.size);
    }

    fn blob_constraints(&mut self, schema: &Blob, mime_type: &str, size: Option<u64>) {
        if let Some(accept) = &schema.accept {
            self.check(constraints::blob_accept(mime_type, accept));
        }
        if let (Some(max), Some(size)) = (schema.max_size, size) {
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
            && let Some(Value::String(t)) = type_entry(map)
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
        match self.index.props(schema) {
            Some(props) => self.merged_properties(base, props, map),
            None => self.looked_up_properties(base, schema, map),
        }
        self.leave();
    }

    /// Walks the schema's properties and the map's entries together, both in canonical key order.
    fn merged_properties(&mut self, base: &'a str, props: &'a [Prop<'a>], map: &'a Map) {
        let mut entries = map.iter().peekable();
        for prop in props {
            let value = loop {
                let Some((key, value)) = entries.peek() else {
                    break None;
                };
                match canonical_order(key, prop.name) {
                    Ordering::Less => {
                        entries.next();
                    }
                    Ordering::Equal => {
                        let value = *value;
                        entries.next();
                        break Some(value);
                    }
                    Ordering::Greater => break None,
                }
            };
            self.property(base, prop, value);
        }
    }

    fn property(&mut self, base: &'a str, prop: &Prop<'a>, value: Option<&'a Value>) {
        match value {
            None if !prop.required || has_default(prop.field) => {}
            Some(Value::Null) if prop.nullable => {}
            Some(value) if !value.is_null() => {
                self.path.push(Segment::Key(prop.name));
                self.field(base, prop.field, value);
                self.path.pop();
            }
            Some(_) => {
                self.path.push(Segment::Key(prop.name));
                self.report(Violation::new(
                    Code::NullNotAllowed,
                    format!("{} (not nullable)", prop.field.type_name()),
                    "null",
                ));
                self.path.pop();
            }
            None => {
                self.path.push(Segment::Key(prop.name));
                self.report(Violation::new(
                    Code::MissingRequired,
                    "a required property",
                    "nothing",
                ));
                self.path.pop();
            }
        }
    }

    /// The same as [`Walk::merged_properties`] for an object outside the index (by lookups).
    fn looked_up_properties(&mut self, base: &'a str, schema: &'a Object, map: &'a Map) {
        for (name, field) in &schema.properties {
            let prop = Prop {
                name,
                field,
                required: schema.required.iter().any(|r| r == name),
                nullable: schema.nullable.iter().any(|n| n == name),
                prefix: 0,
                words: None,
            };
            self.property(base, &prop, map.get(name));
        }
    }

    /// Validates `value` against the def `reference` (written in document `base`) points at.
    pub(crate) fn reference(&mut self, base: &'a str, reference: &'a Reference, value: &'a Value) {
        match self.index.target(reference) {
            Some(target) => match target.def {
                Some(def) => self.found_def(target.nsid, target.name, def, value),
                None => self.unresolved(target.nsid, target.name),
            },
            None => {
                let (nsid, name) = reference.resolve(base);
                self.def(nsid, name, value);
            }
        }
    }

    /// Validates `value` against the def `name` of document `nsid`.
    pub(crate) fn def(&mut self, nsid: &'a str, name: &'a str, value: &'a Value) {
        match self.catalog.def(nsid, name) {
            Some(def) => self.found_def(nsid, name, def, value),
            None => self.unresolved(nsid, name),
        }
    }

    fn found_def(&mut self, nsid: &'a str, name: &'a str, def: &'a Def, value: &'a Value) {
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
        let Some(Value::String(t)) = type_entry(map) else {
            return self.report(Violation::new(
                Code::MissingType,
                "an object with a string $type (union)",
                summarize(value),
            ));
        };
        let member = union_member(schema, base, t);
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

    /// The diagnostics, sorted by path (array indices numerically), in report order per path.
    pub(crate) fn finish(mut self) -> Vec<Diagnostic> {
        if self.out.len() > 1 {
            self.out.sort_by(|a, b| natural_order(&a.path, &b.path));
        }
        self.out
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
///
/// `nsid` is an NSID (the parser checks every reference and document id), so it has no `#`: the
/// lengths alone say which form `t` can be, without searching it for `#`.
#[inline]
pub(crate) fn names_def(t: &str, nsid: &str, name: &str) -> bool {
    let (t, n) = (t.as_bytes(), nsid.len());
    if t.len() == n {
        return name == "main" && t == nsid.as_bytes();
    }
    t.len() == n + 1 + name.len()
        && t.get(n) == Some(&b'#')
        && t.get(n + 1..) == Some(name.as_bytes())
        && t.get(..n) == Some(nsid.as_bytes())
}

/// The member of `schema` (a union in the document `base`) that the `$type` value `t` names, if any.
pub(crate) fn union_member<'s>(schema: &'s Union, base: &str, t: &str) -> Option<&'s Reference> {
    schema.refs.iter().find(|r| {
        let (nsid, name) = r.resolve(base);
        names_def(t, nsid, name)
    })
}

/// Compares paths with digit runs as numbers, so `$.a[2]` sorts before `$.a[10]`.
fn natural_order(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        match (a.first(), b.first()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let da = a.iter().take_while(|c| c.is_ascii_digit()).count();
                let db = b.iter().take_while(|c| c.is_ascii_digit()).count();
                let (na, nb) = (&a[..da], &b[..db]);
                let na = &na[na.iter().take_while(|c| **c == b'0').count().min(da - 1)..];
                let nb = &nb[nb.iter().take_while(|c| **c == b'0').count().min(db - 1)..];
                let order = na.len().cmp(&nb.len()).then_with(|| na.cmp(nb));
                if order != Ordering::Equal {
                    return order;
                }
                a = &a[da..];
                b = &b[db..];
            }
            (Some(x), Some(y)) => {
                if x != y {
                    return x.cmp(y);
                }
                a = &a[1..];
                b = &b[1..];
            }
        }
    }
}

pub(crate) fn is_blob_map(map: &Map) -> bool {
    matches!(type_entry(map), Some(Value::String(t)) if t == "blob")
}

/// The `mimeType` and `size` of a well-formed typed blob (keys already checked), read in one
/// pass; `None` sends the caller to [`BlobRef::from_map`] for the precise error.
fn typed_blob_fields(map: &Map) -> Option<(&str, u64)> {
    let (mut link, mut mime_type, mut size) = (false, None, None);
    for (key, value) in map.iter() {
        match (key, value) {
            ("ref", Value::Link(_)) => link = true,
            ("size", Value::Integer(n)) => size = u64::try_from(*n).ok().filter(|&n| n > 0),
            ("mimeType", Value::String(m)) if !m.is_empty() => mime_type = Some(m.as_str()),
            _ => {}
        }
    }
    match (link, mime_type, size) {
        (true, Some(mime_type), Some(size)) => Some((mime_type, size)),
        _ => None,
    }
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
