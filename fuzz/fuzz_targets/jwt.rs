//! JWTs: session tokens (HS256) and service tokens (ES256K/ES256) checked against fixed keys must be
//! refused, never panic; the same header and payload signed with the right key then go through the
//! claim checks, and an accepted session token signs back to the same claims.
#![no_main]

use atmos_fuzz::{AUDIENCE, SESSION_SECRET, k256_key, unknown_keys};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, KeyInit, Mac};
use libfuzzer_sys::fuzz_target;
use pds::auth::jwt::{
    TYP_ACCESS, TYP_REFRESH, peek_service, sign_session, verify_service, verify_session,
};
use sha2::Sha256;

/// A secret no input is signed with.
const UNKNOWN_SECRET: &[u8] = b"a secret the seeds are not signed with";
const NOW: i64 = 1_700_000_000;
const LXM: &str = "com.atproto.repo.createRecord";

fuzz_target!(|bytes: &[u8]| {
    let Ok(token) = std::str::from_utf8(bytes) else {
        return;
    };
    let (unknown_k256, unknown_p256) = unknown_keys();
    // Checked with a secret and keys no input is signed with, every token from the input is refused.
    for typ in [TYP_ACCESS, TYP_REFRESH] {
        for allow_expired in [false, true] {
            let verified = verify_session(UNKNOWN_SECRET, token, typ, AUDIENCE, NOW, allow_expired);
            assert!(verified.is_err(), "forged session token accepted: {token}");
        }
    }
    for key in [unknown_k256.public_key(), unknown_p256.public_key()] {
        for lxm in [None, Some(LXM)] {
            assert!(verify_service(token, &key, AUDIENCE, lxm, NOW).is_err());
        }
    }
    let _ = peek_service(token);

    // The same signing input with a valid HS256 signature reaches the header and claim checks.
    let Some((signing_input, _)) = token.rsplit_once('.') else {
        return;
    };
    let mut mac =
        <Hmac<Sha256> as KeyInit>::new_from_slice(SESSION_SECRET).expect("any key length");
    mac.update(signing_input.as_bytes());
    let signature = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
    let signed = format!("{signing_input}.{signature}");
    for typ in [TYP_ACCESS, TYP_REFRESH] {
        if let Ok(claims) = verify_session(SESSION_SECRET, &signed, typ, AUDIENCE, NOW, true) {
            let again = sign_session(SESSION_SECRET, typ, &claims).expect("sign");
            let read = verify_session(SESSION_SECRET, &again, typ, AUDIENCE, NOW, true);
            assert_eq!(read.expect("re-signed token"), claims);
        }
    }
    // And with a valid ES256K signature, the service token checks.
    let signature = k256_key().sign(signing_input.as_bytes()).expect("sign");
    let signed = format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(signature));
    for lxm in [None, Some(LXM)] {
        if let Ok(claims) = verify_service(&signed, &k256_key().public_key(), AUDIENCE, lxm, NOW) {
            assert!(claims.exp > NOW);
            assert_eq!(peek_service(&signed).expect("peek"), claims);
        }
    }
});
