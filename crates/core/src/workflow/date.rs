//! A civil calendar date (proleptic Gregorian, years 1–9999) with day arithmetic.
//!
//! Workflows need only "which day" and "how many days apart": no time zones, no clock. The engine never reads the
//! system time; the caller passes `today` in.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A day, written `YYYY-MM-DD`. Ordered by time. Serializes as that string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 0001-01-01 (day 0). Always within years 1..=9999.
    day: i32,
}

const MIN_YEAR: i32 = 1;
const MAX_YEAR: i32 = 9999;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a date written YYYY-MM-DD (years 0001 to 9999)")]
pub struct DateError(pub String);

impl Date {
    /// The date for a year, month (1–12) and day of month, if it exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            day: days_from_civil(year, month, day) - days_from_civil(1, 1, 1),
        })
    }

    /// `(year, month, day)`.
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.day + days_from_civil(1, 1, 1))
    }

    /// This date moved by `days` (negative moves back), or `None` outside years 1–9999.
    pub fn add_days(self, days: i64) -> Option<Date> {
        let day = i64::from(self.day).checked_add(days)?;
        let day = i32::try_from(day).ok()?;
        let max = Date::from_ymd(MAX_YEAR, 12, 31)?.day;
        (0..=max).contains(&day).then_some(Date { day })
    }

    /// Days from `self` to `other`: positive when `other` is later.
    pub fn days_until(self, other: Date) -> i64 {
        i64::from(other.day) - i64::from(self.day)
    }

    /// Whole years from `self` to `later` (an age in years when `self` is a date of birth). Negative when `later`
    /// is earlier.
    pub fn whole_years_until(self, later: Date) -> i64 {
        if later < self {
            return -later.whole_years_until(self);
        }
        let (y1, m1, d1) = self.ymd();
        let (y2, m2, d2) = later.ymd();
        let mut years = i64::from(y2) - i64::from(y1);
        if (m2, d2) < (m1, d1) {
            years -= 1;
        }
        years
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Date, DateError> {
        let err = || DateError(s.to_owned());
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let digits = |r: std::ops::Range<usize>| {
            let part = s.get(r).ok_or_else(err)?;
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse::<u32>().map_err(|_| err())
            } else {
                Err(err())
            }
        };
        let year = i32::try_from(digits(0..4)?).map_err(|_| err())?;
        Date::from_ymd(year, digits(5..7)?, digits(8..10)?).ok_or_else(err)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's `days_from_civil` / `civil_from_days` (public domain), days relative to 1970-01-01.
fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i32::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn dates_parse_print_and_order() {
        assert_eq!(d("2026-03-01").to_string(), "2026-03-01");
        assert!(d("2026-02-28") < d("2026-03-01"));
        assert_eq!(d("0001-01-01").ymd(), (1, 1, 1));
        assert_eq!(d("9999-12-31").ymd(), (9999, 12, 31));
    }

    #[test]
    fn impossible_and_malformed_dates_are_rejected() {
        for bad in [
            "2026-02-29",
            "2024-02-30",
            "2026-13-01",
            "2026-00-10",
            "2026-1-01",
            "26-01-01",
            "0000-01-01",
            "2026/01/01",
            "+026-01-01",
            "2026-01-01 ",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad:?} must be rejected");
        }
        assert!("2024-02-29".parse::<Date>().is_ok(), "2024 is a leap year");
        assert!("2000-02-29".parse::<Date>().is_ok(), "2000 is a leap year");
        assert!("1900-02-29".parse::<Date>().is_err(), "1900 is not a leap year");
    }

    #[test]
    fn day_arithmetic_crosses_months_years_and_leap_days() {
        assert_eq!(d("2024-02-28").add_days(1), Some(d("2024-02-29")));
        assert_eq!(d("2025-12-31").add_days(1), Some(d("2026-01-01")));
        assert_eq!(d("2026-03-01").add_days(-1), Some(d("2026-02-28")));
        assert_eq!(d("2026-01-01").days_until(d("2027-01-01")), 365);
        assert_eq!(d("9999-12-31").add_days(1), None, "past the last supported day");
        assert_eq!(d("0001-01-01").add_days(-1), None);
    }

    #[test]
    fn whole_years_count_birthdays_not_days() {
        assert_eq!(d("2008-06-15").whole_years_until(d("2026-06-14")), 17);
        assert_eq!(d("2008-06-15").whole_years_until(d("2026-06-15")), 18);
        assert_eq!(d("2026-06-15").whole_years_until(d("2008-06-15")), -18);
    }

    #[test]
    fn dates_serialize_as_iso_strings() {
        let json = serde_json::to_string(&d("2026-04-09")).unwrap();
        assert_eq!(json, "\"2026-04-09\"");
        let back: Date = serde_json::from_str(&json).unwrap();
        assert_eq!(back, d("2026-04-09"));
        assert!(serde_json::from_str::<Date>("\"2026-02-30\"").is_err());
    }

    proptest! {
        #[test]
        fn printing_then_parsing_gives_the_same_day(day in 0i64..3_652_058) {
            let date = d("0001-01-01").add_days(day).unwrap();
            prop_assert_eq!(date.to_string().parse::<Date>().unwrap(), date);
        }

        #[test]
        fn adding_then_subtracting_days_is_the_identity(day in 0i64..3_000_000, delta in -600_000i64..600_000) {
            let start = d("0001-01-01").add_days(day).unwrap();
            if let Some(moved) = start.add_days(delta) {
                prop_assert_eq!(start.days_until(moved), delta);
                prop_assert_eq!(moved.add_days(-delta), Some(start));
            }
        }
    }
}
