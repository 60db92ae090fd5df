//! Input rules, as pure functions: sizes, codes, dates. `today` is always passed in.

use std::fmt;

use super::{CaseError, Result};
use crate::i18n::{self, Value};

/// A refusal of `field` that says why from the catalogs (`invalid-…` in `i18n/<lang>/errors.ftl`), in the
/// interface language; the field's own name is written by [`CaseError::message`] (`error-field`).
pub(crate) fn refuse(field: &str, key: &str, args: &[(&str, Value<'_>)]) -> CaseError {
    CaseError::invalid(field, i18n::tr(i18n::interface_lang(), key, args))
}

fn shown(v: impl fmt::Display) -> Value<'static> {
    Value::from(v.to_string())
}

/// Largest note or answer, in bytes of UTF-8 (answers: of their JSON text). A note is free text typed in the
/// field; 64 KiB is about 30 pages. Bigger input is refused, never truncated.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;
/// Longest name, stage, purpose, recipient, office…, in characters.
pub const MAX_SHORT_CHARS: usize = 200;
/// The shortest passphrase a new store or a passphrase change accepts, on every path (app, `avr store init`).
pub const MIN_PASSPHRASE_CHARS: usize = 12;
const MAX_FLAGS: usize = 32;
const MAX_CODE_CHARS: usize = 64;
const MAX_FIELD_ID_CHARS: usize = 128;

/// A calendar date, `YYYY-MM-DD`. Ordered chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate {
    year: i32,
    month: u8,
    day: u8,
}

impl IsoDate {
    pub fn new(year: i32, month: u8, day: u8) -> Option<IsoDate> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in(year, month);
        valid.then_some(IsoDate { year, month, day })
    }

    /// Strictly `YYYY-MM-DD` with a real calendar day.
    pub fn parse(s: &str) -> Option<IsoDate> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        let year = i32::try_from(digits(0..4)?).ok()?;
        let month = u8::try_from(digits(5..7)?).ok()?;
        let day = u8::try_from(digits(8..10)?).ok()?;
        IsoDate::new(year, month, day)
    }

    /// The UTC calendar date of a Unix time in milliseconds.
    pub fn from_unix_ms(ms: i64) -> IsoDate {
        let (year, month, day) = civil_from_days(ms.div_euclid(86_400_000));
        IsoDate { year, month, day }
    }

    /// The latest calendar date anywhere on Earth at this instant (UTC+14): a date after it is in the future
    /// for every user, whatever their time zone.
    pub fn latest_anywhere(now_ms: i64) -> IsoDate {
        IsoDate::from_unix_ms(now_ms.saturating_add(14 * 3_600_000))
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// 1 to 31.
    pub fn day(self) -> u8 {
        self.day
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// Howard Hinnant's `civil_from_days`: days since 1970-01-01 to (year, month, day), proleptic Gregorian.
fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year as i32, month, day)
}

/// `YYYYMMDDTHHMMSSmmmZ` for file names: sorts chronologically, no characters that Windows refuses.
pub(crate) fn file_stamp(ms: i64) -> String {
    let date = IsoDate::from_unix_ms(ms);
    let in_day = ms.rem_euclid(86_400_000);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}{:03}Z",
        date.year,
        date.month,
        date.day,
        in_day / 3_600_000,
        in_day / 60_000 % 60,
        in_day / 1000 % 60,
        in_day % 1000
    )
}

fn parse_date(field: &str, value: &str) -> Result<IsoDate> {
    IsoDate::parse(value).ok_or_else(|| refuse(field, "invalid-date", &[]))
}

/// The day the person came ashore: a real date, not after `today`, not before 2000.
pub fn validate_disembarkation_date(value: &str, today: IsoDate) -> Result<IsoDate> {
    let date = parse_date("disembarkation date", value)?;
    if date > today {
        return Err(refuse(
            "disembarkation date",
            "invalid-disembarkation-future",
            &[("date", shown(date)), ("today", shown(today))],
        ));
    }
    if date.year < 2000 {
        return Err(refuse(
            "disembarkation date",
            "invalid-before-2000",
            &[("date", shown(date))],
        ));
    }
    Ok(date)
}

/// A date of birth: a real date, not after `today`, not more than 130 years before it.
pub fn validate_date_of_birth(value: &str, today: IsoDate) -> Result<IsoDate> {
    let date = parse_date("date of birth", value)?;
    if date > today {
        return Err(refuse(
            "date of birth",
            "invalid-in-future",
            &[("date", shown(date)), ("today", shown(today))],
        ));
    }
    if date.year < today.year - 130 {
        return Err(refuse(
            "date of birth",
            "invalid-too-old",
            &[("date", shown(date))],
        ));
    }
    Ok(date)
}

/// A date with no rule beyond being one (due dates).
pub(crate) fn validate_date(field: &str, value: &str) -> Result<IsoDate> {
    parse_date(field, value)
}

/// Free text typed by a person: notes.
pub(crate) fn long_text(field: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(refuse(field, "invalid-empty", &[]));
    }
    if value.len() > MAX_TEXT_BYTES {
        return Err(refuse(
            field,
            "invalid-too-many-bytes",
            &[("bytes", value.len().into()), ("max", MAX_TEXT_BYTES.into())],
        ));
    }
    if value.contains('\0') {
        return Err(refuse(field, "invalid-nul", &[]));
    }
    Ok(())
}

/// A name or another short single-line text. Any script and emoji are fine; control characters are not.
pub(crate) fn short_text(field: &str, value: &str, required: bool) -> Result<()> {
    if required && value.trim().is_empty() {
        return Err(refuse(field, "invalid-required", &[]));
    }
    let chars = value.chars().count();
    if chars > MAX_SHORT_CHARS {
        return Err(refuse(
            field,
            "invalid-too-many-chars",
            &[("chars", chars.into()), ("max", MAX_SHORT_CHARS.into())],
        ));
    }
    if value.chars().any(char::is_control) {
        return Err(refuse(field, "invalid-control-character", &[]));
    }
    Ok(())
}

/// A machine code that may appear in the audit log (stages, flags, consent purposes, workflow ids): ASCII
/// letters, digits, `.`, `_`, `-`, `:`. Keeping these to codes is what keeps personal data out of the log.
pub(crate) fn code(field: &str, value: &str) -> Result<()> {
    code_of_length(field, value, MAX_CODE_CHARS)
}

pub(crate) fn field_id(value: &str) -> Result<()> {
    code_of_length("field id", value, MAX_FIELD_ID_CHARS)
}

fn code_of_length(field: &str, value: &str, max: usize) -> Result<()> {
    if value.is_empty() {
        return Err(refuse(field, "invalid-required", &[]));
    }
    if value.len() > max {
        return Err(refuse(
            field,
            "invalid-too-many-chars",
            &[("chars", value.len().into()), ("max", max.into())],
        ));
    }
    if !value
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b':'))
    {
        return Err(refuse(field, "invalid-code", &[]));
    }
    Ok(())
}

pub(crate) fn flags(values: &[String]) -> Result<Vec<String>> {
    if values.len() > MAX_FLAGS {
        return Err(refuse(
            "flags",
            "invalid-too-many-flags",
            &[("count", values.len().into()), ("max", MAX_FLAGS.into())],
        ));
    }
    let mut out = Vec::with_capacity(values.len());
    for f in values {
        code("flag", f)?;
        if !out.contains(f) {
            out.push(f.clone());
        }
    }
    out.sort();
    Ok(out)
}

/// The JSON text of an answer, size-checked.
pub(crate) fn answer_json(field: &str, value: &serde_json::Value) -> Result<String> {
    let text = serde_json::to_string(value).map_err(|e| CaseError::invalid(field, e.to_string()))?;
    if text.len() > MAX_TEXT_BYTES {
        return Err(refuse(
            field,
            "invalid-too-many-bytes",
            &[("bytes", text.len().into()), ("max", MAX_TEXT_BYTES.into())],
        ));
    }
    Ok(text)
}

/// A passphrase being chosen. Passphrases that SQLCipher would read as a raw hex key (`x'…'`) are refused.
/// Too short or too easy to guess (see `passphrase.rs`) is [`CaseError::WeakPassphrase`], saying why.
pub(crate) fn new_passphrase(value: &str) -> Result<()> {
    let estimate = super::passphrase::estimate(value);
    if estimate.too_short() {
        return Err(CaseError::WeakPassphrase(estimate));
    }
    if value.trim() != value {
        return Err(refuse("passphrase", "invalid-passphrase-spaces", &[]));
    }
    usable_passphrase(value)?;
    if !estimate.acceptable() {
        return Err(CaseError::WeakPassphrase(estimate));
    }
    Ok(())
}

/// Any passphrase handed to SQLCipher.
pub(crate) fn usable_passphrase(value: &str) -> Result<()> {
    if value.is_empty() {
        return Err(refuse("passphrase", "invalid-required", &[]));
    }
    if value.contains('\0') {
        return Err(refuse("passphrase", "invalid-nul", &[]));
    }
    let lower = value.to_ascii_lowercase();
    if lower.starts_with("x'") && lower.ends_with('\'') {
        return Err(refuse("passphrase", "invalid-passphrase-raw-key", &[]));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> IsoDate {
        IsoDate::parse(s).unwrap_or_else(|| panic!("{s} is a date"))
    }

    #[test]
    fn a_future_disembarkation_date_is_refused_with_a_message() {
        let today = date("2026-03-10");
        let err = validate_disembarkation_date("2026-03-11", today)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.contains("disembarkation date") && err.contains("future") && err.contains("2026-03-10"),
            "the message names the field and today: {err}"
        );
        assert_eq!(
            validate_disembarkation_date("2026-03-10", today).ok(),
            Some(today)
        );
        assert!(validate_disembarkation_date("10/03/2026", today).is_err());
        assert!(validate_disembarkation_date("2026-02-30", today).is_err());
    }

    #[test]
    fn a_date_of_birth_in_the_future_or_absurdly_old_is_refused() {
        let today = date("2026-03-10");
        assert!(validate_date_of_birth("2026-03-11", today).is_err());
        assert!(validate_date_of_birth("1890-01-01", today).is_err());
        assert!(validate_date_of_birth("2024-02-29", today).is_ok());
    }

    #[test]
    fn dates_come_from_unix_time_in_utc_and_the_latest_date_anywhere_is_ahead() {
        assert_eq!(IsoDate::from_unix_ms(0).to_string(), "1970-01-01");
        // 2026-03-10T23:00:00Z
        let late = 1_773_183_600_000;
        assert_eq!(IsoDate::from_unix_ms(late).to_string(), "2026-03-10");
        assert_eq!(IsoDate::latest_anywhere(late).to_string(), "2026-03-11");
        assert_eq!(IsoDate::from_unix_ms(-1).to_string(), "1969-12-31");
        assert_eq!(file_stamp(late + 1), "20260310T230000001Z");
    }

    #[test]
    fn a_note_over_64_kib_is_refused_naming_the_field_and_the_limit() {
        let big = "x".repeat(1024 * 1024);
        let err = long_text("note", &big)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.starts_with("note:") && err.contains("65536 bytes") && err.contains("64 KiB"),
            "{err}"
        );
        assert!(long_text("note", &"x".repeat(MAX_TEXT_BYTES)).is_ok());
    }

    #[test]
    fn codes_refuse_anything_that_could_carry_a_name_into_the_audit_log() {
        assert!(code("stage", "intake.vulnerability-screening").is_ok());
        assert!(code("stage", "Fatima Ali").is_err());
        assert!(field_id("household.members:2").is_ok());
        assert!(field_id("").is_err());
    }

    #[test]
    fn raw_key_lookalikes_and_short_passphrases_are_refused() {
        assert!(new_passphrase("short").is_err());
        assert!(
            new_passphrase("elevenchars").is_err(),
            "eleven characters are refused: twelve is the minimum everywhere"
        );
        assert!(
            matches!(new_passphrase("abcabcabcabc"), Err(CaseError::WeakPassphrase(_))),
            "twelve characters are not enough when they are easy to guess"
        );
        assert!(new_passphrase("x'00112233'").is_err());
        assert!(new_passphrase("correct horse battery").is_ok());
    }
}
