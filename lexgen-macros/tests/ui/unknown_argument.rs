//! An argument the macro does not know is reported on its name.
lexgen_macros::include_lexicons!(dir = "tests/ui/bad-lexicons", root = "crate", features = "all");

fn main() {}
