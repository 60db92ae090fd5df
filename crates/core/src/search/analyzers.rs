//! The analyzers: how text becomes indexed words. An "exact" analyzer shared by every edition (lowercase,
//! accents folded, Arabic spelling normalised) and a stemmed one per edition language: English, French and
//! Spanish with their stop words and Snowball stemmers, Arabic with the Snowball Arabic stemmer tantivy ships
//! (no Arabic stop-word list exists there).
//!
//! Arabic normalisation ([`normalize_arabic`]) runs on the text before it is split into words, in both
//! analyzers, so a query typed without vowel marks, with another alef or with `ه` for `ة` finds the same words.
//! It changes nothing outside the Arabic script, so the other editions index exactly as before.

use std::borrow::Cow;

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenStream, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer, TokenStream, Tokenizer,
};

pub(super) const EXACT: &str = "hb_exact";

/// Tokens this long or longer are dropped from the index (and so from queries and phrase texts).
pub(super) const MAX_TOKEN_LEN: usize = 40;

/// Editions the index has stemmed fields for, with the stemmer of each.
pub(super) const LANGS: [(&str, Language); 4] = [
    ("en", Language::English),
    ("fr", Language::French),
    ("es", Language::Spanish),
    ("ar", Language::Arabic),
];

/// Arabic written the one way search compares it: harakat, tanwin, shadda, sukun, the superscript alef and
/// tatweel removed; alef with hamza above or below, with madda and alef wasla written as a bare alef (ا); ta
/// marbuta (ة) as ha (ه); alef maqsura (ى) as ya (ي). Borrowed unchanged when the text has none of these.
pub(super) fn normalize_arabic(text: &str) -> Cow<'_, str> {
    let touched = |c: char| {
        matches!(
            c,
            '\u{64b}'..='\u{652}' | '\u{670}' | '\u{640}' | 'أ' | 'إ' | 'آ' | 'ٱ' | 'ة' | 'ى'
        )
    };
    if !text.chars().any(touched) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{64b}'..='\u{652}' | '\u{670}' | '\u{640}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ة' => out.push('ه'),
            'ى' => out.push('ي'),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// [`SimpleTokenizer`] over the text as [`normalize_arabic`] writes it.
#[derive(Clone, Default)]
pub(super) struct NormalizingTokenizer {
    inner: SimpleTokenizer,
    buffer: String,
}

impl Tokenizer for NormalizingTokenizer {
    type TokenStream<'a> = SimpleTokenStream<'a>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> SimpleTokenStream<'a> {
        let Self { inner, buffer } = self;
        match normalize_arabic(text) {
            Cow::Borrowed(same) => inner.token_stream(same),
            Cow::Owned(changed) => {
                *buffer = changed;
                inner.token_stream(buffer)
            }
        }
    }
}

pub(super) fn stem_name(lang: &str) -> String {
    format!("hb_stem_{lang}")
}

/// Lowercase and ASCII-fold: "Réfugié" and "refugie" are the same word. No stemming, no stop words, so phrases
/// and exact terms keep every word.
pub(super) fn exact() -> TextAnalyzer {
    TextAnalyzer::builder(NormalizingTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_LEN))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

pub(super) fn stemmed(lang: Language) -> TextAnalyzer {
    let builder = TextAnalyzer::builder(NormalizingTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_LEN))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter);
    match StopWordFilter::new(lang) {
        Some(stop) => builder.filter(stop).filter(Stemmer::new(lang)).build(),
        None => builder.filter(Stemmer::new(lang)).build(),
    }
}

pub(super) fn language(lang: &str) -> Language {
    LANGS
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(Language::English, |(_, language)| *language)
}

pub(super) fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// Joined forms of hyphenated words ("non-refoulement" → "nonrefoulement"), so that every spelling of a
/// compound finds the same section.
pub(super) fn joined_compounds(text: &str) -> Vec<String> {
    text.split(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '(' | ')' | '"' | '“' | '”')
    })
    .filter(|w| w.contains('-') || w.contains('‑'))
    .map(|w| w.chars().filter(|c| c.is_alphanumeric()).collect::<String>())
    .filter(|w| w.chars().count() > 3)
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_analysis_folds_accents_and_case_but_keeps_word_forms() {
        assert_eq!(
            tokens(&mut exact(), "Réfugiés non-refoulement"),
            ["refugies", "non", "refoulement"]
        );
    }

    #[test]
    fn stemming_maps_inflections_together() {
        let mut en = stemmed(Language::English);
        assert_eq!(tokens(&mut en, "refugees"), tokens(&mut en, "refugee"));
        assert_eq!(tokens(&mut en, "disembarking"), tokens(&mut en, "disembarked"));
    }

    #[test]
    fn arabic_spelling_variants_analyze_to_the_same_words() {
        let mut exact = exact();
        assert_eq!(
            tokens(&mut exact, "الْمَصْلَحَـةِ إِعادة مستشفى"),
            tokens(&mut exact, "المصلحه اعاده مستشفي"),
            "harakat, tatweel, hamza on alef, ta marbuta and alef maqsura are spelling, not meaning"
        );
        assert_eq!(
            tokens(&mut exact, "الطفل غير المصحوب").len(),
            3,
            "vowel marks never split a word"
        );
        assert_eq!(
            tokens(&mut exact, "Réfugiés"),
            ["refugies"],
            "other scripts are untouched"
        );
    }

    #[test]
    fn the_arabic_stemmer_maps_a_word_with_and_without_its_article_together() {
        let mut ar = stemmed(Language::Arabic);
        assert_eq!(
            tokens(&mut ar, "الطفل"),
            tokens(&mut ar, "طفل"),
            "the article is not part of the stem"
        );
        assert_eq!(tokens(&mut ar, "المصحوب"), tokens(&mut ar, "مصحوب"));
    }

    #[test]
    fn hyphenated_compounds_are_also_indexed_joined() {
        assert_eq!(
            joined_compounds("the non-refoulement principle, age-disputed."),
            ["nonrefoulement", "agedisputed"]
        );
    }
}
