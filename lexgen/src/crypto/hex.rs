//! Lowercase hex for private keys in configuration files (the reference PDS's `*_PRIVATE_KEY_HEX`).

use super::CryptoError;

const DIGITS: &[u8; 16] = b"0123456789abcdef";

/// Lowercase hex of `bytes`.
pub(crate) fn encode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        text.push(char::from(DIGITS[usize::from(byte >> 4)]));
        text.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    text
}

/// Decodes hex (either case) into exactly `out.len()` bytes.
pub(crate) fn decode_into(text: &str, out: &mut [u8]) -> Result<(), CryptoError> {
    let text = text.as_bytes();
    if text.len() != out.len() * 2 {
        return Err(CryptoError::InvalidHex(if text.len() % 2 == 1 {
            "odd number of digits"
        } else {
            "wrong length"
        }));
    }
    for (byte, pair) in out.iter_mut().zip(text.chunks_exact(2)) {
        *byte = (digit(pair[0])? << 4) | digit(pair[1])?;
    }
    Ok(())
}

fn digit(c: u8) -> Result<u8, CryptoError> {
    match c {
        b'0'..=b'9' => Ok(c - b'0'),
        b'a'..=b'f' => Ok(c - b'a' + 10),
        b'A'..=b'F' => Ok(c - b'A' + 10),
        _ => Err(CryptoError::InvalidHex("not a hex digit")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_errors() {
        let bytes = [0x00, 0x0f, 0xa5, 0xff];
        assert_eq!(encode(&bytes), "000fa5ff");
        let mut out = [0u8; 4];
        decode_into("000FA5ff", &mut out).unwrap();
        assert_eq!(out, bytes);
        assert!(decode_into("000fa5f", &mut out).is_err());
        assert!(decode_into("000fa5ff00", &mut out).is_err());
        assert!(decode_into("000fa5fg", &mut out).is_err());
        assert!(decode_into("000fa5\u{e9}", &mut out).is_err());
    }
}
