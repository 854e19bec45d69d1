//! The schema-driven reader of the JSON-text fast path: validates while reading, with no tree built
//! first. The schema says what each value must be, so keys are matched against the object's
//! properties as they are read (length and first eight bytes, then the rest), strings are checked
//! in place on the borrowed text, and a bit set tracks required and repeated properties; nothing
//! is sorted and nothing is stored for the values it drives.
//!
//! Values it does not drive (`unknown`, blobs, links, bytes, properties the schema does not
//! declare, a union member whose `$type` is not its first key, a record without a leading `$type`)
//! are read by the same [`Reader`] into the tape and checked there by [`Check`]. Like the rest of
//! the fast path it answers only "valid" or "not sure"; every rule is the engine's.

use super::check::{self, Check};
use super::tape::{Buffers, Reader, Str};
use crate::lexicon::{Array, Blob, Def, Field, Object, Reference, Union};
use crate::model::MAX_DEPTH;
use crate::validate::engine::{MAX_HOPS, names_def, union_member};
use crate::validate::index::Index;
use crate::validate::{Mode, constraints};

/// How many undeclared keys one object may have before the reader gives up (they are compared
/// pairwise for duplicates).
const MAX_UNDECLARED: usize = 8;

/// Whether the record in `text` is certainly valid (see [`super::record_is_valid`]).
pub(super) fn record(
    index: &Index<'_>,
    mode: Mode,
    nsid: Option<&str>,
    text: &str,
    buffers: &mut Buffers,
) -> bool {
    let mut direct = Direct {
        index,
        mode,
        reader: Reader::new(text, buffers),
        hops: 0,
    };
    direct.record(nsid).is_some()
}

struct Direct<'a, 't> {
    index: &'a Index<'a>,
    mode: Mode,
    reader: Reader<'t>,
    hops: usize,
}

/// What a map's `$type` may be.
#[derive(Clone, Copy)]
enum TypeRule<'s> {
    /// Absent or any string: a plain object.
    Any,
    /// Absent or (strict mode) naming the def `nsid#name`: an object that is a named def.
    Def(&'s str, &'s str),
    /// Exactly this NSID, and required: a record.
    Record(&'s str),
}

/// Where the reading of an object starts.
#[derive(Clone, Copy)]
enum Start {
    /// At its `{`.
    Open,
    /// Past its `{` and a first `"$type": "…"` member, whose string this is.
    Typed(Str),
}

impl<'a> Direct<'a, '_> {
    fn record(&mut self, nsid: Option<&str>) -> Option<()> {
        self.reader.skip_space();
        let (base, start) = match (self.leading_type()?, nsid) {
            (Some(t), _) => {
                let t_text = self.reader.str(t);
                if nsid.is_some_and(|nsid| nsid != t_text) {
                    return None;
                }
                (self.index.main(t_text)?, Start::Typed(t))
            }
            (None, Some(nsid)) => (self.index.main(nsid)?, Start::Open),
            (None, None) => return self.record_on_tape(),
        };
        let (base, Def::Record(record)) = base else {
            return None;
        };
        self.object(base, &record.record, TypeRule::Record(base), start, 0)?;
        self.reader.skip_space();
        (self.reader.at == self.reader.text.len()).then_some(())
    }

    /// A record whose `$type` is not its first key, with no NSID given: read whole, then checked.
    fn record_on_tape(&mut self) -> Option<()> {
        self.reader.at = 0;
        self.reader.skip_space();
        self.reader.value(0)?;
        self.reader.skip_space();
        if self.reader.at != self.reader.text.len() {
            return None;
        }
        let tape = self.reader.view();
        let nsid = tape.type_of(tape.node(0)?)?;
        Check {
            index: self.index,
            mode: self.mode,
            tape: &tape,
            hops: self.hops,
        }
        .record(nsid)
        .then_some(())
    }

    /// At a `{`: when the object's first member is `"$type": "…"`, reads past it and returns the
    /// string; otherwise stays at the `{` (`Some(None)`).
    fn leading_type(&mut self) -> Option<Option<Str>> {
        let open = self.reader.at;
        self.reader.eat(b'{')?;
        self.reader.skip_space();
        let rest = self.reader.text.get(self.reader.at..).unwrap_or_default();
        if rest.starts_with(b"\"$type\"") {
            // (The usual spelling, matched without reading a key.)
            self.reader.at += 7;
            self.reader.skip_space();
            self.reader.eat(b':')?;
            self.reader.skip_space();
            return Some(Some(self.reader.string_value()?));
        }
        if self.reader.peek()? == b'"' {
            let key = self.reader.string()?;
            if self.reader.str(key) == "$type" {
                self.reader.skip_space();
                self.reader.eat(b':')?;
                self.reader.skip_space();
                return Some(Some(self.reader.string_value()?));
            }
        }
        self.reader.at = open;
        Some(None)
    }

    fn field(&mut self, base: &'a str, field: &'a Field, depth: usize) -> Option<()> {
        let reader = &mut self.reader;
        match field {
            Field::Boolean(schema) => {
                let b = match reader.peek()? {
                    b't' => reader.word(b"true").then_some(true),
                    b'f' => reader.word(b"false").then_some(false),
                    _ => None,
                }?;
                schema
                    .r#const
                    .is_none_or(|expected| b == expected)
                    .then_some(())
            }
            Field::Integer(schema) => {
                let i = reader.integer_value()?;
                (schema.r#const.is_none_or(|expected| i == expected)
                    && schema.r#enum.as_ref().is_none_or(|e| e.contains(&i))
                    && constraints::within(i, schema.minimum, schema.maximum))
                .then_some(())
            }
            Field::String(schema) => {
                if reader.peek()? != b'"' {
                    return None;
                }
                let s = reader.string()?;
                check::string(schema, reader.str(s), self.mode).then_some(())
            }
            Field::Array(schema) => self.array(base, schema, depth),
            Field::Object(schema) => self.object(base, schema, TypeRule::Any, Start::Open, depth),
            Field::Ref(schema) => self.reference(&schema.r#ref, Start::Open, depth),
            Field::Union(schema) => self.union(base, schema, field, depth),
            Field::Blob(schema) => self.blob(schema, depth),
            Field::Bytes(_) | Field::CidLink(_) | Field::Unknown(_) => {
                self.on_tape(base, field, depth)
            }
        }
    }

    /// Reads the value at the reader into the tape and checks it there.
    fn on_tape(&mut self, base: &'a str, field: &'a Field, depth: usize) -> Option<()> {
        let node = self.reader.next_node();
        self.reader.value(depth)?;
        let tape = self.reader.view();
        Check {
            index: self.index,
            mode: self.mode,
            tape: &tape,
            hops: self.hops,
        }
        .field(base, field, node)
        .then_some(())
    }

    /// A typed blob: exactly `$type: "blob"`, `ref` (a `$link` to a valid CID), a non-empty
    /// `mimeType` and a positive `size`, in any order, within the schema's `accept` and `maxSize`.
    /// Legacy blobs and anything else are "not sure".
    fn blob(&mut self, schema: &Blob, depth: usize) -> Option<()> {
        if depth + 1 >= MAX_DEPTH - 1 {
            return None;
        }
        let reader = &mut self.reader;
        reader.eat(b'{')?;
        let (mut seen, mut mime_type, mut size) = (0u8, None, 0);
        loop {
            reader.skip_space();
            if reader.peek()? != b'"' {
                return None;
            }
            let key = reader.string()?;
            reader.skip_space();
            reader.eat(b':')?;
            reader.skip_space();
            let bit = match reader.str(key) {
                "$type" => {
                    let t = reader.string_value()?;
                    (reader.str(t) == "blob").then_some(1)?
                }
                "mimeType" => {
                    let m = reader.string_value()?;
                    mime_type = Some(m).filter(|m| m.len() > 0);
                    2
                }
                "size" => {
                    size = u64::try_from(reader.integer_value()?).ok()?;
                    4
                }
                "ref" => {
                    reader.link()?;
                    8
                }
                _ => return None,
            };
            if seen & bit != 0 {
                return None;
            }
            seen |= bit;
            reader.skip_space();
            match reader.peek()? {
                b',' => reader.at += 1,
                b'}' => {
                    reader.at += 1;
                    break;
                }
                _ => return None,
            }
        }
        let mime_type = reader.str(mime_type?);
        (seen == 15
            && size > 0
            && schema
                .accept
                .as_ref()
                .is_none_or(|accept| constraints::blob_accept(mime_type, accept).is_ok())
            && schema
                .max_size
                .is_none_or(|max| constraints::blob_max_size(size, max).is_ok()))
        .then_some(())
    }

    fn array(&mut self, base: &'a str, schema: &'a Array, depth: usize) -> Option<()> {
        if depth >= MAX_DEPTH - 1 {
            return None;
        }
        self.reader.eat(b'[')?;
        self.enter()?;
        let mut len = 0;
        self.reader.skip_space();
        if self.reader.eat(b']').is_none() {
            loop {
                self.reader.skip_space();
                self.field(base, &schema.items, depth + 1)?;
                len += 1;
                self.reader.skip_space();
                match self.reader.peek()? {
                    b',' => self.reader.at += 1,
                    b']' => {
                        self.reader.at += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        self.leave();
        constraints::within(len, schema.min_length, schema.max_length).then_some(())
    }

    /// An object against `schema`: each key matched to its property as it is read.
    fn object(
        &mut self,
        base: &'a str,
        schema: &'a Object,
        rule: TypeRule<'_>,
        start: Start,
        depth: usize,
    ) -> Option<()> {
        if depth >= MAX_DEPTH - 1 {
            return None;
        }
        let (props, needed) = self.index.props_needed(schema)?;
        if props.len() > 64 {
            return None;
        }
        let mut typed = false;
        let mut more = match start {
            Start::Open => {
                self.reader.eat(b'{')?;
                false
            }
            Start::Typed(t) => {
                self.type_allowed(t, rule)?;
                typed = true;
                true
            }
        };
        self.enter()?;
        let mut seen = 0u64;
        // Undeclared keys so far (length, prefix, key), for the duplicate check.
        let mut undeclared = [(0u32, 0u64, None::<Str>); MAX_UNDECLARED];
        let mut undeclared_len = 0;
        loop {
            let reader = &mut self.reader;
            reader.skip_space();
            match reader.peek()? {
                b'}' => {
                    reader.at += 1;
                    break;
                }
                b',' if more => {
                    reader.at += 1;
                    reader.skip_space();
                }
                _ if more => return None,
                _ => {}
            }
            more = true;
            if reader.peek()? != b'"' {
                return None;
            }
            let key = reader.string()?;
            reader.skip_space();
            reader.eat(b':')?;
            reader.skip_space();
            let (len, prefix) = (key.len(), reader.prefix(key));
            if (prefix >> 56) as u8 == b'$' {
                match reader.str(key) {
                    "$type" => {
                        if typed || reader.peek()? != b'"' {
                            return None;
                        }
                        typed = true;
                        let t = reader.string()?;
                        self.type_allowed(t, rule)?;
                        continue;
                    }
                    // Links and bytes are never records' objects: the engine decides.
                    "$link" | "$bytes" => return None,
                    _ => {}
                }
            }
            let found = props.iter().position(|p| {
                p.prefix == prefix
                    && p.name.len() == len as usize
                    && (len <= 8
                        || p.name.as_bytes().get(8..) == reader.str(key).as_bytes().get(8..))
            });
            match found {
                Some(i) => {
                    let bit = 1u64 << i;
                    if seen & bit != 0 {
                        return None;
                    }
                    seen |= bit;
                    let prop = &props[i];
                    if reader.peek()? == b'n' {
                        if !(reader.word(b"null") && prop.nullable) {
                            return None;
                        }
                    } else {
                        self.field(base, prop.field, depth + 1)?;
                    }
                }
                None => {
                    let text = reader.str(key);
                    let repeated = undeclared[..undeclared_len].iter().any(|&(l, p, k)| {
                        l == len && p == prefix && k.is_some_and(|k| reader.str(k) == text)
                    });
                    if repeated || undeclared_len == MAX_UNDECLARED {
                        return None;
                    }
                    undeclared[undeclared_len] = (len, prefix, Some(key));
                    undeclared_len += 1;
                    reader.value(depth + 1)?;
                }
            }
        }
        self.leave();
        if matches!(rule, TypeRule::Record(_)) && !typed {
            return None;
        }
        (needed & !seen == 0).then_some(())
    }

    /// Whether the `$type` string `t` of an object is allowed by `rule` (and by the data model:
    /// not empty; a blob is never an object here).
    fn type_allowed(&self, t: Str, rule: TypeRule<'_>) -> Option<()> {
        let t = self.reader.str(t);
        let allowed = !t.is_empty()
            && t != "blob"
            && match rule {
                TypeRule::Any => true,
                TypeRule::Def(nsid, name) => self.mode != Mode::Strict || names_def(t, nsid, name),
                TypeRule::Record(nsid) => t == nsid,
            };
        allowed.then_some(())
    }

    fn reference(&mut self, reference: &'a Reference, start: Start, depth: usize) -> Option<()> {
        let target = self.index.target(reference)?;
        let def = target.def?;
        self.enter()?;
        let (nsid, name) = (target.nsid, target.name);
        let rule = TypeRule::Def(nsid, name);
        let valid = match (def, start) {
            (Def::Record(record), _) => self.object(nsid, &record.record, rule, start, depth),
            (Def::Field(Field::Object(object)), _) => self.object(nsid, object, rule, start, depth),
            (Def::Field(field), Start::Open) => self.field(nsid, field, depth),
            _ => None,
        };
        self.leave();
        valid
    }

    /// A union: its member found by a leading `$type`, else the object is read into the tape.
    fn union(
        &mut self,
        base: &'a str,
        schema: &'a Union,
        field: &'a Field,
        depth: usize,
    ) -> Option<()> {
        if self.reader.peek()? != b'{' {
            return None;
        }
        let open = self.reader.at;
        if let Some(t) = self.leading_type()? {
            let member = union_member(schema, base, self.reader.str(t));
            match member {
                Some(reference) => return self.reference(reference, Start::Typed(t), depth),
                None if schema.closed => return None,
                // An open union's unlisted type: the whole object goes to the tape.
                None => self.reader.at = open,
            }
        }
        self.on_tape(base, field, depth)
    }

    fn enter(&mut self) -> Option<()> {
        self.hops += 1;
        (self.hops <= MAX_HOPS).then_some(())
    }

    fn leave(&mut self) {
        self.hops -= 1;
    }
}
