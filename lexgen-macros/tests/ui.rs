//! Compile-fail tests of `include_lexicons!`: bad input is a spanned compile error, never a panic.
//! Kept to three cases: each one compiles a crate. (Lexicon errors are a unit test in `lib.rs`:
//! the directory must be found from the crate, which trybuild moves.)

#[test]
fn include_lexicons_errors() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/unknown_argument.rs");
    cases.compile_fail("tests/ui/missing_directory.rs");
    cases.compile_fail("tests/ui/bad_root.rs");
}
