//! did:plc identifiers: derived from the signed genesis operation, and their syntax.

use lexgen::model::Did;
use sha2::{Digest, Sha256};

use super::PlcError;

/// Length of the identifier after `did:plc:`.
pub(crate) const PLC_IDENTIFIER_LEN: usize = 24;

const PREFIX: &str = "did:plc:";
const BASE32_LOWER: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

/// The DID of a genesis operation: `did:plc:` + the first 24 characters of the lowercase,
/// unpadded RFC 4648 base32 of SHA-256 over the **signed** operation's DAG-CBOR bytes.
pub(crate) fn did_for_signed_genesis(signed_dag_cbor: &[u8]) -> Result<Did, PlcError> {
    let digest = Sha256::digest(signed_dag_cbor);
    let mut text = String::with_capacity(PREFIX.len() + PLC_IDENTIFIER_LEN);
    text.push_str(PREFIX);
    text.extend(base32_lower(&digest).chars().take(PLC_IDENTIFIER_LEN));
    // Always valid: the base32 alphabet is inside the DID identifier alphabet.
    Did::try_from(text).map_err(|e| PlcError::BadDid(e.to_string()))
}

/// Parses a did:plc: `did:plc:` followed by exactly 24 characters of the base32 alphabet
/// (`a-z`, `2-7`), lowercase.
pub(crate) fn parse_plc_did(text: &str) -> Result<Did, PlcError> {
    let Some(identifier) = text.strip_prefix(PREFIX) else {
        return Err(PlcError::BadDid(format!(
            "{text:?} does not start with `did:plc:`"
        )));
    };
    if identifier.len() != PLC_IDENTIFIER_LEN {
        return Err(PlcError::BadDid(format!(
            "identifier must be {PLC_IDENTIFIER_LEN} characters, got {}",
            identifier.len()
        )));
    }
    if !identifier.bytes().all(|b| BASE32_LOWER.contains(&b)) {
        return Err(PlcError::BadDid(
            "identifier must use the lowercase base32 alphabet (a-z, 2-7)".into(),
        ));
    }
    Did::try_from(text).map_err(|e| PlcError::BadDid(e.to_string()))
}

/// Lowercase RFC 4648 base32 without padding.
fn base32_lower(bytes: &[u8]) -> String {
    let mut out = String::with_capacity((bytes.len() * 8).div_ceil(5));
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    for &byte in bytes {
        acc = (acc << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(BASE32_LOWER[((acc >> bits) & 31) as usize]));
        }
        acc &= (1 << bits) - 1;
    }
    if bits > 0 {
        out.push(char::from(
            BASE32_LOWER[((acc << (5 - bits)) & 31) as usize],
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_matches_rfc4648_vectors() {
        // RFC 4648 §10, lowercased, padding removed.
        for (input, expected) in [
            ("", ""),
            ("f", "my"),
            ("fo", "mzxq"),
            ("foo", "mzxw6"),
            ("foob", "mzxw6yq"),
            ("fooba", "mzxw6ytb"),
            ("foobar", "mzxw6ytboi"),
        ] {
            assert_eq!(base32_lower(input.as_bytes()), expected, "{input:?}");
        }
    }

    #[test]
    fn did_is_prefix_of_base32_sha256() {
        let did = did_for_signed_genesis(b"hello").unwrap();
        // base32(sha256("hello")), computed independently with Python's base64.b32encode.
        assert_eq!(did.as_str(), "did:plc:ftze3os7wcrq4jxihmvmlopc");
        assert!(parse_plc_did(did.as_str()).is_ok());
    }

    #[test]
    fn plc_did_syntax() {
        assert!(parse_plc_did("did:plc:ewvi7nxzyoun6zhxrhs64oiz").is_ok());
        for bad in [
            "did:web:example.com",
            "did:plc:ewvi7nxzyoun6zhxrhs64oi",
            "did:plc:ewvi7nxzyoun6zhxrhs64oizz",
            "did:plc:EWVI7NXZYOUN6ZHXRHS64OIZ",
            "did:plc:ewvi7nxzyoun6zhxrhs64oi1",
            "did:plc:ewvi7nxzyoun6zhxrhs64oi0",
        ] {
            assert!(parse_plc_did(bad).is_err(), "{bad}");
        }
    }
}
