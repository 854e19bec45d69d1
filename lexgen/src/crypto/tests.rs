//! Unit tests across the crypto module: signing round trips, rejected signatures, key and did:key forms.

use super::*;

const MESSAGE: &[u8] = b"an unsigned commit, DRISL-encoded";

/// The curve orders, big-endian, to build high-S signatures without the library's help.
fn order(algorithm: Algorithm) -> [u8; 32] {
    let text = match algorithm {
        Algorithm::K256 => "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141",
        Algorithm::P256 => "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551",
    };
    let mut out = [0u8; 32];
    hex::decode_into(text, &mut out).unwrap();
    out
}

/// `a - b` for 32-byte big-endian numbers with `a > b`.
fn sub(a: &[u8; 32], b: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    let mut borrow = 0i16;
    for i in (0..32).rev() {
        let mut d = i16::from(a[i]) - i16::from(b[i]) - borrow;
        borrow = i16::from(d < 0);
        if d < 0 {
            d += 256;
        }
        out[i] = u8::try_from(d).unwrap();
    }
    assert_eq!(borrow, 0);
    out
}

/// The same signature with `s` replaced by `n - s`: still valid ECDSA, but high-S.
fn negate_s(algorithm: Algorithm, signature: &[u8; SIGNATURE_LEN]) -> [u8; SIGNATURE_LEN] {
    let mut out = *signature;
    out[32..].copy_from_slice(&sub(&order(algorithm), &signature[32..]));
    out
}

fn is_low_s(algorithm: Algorithm, signature: &[u8; SIGNATURE_LEN]) -> bool {
    // s <= (n - 1) / 2  <=>  2s < n  <=>  s < n - s
    let high = sub(&order(algorithm), &signature[32..]);
    signature[32..] < high[..]
}

#[test]
fn sign_verify_round_trip_both_curves() {
    for algorithm in Algorithm::ALL {
        let keypair = Keypair::generate(algorithm).unwrap();
        assert_eq!(keypair.algorithm(), algorithm);
        let public = keypair.public_key();
        assert_eq!(public.algorithm(), algorithm);
        for message in [MESSAGE, b"", &[0u8; 300]] {
            let signature = keypair.sign(message).unwrap();
            assert!(is_low_s(algorithm, &signature), "{algorithm} signed high-S");
            public.verify(message, &signature).unwrap();
        }
    }
}

#[test]
fn signatures_are_deterministic() {
    for algorithm in Algorithm::ALL {
        let keypair = Keypair::generate(algorithm).unwrap();
        assert_eq!(
            keypair.sign(MESSAGE).unwrap(),
            keypair.sign(MESSAGE).unwrap()
        );
        assert_ne!(
            keypair.sign(MESSAGE).unwrap(),
            keypair.sign(b"other").unwrap()
        );
    }
}

#[test]
fn always_low_s_over_many_signatures() {
    // About half of raw ECDSA signatures are high-S; 64 signatures all low-S means we normalise.
    for algorithm in Algorithm::ALL {
        let keypair = Keypair::generate(algorithm).unwrap();
        for i in 0u32..64 {
            let signature = keypair.sign(&i.to_be_bytes()).unwrap();
            assert!(is_low_s(algorithm, &signature));
        }
    }
}

#[test]
fn high_s_rejected() {
    for algorithm in Algorithm::ALL {
        let keypair = Keypair::generate(algorithm).unwrap();
        let signature = keypair.sign(MESSAGE).unwrap();
        let high = negate_s(algorithm, &signature);
        assert!(!is_low_s(algorithm, &high));
        assert_eq!(
            keypair.public_key().verify(MESSAGE, &high),
            Err(CryptoError::HighS)
        );
        // The lenient mode takes it (it is valid ECDSA), and still checks the message.
        let public = keypair.public_key();
        public.verify_allowing_high_s(MESSAGE, &high).unwrap();
        public.verify_allowing_high_s(MESSAGE, &signature).unwrap();
        assert_eq!(
            public.verify_allowing_high_s(b"other", &high),
            Err(CryptoError::BadSignature(algorithm))
        );
    }
}

#[test]
fn tampered_message_and_signature_rejected() {
    for algorithm in Algorithm::ALL {
        let keypair = Keypair::generate(algorithm).unwrap();
        let public = keypair.public_key();
        let signature = keypair.sign(MESSAGE).unwrap();
        let mut message = MESSAGE.to_vec();
        message[0] ^= 1;
        assert_eq!(
            public.verify(&message, &signature),
            Err(CryptoError::BadSignature(algorithm))
        );
        let mut bad = signature;
        bad[5] ^= 0x10;
        assert!(public.verify(MESSAGE, &bad).is_err());
        let other = Keypair::generate(algorithm).unwrap();
        assert_eq!(
            other.public_key().verify(MESSAGE, &signature),
            Err(CryptoError::BadSignature(algorithm))
        );
    }
}

#[test]
fn cross_curve_rejected() {
    // The same 32 secret bytes are a key on both curves; neither verifies the other's signature.
    let k256 = Keypair::generate(Algorithm::K256).unwrap();
    let p256 =
        Keypair::from_private_bytes(Algorithm::P256, k256.to_private_bytes().as_slice()).unwrap();
    let by_k256 = k256.sign(MESSAGE).unwrap();
    let by_p256 = p256.sign(MESSAGE).unwrap();
    assert!(p256.public_key().verify(MESSAGE, &by_k256).is_err());
    assert!(k256.public_key().verify(MESSAGE, &by_p256).is_err());
    assert_ne!(k256.public_key(), p256.public_key());
}

#[test]
fn der_and_malformed_signatures_rejected_without_panic() {
    let keypair = Keypair::generate(Algorithm::K256).unwrap();
    let public = keypair.public_key();
    let signature = keypair.sign(MESSAGE).unwrap();
    let der = k256::ecdsa::Signature::from_slice(&signature)
        .unwrap()
        .to_der();
    let der = der.as_bytes();
    assert_eq!(
        public.verify(MESSAGE, der),
        Err(CryptoError::SignatureLength(der.len()))
    );
    for algorithm in Algorithm::ALL {
        let public = Keypair::generate(algorithm).unwrap().public_key();
        assert_eq!(
            public.verify(MESSAGE, &[]),
            Err(CryptoError::SignatureLength(0))
        );
        assert_eq!(
            public.verify(MESSAGE, &[1u8; 65]),
            Err(CryptoError::SignatureLength(65))
        );
        let malformed = Err(CryptoError::MalformedSignature(algorithm));
        assert_eq!(public.verify(MESSAGE, &[0u8; 64]), malformed);
        assert_eq!(public.verify(MESSAGE, &[0xffu8; 64]), malformed);
        let mut r_is_n = [1u8; 64];
        r_is_n[..32].copy_from_slice(&order(algorithm));
        assert_eq!(public.verify(MESSAGE, &r_is_n), malformed);
    }
}

#[test]
fn private_key_round_trips() {
    for algorithm in Algorithm::ALL {
        let keypair = Keypair::generate(algorithm).unwrap();
        let public = keypair.public_key();

        let bytes = keypair.to_private_bytes();
        let again = Keypair::from_private_bytes(algorithm, bytes.as_slice()).unwrap();
        assert_eq!(again.public_key(), public);

        let hex = keypair.to_private_hex();
        assert_eq!(hex.len(), 64);
        assert!(
            hex.bytes()
                .all(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
        );
        let again = Keypair::from_private_hex(algorithm, &format!("{}\n", hex.to_uppercase()));
        assert_eq!(again.unwrap().public_key(), public);

        let multibase = keypair.to_private_multibase();
        assert!(multibase.starts_with('z'));
        let again = Keypair::from_private_multibase(&multibase).unwrap();
        assert_eq!(again.algorithm(), algorithm);
        assert_eq!(again.public_key(), public);
        assert_eq!(again.sign(MESSAGE).unwrap(), keypair.sign(MESSAGE).unwrap());
    }
}

#[test]
fn bad_private_keys_rejected() {
    for algorithm in Algorithm::ALL {
        assert_eq!(
            Keypair::from_private_bytes(algorithm, &[1u8; 31]).unwrap_err(),
            CryptoError::PrivateKeyLength(31)
        );
        assert_eq!(
            Keypair::from_private_bytes(algorithm, &[1u8; 33]).unwrap_err(),
            CryptoError::PrivateKeyLength(33)
        );
        let invalid = CryptoError::InvalidPrivateKey(algorithm);
        assert_eq!(
            Keypair::from_private_bytes(algorithm, &[0u8; 32]).unwrap_err(),
            invalid
        );
        assert_eq!(
            Keypair::from_private_bytes(algorithm, &order(algorithm)).unwrap_err(),
            invalid
        );
        assert!(Keypair::from_private_hex(algorithm, "abc").is_err());
        assert!(Keypair::from_private_hex(algorithm, &"g".repeat(64)).is_err());
    }
    // A public multikey is not a private key.
    let did = Keypair::generate(Algorithm::K256)
        .unwrap()
        .public_key()
        .to_multikey();
    assert_eq!(
        Keypair::from_private_multibase(&did).unwrap_err(),
        CryptoError::UnsupportedMulticodec("private")
    );
}

#[test]
fn debug_hides_the_private_key() {
    let keypair = Keypair::generate(Algorithm::K256).unwrap();
    let debug = format!("{keypair:?}");
    assert!(debug.contains(&keypair.did_key()));
    assert!(!debug.contains(keypair.to_private_hex().as_str()));
}

#[test]
fn did_key_round_trips() {
    for (algorithm, prefix) in [
        (Algorithm::K256, "did:key:zQ3s"),
        (Algorithm::P256, "did:key:zDn"),
    ] {
        let public = Keypair::generate(algorithm).unwrap().public_key();
        let did = public.to_did_key();
        assert!(did.starts_with(prefix), "{did}");
        assert_eq!(PublicKey::from_did_key(&did).unwrap(), public);
        assert_eq!(
            PublicKey::from_multikey(&public.to_multikey()).unwrap(),
            public
        );
        let compressed = public.to_compressed_bytes();
        assert_eq!(
            PublicKey::from_sec1_bytes(algorithm, &compressed).unwrap(),
            public
        );
        let uncompressed = public.to_uncompressed_bytes();
        assert_eq!(uncompressed[0], 0x04);
        assert_eq!(uncompressed[1..33], compressed[1..]);
        assert_eq!(
            PublicKey::from_sec1_bytes(algorithm, &uncompressed).unwrap(),
            public
        );
        assert_eq!(format!("{public:?}"), format!("PublicKey({did:?})"));
    }
}

#[test]
fn uncompressed_did_key_is_read_and_written_compressed() {
    let keypair = k256::ecdsa::SigningKey::from_slice(&[7u8; 32]).unwrap();
    let uncompressed = keypair.verifying_key().to_sec1_point(false);
    let mut bytes = Algorithm::K256.public_key_multicodec().to_vec();
    bytes.extend_from_slice(uncompressed.as_bytes());
    let did = format!("did:key:{}", multibase::encode(&bytes));
    let public = PublicKey::from_did_key(&did).unwrap();
    let expected = Keypair::from_private_bytes(Algorithm::K256, &[7u8; 32])
        .unwrap()
        .public_key();
    assert_eq!(public, expected);
    assert_ne!(public.to_did_key(), did);
}

#[test]
fn bad_did_keys_rejected() {
    let good = Keypair::generate(Algorithm::P256).unwrap().did_key();
    assert_eq!(
        PublicKey::from_did_key(good.trim_start_matches("did:key:")),
        Err(CryptoError::NotDidKey)
    );
    assert_eq!(
        PublicKey::from_did_key(&good.replace("did:key:z", "did:key:f")),
        Err(CryptoError::NotBase58Btc)
    );
    // ed25519-pub (0xed) is a real multicodec, but not an atproto key.
    let ed25519 = multibase::encode(&[&[0xed, 0x01][..], &[1u8; 32]].concat());
    assert_eq!(
        PublicKey::from_multikey(&ed25519),
        Err(CryptoError::UnsupportedMulticodec("public"))
    );
    for algorithm in Algorithm::ALL {
        let prefix = algorithm.public_key_multicodec();
        let point = Keypair::generate(algorithm)
            .unwrap()
            .public_key()
            .to_compressed_bytes();
        let invalid = Err(CryptoError::InvalidPublicKey(algorithm));
        for bad in [
            &point[..32],                               // truncated
            &[point.as_slice(), &[0]].concat()[..],     // trailing byte
            &[&[0x04][..], &point[1..]].concat()[..],   // uncompressed tag on 33 bytes
            &[0x00][..],                                // the identity
            &[&[0x02][..], &[0xffu8; 32]].concat()[..], // x not below the field modulus
        ] {
            let multikey = multibase::encode(&[prefix, bad].concat());
            assert_eq!(PublicKey::from_multikey(&multikey), invalid, "{bad:02x?}");
        }
    }
}

#[test]
fn verification_method_forms() {
    let public = Keypair::generate(Algorithm::K256).unwrap().public_key();
    let method = VerificationMethod::multikey("did:plc:abc#atproto", "did:plc:abc", &public);
    let json = serde_json::to_value(&method).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "id": "did:plc:abc#atproto",
            "type": "Multikey",
            "controller": "did:plc:abc",
            "publicKeyMultibase": public.to_multikey(),
        })
    );
    let parsed: VerificationMethod = serde_json::from_value(json).unwrap();
    assert_eq!(parsed.public_key().unwrap(), public);

    let legacy = VerificationMethod {
        kind: Algorithm::K256.legacy_verification_method_type().to_owned(),
        public_key_multibase: Some(multibase::encode(&public.to_compressed_bytes())),
        ..method.clone()
    };
    assert_eq!(legacy.public_key().unwrap(), public);

    let wrong = VerificationMethod {
        kind: "JsonWebKey2020".to_owned(),
        ..method.clone()
    };
    assert_eq!(
        wrong.public_key(),
        Err(CryptoError::UnsupportedVerificationMethod(
            "JsonWebKey2020".to_owned()
        ))
    );
    let missing = VerificationMethod {
        public_key_multibase: None,
        ..method
    };
    assert_eq!(
        missing.public_key(),
        Err(CryptoError::MissingPublicKeyMultibase)
    );
}
