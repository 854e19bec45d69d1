//! Benchmarks of signing and verifying with k256 and p256 keys.
fn main() {}
