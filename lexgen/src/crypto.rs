//! Keys and signatures: k256 and p256 key pairs, low-S compact signatures, did:key and multikey.
