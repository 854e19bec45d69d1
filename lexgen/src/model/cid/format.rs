//! The Lexicon `cid` string format: any CID (any version-1 codec and multihash), not only blessed ones.

use super::{Cid, CidError, base32};

/// The longest CID string the format accepts (a CIDv1 with a sha2-512 digest is 110 characters in
/// base32); longer input is refused before decoding, as the reference does.
const MAX_LEN: usize = 128;

/// Multibase prefixes checked for syntax only: those of the interop vectors' valid CIDs that the
/// reference does not decode (base8 `7…`, base16 `f…` and base64 `m…` in `cid_syntax_valid.txt`).
const SYNTAX_ONLY_MULTIBASES: &[u8] = b"7fm";

const BASE58BTC: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const BASE36: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";

impl Cid {
    /// Checks the Lexicon `cid` string format: a CID in any codec and multihash, as the data
    /// model's links stay blessed but a `cid` string names any content.
    ///
    /// The text must pass [`Cid::check_syntax`] and be at most 128 characters. In the multibases
    /// the reference decodes (base32 `b…`, base58btc `z…`, base36 `k…`) it must decode to a
    /// CIDv1: a varint version 1, a varint codec, and a multihash whose digest is exactly as long
    /// as it says, with nothing after it. A CIDv0 (`Qm…`) is refused, as the interop vectors
    /// require. Other multibase prefixes are checked for syntax only, as the vectors do.
    pub fn check_format(s: &str) -> Result<(), CidError> {
        Cid::check_syntax(s)?;
        if s.len() > MAX_LEN {
            return Err(CidError::Syntax);
        }
        let (prefix, rest) = s.split_at(1);
        let bytes = match prefix.as_bytes()[0] {
            b'Q' => return Err(CidError::Version0),
            b'b' => base32::decode(rest.trim_end_matches('=')),
            b'z' => base_x(rest, BASE58BTC),
            b'k' => base_x(rest, BASE36),
            other if SYNTAX_ONLY_MULTIBASES.contains(&other) => return Ok(()),
            _ => return Err(CidError::Multibase),
        };
        let bytes = bytes.ok_or(CidError::Multibase)?;
        check_binary(&bytes)
    }

    /// Whether `s` is a CIDv0: base58btc, no multibase prefix, of a sha2-256 multihash
    /// (`Qm…`). Refused by [`Cid::check_format`]; lenient validation reads it in legacy records.
    pub fn is_cid_v0(s: &str) -> bool {
        s.len() == 46
            && s.starts_with("Qm")
            && base_x(s, BASE58BTC).is_some_and(|b| b.len() == 34 && b[..2] == [0x12, 0x20])
    }
}

/// A binary CIDv1: version, codec, multihash code, digest length, digest, nothing more.
fn check_binary(bytes: &[u8]) -> Result<(), CidError> {
    let mut at = bytes;
    match varint(&mut at) {
        Some(1) => {}
        Some(0x12) => return Err(CidError::Version0),
        _ => return Err(CidError::NotCidV1),
    }
    let lengths = (|| {
        let _codec = varint(&mut at)?;
        let _hash = varint(&mut at)?;
        varint(&mut at)
    })();
    match lengths {
        Some(len) if usize::try_from(len).ok() == Some(at.len()) => Ok(()),
        _ => Err(CidError::NotCidV1),
    }
}

/// An unsigned LEB128 varint of at most 8 bytes (the reference's limit), advancing `at`.
fn varint(at: &mut &[u8]) -> Option<u64> {
    let mut value: u64 = 0;
    for (i, &byte) in at.iter().enumerate().take(8) {
        value |= u64::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            *at = &at[i + 1..];
            return Some(value);
        }
    }
    None
}

/// Decodes a base-x string (base58btc, base36): big-endian digits of `alphabet`, each leading
/// zero digit a leading zero byte. `None` on any other character.
fn base_x(text: &str, alphabet: &[u8]) -> Option<Vec<u8>> {
    let base = alphabet.len() as u32;
    let zeros = text.bytes().take_while(|&c| c == alphabet[0]).count();
    // Little-endian base-256 digits of the number so far.
    let mut number: Vec<u8> = Vec::with_capacity(text.len());
    for c in text.bytes().skip(zeros) {
        let mut carry = alphabet.iter().position(|&a| a == c)? as u32;
        for byte in &mut number {
            carry += u32::from(*byte) * base;
            *byte = carry as u8;
            carry >>= 8;
        }
        while carry > 0 {
            number.push(carry as u8);
            carry >>= 8;
        }
    }
    let mut out = vec![0u8; zeros];
    out.extend(number.iter().rev());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::Cid;

    #[test]
    fn any_cidv1_in_the_decoded_multibases() {
        for ok in [
            // dag-pb, sha2-256 (listed valid in the interop vectors)
            "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
            "zdj7WWeQ43G6JJvLWQWZpyHuAMq6uYWRjkBXFad11vE2LHhQ7",
            // raw, identity hash of nothing
            "bafkqaaa",
            // padding is tolerated, as the reference's base32 decoder does
            "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi=",
            // other multibases: syntax only, as the vectors
            "f017012202c5f688262e0ece8569aa6f94d60aad55ca8d9d83734e4a7430d0cff6588ec2b",
            "mBcDxtdWx0aWhhc2g+",
        ] {
            assert_eq!(Cid::check_format(ok), Ok(()), "{ok}");
        }
        for bad in [
            "QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR",
            "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzd",
            "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdiaa",
            "BAFYBEIGDYRZT5SFP7UDM7HU76UH7Y26NF3EFUYLQABF3OCLGTQY55FBZDI0",
            "abcdefghij",
            "z7x3CtScH765HvShXT",
        ] {
            assert!(Cid::check_format(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn cid_v0() {
        assert!(Cid::is_cid_v0(
            "QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR"
        ));
        assert!(!Cid::is_cid_v0(
            "QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMn"
        ));
        assert!(!Cid::is_cid_v0(
            "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"
        ));
    }
}
