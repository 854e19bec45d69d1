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

/// The path from the validated value to the current one.
#[derive(Debug, Default)]
pub(crate) struct Path<'a> {
    segments: Vec<Segment<'a>>,
}

impl<'a> Path<'a> {
    pub(crate) fn push(&mut self, segment: Segment<'a>) {
        self.segments.push(segment);
    }

    pub(crate) fn pop(&mut self) {
        self.segments.pop();
    }

    /// The rendered JSON path; keys that are not plain identifiers are quoted (`$["a b"]`).
    pub(crate) fn render(&self) -> String {
        let mut out = ROOT_PATH.to_owned();
        for segment in &self.segments {
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
}
