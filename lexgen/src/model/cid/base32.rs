//! RFC 4648 base32, lower-case alphabet, no padding: the string form of CIDs after the `b` prefix.

const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

/// Number of characters needed for `len` bytes.
pub(super) const fn encoded_len(len: usize) -> usize {
    (len * 8).div_ceil(5)
}

/// Encodes `input` into `out`, which must be exactly [`encoded_len`] long.
pub(super) fn encode(input: &[u8], out: &mut [u8]) {
    let mut acc: u32 = 0;
    let mut bits = 0;
    let mut chars = out.iter_mut();
    for &byte in input {
        acc = (acc << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            if let Some(c) = chars.next() {
                *c = ALPHABET[((acc >> bits) & 31) as usize];
            }
        }
    }
    if bits > 0
        && let Some(c) = chars.next()
    {
        *c = ALPHABET[((acc << (5 - bits)) & 31) as usize];
    }
}

/// Decodes lower-case unpadded base32; `None` for any other character, an impossible length,
/// or non-zero trailing bits (so every byte string has exactly one accepted encoding).
pub(super) fn decode(input: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(input.len() * 5 / 8);
    decode_with(input, |b| out.push(b))?;
    Some(out)
}

/// [`decode`] into an array, for an `input` that decodes to exactly `N` bytes (else `None`):
/// the same result without allocating.
pub(super) fn decode_array<const N: usize>(input: &str) -> Option<[u8; N]> {
    if input.len() * 5 / 8 != N {
        return None;
    }
    let mut out = [0u8; N];
    let mut at = 0;
    decode_with(input, |b| {
        if let Some(slot) = out.get_mut(at) {
            *slot = b;
        }
        at += 1;
    })?;
    (at == N).then_some(out)
}

/// The value of each base32 digit (`a`–`z`, `2`–`7`), [`INVALID`] for other bytes.
const DIGITS: [u8; 256] = {
    let mut table = [INVALID; 256];
    let mut i = 0;
    while i < 26 {
        table[b'a' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        table[b'2' as usize + i] = 26 + i as u8;
        i += 1;
    }
    table
};
const INVALID: u8 = 0xff;

fn decode_with(input: &str, mut push: impl FnMut(u8)) -> Option<()> {
    if matches!(input.len() % 8, 1 | 3 | 6) {
        return None;
    }
    let bytes = input.as_bytes();
    // Whole groups of eight digits are five bytes; the rest goes bit by bit.
    let mut groups = bytes.chunks_exact(8);
    for group in groups.by_ref() {
        let mut word: u64 = 0;
        let mut invalid = 0;
        for &c in group {
            let value = DIGITS[usize::from(c)];
            invalid |= value;
            word = word << 5 | u64::from(value & 31);
        }
        if invalid & 0x80 != 0 {
            return None;
        }
        for shift in [32, 24, 16, 8, 0] {
            push((word >> shift) as u8);
        }
    }
    let mut acc: u32 = 0;
    let mut bits = 0;
    for &c in groups.remainder() {
        let value = match DIGITS[usize::from(c)] {
            INVALID => return None,
            value => value,
        };
        acc = ((acc << 5) | u32::from(value)) & 0xffff;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            push((acc >> bits) as u8);
        }
    }
    if acc & ((1 << bits) - 1) != 0 {
        return None;
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(input: &[u8]) -> String {
        let mut out = vec![0; encoded_len(input.len())];
        encode(input, &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn rfc4648_vectors() {
        for (raw, b32) in [
            ("", ""),
            ("f", "my"),
            ("fo", "mzxq"),
            ("foo", "mzxw6"),
            ("foob", "mzxw6yq"),
            ("fooba", "mzxw6ytb"),
            ("foobar", "mzxw6ytboi"),
        ] {
            assert_eq!(enc(raw.as_bytes()), b32);
            assert_eq!(decode(b32).unwrap(), raw.as_bytes());
        }
    }

    #[test]
    fn rejects_non_canonical() {
        assert!(decode("mz").is_none()); // trailing bits set
        assert!(decode("m").is_none()); // impossible length
        assert!(decode("MY").is_none()); // upper case
        assert!(decode("my=").is_none()); // padding
    }

    #[test]
    fn whole_groups_and_arrays_agree_with_the_bit_loop() {
        let data: Vec<u8> = (0..36u8)
            .map(|i| i.wrapping_mul(151).wrapping_add(7))
            .collect();
        for len in 0..=36 {
            let text = enc(&data[..len]);
            assert_eq!(decode(&text).unwrap(), &data[..len], "{text}");
        }
        let text = enc(&data);
        assert_eq!(
            decode_array::<36>(&text),
            Some(<[u8; 36]>::try_from(&data[..]).unwrap())
        );
        assert_eq!(decode_array::<35>(&text), None);
        for (i, bad) in [(0, b'A'), (7, b'1'), (20, b'='), (57, b'8')] {
            let mut bytes = text.clone().into_bytes();
            bytes[i] = bad;
            let bad = String::from_utf8(bytes).unwrap();
            assert!(
                decode(&bad).is_none() && decode_array::<36>(&bad).is_none(),
                "{bad}"
            );
        }
    }
}
