//! Multibase base58btc (`z` + base58, bitcoin alphabet): the text form of multikeys and key bytes.

use super::{CryptoError, Zeroizing};

/// The multibase prefix of base58btc.
const BASE58BTC_PREFIX: char = 'z';

/// The longest multibase string accepted for a key. Base58 decoding is quadratic in the input,
/// so untrusted strings (DID documents, JWT headers) are bounded before decoding. The longest
/// legitimate input, a multicodec-prefixed uncompressed point (67 bytes), takes 92 characters.
const MAX_LEN: usize = 128;

/// `z` + base58btc of `bytes`.
pub(crate) fn encode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(1 + bytes.len() * 138 / 100 + 1);
    text.push(BASE58BTC_PREFIX);
    text.push_str(&bs58::encode(bytes).into_string());
    text
}

/// The bytes of a `z`-prefixed base58btc string. Zeroized on drop, since private keys pass here too.
pub(crate) fn decode(text: &str) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    let body = text
        .strip_prefix(BASE58BTC_PREFIX)
        .ok_or(CryptoError::NotBase58Btc)?;
    if text.len() > MAX_LEN {
        return Err(CryptoError::MultibaseTooLong(text.len()));
    }
    bs58::decode(body)
        .into_vec()
        .map(Zeroizing::new)
        .map_err(|_| CryptoError::InvalidBase58)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let bytes = [0u8, 0, 1, 2, 3, 255];
        let text = encode(&bytes);
        assert!(
            text.starts_with("z11"),
            "leading zero bytes become '1': {text}"
        );
        assert_eq!(decode(&text).unwrap().as_slice(), bytes);
    }

    #[test]
    fn rejects_other_bases_and_bad_text() {
        assert_eq!(decode("f00ff"), Err(CryptoError::NotBase58Btc));
        assert_eq!(decode(""), Err(CryptoError::NotBase58Btc));
        assert_eq!(decode("z0OIl"), Err(CryptoError::InvalidBase58));
        let long = format!("z{}", "2".repeat(MAX_LEN));
        assert_eq!(
            decode(&long),
            Err(CryptoError::MultibaseTooLong(MAX_LEN + 1))
        );
    }
}
