//! A `root` that is not a Rust path is reported on the `root` literal.
lexgen_macros::include_lexicons!(dir = ".", root = "not a path");

fn main() {}
