//! Whether a decoded [`Value`] is valid against a schema, with no diagnostics: the acceptance side
//! of the [`super::engine`] walk (same constraint primitives, same decisions), so that
//! `Validator::record` answers a valid record without building paths or violations. It answers
//! only "valid" or "not sure"; "not sure" (any violation, legacy blobs, refs outside the index)
//! runs the engine, which gives the diagnostics.

mod prefetch;

use std::cmp::Ordering;

use super::engine::{MAX_HOPS, has_default, is_blob_map, names_def, union_member};
use super::index::{Index, Prop, Target, key_order, type_entry};
use super::text::string_accepted;
use super::{Mode, constraints};
use crate::lexicon::{Array, Blob, Def, Field, Object, Reference, Union};
use crate::model::{Map, Value};

/// Whether the engine would report nothing for `value` as a record of collection `nsid`.
pub(crate) fn record(index: &Index<'_>, mode: Mode, nsid: &str, value: &Value) -> bool {
    let Some((base, Def::Record(record))) = index.main(nsid) else {
        return false;
    };
    let Value::Map(map) = value else {
        return false;
    };
    prefetch::tree(value);
    if !matches!(type_entry(map), Some(Value::String(t)) if t == nsid) {
        return false;
    }
    Accept {
        index,
        mode,
        hops: 0,
    }
    .object(base, &record.record, map, None)
}

struct Accept<'a> {
    index: &'a Index<'a>,
    mode: Mode,
    hops: usize,
}

impl<'a> Accept<'a> {
    fn field(&mut self, base: &'a str, field: &'a Field, value: &Value) -> bool {
        match (field, value) {
            (Field::Boolean(schema), Value::Bool(b)) => {
                schema.r#const.is_none_or(|expected| *b == expected)
            }
            (Field::Integer(schema), Value::Integer(i)) => {
                schema.r#const.is_none_or(|expected| *i == expected)
                    && schema.r#enum.as_ref().is_none_or(|e| e.contains(i))
                    && constraints::within(*i, schema.minimum, schema.maximum)
            }
            (Field::String(schema), Value::String(s)) => string_accepted(schema, s, self.mode),
            (Field::Bytes(schema), Value::Bytes(b)) => {
                constraints::within(b.len() as u64, schema.min_length, schema.max_length)
            }
            (Field::CidLink(_), Value::Link(_)) => true,
            (Field::Blob(schema), Value::Map(map)) => blob(schema, map),
            (Field::Array(schema), Value::Array(items)) => self.array(base, schema, items),
            (Field::Object(schema), Value::Map(map)) => self.object(base, schema, map, None),
            (Field::Ref(schema), _) => self.reference(&schema.r#ref, value),
            (Field::Union(schema), Value::Map(map)) => self.union(base, schema, map, value),
            (Field::Unknown(_), Value::Map(map)) => !is_blob_map(map),
            _ => false,
        }
    }

    fn array(&mut self, base: &'a str, schema: &'a Array, items: &[Value]) -> bool {
        if !constraints::within(items.len() as u64, schema.min_length, schema.max_length)
            || !self.enter()
        {
            return false;
        }
        let valid = items
            .iter()
            .all(|item| self.field(base, &schema.items, item));
        self.leave();
        valid
    }

    fn object(
        &mut self,
        base: &'a str,
        schema: &'a Object,
        map: &Map,
        def: Option<(&str, &str)>,
    ) -> bool {
        if self.mode == Mode::Strict
            && let Some((nsid, name)) = def
            && let Some(Value::String(t)) = type_entry(map)
            && !names_def(t, nsid, name)
        {
            return false;
        }
        let Some(props) = self.index.props(schema) else {
            return false;
        };
        if !self.enter() {
            return false;
        }
        let valid = self.properties(base, props, map);
        self.leave();
        valid
    }

    /// The schema's properties and the map's entries, merged in canonical key order.
    fn properties(&mut self, base: &'a str, props: &'a [Prop<'a>], map: &Map) -> bool {
        let entries = map.entries();
        let mut next = 0;
        for prop in props {
            let mut found = None;
            while let Some((key, value)) = entries.get(next) {
                match key_order(key, prop) {
                    Ordering::Less => next += 1,
                    Ordering::Equal => {
                        found = Some(value);
                        next += 1;
                        break;
                    }
                    Ordering::Greater => break,
                }
            }
            let valid = match found {
                None => !prop.required || has_default(prop.field),
                Some(Value::Null) => prop.nullable,
                Some(value) => self.field(base, prop.field, value),
            };
            if !valid {
                return false;
            }
        }
        true
    }

    fn reference(&mut self, reference: &'a Reference, value: &Value) -> bool {
        match self.index.target(reference) {
            Some(target) => self.target(target, value, true),
            None => false,
        }
    }

    /// `value` against the def `target` names; `check_type`: whether an object's `$type`, if
    /// any, must still be checked against it (a union member was picked by it already).
    fn target(&mut self, target: Target<'a>, value: &Value, check_type: bool) -> bool {
        let Some(def) = target.def else {
            return false;
        };
        if !self.enter() {
            return false;
        }
        let (nsid, name) = (target.nsid, target.name);
        let def_name = check_type.then_some((nsid, name));
        let valid = match (def, value) {
            (Def::Record(record), Value::Map(map)) => {
                self.object(nsid, &record.record, map, def_name)
            }
            (Def::Field(Field::Object(object)), Value::Map(map)) => {
                self.object(nsid, object, map, def_name)
            }
            (Def::Record(_) | Def::Field(Field::Object(_)), _) => false,
            (Def::Field(field), _) => self.field(nsid, field, value),
            _ => false,
        };
        self.leave();
        valid
    }

    fn union(&mut self, base: &'a str, schema: &'a Union, map: &Map, value: &Value) -> bool {
        let Some(Value::String(t)) = type_entry(map) else {
            return false;
        };
        // The index's members name their targets directly (the same rule as `union_member`).
        if let Some(members) = self.index.members(schema) {
            return match members.iter().find(|m| m.is_named(t)) {
                Some(member) => self.target(member.target, value, false),
                None => !schema.closed,
            };
        }
        match union_member(schema, base, t) {
            Some(reference) => self.reference(reference, value),
            None => !schema.closed,
        }
    }

    fn enter(&mut self) -> bool {
        self.hops += 1;
        self.hops <= MAX_HOPS
    }

    fn leave(&mut self) {
        self.hops -= 1;
    }
}

/// A typed blob with exactly its four keys, well formed, within the schema's limits; legacy
/// blobs are "not sure". (In canonical key order the keys are `ref`, `size`, `$type`,
/// `mimeType`: the engine's checks, `is_blob_map`, `BLOB_KEYS` and `typed_blob_fields`, in one
/// look at the entries.)
fn blob(schema: &Blob, map: &Map) -> bool {
    let [
        (r, Value::Link(_)),
        (s, Value::Integer(size)),
        (t, Value::String(blob)),
        (m, Value::String(mime_type)),
    ] = map.entries()
    else {
        return false;
    };
    if r.as_bytes() != b"ref"
        || s.as_bytes() != b"size"
        || t.as_bytes() != b"$type"
        || m.as_bytes() != b"mimeType"
        || blob != "blob"
        || mime_type.is_empty()
    {
        return false;
    }
    let Some(size) = u64::try_from(*size).ok().filter(|&n| n > 0) else {
        return false;
    };
    schema
        .accept
        .as_ref()
        .is_none_or(|accept| constraints::blob_accept(mime_type, accept).is_ok())
        && schema
            .max_size
            .is_none_or(|max| constraints::blob_max_size(size, max).is_ok())
}
