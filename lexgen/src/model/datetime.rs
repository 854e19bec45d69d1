//! `Datetime`: the strict atproto profile of RFC 3339 (and ISO 8601), with conversion to a timestamp.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use super::SyntaxError;

/// A datetime such as `1985-04-12T23:20:50.123Z`: four-digit year, uppercase `T` and `Z`, seconds required,
/// any number of fractional digits, a timezone (`Z` or `±HH:MM`, never `-00:00`), and an instant no earlier
/// than year 0. Keeps the text as written and the instant in microseconds (sub-microsecond digits truncated).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Datetime {
    text: Arc<str>,
    micros: i64,
}

const MICROS_PER_SECOND: i64 = 1_000_000;
const SECONDS_PER_DAY: i64 = 86_400;
/// Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar, for the civil-date algorithm.
const DAYS_0000_03_01_TO_EPOCH: i64 = 719_468;
const LONGEST: usize = 64;

impl Datetime {
    /// The instant in microseconds since the Unix epoch (negative before 1970).
    pub fn timestamp_micros(&self) -> i64 {
        self.micros
    }

    /// Checks `text` without keeping it (no allocation), e.g. for validation.
    pub fn check_str(text: &str) -> Result<(), SyntaxError> {
        Self::parse(text).map(drop)
    }

    /// The text as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The current time, written with millisecond precision as clients usually do.
    pub fn now() -> Self {
        let micros = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_micros() as i64)
            .unwrap_or(0);
        Self::from_timestamp_micros((micros / 1000) * 1000)
    }

    /// The UTC datetime of an instant: `.mmmZ` when it falls on a millisecond, `.uuuuuuZ` otherwise.
    /// Instants before year 0 are clamped to `0000-01-01T00:00:00.000Z`.
    pub fn from_timestamp_micros(micros: i64) -> Self {
        let micros = micros.max(days_from_civil(0, 1, 1) * SECONDS_PER_DAY * MICROS_PER_SECOND);
        let seconds = micros.div_euclid(MICROS_PER_SECOND);
        let fraction = micros.rem_euclid(MICROS_PER_SECOND);
        let (year, month, day) = civil_from_days(seconds.div_euclid(SECONDS_PER_DAY));
        let second_of_day = seconds.rem_euclid(SECONDS_PER_DAY);
        let (hour, minute, second) = (
            second_of_day / 3600,
            second_of_day / 60 % 60,
            second_of_day % 60,
        );
        let fraction = if fraction % 1000 == 0 {
            format!("{:03}", fraction / 1000)
        } else {
            format!("{fraction:06}")
        };
        let text =
            format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}.{fraction}Z");
        Self {
            text: text.into(),
            micros,
        }
    }

    fn parse(text: &str) -> Result<i64, SyntaxError> {
        let fail = |reason: &str| SyntaxError::new("datetime", reason);
        if text.len() > LONGEST {
            return Err(fail("longer than 64 characters"));
        }
        let mut cursor = Cursor {
            bytes: text.as_bytes(),
            at: 0,
        };
        let year = cursor
            .digits(4)
            .ok_or_else(|| fail("year must be four digits"))?;
        cursor
            .expect(b'-')
            .ok_or_else(|| fail("expected `-` after the year"))?;
        let month = cursor
            .digits(2)
            .ok_or_else(|| fail("month must be two digits"))?;
        cursor
            .expect(b'-')
            .ok_or_else(|| fail("expected `-` after the month"))?;
        let day = cursor
            .digits(2)
            .ok_or_else(|| fail("day must be two digits"))?;
        cursor
            .expect(b'T')
            .ok_or_else(|| fail("expected an uppercase `T` between date and time"))?;
        let hour = cursor
            .digits(2)
            .ok_or_else(|| fail("hour must be two digits"))?;
        cursor
            .expect(b':')
            .ok_or_else(|| fail("expected `:` after the hour"))?;
        let minute = cursor
            .digits(2)
            .ok_or_else(|| fail("minute must be two digits"))?;
        cursor
            .expect(b':')
            .ok_or_else(|| fail("expected `:` after the minute (seconds are required)"))?;
        let second = cursor
            .digits(2)
            .ok_or_else(|| fail("second must be two digits"))?;
        let mut fraction_micros = 0;
        if cursor.expect(b'.').is_some() {
            let digits = cursor.digit_run();
            if digits.is_empty() {
                return Err(fail("expected digits after `.`"));
            }
            for (i, d) in digits.iter().take(6).enumerate() {
                fraction_micros += i64::from(d - b'0') * 10_i64.pow(5 - i as u32);
            }
        }
        let offset_minutes = match cursor.next() {
            Some(b'Z') => 0,
            Some(sign @ (b'+' | b'-')) => {
                let oh = cursor
                    .digits(2)
                    .ok_or_else(|| fail("offset hour must be two digits"))?;
                cursor
                    .expect(b':')
                    .ok_or_else(|| fail("offset must be written ±HH:MM"))?;
                let om = cursor
                    .digits(2)
                    .ok_or_else(|| fail("offset minute must be two digits"))?;
                if oh > 23 || om > 59 {
                    return Err(fail("offset out of range"));
                }
                if sign == b'-' && oh == 0 && om == 0 {
                    return Err(fail("`-00:00` is not allowed"));
                }
                let minutes = oh * 60 + om;
                if sign == b'-' { -minutes } else { minutes }
            }
            _ => return Err(fail("a timezone (`Z` or `±HH:MM`) is required")),
        };
        if !cursor.done() {
            return Err(fail("unexpected text after the timezone"));
        }
        if !(1..=12).contains(&month) {
            return Err(fail("month out of range"));
        }
        if day < 1 || day > days_in_month(year, month) {
            return Err(fail("day out of range for the month"));
        }
        if hour > 23 || minute > 59 || second > 59 {
            return Err(fail("time of day out of range"));
        }
        let days = days_from_civil(year, month, day);
        let seconds =
            days * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second - offset_minutes * 60;
        if seconds < days_from_civil(0, 1, 1) * SECONDS_PER_DAY {
            return Err(fail("the instant falls before year 0"));
        }
        Ok(seconds * MICROS_PER_SECOND + fraction_micros)
    }
}

/// A tiny byte cursor for the fixed-layout grammar above.
struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn next(&mut self) -> Option<u8> {
        let byte = self.bytes.get(self.at).copied();
        self.at += 1;
        byte
    }

    fn expect(&mut self, want: u8) -> Option<()> {
        (self.bytes.get(self.at) == Some(&want)).then(|| self.at += 1)
    }

    /// Exactly `count` ASCII digits, not followed by another digit.
    fn digits(&mut self, count: usize) -> Option<i64> {
        let run = self.digit_run();
        if run.len() != count {
            return None;
        }
        Some(run.iter().fold(0, |n, d| n * 10 + i64::from(d - b'0')))
    }

    fn digit_run(&mut self) -> &[u8] {
        let start = self.at;
        while self.bytes.get(self.at).is_some_and(u8::is_ascii_digit) {
            self.at += 1;
        }
        &self.bytes[start..self.at]
    }

    fn done(&self) -> bool {
        self.at == self.bytes.len()
    }
}

fn is_leap_year(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - DAYS_0000_03_01_TO_EPOCH
}

/// The inverse of [`days_from_civil`].
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let days = days + DAYS_0000_03_01_TO_EPOCH;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl FromStr for Datetime {
    type Err = SyntaxError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let micros = Self::parse(text)?;
        Ok(Self {
            text: text.into(),
            micros,
        })
    }
}

impl PartialOrd for Datetime {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Datetime {
    /// Chronological, then by text for different spellings of one instant.
    fn cmp(&self, other: &Self) -> Ordering {
        self.micros
            .cmp(&other.micros)
            .then_with(|| self.text.cmp(&other.text))
    }
}

impl fmt::Display for Datetime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl fmt::Debug for Datetime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Datetime({:?})", &*self.text)
    }
}

impl serde::Serialize for Datetime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de> serde::Deserialize<'de> for Datetime {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn micros(text: &str) -> i64 {
        text.parse::<Datetime>().unwrap().timestamp_micros()
    }

    #[test]
    fn timestamps() {
        assert_eq!(micros("1970-01-01T00:00:00Z"), 0);
        assert_eq!(micros("1985-04-12T23:20:50.123Z"), 482_196_050_123_000);
        assert_eq!(
            micros("1985-04-12T23:20:50.123-07:00"),
            482_196_050_123_000 + 7 * 3600 * 1_000_000
        );
        assert_eq!(micros("2000-02-29T00:00:00.1234567Z"), 951_782_400_123_456);
        assert_eq!(micros("0000-01-01T00:00:00.000Z"), -62_167_219_200_000_000);
    }

    #[test]
    fn leap_days() {
        assert!("2000-02-29T00:00:00Z".parse::<Datetime>().is_ok());
        assert!("1900-02-29T00:00:00Z".parse::<Datetime>().is_err());
        assert!("2024-02-29T00:00:00Z".parse::<Datetime>().is_ok());
        assert!("2023-02-29T00:00:00Z".parse::<Datetime>().is_err());
    }

    #[test]
    fn formatting_round_trips() {
        for micros in [
            0,
            482_196_050_123_000,
            482_196_050_123_456,
            -1,
            -62_167_219_200_000_000,
        ] {
            let datetime = Datetime::from_timestamp_micros(micros);
            assert_eq!(datetime.timestamp_micros(), micros);
            assert_eq!(datetime.as_str().parse::<Datetime>().unwrap(), datetime);
        }
        assert_eq!(
            Datetime::from_timestamp_micros(482_196_050_123_000).as_str(),
            "1985-04-12T23:20:50.123Z"
        );
    }

    #[test]
    fn now_is_valid() {
        let now = Datetime::now();
        assert_eq!(now.as_str().parse::<Datetime>().unwrap(), now);
    }
}
