//! How hard a new passphrase is to guess: at least [`MIN_PASSPHRASE_CHARS`] characters, and a zxcvbn score of at
//! least [`MIN_PASSPHRASE_SCORE`] (zxcvbn's own scale, 0–4: 3 means "safely unguessable" for an attacker who
//! must try each guess against a slow hash, about 10^8–10^10 guesses). The check runs in the store, so the app,
//! the command line and any other caller of the core get the same rule; the estimate is also offered to the UI
//! while the person types ([`estimate`]), with zxcvbn's advice in the person's language.
//!
//! zxcvbn's warnings and suggestions are English sentences inside the crate; the store maps each to a message of
//! `i18n/<lang>/core.ftl` instead, so that the advice reads in the interface language.

use serde::Serialize;
use ts_rs::TS;
use zxcvbn::feedback::{Suggestion, Warning};

use super::validate::MIN_PASSPHRASE_CHARS;
use crate::i18n::{Lang, Value, t, tr};

/// The lowest zxcvbn score a new passphrase may have (0–4).
pub const MIN_PASSPHRASE_SCORE: u8 = 3;

/// zxcvbn's running time grows with the length of its input: only the first characters are estimated. A longer
/// passphrase is at least as hard to guess as its first 100 characters.
const ESTIMATED_CHARS: usize = 100;

/// Words anyone guessing a passphrase of this app would try first.
const APP_WORDS: [&str; 8] = [
    "avr",
    "iom",
    "handbook",
    "field",
    "case",
    "records",
    "passphrase",
    "laptop",
];

/// zxcvbn's verdict on one passphrase, in message keys (not words): [`Estimate::strength`] puts it in a language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Estimate {
    /// Characters (Unicode scalar values), as the minimum length counts them.
    pub chars: usize,
    /// zxcvbn's score, 0–4.
    pub score: u8,
    warning: Option<&'static str>,
    suggestions: Vec<&'static str>,
}

/// The estimate as the UI shows it while a passphrase is typed, in the interface language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PassphraseStrength {
    /// zxcvbn's score, 0 (guessed at once) to 4 (very hard to guess).
    pub score: u8,
    /// The score a new passphrase needs.
    pub min_score: u8,
    pub chars: u32,
    pub min_chars: u32,
    /// Long enough and hard enough to guess: the store will accept it.
    pub acceptable: bool,
    /// What makes it easy to guess, if anything does.
    pub warning: Option<String>,
    /// How to make it harder to guess.
    pub suggestions: Vec<String>,
}

/// Estimate how hard `passphrase` is to guess. Pure and quick (a few milliseconds).
pub fn estimate(passphrase: &str) -> Estimate {
    let chars = passphrase.chars().count();
    let head: String = passphrase.chars().take(ESTIMATED_CHARS).collect();
    let entropy = zxcvbn::zxcvbn(&head, &APP_WORDS);
    let feedback = entropy.feedback();
    Estimate {
        chars,
        score: u8::from(entropy.score()),
        warning: feedback.and_then(|f| f.warning()).map(warning_key),
        suggestions: feedback
            .map(|f| f.suggestions().iter().map(|s| suggestion_key(*s)).collect())
            .unwrap_or_default(),
    }
}

impl Estimate {
    pub fn too_short(&self) -> bool {
        self.chars < MIN_PASSPHRASE_CHARS
    }

    pub fn acceptable(&self) -> bool {
        !self.too_short() && self.score >= MIN_PASSPHRASE_SCORE
    }

    /// The estimate with its advice in `lang`.
    pub fn strength(&self, lang: Lang) -> PassphraseStrength {
        PassphraseStrength {
            score: self.score,
            min_score: MIN_PASSPHRASE_SCORE,
            chars: self.chars as u32,
            min_chars: MIN_PASSPHRASE_CHARS as u32,
            acceptable: self.acceptable(),
            warning: self.warning.map(|k| t(lang, k)),
            suggestions: self.suggestions.iter().map(|k| t(lang, k)).collect(),
        }
    }

    /// Why the passphrase is refused, in `lang`: too short, or too easy to guess and what would help.
    pub fn refusal(&self, lang: Lang) -> String {
        if self.too_short() {
            return tr(
                lang,
                "passphrase-too-short",
                &[
                    ("min", Value::from(MIN_PASSPHRASE_CHARS)),
                    ("chars", Value::from(self.chars)),
                ],
            );
        }
        let mut out = tr(
            lang,
            "passphrase-too-weak",
            &[
                ("score", Value::from(self.score)),
                ("min", Value::from(MIN_PASSPHRASE_SCORE)),
            ],
        );
        for key in self.warning.iter().chain(&self.suggestions) {
            out.push(' ');
            out.push_str(&t(lang, key));
        }
        out
    }
}

fn warning_key(w: Warning) -> &'static str {
    match w {
        Warning::StraightRowsOfKeysAreEasyToGuess => "passphrase-warning-key-rows",
        Warning::ShortKeyboardPatternsAreEasyToGuess => "passphrase-warning-keyboard-patterns",
        Warning::RepeatsLikeAaaAreEasyToGuess => "passphrase-warning-repeats",
        Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => "passphrase-warning-repeated-groups",
        Warning::ThisIsATop10Password | Warning::ThisIsATop100Password | Warning::ThisIsACommonPassword => {
            "passphrase-warning-common"
        }
        Warning::ThisIsSimilarToACommonlyUsedPassword => "passphrase-warning-similar-to-common",
        Warning::SequencesLikeAbcAreEasyToGuess => "passphrase-warning-sequences",
        Warning::RecentYearsAreEasyToGuess => "passphrase-warning-recent-years",
        Warning::AWordByItselfIsEasyToGuess => "passphrase-warning-single-word",
        Warning::DatesAreOftenEasyToGuess => "passphrase-warning-dates",
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess
        | Warning::CommonNamesAndSurnamesAreEasyToGuess => "passphrase-warning-names",
    }
}

fn suggestion_key(s: Suggestion) -> &'static str {
    match s {
        Suggestion::UseAFewWordsAvoidCommonPhrases => "passphrase-suggest-few-words",
        Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => "passphrase-suggest-no-symbols-needed",
        Suggestion::AddAnotherWordOrTwo => "passphrase-suggest-another-word",
        Suggestion::CapitalizationDoesntHelpVeryMuch
        | Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => "passphrase-suggest-capitals",
        Suggestion::ReversedWordsArentMuchHarderToGuess => "passphrase-suggest-reversed",
        Suggestion::PredictableSubstitutionsDontHelpVeryMuch => "passphrase-suggest-substitutions",
        Suggestion::UseALongerKeyboardPatternWithMoreTurns => "passphrase-suggest-keyboard",
        Suggestion::AvoidRepeatedWordsAndCharacters => "passphrase-suggest-repeats",
        Suggestion::AvoidSequences => "passphrase-suggest-sequences",
        Suggestion::AvoidRecentYears
        | Suggestion::AvoidYearsThatAreAssociatedWithYou
        | Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => "passphrase-suggest-dates",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_passphrases_the_tests_and_the_handbook_use_pass_and_common_ones_do_not() {
        for good in [
            "quay-side laptop 42",
            "correct horse battery staple",
            "benchmark passphrase, not secret",
            "a much better passphrase 2026",
        ] {
            let e = estimate(good);
            assert!(
                e.acceptable(),
                "{good:?} is a passphrase the tests rely on: {e:?}"
            );
        }
        for weak in [
            "password1234",
            "aaaaaaaaaaaaaaaa",
            "qwertyuiop123",
            "123456789012",
        ] {
            let e = estimate(weak);
            assert!(!e.acceptable(), "{weak:?} is among the first guesses: {e:?}");
        }
        assert!(estimate("short").too_short(), "five characters are under twelve");
    }

    #[test]
    fn a_very_long_passphrase_is_estimated_quickly() {
        let long = "abcdefghij".repeat(100_000);
        let start = std::time::Instant::now();
        let e = estimate(&long);
        assert_eq!(e.chars, 1_000_000, "the length counts every character");
        assert!(
            start.elapsed().as_secs() < 5,
            "only the first {ESTIMATED_CHARS} characters are estimated"
        );
    }

    #[test]
    fn every_warning_and_suggestion_reads_in_every_language() {
        let e = estimate("password1234");
        for lang in Lang::ALL {
            let text = e.refusal(lang);
            assert!(
                !text.contains("passphrase-"),
                "{lang}: every key of the refusal has a message: {text}"
            );
        }
    }
}
