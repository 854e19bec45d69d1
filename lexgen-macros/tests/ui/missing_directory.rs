//! A directory that does not exist is reported on the `dir` literal.
lexgen_macros::include_lexicons!(dir = "tests/ui/no-such-directory", root = "crate");

fn main() {}
