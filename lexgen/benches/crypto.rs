//! Benchmarks of signing and verifying a ~300-byte message with k256 and p256 keys.

use criterion::{Criterion, criterion_group, criterion_main};
use lexgen::crypto::{Algorithm, Keypair, PublicKey};
use std::hint::black_box;

/// About the size of a signed commit's unsigned DRISL bytes plus some slack.
const MESSAGE_LEN: usize = 300;

fn bench(c: &mut Criterion) {
    let message: Vec<u8> = (0..MESSAGE_LEN).map(|i| (i * 7 % 251) as u8).collect();
    for algorithm in Algorithm::ALL {
        let Ok(keypair) = Keypair::generate(algorithm) else {
            panic!("generating a {algorithm} key failed");
        };
        let public = keypair.public_key();
        let Ok(signature) = keypair.sign(&message) else {
            panic!("signing with {algorithm} failed");
        };
        let did = public.to_did_key();

        c.bench_function(&format!("{algorithm}/sign"), |b| {
            b.iter(|| keypair.sign(black_box(&message)))
        });
        c.bench_function(&format!("{algorithm}/verify"), |b| {
            b.iter(|| public.verify(black_box(&message), black_box(&signature)))
        });
        c.bench_function(&format!("{algorithm}/did_key_parse"), |b| {
            b.iter(|| PublicKey::from_did_key(black_box(&did)))
        });
        c.bench_function(&format!("{algorithm}/generate"), |b| {
            b.iter(|| Keypair::generate(black_box(algorithm)))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
