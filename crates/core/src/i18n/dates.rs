//! Dates as the exports print them for people, in the export's language: `3 December 2026`, `3 décembre 2026`,
//! `3 de diciembre de 2026`, `3 ديسمبر 2026`. The words and their order are Fluent messages
//! (`export-date-long`, `export-date-time` in `i18n/<lang>/export.ftl`), so a translator changes them where
//! every other word is, and French writes the first of the month `1er`. Digits stay Western in every language:
//! see the Arabic catalog for why. CSV and JSON keep ISO 8601 and never come here.

use super::{Lang, Value, tr};

/// A calendar date in words (`month` 1 to 12).
pub fn date(lang: Lang, year: i32, month: u8, day: u8) -> String {
    tr(
        lang,
        "export-date-long",
        &[
            ("day", Value::from(i64::from(day))),
            ("month", Value::from(i64::from(month))),
            // A string, so that no number formatting (grouping, other digits) ever touches the year.
            ("year", Value::from(year.to_string())),
        ],
    )
}

/// A date in words and a time of day in UTC (`hour`, `minute` on the 24-hour clock).
pub fn date_time_utc(lang: Lang, (year, month, day): (i32, u8, u8), hour: u32, minute: u32) -> String {
    tr(
        lang,
        "export-date-time",
        &[
            ("date", date(lang, year, month, day).into()),
            ("time", format!("{hour:02}:{minute:02}").into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_the_month_in_words_and_keeps_western_digits() {
        let cases = [
            (Lang::En, "3 December 2026"),
            (Lang::Fr, "3 décembre 2026"),
            (Lang::Es, "3 de diciembre de 2026"),
            (Lang::Ar, "3 ديسمبر 2026"),
        ];
        for (lang, want) in cases {
            assert_eq!(date(lang, 2026, 12, 3), want, "the long date in {lang}");
        }
        assert_eq!(
            date(Lang::Fr, 2027, 1, 1),
            "1er janvier 2027",
            "French writes the first of the month as an ordinal"
        );
        assert_eq!(
            date_time_utc(Lang::Fr, (2026, 8, 15), 9, 5),
            "15 août 2026 à 09:05 UTC",
            "the time keeps two digits and says it is UTC"
        );
    }
}
