//! What the fuzz targets share: the project's lexicon catalog, fixed keys, and small helpers.

use std::path::Path;
use std::sync::OnceLock;

use lexgen::catalog::Catalog;
use lexgen::crypto::{Algorithm, Keypair};

/// The HS256 secret session tokens are checked against.
pub const SESSION_SECRET: &[u8] = b"atmos fuzz session secret";
/// The audience the server expects in its tokens.
pub const AUDIENCE: &str = "did:web:pds.fuzz.test";

/// The catalog of the project's own lexicons (`lexicons/`), loaded once.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../lexicons");
        let loaded = Catalog::load_dir(&dir);
        assert!(
            !loaded.diagnostics.iter().any(|d| d.diagnostic.is_error()),
            "the project's lexicons do not load"
        );
        loaded.catalog
    })
}

/// A fixed k256 key: the key service tokens and PLC operations are signed with.
pub fn k256_key() -> &'static Keypair {
    static KEY: OnceLock<Keypair> = OnceLock::new();
    KEY.get_or_init(|| {
        Keypair::from_private_bytes(Algorithm::K256, &[0x42; 32]).expect("a valid k256 scalar")
    })
}

/// A fixed p256 key.
pub fn p256_key() -> &'static Keypair {
    static KEY: OnceLock<Keypair> = OnceLock::new();
    KEY.get_or_init(|| {
        Keypair::from_private_bytes(Algorithm::P256, &[0x24; 32]).expect("a valid p256 scalar")
    })
}

/// A k256 and a p256 key no seed is signed with (tokens checked against them must be refused).
pub fn unknown_keys() -> &'static (Keypair, Keypair) {
    static KEYS: OnceLock<(Keypair, Keypair)> = OnceLock::new();
    KEYS.get_or_init(|| {
        (
            Keypair::from_private_bytes(Algorithm::K256, &[0x11; 32]).expect("a valid k256 scalar"),
            Keypair::from_private_bytes(Algorithm::P256, &[0x22; 32]).expect("a valid p256 scalar"),
        )
    })
}

/// The collections of the record fixtures (`tests/fixtures/records/*/`): the first byte of a
/// `record_text` input picks one (or, past the end, none: the record's own `$type`).
pub const RECORD_COLLECTIONS: &[&str] = &[
    "app.bsky.actor.profile",
    "app.bsky.feed.generator",
    "app.bsky.feed.like",
    "app.bsky.feed.post",
    "app.bsky.feed.repost",
    "app.bsky.feed.threadgate",
    "app.bsky.graph.follow",
    "app.bsky.graph.list",
    "app.bsky.graph.starterpack",
    "cv.atmos.board.board",
    "cv.atmos.board.item",
    "cv.atmos.cv.award",
    "cv.atmos.cv.education",
    "cv.atmos.cv.exhibition",
    "cv.atmos.cv.profile",
    "cv.atmos.cv.work",
    "cv.atmos.portfolio.entry",
];
