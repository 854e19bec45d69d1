//! Compile-fail tests of `include_lexicons!` (bad input is a spanned compile error, never a panic)
//! and of `lexgen::object!` (a struct whose fields are not all listed does not compile: its
//! layout would be unsound, and neither does a packed one). Kept to five cases: each one compiles a crate. (Lexicon errors are a unit test in `lib.rs`:
//! the directory must be found from the crate, which trybuild moves.)

#[test]
fn compile_errors() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/unknown_argument.rs");
    cases.compile_fail("tests/ui/missing_directory.rs");
    cases.compile_fail("tests/ui/bad_root.rs");
    cases.compile_fail("tests/ui/object_missing_field.rs");
    cases.compile_fail("tests/ui/object_packed.rs");
}
