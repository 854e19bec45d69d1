//! A flat, borrowed tree of one JSON text in the atproto JSON form, read in one pass for the
//! JSON-text fast path: strings are ranges of the text (or, when they have escapes, of one buffer
//! of unescaped strings), map entries are sorted into canonical key order, `$link`/`$bytes`
//! objects become link/bytes nodes, and the storage is reused from one text to the next.
//!
//! The reader accepts a strict subset of what `serde_json` + [`crate::model::Value::from_json`]
//! accept, and reads what it accepts the same way. Anything else (a syntax error, a fraction or
//! exponent, a 16-digit integer, a surrogate escape, a duplicate key, deep nesting, a data-model
//! violation) makes it give up with `None`: the caller then takes the general path, which gives
//! the precise answer. Giving up is always safe; accepting what the general path rejects is not.

use crate::model::bytes::decode_base64;
use crate::model::{Cid, MAX_DEPTH};
#[cfg(test)]
use crate::validate::index::canonical_order;
use crate::validate::index::key_prefix;

/// A string of the tape: `len` bytes at `start` in the text, or in the buffer of unescaped
/// strings when the top bit of `len` ([`ESCAPED`]) is set; packed as `start << 32 | len` into
/// one word, so that an `Option<Str>` is returned in registers.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Str(u64);

/// The flag in [`Str`]'s `len` of a string kept in the unescaped buffer.
const ESCAPED: u32 = 1 << 31;

impl Str {
    /// A string of `len` bytes at `start` (of the unescaped buffer when `escaped`), if both fit.
    fn new(start: usize, len: usize, escaped: bool) -> Option<Str> {
        let start = u32::try_from(start).ok()?;
        let len = u32::try_from(len).ok().filter(|l| *l < ESCAPED)?;
        let len = if escaped { len | ESCAPED } else { len };
        Some(Str(u64::from(start) << 32 | u64::from(len)))
    }

    fn start(self) -> usize {
        (self.0 >> 32) as usize
    }

    /// The length in bytes.
    pub(crate) fn len(self) -> u32 {
        self.0 as u32 & !ESCAPED
    }

    fn escaped(self) -> bool {
        self.0 as u32 & ESCAPED != 0
    }
}

/// One node. Containers are followed by their members' subtrees; `end` is the index just after
/// the container's subtree.
#[derive(Debug)]
pub(crate) enum Node {
    Null,
    Bool(bool),
    Integer(i64),
    String(Str),
    /// A `$bytes` object: the decoded length.
    Bytes(usize),
    /// A `$link` object holding a valid CID.
    Link,
    Array {
        len: u32,
        end: u32,
    },
    /// Entries `entries[start..start + len]`, in canonical key order, keys unique; `ty` is the
    /// node of the `$type` string, or [`NO_TYPE`].
    Map {
        start: u32,
        len: u32,
        end: u32,
        ty: u32,
    },
}

/// The `ty` of a map without `$type` (node 0 is the root, never a `$type` string).
pub(crate) const NO_TYPE: u32 = 0;

/// One map entry: the key and the index of the value's node.
#[derive(Debug)]
pub(crate) struct Entry {
    pub(crate) key: Str,
    pub(crate) node: u32,
    /// [`key_prefix`] of the key: with the length it decides most comparisons.
    pub(crate) prefix: u64,
}

/// Canonical order (length first, then bytewise) of a key against another, given the text of
/// each past its first eight bytes only when needed.
#[inline(always)]
pub(crate) fn key_order<'x>(
    (len_a, prefix_a): (u32, u64),
    (len_b, prefix_b): (u32, u64),
    rest: impl FnOnce() -> (&'x str, &'x str),
) -> std::cmp::Ordering {
    len_a
        .cmp(&len_b)
        .then(prefix_a.cmp(&prefix_b))
        .then_with(|| {
            if len_a <= 8 {
                std::cmp::Ordering::Equal
            } else {
                let (a, b) = rest();
                a.as_bytes().get(8..).cmp(&b.as_bytes().get(8..))
            }
        })
}

impl Entry {
    #[inline(always)]
    fn order<'x>(&self, other: &Entry, key: impl Fn(&Entry) -> &'x str) -> std::cmp::Ordering {
        key_order(
            (self.key.len(), self.prefix),
            (other.key.len(), other.prefix),
            || (key(self), key(other)),
        )
    }
}

/// The storage of a tape, kept between reads so that reading allocates nothing once warm.
#[derive(Debug, Default)]
pub(crate) struct Buffers {
    nodes: Vec<Node>,
    entries: Vec<Entry>,
    /// Entries of the maps being read (innermost last), moved to `entries` when a map ends.
    pending: Vec<Entry>,
    unescaped: String,
}

impl Buffers {
    /// Whether these buffers grew so large (a huge text) that they are better dropped than kept.
    pub(crate) fn is_oversized(&self) -> bool {
        self.nodes.capacity() > 1 << 16 || self.unescaped.capacity() > 1 << 20
    }
}

/// The tree of one JSON text; node 0 is the root.
#[derive(Debug)]
pub(crate) struct Tape<'t> {
    text: &'t str,
    buffers: &'t Buffers,
}

fn resolve<'x>(text: &'x str, unescaped: &'x str, s: Str) -> &'x str {
    let source = if s.escaped() { unescaped } else { text };
    source
        .get(s.start()..s.start() + s.len() as usize)
        .unwrap_or_default()
}

impl<'t> Tape<'t> {
    /// Reads `text` into `buffers`, or `None` when the fast path does not apply (see the module
    /// documentation).
    #[cfg(test)]
    pub(crate) fn read(text: &'t str, buffers: &'t mut Buffers) -> Option<Tape<'t>> {
        let mut reader = Reader::new(text, buffers);
        reader.skip_space();
        reader.value(0)?;
        reader.skip_space();
        if reader.at != reader.text.len() {
            return None;
        }
        Some(Tape {
            text,
            buffers: reader.buffers,
        })
    }

    /// The text of a string.
    pub(crate) fn str(&self, s: Str) -> &'t str {
        resolve(self.text, &self.buffers.unescaped, s)
    }

    /// The entries of the map node `map` (empty for other nodes).
    pub(crate) fn entries(&self, map: &Node) -> &'t [Entry] {
        match *map {
            Node::Map { start, len, .. } => {
                let start = start as usize;
                self.buffers
                    .entries
                    .get(start..start + len as usize)
                    .unwrap_or_default()
            }
            _ => &[],
        }
    }

    /// The value under `key` in the map node `map`.
    #[cfg(test)]
    pub(crate) fn get(&self, map: &Node, key: &str) -> Option<&'t Node> {
        let entries = self.entries(map);
        let i = entries
            .binary_search_by(|e| canonical_order(self.str(e.key), key))
            .ok()?;
        self.buffers.nodes.get(entries[i].node as usize)
    }

    /// The text of a string node.
    pub(crate) fn as_str(&self, node: &Node) -> Option<&'t str> {
        match *node {
            Node::String(s) => Some(self.str(s)),
            _ => None,
        }
    }

    /// The `$type` string of the map node `map`.
    pub(crate) fn type_of(&self, map: &Node) -> Option<&'t str> {
        match *map {
            Node::Map { ty, .. } if ty != NO_TYPE => {
                self.as_str(self.buffers.nodes.get(ty as usize)?)
            }
            _ => None,
        }
    }

    /// The node at `index`.
    pub(crate) fn node(&self, index: u32) -> Option<&'t Node> {
        self.buffers.nodes.get(index as usize)
    }

    /// The index just after the subtree of the node at `index`.
    pub(crate) fn end(&self, index: u32) -> u32 {
        match self.buffers.nodes.get(index as usize) {
            Some(Node::Array { end, .. } | Node::Map { end, .. }) => *end,
            _ => index + 1,
        }
    }
}

/// Reads JSON text into [`Buffers`]; also the reader of the schema-driven path ([`super::direct`]),
/// which reads values it does not drive (unknowns, blobs, links) into the tape through it.
pub(super) struct Reader<'t> {
    pub(super) text: &'t [u8],
    source: &'t str,
    pub(super) at: usize,
    buffers: &'t mut Buffers,
}

impl<'t> Reader<'t> {
    /// A reader at the start of `text`, with `buffers` emptied.
    pub(super) fn new(text: &'t str, buffers: &'t mut Buffers) -> Reader<'t> {
        buffers.nodes.clear();
        buffers.entries.clear();
        buffers.pending.clear();
        buffers.unescaped.clear();
        Reader {
            text: text.as_bytes(),
            source: text,
            at: 0,
            buffers,
        }
    }

    /// The tape read so far (nodes of the values read with [`Reader::value`]).
    pub(super) fn view(&self) -> Tape<'_> {
        Tape {
            text: self.source,
            buffers: self.buffers,
        }
    }

    /// The number of nodes read so far: the index the next value's node gets.
    pub(super) fn next_node(&self) -> u32 {
        self.buffers.nodes.len() as u32
    }

    /// The text of a string read with [`Reader::string`].
    pub(super) fn str(&self, s: Str) -> &str {
        resolve(self.source, &self.buffers.unescaped, s)
    }

    #[inline(always)]
    pub(super) fn skip_space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.text.get(self.at) {
            self.at += 1;
        }
    }

    pub(super) fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    pub(super) fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    /// The string at the reader, which must be one.
    pub(super) fn string_value(&mut self) -> Option<Str> {
        if self.peek()? != b'"' {
            return None;
        }
        self.string()
    }

    /// A `{"$link": "…"}` object holding a valid CID (as [`object`] reads it), without a node.
    pub(super) fn link(&mut self) -> Option<()> {
        self.eat(b'{')?;
        self.skip_space();
        let key = self.string_value()?;
        if self.str(key) != "$link" {
            return None;
        }
        self.skip_space();
        self.eat(b':')?;
        self.skip_space();
        let cid = self.string_value()?;
        self.str(cid).parse::<Cid>().ok()?;
        self.skip_space();
        self.eat(b'}')
    }

    /// Reads `word` (`true`, `false`, `null`) if it is next; `false` otherwise.
    pub(super) fn word(&mut self, word: &[u8]) -> bool {
        let found = self.text.get(self.at..self.at + word.len()) == Some(word);
        if found {
            self.at += word.len();
        }
        found
    }

    fn literal(&mut self, word: &[u8], node: Node) -> Option<()> {
        if self.text.get(self.at..self.at + word.len())? != word {
            return None;
        }
        self.at += word.len();
        self.buffers.nodes.push(node);
        Some(())
    }

    /// [`key_prefix`] of a key just read: eight bytes of the text, masked to the key's length,
    /// when the key is not escaped (a short key is followed at least by `":` in the text).
    pub(super) fn prefix(&self, key: Str) -> u64 {
        let len = key.len() as usize;
        if !key.escaped()
            && let Some(word) = self
                .text
                .get(key.start()..)
                .and_then(|t| t.first_chunk::<8>())
        {
            let mask = match len {
                0 => 0,
                1..8 => !0u64 << (8 * (8 - len)),
                _ => !0,
            };
            return u64::from_be_bytes(*word) & mask;
        }
        key_prefix(resolve(self.source, &self.buffers.unescaped, key))
    }

    /// Reads one value inside `depth` containers.
    pub(super) fn value(&mut self, depth: usize) -> Option<()> {
        match self.peek()? {
            b'{' => self.map(depth),
            b'[' => self.array(depth),
            b'"' => {
                let s = self.string()?;
                self.buffers.nodes.push(Node::String(s));
                Some(())
            }
            b't' => self.literal(b"true", Node::Bool(true)),
            b'f' => self.literal(b"false", Node::Bool(false)),
            b'n' => self.literal(b"null", Node::Null),
            _ => self.integer(),
        }
    }

    /// `-?(0|[1-9][0-9]{0,14})`: at most 15 digits, so well inside ±(2^53−1). A fraction,
    /// exponent or longer integer gives up (the general path decides those).
    fn integer(&mut self) -> Option<()> {
        let n = self.integer_value()?;
        self.buffers.nodes.push(Node::Integer(n));
        Some(())
    }

    /// The integer at the reader (as [`Reader::integer`] accepts it), without a node.
    pub(super) fn integer_value(&mut self) -> Option<i64> {
        let negative = self.eat(b'-').is_some();
        let start = self.at;
        let mut n: i64 = 0;
        while let Some(d @ b'0'..=b'9') = self.peek() {
            n = n * 10 + i64::from(d - b'0');
            self.at += 1;
            if self.at - start > 15 {
                return None;
            }
        }
        let digits = self.at - start;
        if digits == 0 || (digits > 1 && self.text[start] == b'0') {
            return None;
        }
        if let Some(b'.' | b'e' | b'E') = self.peek() {
            return None;
        }
        Some(if negative { -n } else { n })
    }

    fn array(&mut self, depth: usize) -> Option<()> {
        if depth >= MAX_DEPTH - 1 {
            return None;
        }
        self.at += 1;
        let index = self.buffers.nodes.len();
        self.buffers.nodes.push(Node::Array { len: 0, end: 0 });
        let mut len = 0u32;
        self.skip_space();
        if self.eat(b']').is_none() {
            loop {
                self.skip_space();
                self.value(depth + 1)?;
                len += 1;
                self.skip_space();
                match self.peek()? {
                    b',' => self.at += 1,
                    b']' => {
                        self.at += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        let end = u32::try_from(self.buffers.nodes.len()).ok()?;
        self.buffers.nodes[index] = Node::Array { len, end };
        Some(())
    }

    fn map(&mut self, depth: usize) -> Option<()> {
        if depth >= MAX_DEPTH - 1 {
            return None;
        }
        self.at += 1;
        let index = self.buffers.nodes.len();
        self.buffers.nodes.push(Node::Null);
        let mark = self.buffers.pending.len();
        self.skip_space();
        if self.eat(b'}').is_none() {
            loop {
                self.skip_space();
                if self.peek()? != b'"' {
                    return None;
                }
                let key = self.string()?;
                self.skip_space();
                self.eat(b':')?;
                self.skip_space();
                let node = u32::try_from(self.buffers.nodes.len()).ok()?;
                let prefix = self.prefix(key);
                self.buffers.pending.push(Entry { key, node, prefix });
                self.value(depth + 1)?;
                self.skip_space();
                match self.peek()? {
                    b',' => self.at += 1,
                    b'}' => {
                        self.at += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        let Buffers {
            nodes,
            entries,
            pending,
            unescaped,
        } = &mut *self.buffers;
        let text = self.source;
        let key = |e: &Entry| resolve(text, unescaped, e.key);
        let members = &mut pending[mark..];
        if !sort_members(members, key) {
            return None;
        }
        match object(nodes, members, key)? {
            Shape::Value(node) => {
                // A link or bytes: its member's node goes.
                pending.truncate(mark);
                nodes.truncate(index);
                nodes.push(node);
            }
            Shape::Map(ty) => {
                let start = u32::try_from(entries.len()).ok()?;
                let len = u32::try_from(members.len()).ok()?;
                entries.extend(pending.drain(mark..));
                let end = u32::try_from(nodes.len()).ok()?;
                nodes[index] = Node::Map {
                    start,
                    len,
                    end,
                    ty,
                };
            }
        }
        Some(())
    }

    /// Reads a string at `"`; borrowed unless it has escapes. Gives up on control characters,
    /// invalid escapes and `\u` escapes of surrogates.
    #[inline(always)]
    pub(super) fn string(&mut self) -> Option<Str> {
        self.at += 1;
        let start = self.at;
        self.at = plain_run(self.text, self.at);
        loop {
            let b = *self.text.get(self.at)?;
            if b == b'"' {
                let s = Str::new(start, self.at - start, false)?;
                self.at += 1;
                return Some(s);
            }
            if b == b'\\' {
                break;
            }
            if b < 0x20 {
                return None;
            }
            self.at += 1;
        }
        let owned = &mut self.buffers.unescaped;
        let from = owned.len();
        owned.push_str(self.source.get(start..self.at)?);
        loop {
            let b = *self.text.get(self.at)?;
            match b {
                b'"' => {
                    self.at += 1;
                    return Str::new(from, owned.len() - from, true);
                }
                b'\\' => {
                    let escaped = *self.text.get(self.at + 1)?;
                    self.at += 2;
                    let c = match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hex = self.source.get(self.at..self.at + 4)?;
                            self.at += 4;
                            if !hex.bytes().all(|h| h.is_ascii_hexdigit()) {
                                return None;
                            }
                            char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
                        }
                        _ => return None,
                    };
                    owned.push(c);
                }
                0..0x20 => return None,
                _ => {
                    // Copy the run up to the next quote, backslash or control character.
                    let run = self.at;
                    while let Some(&c) = self.text.get(self.at) {
                        if c == b'"' || c == b'\\' || c < 0x20 {
                            break;
                        }
                        self.at += 1;
                    }
                    owned.push_str(self.source.get(run..self.at)?);
                }
            }
        }
    }
}

/// Sorts a map's members into canonical key order; `false` when two keys are equal. Small maps
/// (nearly all) by insertion, which finds duplicates as it goes (no second pass).
fn sort_members<'x>(members: &mut [Entry], key: impl Fn(&Entry) -> &'x str) -> bool {
    if members.len() > 12 {
        members.sort_unstable_by(|a, b| a.order(b, &key));
        return !members.windows(2).any(|w| w[0].order(&w[1], &key).is_eq());
    }
    for i in 1..members.len() {
        let mut j = i;
        while j > 0 {
            match members[j - 1].order(&members[j], &key) {
                std::cmp::Ordering::Greater => {
                    members.swap(j - 1, j);
                    j -= 1;
                }
                std::cmp::Ordering::Equal => return false,
                std::cmp::Ordering::Less => break,
            }
        }
    }
    true
}

/// The end of the run of bytes from `at` that need no attention inside a string (not a quote,
/// backslash or control character), eight at a time.
fn plain_run(text: &[u8], mut at: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = text.get(at..at + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let quote = x ^ (ONES * u64::from(b'"'));
        let backslash = x ^ (ONES * u64::from(b'\\'));
        // A high bit in `found` marks a zero byte (quote, backslash) or a byte below 0x20;
        // bytes >= 0x80 are excluded by `!x`.
        let found = (quote.wrapping_sub(ONES) & !quote)
            | (backslash.wrapping_sub(ONES) & !backslash)
            | (x.wrapping_sub(ONES * 0x20) & !x);
        let found = found & HIGHS;
        if found != 0 {
            // The lowest marked byte is a real match (a false mark can only follow one).
            return at + (found.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    at
}

/// What a JSON object is once its members are read.
enum Shape {
    /// A map (that satisfies the data-model rules), with the node of its `$type` or [`NO_TYPE`].
    Map(u32),
    /// A valid `$link` or `$bytes` object.
    Value(Node),
}

/// The data-model rules of a JSON object with `members` (sorted; `key` reads a key), as
/// [`crate::model::json`] applies them; `None` (give up) on anything invalid.
fn object<'x>(nodes: &[Node], members: &[Entry], key: impl Fn(&Entry) -> &'x str) -> Option<Shape> {
    let string = |node: &Node| match *node {
        Node::String(s) => key(&Entry {
            key: s,
            node: 0,
            prefix: 0,
        })
        .into(),
        _ => None,
    };
    let (mut link, mut bytes, mut ty) = (None, None, None);
    for entry in members {
        // (The prefix's top byte is the key's first byte: `$` keys are rare, only they are read.)
        if (entry.prefix >> 56) as u8 == b'$' {
            let node = nodes.get(entry.node as usize)?;
            match key(entry) {
                "$link" => link = Some(node),
                "$bytes" => bytes = Some(node),
                "$type" => ty = Some(entry.node),
                _ => {}
            }
        }
    }
    if let Some(link) = link {
        return match (members.len(), string(link)) {
            (1, Some(s)) => s.parse::<Cid>().ok().map(|_| Shape::Value(Node::Link)),
            _ => None,
        };
    }
    if let Some(bytes) = bytes {
        return match (members.len(), string(bytes)) {
            (1, Some(s)) => decode_base64(s)
                .ok()
                .map(|b| Shape::Value(Node::Bytes(b.len()))),
            _ => None,
        };
    }
    let Some(ty) = ty else {
        return Some(Shape::Map(NO_TYPE));
    };
    match string(nodes.get(ty as usize)?)? {
        "" => None,
        "blob" => {
            // One pass over the members (`BlobRef::from_map` ignores extra keys).
            let (mut link, mut mime, mut size) = (false, false, false);
            for entry in members {
                let node = nodes.get(entry.node as usize)?;
                match key(entry) {
                    "ref" => link = matches!(node, Node::Link),
                    "mimeType" => mime = string(node).is_some_and(|m| !m.is_empty()),
                    "size" => size = matches!(node, Node::Integer(n) if *n > 0),
                    _ => {}
                }
            }
            (link && mime && size).then_some(Shape::Map(ty))
        }
        _ => Some(Shape::Map(ty)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CID: &str = "bafkreiccldh766hwcnuxnf2wh6jgzepf2nlu2lvcllt63eww5p6chi4ity";

    #[test]
    fn reads_the_atproto_form() {
        let text = format!(
            r#" {{"b": [1, -20, true, null, "x\n\u00e9"], "a": {{"$link": "{CID}"}}, "c": {{"$bytes": "AQID"}}}} "#
        );
        let mut buffers = Buffers::default();
        let tape = Tape::read(&text, &mut buffers).unwrap();
        let root = tape.node(0).unwrap();
        let keys: Vec<&str> = tape.entries(root).iter().map(|e| tape.str(e.key)).collect();
        assert_eq!(keys, ["a", "b", "c"]);
        assert!(matches!(tape.get(root, "a"), Some(Node::Link)));
        assert!(matches!(tape.get(root, "c"), Some(Node::Bytes(3))));
        let Some(Node::Array { len: 5, end }) = tape.get(root, "b") else {
            panic!("not an array")
        };
        assert_eq!(*end, 7); // root, the array, its 5 items; then the link and the bytes
        let nodes = &tape.buffers.nodes;
        assert!(nodes.iter().any(|n| tape.as_str(n) == Some("x\né")));
        assert!(nodes.iter().any(|n| matches!(n, Node::Integer(-20))));
    }

    #[test]
    fn plain_runs_stop_at_the_first_special_byte() {
        let plain = b"abcdefghijklmnopqrstuvwxyz0123\xc3\xa9 ~\x7f\xff";
        for special in [b'"', b'\\', 0, 0x1f, b'\n'] {
            for at in 0..plain.len() {
                let mut text = plain.to_vec();
                text[at] = special;
                if at + 1 < text.len() {
                    text[at + 1] = b'"';
                }
                // (A trailing partial chunk is left to the byte loop.)
                assert_eq!(plain_run(&text, 0), at.min(text.len() / 8 * 8));
            }
        }
        assert_eq!(plain_run(plain, 0), plain.len() / 8 * 8);
    }

    #[test]
    fn keys_sort_in_canonical_order() {
        let keys = [
            "",
            "b",
            "a",
            "ab",
            "é",
            "$typ",
            "abcdefgh",
            "abcdefgi",
            "abcdefghij",
            "abcdefghik",
            "abcdefgha",
            "zz",
            r#"a\"b"#,
            r"\u00e9\u00e8",
            "x/y",
            r"\/x",
        ];
        let text = format!(
            "{{{}}}",
            keys.iter()
                .map(|k| format!("\"{k}\":1"))
                .collect::<Vec<_>>()
                .join(",")
        );
        let mut buffers = Buffers::default();
        let tape = Tape::read(&text, &mut buffers).unwrap();
        let entries = tape.entries(tape.node(0).unwrap());
        let read: Vec<&str> = entries.iter().map(|e| tape.str(e.key)).collect();
        let mut expected: Vec<String> = keys
            .iter()
            .map(|k| serde_json::from_str::<String>(&format!("\"{k}\"")).unwrap())
            .collect();
        expected.sort_by(|a, b| canonical_order(a, b));
        assert_eq!(read, expected);
        for e in entries {
            assert_eq!(e.prefix, key_prefix(tape.str(e.key)), "{}", tape.str(e.key));
        }
    }

    #[test]
    fn gives_up_on_what_the_general_path_must_decide() {
        let mut buffers = Buffers::default();
        for text in [
            "",
            "{",
            r#"{"a":1,}"#,
            r#"{"a":1} x"#,
            r#"{"a":1,"a":2}"#,
            "1.0",
            "1e3",
            "01",
            "-",
            "1234567890123456",
            r#""\ud83d\ude00""#,
            "\"\u{1}\"",
            r#""\x""#,
            r#"{"$link":"x"}"#,
            r#"{"$link":1}"#,
            r#"{"$bytes":"!"}"#,
            r#"{"$type":""}"#,
            r#"{"$type":1}"#,
            r#"{"$type":"blob","size":1,"mimeType":"a"}"#,
            "tru",
            "nul",
        ] {
            assert!(Tape::read(text, &mut buffers).is_none(), "{text:?}");
        }
        let mut deep = "1".to_owned();
        for _ in 0..MAX_DEPTH {
            deep = format!("[{deep}]");
        }
        assert!(Tape::read(&deep, &mut buffers).is_none());
        assert!(Tape::read("[[[1]]]", &mut buffers).is_some());
        assert!(Tape::read("-0", &mut buffers).is_some());
    }
}
