//! The ISO 8601 datetimes that lenient mode accepts beyond the strict atproto profile.
//!
//! The reference implementation (`@atproto/lexicon`) checks `datetime` with an ISO 8601 validator
//! first, so legacy records carry datetimes the atproto profile rejects. Lenient mode accepts:
//! a calendar date and a time with seconds, optional fraction (1–9 digits), and an optional
//! timezone `Z`, `±HH:MM` or `±HHMM` (so no timezone at all is accepted); the extended
//! (`2023-10-30T22:25:23`) or the basic (`20231030T222523`) form; second `60` (leap second).
//! Dates must exist (Feb 29 only in leap years, and not in year 0); upper-case `T` and `Z` only.
//! An offset outside the strict profile must be one the reference's ISO 8601 checker knows: a
//! real-world offset (`+05:30`, `+05:45`, `-09:30`, …, never `-00:00`), so that lenient mode never
//! accepts what the reference rejects.

/// Whether `s` is one of the lenient datetime forms described in the module doc.
pub(crate) fn is_lenient_datetime(s: &str) -> bool {
    let mut cursor = Cursor {
        b: s.as_bytes(),
        at: 0,
    };
    cursor.datetime().is_some() && cursor.at == s.len()
}

struct Cursor<'a> {
    b: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn digits(&mut self, len: usize) -> Option<u32> {
        let digits = self.b.get(self.at..self.at + len)?;
        if !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        self.at += len;
        Some(digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    }

    fn eat(&mut self, c: u8) -> bool {
        let found = self.b.get(self.at) == Some(&c);
        if found {
            self.at += 1;
        }
        found
    }

    fn sep(&mut self, extended: bool, c: u8) -> Option<()> {
        (!extended || self.eat(c)).then_some(())
    }

    fn datetime(&mut self) -> Option<()> {
        let year = self.digits(4)?;
        let extended = self.b.get(self.at) == Some(&b'-');
        self.sep(extended, b'-')?;
        let month = self.digits(2)?;
        self.sep(extended, b'-')?;
        let day = self.digits(2)?;
        self.eat(b'T').then_some(())?;
        let hour = self.digits(2)?;
        self.sep(extended, b':')?;
        let minute = self.digits(2)?;
        self.sep(extended, b':')?;
        let second = self.digits(2)?;
        if self.eat(b'.') {
            let start = self.at;
            while self.b.get(self.at).is_some_and(u8::is_ascii_digit) {
                self.at += 1;
            }
            if !(1..=9).contains(&(self.at - start)) {
                return None;
            }
        }
        if !self.eat(b'Z') {
            let plus = self.eat(b'+');
            if plus || self.eat(b'-') {
                let offset_hour = self.digits(2)?;
                self.eat(b':');
                let offset_minute = self.digits(2)?;
                if !known_offset(plus, offset_hour, offset_minute) {
                    return None;
                }
            }
        }
        let valid = (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day)
            && hour <= 23
            && minute <= 59
            && second <= 60;
        valid.then_some(())
    }
}

/// The UTC offsets the reference's ISO 8601 checker (`iso-datestring-validator`) accepts: east
/// up to +14:00 and west up to −12:00, on the hours and half hours real zones use, and the
/// quarter hours of +05:45, +08:45 and +12:45 (no `-00:00`).
fn known_offset(plus: bool, hour: u32, minute: u32) -> bool {
    let (tens, ones) = (hour / 10, hour % 10);
    if plus {
        let by_ones = match ones {
            0 | 3 | 4 | 6 | 9 => matches!(minute, 0 | 30),
            1 | 7 => minute == 0,
            2 | 8 => matches!(minute, 0 | 45),
            5 => matches!(minute, 0 | 30 | 45),
            _ => false,
        };
        let by_tens = match tens {
            0 => (ones != 2 || minute != 45) && (ones != 0 || minute != 30),
            1 => match ones {
                0 | 1 => true,
                2 => matches!(minute, 0 | 45),
                3 | 4 => minute == 0,
                _ => false,
            },
            _ => false,
        };
        by_ones && by_tens
    } else {
        let by_tens = match tens {
            0 => ones != 0,
            1 => ones <= 2,
            _ => false,
        };
        let by_ones = match ones {
            3 | 9 => matches!(minute, 0 | 30),
            _ => minute == 0,
        };
        by_tens && by_ones
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        // Year 0 is not a leap year for the reference's checker.
        2 if year > 0
            && year.is_multiple_of(4)
            && (!year.is_multiple_of(100) || year.is_multiple_of(400)) =>
        {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lenient_forms() {
        for ok in [
            "2023-10-30T22:25:23",
            "2023-10-30T22:25:23.123",
            "2023-10-30T22:25:23+0000",
            "2023-10-30T22:25:23-07:00",
            "2023-10-30T22:25:23+0545",
            "2023-10-30T22:25:23-0930",
            "20231030T222523Z",
            "2023-10-30T22:25:60Z",
            "2024-02-29T00:00:00",
            "2023-10-30T22:25:23.123456789Z",
        ] {
            assert!(is_lenient_datetime(ok), "{ok}");
        }
        for bad in [
            "2023-10-30",
            "2023-10-30T22:25Z",
            "2023-10-30 22:25:23Z",
            "2023-10-30t22:25:23z",
            "2023-02-29T00:00:00Z",
            "2023-13-01T00:00:00Z",
            "2023-10-30T22:25:23+01",
            "2023-10-30T22:25:23-00:00",
            "2023-10-30T22:25:23+0217",
            "2023-10-30T22:25:23-0530",
            "2023-10-30T22:25:23+1500",
            "0000-02-29T00:00:00",
            "2023-10-30T22:25:23.Z",
            "2023-10-30T22:25:23.1234567890Z",
            "yesterday",
            "",
        ] {
            assert!(!is_lenient_datetime(bad), "{bad}");
        }
    }
}
