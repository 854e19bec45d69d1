//! `Tid`: timestamp identifiers (13 base32-sortable characters) and a process-wide monotonic generator.

use std::fmt;
use std::hash::{BuildHasher, Hasher};
use std::str::FromStr;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use super::SyntaxError;

const ALPHABET: &[u8; 32] = b"234567abcdefghijklmnopqrstuvwxyz";
const LEN: usize = 13;
const CLOCK_ID_BITS: u32 = 10;
const CLOCK_ID_MASK: u64 = (1 << CLOCK_ID_BITS) - 1;

/// A TID: 53 bits of microseconds since the Unix epoch and a 10-bit clock id, written as 13 characters
/// that sort like the number. Stored as the number, so it is `Copy` and compares numerically.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tid(u64);

impl Tid {
    /// The TID of a timestamp (µs since the epoch; only the low 53 bits are kept) and clock id (low 10 bits).
    pub fn from_parts(timestamp_micros: u64, clock_id: u16) -> Self {
        let timestamp = timestamp_micros & ((1 << 53) - 1);
        Self((timestamp << CLOCK_ID_BITS) | (u64::from(clock_id) & CLOCK_ID_MASK))
    }

    /// The TID whose integer form is `value`. Any u64 has a 13-character form.
    pub fn from_u64(value: u64) -> Self {
        Self(value)
    }

    /// The integer form.
    pub fn as_u64(self) -> u64 {
        self.0
    }

    /// Microseconds since the Unix epoch.
    pub fn timestamp_micros(self) -> u64 {
        self.0 >> CLOCK_ID_BITS
    }

    /// The clock id (0–1023) that distinguishes generators writing at the same microsecond.
    pub fn clock_id(self) -> u16 {
        (self.0 & CLOCK_ID_MASK) as u16
    }

    /// A fresh TID from the process-wide generator: later than every TID it returned before.
    pub fn now() -> Self {
        TidGenerator::global().next()
    }

    /// A fresh TID from the process-wide generator that is also strictly greater than `previous`
    /// (a repository revision must increase even if the clock went backwards or another host wrote it).
    pub fn next_after(previous: Tid) -> Self {
        TidGenerator::global().next_after(previous)
    }

    fn check(text: &str) -> Result<u64, SyntaxError> {
        let fail = |reason: &str| Err(SyntaxError::new("tid", reason));
        let bytes = text.as_bytes();
        if bytes.len() != LEN {
            return fail("must be 13 characters");
        }
        let mut value: u64 = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let Some(digit) = ALPHABET.iter().position(|&a| a == b) else {
                return fail("has a character outside 234567a-z");
            };
            // 13 characters carry 65 bits: the first may only use its low four.
            if i == 0 && digit >= 16 {
                return fail("first character must be one of 234567abcdefghij");
            }
            value = (value << 5) | digit as u64;
        }
        Ok(value)
    }
}

impl FromStr for Tid {
    type Err = SyntaxError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::check(text).map(Self)
    }
}

impl fmt::Display for Tid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = [0u8; LEN];
        let mut value = self.0;
        for slot in out.iter_mut().rev() {
            *slot = ALPHABET[(value & 31) as usize];
            value >>= 5;
        }
        // Every byte comes from ALPHABET, which is ASCII.
        f.write_str(std::str::from_utf8(&out).map_err(|_| fmt::Error)?)
    }
}

impl fmt::Debug for Tid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Tid({self})")
    }
}

impl serde::Serialize for Tid {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Tid {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Hands out TIDs that strictly increase, from the wall clock, with one clock id for its lifetime.
pub struct TidGenerator {
    clock_id: u16,
    last: AtomicU64,
}

impl TidGenerator {
    /// A generator with the given clock id (low 10 bits used).
    pub fn new(clock_id: u16) -> Self {
        Self {
            clock_id: clock_id & CLOCK_ID_MASK as u16,
            last: AtomicU64::new(0),
        }
    }

    /// The process-wide generator, with a clock id chosen at random on first use.
    pub fn global() -> &'static TidGenerator {
        static GLOBAL: OnceLock<TidGenerator> = OnceLock::new();
        GLOBAL.get_or_init(|| {
            let random = std::collections::hash_map::RandomState::new()
                .build_hasher()
                .finish();
            TidGenerator::new((random & CLOCK_ID_MASK) as u16)
        })
    }

    /// This generator's clock id.
    pub fn clock_id(&self) -> u16 {
        self.clock_id
    }

    /// The next TID: the current time in µs, or one µs past the last one handed out if the clock has not moved on.
    pub fn next(&self) -> Tid {
        self.next_at_least(0)
    }

    /// The next TID, also strictly greater than `previous` in timestamp.
    pub fn next_after(&self, previous: Tid) -> Tid {
        self.next_at_least(previous.timestamp_micros().saturating_add(1))
    }

    fn next_at_least(&self, floor_micros: u64) -> Tid {
        let now = now_micros().max(floor_micros);
        let mut last = self.last.load(Ordering::Relaxed);
        loop {
            let candidate = now.max(last.saturating_add(1));
            match self.last.compare_exchange_weak(
                last,
                candidate,
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                Ok(_) => return Tid::from_parts(candidate, self.clock_id),
                Err(actual) => last = actual,
            }
        }
    }
}

fn now_micros() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_micros() as u64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_round_trip() {
        for text in [
            "3jzfcijpj2z2a",
            "7777777777777",
            "2222222222222",
            "jzzzzzzzzzzzz",
        ] {
            let tid: Tid = text.parse().unwrap();
            assert_eq!(tid.to_string(), text);
        }
    }

    #[test]
    fn parts_round_trip() {
        let tid = Tid::from_parts(1_700_000_000_123_456, 42);
        assert_eq!(tid.timestamp_micros(), 1_700_000_000_123_456);
        assert_eq!(tid.clock_id(), 42);
        assert_eq!(tid.to_string().parse::<Tid>().unwrap(), tid);
    }

    #[test]
    fn text_order_is_numeric_order() {
        let a = Tid::from_parts(1_000, 5);
        let b = Tid::from_parts(1_001, 0);
        assert!(a < b && a.to_string() < b.to_string());
    }

    #[test]
    fn generator_is_strictly_monotonic() {
        let generator = TidGenerator::new(7);
        let mut previous = generator.next();
        for _ in 0..10_000 {
            let next = generator.next();
            assert!(next > previous);
            assert_eq!(next.clock_id(), 7);
            previous = next;
        }
    }

    #[test]
    fn next_after_a_future_tid() {
        let far_future = Tid::from_parts(now_micros() + 3_600_000_000, 0);
        let next = Tid::next_after(far_future);
        assert!(next > far_future);
        assert!(
            Tid::now() > next,
            "the generator remembers what it handed out"
        );
    }
}
