//! `Path`: where in a value an error is, built without allocating and rendered only when reported.

use std::fmt;

/// A location in a value: `$`, `$.embed.images[0].alt`, `$["odd key"]`.
#[derive(Clone, Copy, Debug)]
pub enum Path<'a> {
    /// The value itself.
    Root,
    /// The property `key` of the object at the parent path.
    Key(&'a Path<'a>, &'a str),
    /// The element `index` of the array at the parent path.
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    /// The root path.
    pub const ROOT: Path<'static> = Path::Root;

    /// The path of property `key` below this one.
    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    /// The path of element `index` below this one.
    pub fn index(&'a self, index: usize) -> Path<'a> {
        Path::Index(self, index)
    }

    /// The rendered path, as in lexicon diagnostics.
    pub fn render(&self) -> String {
        match self {
            Path::Root => crate::lexicon::ROOT_PATH.to_owned(),
            Path::Key(parent, key) => crate::lexicon::child_path(&parent.render(), key),
            Path::Index(parent, index) => crate::lexicon::index_path(&parent.render(), *index),
        }
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders() {
        let root = Path::ROOT;
        let embed = root.key("embed");
        let images = embed.key("images");
        let first = images.index(0);
        assert_eq!(first.key("alt").render(), "$.embed.images[0].alt");
        assert_eq!(root.key("odd key").render(), "$[\"odd key\"]");
    }
}
