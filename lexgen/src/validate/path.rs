//! The JSON path of the value being validated, kept as a stack of borrowed segments and rendered
//! (`$.embed.images[0].alt`) only when a diagnostic is reported.

use crate::lexicon::{ROOT_PATH, child_path, index_path};

/// One step from a container to a member.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Segment<'a> {
    /// A map key.
    Key(&'a str),
    /// An array index.
    Index(usize),
}

/// How many segments a path keeps without allocating: deeper than nearly every record.
const INLINE: usize = 16;

/// The path from the validated value to the current one. The first [`INLINE`] segments live in
/// the struct (one validation is one walk: a heap-allocated stack cost a `malloc`/`realloc` per
/// record, a few percent of validating a post); deeper ones spill to a vector.
#[derive(Debug)]
pub(crate) struct Path<'a> {
    inline: [Segment<'a>; INLINE],
    len: usize,
    spill: Vec<Segment<'a>>,
}

impl Default for Path<'_> {
    fn default() -> Self {
        Path {
            inline: [Segment::Index(0); INLINE],
            len: 0,
            spill: Vec::new(),
        }
    }
}

impl<'a> Path<'a> {
    #[inline]
    pub(crate) fn push(&mut self, segment: Segment<'a>) {
        match self.inline.get_mut(self.len) {
            Some(slot) => *slot = segment,
            None => self.spill.push(segment),
        }
        self.len += 1;
    }

    #[inline]
    pub(crate) fn pop(&mut self) {
        if self.len > INLINE {
            self.spill.pop();
        }
        self.len = self.len.saturating_sub(1);
    }

    fn segments(&self) -> impl Iterator<Item = &Segment<'a>> {
        self.inline.iter().take(self.len).chain(self.spill.iter())
    }

    /// The rendered JSON path; keys that are not plain identifiers are quoted (`$["a b"]`).
    pub(crate) fn render(&self) -> String {
        let mut out = ROOT_PATH.to_owned();
        for segment in self.segments() {
            out = match segment {
                Segment::Key(key) => child_path(&out, key),
                Segment::Index(i) => index_path(&out, *i),
            };
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders() {
        let mut path = Path::default();
        assert_eq!(path.render(), "$");
        path.push(Segment::Key("embed"));
        path.push(Segment::Key("images"));
        path.push(Segment::Index(0));
        path.push(Segment::Key("alt text"));
        assert_eq!(path.render(), "$.embed.images[0][\"alt text\"]");
        path.pop();
        assert_eq!(path.render(), "$.embed.images[0]");
    }

    #[test]
    fn deep_paths_spill_and_come_back() {
        let mut path = Path::default();
        let mut expected = "$".to_owned();
        for i in 0..INLINE + 5 {
            path.push(Segment::Index(i));
            expected.push_str(&format!("[{i}]"));
            assert_eq!(path.render(), expected);
        }
        for _ in 0..INLINE + 3 {
            path.pop();
        }
        path.push(Segment::Key("x"));
        assert_eq!(path.render(), "$[0][1].x");
    }
}
