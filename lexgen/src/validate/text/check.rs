//! Whether a [`Tape`] is valid against a schema: the acceptance side of [`super::super::engine`]
//! (same constraint primitives, same order of decisions), answering only yes or "not sure".
//!
//! Every function returns `true` only where the engine would report nothing; anything the engine
//! would report, and anything this fast check does not model (legacy blobs, refs outside the
//! index, too many schema hops), is `false`, which sends the caller to the general path.

use super::tape::{Node, Tape, key_order};
use crate::lexicon::{Array, Blob, Def, Field, Object, Reference, StringSchema, Union};
use crate::validate::engine::{MAX_HOPS, has_default, names_def, union_member};
use crate::validate::index::{Index, Prop};
use crate::validate::{Mode, constraints};
use std::cmp::Ordering;

pub(crate) struct Check<'a, 't> {
    pub(crate) index: &'a Index<'a>,
    pub(crate) mode: Mode,
    pub(crate) tape: &'a Tape<'t>,
    pub(crate) hops: usize,
}

impl<'a> Check<'a, '_> {
    /// A record of collection `nsid` (the tape's root): `Validator::record` reporting nothing.
    pub(crate) fn record(&mut self, nsid: &str) -> bool {
        let Some((base, Def::Record(record))) = self.index.main(nsid) else {
            return false;
        };
        let Some(root) = self.tape.node(0) else {
            return false;
        };
        if !matches!(root, Node::Map { .. }) || self.tape.type_of(root) != Some(nsid) {
            return false;
        }
        self.object(base, &record.record, 0, None)
    }

    pub(super) fn field(&mut self, base: &'a str, field: &'a Field, at: u32) -> bool {
        let Some(value) = self.tape.node(at) else {
            return false;
        };
        match field {
            Field::Boolean(schema) => match value {
                Node::Bool(b) => schema.r#const.is_none_or(|expected| *b == expected),
                _ => false,
            },
            Field::Integer(schema) => match value {
                Node::Integer(i) => {
                    schema.r#const.is_none_or(|expected| *i == expected)
                        && schema.r#enum.as_ref().is_none_or(|e| e.contains(i))
                        && constraints::within(*i, schema.minimum, schema.maximum)
                }
                _ => false,
            },
            Field::String(schema) => match value {
                Node::String(s) => string(schema, self.tape.str(*s), self.mode),
                _ => false,
            },
            Field::Bytes(schema) => match value {
                Node::Bytes(len) => {
                    constraints::within(*len as u64, schema.min_length, schema.max_length)
                }
                _ => false,
            },
            Field::CidLink(_) => matches!(value, Node::Link),
            Field::Blob(schema) => self.blob(schema, value),
            Field::Array(schema) => self.array(base, schema, at),
            Field::Object(schema) => self.object(base, schema, at, None),
            Field::Ref(schema) => self.reference(&schema.r#ref, at),
            Field::Union(schema) => self.union(base, schema, at),
            Field::Unknown(_) => {
                matches!(value, Node::Map { .. }) && self.tape.type_of(value) != Some("blob")
            }
        }
    }

    /// A typed blob with exactly its four keys; anything else (legacy blobs included) is "not sure".
    fn blob(&self, schema: &Blob, value: &Node) -> bool {
        if self.tape.type_of(value) != Some("blob") {
            return false;
        }
        // One pass over the (at most four) keys, as the engine's `typed_blob_fields` does.
        let (mut mime_type, mut size, mut link) = (None, None, false);
        for entry in self.tape.entries(value) {
            let node = self.tape.node(entry.node);
            match self.tape.str(entry.key) {
                "$type" => {}
                "mimeType" => mime_type = node.and_then(|m| self.tape.as_str(m)),
                "size" => size = node,
                "ref" => link = matches!(node, Some(Node::Link)),
                _ => return false,
            }
        }
        let (Some(mime_type), Some(Node::Integer(size)), true) = (mime_type, size, link) else {
            return false;
        };
        let Ok(size) = u64::try_from(*size) else {
            return false;
        };
        if size == 0 {
            return false;
        }
        !mime_type.is_empty()
            && schema
                .accept
                .as_ref()
                .is_none_or(|accept| constraints::blob_accept(mime_type, accept).is_ok())
            && schema
                .max_size
                .is_none_or(|max| constraints::blob_max_size(size, max).is_ok())
    }

    fn array(&mut self, base: &'a str, schema: &'a Array, at: u32) -> bool {
        let Some(&Node::Array { len, .. }) = self.tape.node(at) else {
            return false;
        };
        if !constraints::within(u64::from(len), schema.min_length, schema.max_length)
            || !self.enter()
        {
            return false;
        }
        let mut item = at + 1;
        for _ in 0..len {
            if !self.field(base, &schema.items, item) {
                return false;
            }
            item = self.tape.end(item);
        }
        self.leave();
        true
    }

    fn object(
        &mut self,
        base: &'a str,
        schema: &'a Object,
        at: u32,
        def: Option<(&str, &str)>,
    ) -> bool {
        let Some(value @ Node::Map { .. }) = self.tape.node(at) else {
            return false;
        };
        if self.mode == Mode::Strict
            && let Some((nsid, name)) = def
            && let Some(t) = self.tape.type_of(value)
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
        let valid = self.properties(base, props, value);
        self.leave();
        valid
    }

    /// The schema's properties and the map's entries, merged in canonical key order.
    fn properties(&mut self, base: &'a str, props: &'a [Prop<'a>], map: &Node) -> bool {
        let entries = self.tape.entries(map);
        let mut next = 0;
        for prop in props {
            let name = (prop.name.len() as u32, prop.prefix);
            let mut found = None;
            while let Some(entry) = entries.get(next) {
                let order = key_order((entry.key.len(), entry.prefix), name, || {
                    (self.tape.str(entry.key), prop.name)
                });
                match order {
                    Ordering::Less => next += 1,
                    Ordering::Equal => {
                        found = Some(entry.node);
                        next += 1;
                        break;
                    }
                    Ordering::Greater => break,
                }
            }
            let valid = match found.map(|at| (at, self.tape.node(at))) {
                None => !prop.required || has_default(prop.field),
                Some((_, Some(Node::Null))) => prop.nullable,
                Some((at, _)) => self.field(base, prop.field, at),
            };
            if !valid {
                return false;
            }
        }
        true
    }

    fn reference(&mut self, reference: &'a Reference, at: u32) -> bool {
        let Some(target) = self.index.target(reference) else {
            return false;
        };
        let Some(def) = target.def else {
            return false;
        };
        if !self.enter() {
            return false;
        }
        let (nsid, name) = (target.nsid, target.name);
        let valid = match def {
            Def::Record(record) => self.object(nsid, &record.record, at, Some((nsid, name))),
            Def::Field(Field::Object(object)) => self.object(nsid, object, at, Some((nsid, name))),
            Def::Field(field) => self.field(nsid, field, at),
            _ => false,
        };
        self.leave();
        valid
    }

    fn union(&mut self, base: &'a str, schema: &'a Union, at: u32) -> bool {
        let Some(value @ Node::Map { .. }) = self.tape.node(at) else {
            return false;
        };
        let Some(t) = self.tape.type_of(value) else {
            return false;
        };
        let member = union_member(schema, base, t);
        match member {
            Some(reference) => self.reference(reference, at),
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

/// Whether the string `s` satisfies `schema` (`const`, `enum`, lengths, graphemes, format), as the
/// engine's string checks would find nothing.
pub(crate) fn string(schema: &StringSchema, s: &str, mode: Mode) -> bool {
    schema.r#const.as_ref().is_none_or(|expected| s == expected)
        && schema
            .r#enum
            .as_ref()
            .is_none_or(|allowed| allowed.iter().any(|a| a == s))
        && constraints::within(s.len() as u64, schema.min_length, schema.max_length)
        && constraints::graphemes(s, schema.min_graphemes, schema.max_graphemes).is_ok()
        && schema
            .format
            .is_none_or(|format| constraints::format(s, format, mode).is_ok())
}
