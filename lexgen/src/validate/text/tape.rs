//! A flat, borrowed tree of one JSON text in the atproto JSON form, read in one pass for the
//! JSON-text fast path: strings borrow from the text (owned only when they have escapes), map
//! entries are sorted into canonical key order, `$link`/`$bytes` objects become link/bytes nodes.
//!
//! The reader accepts a strict subset of what `serde_json` + [`crate::model::Value::from_json`]
//! accept, and reads what it accepts the same way. Anything else (a syntax error, a fraction or
//! exponent, a 16-digit integer, a surrogate escape, a duplicate key, deep nesting, a data-model
//! violation) makes it give up with `None`: the caller then takes the general path, which gives
//! the precise answer. Giving up is always safe; accepting what the general path rejects is not.

use std::borrow::Cow;

use crate::model::bytes::decode_base64;
use crate::model::{Cid, MAX_DEPTH};
use crate::validate::index::canonical_order;

/// One node. Containers are followed by their members' subtrees; `end` is the index just after
/// the container's subtree.
#[derive(Debug)]
pub(crate) enum Node<'t> {
    Null,
    Bool(bool),
    Integer(i64),
    String(Cow<'t, str>),
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
pub(crate) struct Entry<'t> {
    pub(crate) key: Cow<'t, str>,
    pub(crate) node: u32,
}

/// The tree of one JSON text; node 0 is the root.
#[derive(Debug, Default)]
pub(crate) struct Tape<'t> {
    pub(crate) nodes: Vec<Node<'t>>,
    pub(crate) entries: Vec<Entry<'t>>,
}

impl<'t> Tape<'t> {
    /// Reads `text`, or `None` when the fast path does not apply (see the module documentation).
    pub(crate) fn read(text: &'t str) -> Option<Tape<'t>> {
        let mut reader = Reader {
            text: text.as_bytes(),
            source: text,
            at: 0,
            tape: Tape {
                nodes: Vec::with_capacity(text.len() / 12 + 4),
                entries: Vec::with_capacity(text.len() / 20 + 4),
            },
            pending: Vec::with_capacity(32),
        };
        reader.skip_space();
        reader.value(0)?;
        reader.skip_space();
        if reader.at != reader.text.len() {
            return None;
        }
        Some(reader.tape)
    }

    /// The entries of the map node `map` (empty for other nodes).
    pub(crate) fn entries(&self, map: &Node<'t>) -> &[Entry<'t>] {
        match *map {
            Node::Map { start, len, .. } => {
                let start = start as usize;
                self.entries
                    .get(start..start + len as usize)
                    .unwrap_or_default()
            }
            _ => &[],
        }
    }

    /// The value under `key` in the map node `map`.
    pub(crate) fn get(&self, map: &Node<'t>, key: &str) -> Option<&Node<'t>> {
        let entries = self.entries(map);
        let i = entries
            .binary_search_by(|e| canonical_order(&e.key, key))
            .ok()?;
        self.nodes.get(entries[i].node as usize)
    }

    /// The `$type` string of the map node `map`.
    pub(crate) fn type_of(&self, map: &Node<'t>) -> Option<&str> {
        match *map {
            Node::Map { ty, .. } if ty != NO_TYPE => match self.nodes.get(ty as usize)? {
                Node::String(t) => Some(t),
                _ => None,
            },
            _ => None,
        }
    }

    /// The node at `index`.
    pub(crate) fn node(&self, index: u32) -> Option<&Node<'t>> {
        self.nodes.get(index as usize)
    }

    /// The index just after the subtree of the node at `index`.
    pub(crate) fn end(&self, index: u32) -> u32 {
        match self.nodes.get(index as usize) {
            Some(Node::Array { end, .. } | Node::Map { end, .. }) => *end,
            _ => index + 1,
        }
    }
}

struct Reader<'t> {
    text: &'t [u8],
    source: &'t str,
    at: usize,
    tape: Tape<'t>,
    /// Entries of the maps being read (innermost last), moved to `tape.entries` when a map ends.
    pending: Vec<Entry<'t>>,
}

impl<'t> Reader<'t> {
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.text.get(self.at) {
            self.at += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    fn literal(&mut self, word: &[u8], node: Node<'t>) -> Option<()> {
        if self.text.get(self.at..self.at + word.len())? != word {
            return None;
        }
        self.at += word.len();
        self.tape.nodes.push(node);
        Some(())
    }

    /// Reads one value inside `depth` containers.
    fn value(&mut self, depth: usize) -> Option<()> {
        match self.peek()? {
            b'{' => self.map(depth),
            b'[' => self.array(depth),
            b'"' => {
                let s = self.string()?;
                self.tape.nodes.push(Node::String(s));
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
        self.tape
            .nodes
            .push(Node::Integer(if negative { -n } else { n }));
        Some(())
    }

    fn array(&mut self, depth: usize) -> Option<()> {
        if depth >= MAX_DEPTH - 1 {
            return None;
        }
        self.at += 1;
        let index = self.tape.nodes.len();
        self.tape.nodes.push(Node::Array { len: 0, end: 0 });
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
        let end = u32::try_from(self.tape.nodes.len()).ok()?;
        self.tape.nodes[index] = Node::Array { len, end };
        Some(())
    }

    fn map(&mut self, depth: usize) -> Option<()> {
        if depth >= MAX_DEPTH - 1 {
            return None;
        }
        self.at += 1;
        let index = self.tape.nodes.len();
        self.tape.nodes.push(Node::Null);
        let mark = self.pending.len();
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
                let node = u32::try_from(self.tape.nodes.len()).ok()?;
                self.pending.push(Entry { key, node });
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
        let members = &mut self.pending[mark..];
        members.sort_unstable_by(|a, b| canonical_order(&a.key, &b.key));
        if members.windows(2).any(|w| w[0].key == w[1].key) {
            return None;
        }
        match object(&self.tape.nodes, members)? {
            Shape::Value(node) => {
                // A link or bytes: its member's node goes.
                self.pending.truncate(mark);
                self.tape.nodes.truncate(index);
                self.tape.nodes.push(node);
            }
            Shape::Map(ty) => {
                let start = u32::try_from(self.tape.entries.len()).ok()?;
                let len = u32::try_from(members.len()).ok()?;
                self.tape.entries.extend(self.pending.drain(mark..));
                let end = u32::try_from(self.tape.nodes.len()).ok()?;
                self.tape.nodes[index] = Node::Map {
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
    fn string(&mut self) -> Option<Cow<'t, str>> {
        self.at += 1;
        let start = self.at;
        self.at = plain_run(self.text, self.at);
        loop {
            let b = *self.text.get(self.at)?;
            if b == b'"' {
                let s = self.source.get(start..self.at)?;
                self.at += 1;
                return Some(Cow::Borrowed(s));
            }
            if b == b'\\' {
                break;
            }
            if b < 0x20 {
                return None;
            }
            self.at += 1;
        }
        let mut owned = String::from(self.source.get(start..self.at)?);
        loop {
            let b = *self.text.get(self.at)?;
            match b {
                b'"' => {
                    self.at += 1;
                    return Some(Cow::Owned(owned));
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
        if found & HIGHS != 0 {
            break;
        }
        at += 8;
    }
    at
}

/// What a JSON object is once its members are read.
enum Shape<'t> {
    /// A map (that satisfies the data-model rules), with the node of its `$type` or [`NO_TYPE`].
    Map(u32),
    /// A valid `$link` or `$bytes` object.
    Value(Node<'t>),
}

/// The data-model rules of a JSON object with `members` (sorted), as [`crate::model::json`]
/// applies them; `None` (give up) on anything invalid.
fn object<'t>(nodes: &[Node<'t>], members: &[Entry<'t>]) -> Option<Shape<'t>> {
    let (mut link, mut bytes, mut ty) = (None, None, None);
    for entry in members {
        if entry.key.starts_with('$') {
            let node = nodes.get(entry.node as usize)?;
            match &*entry.key {
                "$link" => link = Some(node),
                "$bytes" => bytes = Some(node),
                "$type" => ty = Some(entry.node),
                _ => {}
            }
        }
    }
    if let Some(link) = link {
        return match (members.len(), link) {
            (1, Node::String(s)) => s.parse::<Cid>().ok().map(|_| Shape::Value(Node::Link)),
            _ => None,
        };
    }
    if let Some(bytes) = bytes {
        return match (members.len(), bytes) {
            (1, Node::String(s)) => decode_base64(s)
                .ok()
                .map(|b| Shape::Value(Node::Bytes(b.len()))),
            _ => None,
        };
    }
    let Some(ty) = ty else {
        return Some(Shape::Map(NO_TYPE));
    };
    match nodes.get(ty as usize)? {
        Node::String(t) if t.is_empty() => None,
        Node::String(t) if t == "blob" => {
            let value = |key: &str| {
                let i = members
                    .binary_search_by(|e| canonical_order(&e.key, key))
                    .ok()?;
                nodes.get(members[i].node as usize)
            };
            let link = matches!(value("ref"), Some(Node::Link));
            let mime = matches!(value("mimeType"), Some(Node::String(m)) if !m.is_empty());
            let size = matches!(value("size"), Some(Node::Integer(n)) if *n >= 0);
            (link && mime && size).then_some(Shape::Map(ty))
        }
        Node::String(_) => Some(Shape::Map(ty)),
        _ => None,
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
        let tape = Tape::read(&text).unwrap();
        let root = tape.node(0).unwrap();
        let keys: Vec<&str> = tape.entries(root).iter().map(|e| &*e.key).collect();
        assert_eq!(keys, ["a", "b", "c"]);
        assert!(matches!(tape.get(root, "a"), Some(Node::Link)));
        assert!(matches!(tape.get(root, "c"), Some(Node::Bytes(3))));
        let Some(Node::Array { len: 5, end }) = tape.get(root, "b") else {
            panic!("not an array")
        };
        assert_eq!(*end, 7); // root, the array, its 5 items; then the link and the bytes
        assert!(
            tape.nodes
                .iter()
                .any(|n| matches!(n, Node::String(s) if s == "x\né"))
        );
        assert!(tape.nodes.iter().any(|n| matches!(n, Node::Integer(-20))));
    }

    #[test]
    fn gives_up_on_what_the_general_path_must_decide() {
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
            assert!(Tape::read(text).is_none(), "{text:?}");
        }
        let mut deep = "1".to_owned();
        for _ in 0..MAX_DEPTH {
            deep = format!("[{deep}]");
        }
        assert!(Tape::read(&deep).is_none());
        assert!(Tape::read("[[[1]]]").is_some());
        assert!(Tape::read("-0").is_some());
    }
}
