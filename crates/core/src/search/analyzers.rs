use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter,
    TextAnalyzer, TokenStream,
};

pub(super) const EXACT: &str = "hb_exact";

/// Tokens this long or longer are dropped from the index (and so from queries and phrase texts).
pub(super) const MAX_TOKEN_LEN: usize = 40;

/// Editions the index has stemmed fields for, with the stemmer of each.
pub(super) const LANGS: [(&str, Language); 3] = [
    ("en", Language::English),
    ("fr", Language::French),
    ("es", Language::Spanish),
];

pub(super) fn stem_name(lang: &str) -> String {
    format!("hb_stem_{lang}")
}

/// Lowercase and ASCII-fold: "Réfugié" and "refugie" are the same word. No stemming, no stop words, so phrases
/// and exact terms keep every word.
pub(super) fn exact() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_LEN))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

pub(super) fn stemmed(lang: Language) -> TextAnalyzer {
    let builder = TextAnalyzer::builder(SimpleTokenizer::default())
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
    fn hyphenated_compounds_are_also_indexed_joined() {
        assert_eq!(
            joined_compounds("the non-refoulement principle, age-disputed."),
            ["nonrefoulement", "agedisputed"]
        );
    }
}
