//! The README's Rust blocks, compiled and run as this crate's doctests (`cargo test -p atmos-tests --doc`),
//! so the README cannot drift from the code. Its `js` block runs in `pds/tests/readme.rs`.
#![doc = include_str!("../../README.md")]
