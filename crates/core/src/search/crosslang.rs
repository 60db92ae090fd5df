//! Queries that cross languages through the term base (`handbook/terms.toml`).
//!
//! Each term has one rendering per language. A query *names* a term in a language when every stem of that
//! rendering is among the stems of the query's words (or of the words the synonym table maps them to), both
//! stemmed as that language: "mineur non accompagné", with `mineur` → `enfant` in the French synonyms, names
//! the term whose French rendering is "enfant non accompagné". Word order and extra words do not matter.
//!
//! A query in edition `E` that names a term adds, as one more group of the query, the term's rendering in `E` and
//! in English (for the English sections standing in where `E` lacks one), each as all of its stems in that
//! language's stemmed fields. A rendering the query already names is not added again, so a query written in the
//! edition's own words, and every English query in the English edition, is ranked exactly as without the term
//! base.

use std::collections::HashSet;

use tantivy::tokenizer::TextAnalyzer;

use super::analyzers::{self, LANGS};
use crate::handbook::editions::REFERENCE_LANG;
use crate::handbook::terms::{TERM_LANGS, TermBase};
use crate::handbook::{Handbook, TERMS_FILE};

/// Every term's renderings, as stems of the language each is in.
#[derive(Debug, Clone, Default)]
pub(super) struct CrossTerms {
    /// Per term: `(language, stems of its rendering)` for each language with a non-empty rendering.
    terms: Vec<Vec<(&'static str, Vec<String>)>>,
}

impl CrossTerms {
    /// The term base beside the editions of `handbooks`; empty when there is none or it does not parse (the
    /// checker reports that).
    pub(super) fn load(handbooks: &[&Handbook]) -> CrossTerms {
        let Some(root) = handbooks.first().and_then(|h| h.dir.parent()) else {
            return CrossTerms::default();
        };
        match TermBase::load(&root.join(TERMS_FILE)) {
            Ok(base) => Self::from_base(&base),
            Err(_) => CrossTerms::default(),
        }
    }

    pub(super) fn from_base(base: &TermBase) -> CrossTerms {
        let mut stemmers: Vec<(&'static str, TextAnalyzer)> = stemmers();
        let terms = base
            .terms
            .iter()
            .map(|t| {
                stemmers
                    .iter_mut()
                    .filter_map(|(lang, stemmer)| {
                        let stems = analyzers::tokens(stemmer, t.rendering(lang)?);
                        (!stems.is_empty()).then_some((*lang, stems))
                    })
                    .collect()
            })
            .collect();
        CrossTerms { terms }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The renderings to add for a query in edition `edition` whose words, stemmed as each language, are
    /// `query_stems(lang)`: `(language, stems)` pairs, at most two per term named.
    pub(super) fn targets(
        &self,
        edition: &str,
        mut query_stems: impl FnMut(&str) -> HashSet<String>,
    ) -> Crossing {
        let mut crossing = Crossing::default();
        if self.terms.is_empty() {
            return crossing;
        }
        let stems: Vec<(&str, HashSet<String>)> = TERM_LANGS.iter().map(|l| (*l, query_stems(l))).collect();
        let named = |lang: &str, rendering: &[String]| {
            stems
                .iter()
                .find(|(l, _)| *l == lang)
                .is_some_and(|(_, q)| rendering.iter().all(|r| q.iter().any(|s| same_word(r, s))))
        };
        for term in &self.terms {
            let languages: Vec<&str> = term
                .iter()
                .filter(|(l, r)| named(l, r))
                .map(|(l, _)| *l)
                .collect();
            if languages.is_empty() {
                continue;
            }
            crossing.named.extend(
                term.iter()
                    .filter(|(l, _)| languages.contains(l))
                    .map(|(l, r)| (*l, r.clone())),
            );
            let mut added: Vec<&str> = Vec::new();
            for want in [edition, REFERENCE_LANG] {
                if languages.contains(&want) || added.contains(&want) {
                    continue;
                }
                if let Some((lang, rendering)) = term.iter().find(|(l, _)| *l == want) {
                    crossing.add.push((*lang, rendering.clone()));
                    added.push(want);
                }
            }
        }
        crossing
    }
}

/// What the term base makes of a query.
#[derive(Debug, Default)]
pub(super) struct Crossing {
    /// Renderings to add to the query: `(language, stems)`.
    pub(super) add: Vec<(&'static str, Vec<String>)>,
    /// Renderings the query names: `(language, stems)`. Their words are known words in that language, never
    /// typos to correct.
    pub(super) named: Vec<(&'static str, Vec<String>)>,
}

/// Whether a query's stem is a rendering's stem. Equal, or one the start of the other, longer by at most two
/// letters, when the shorter has at least five: Snowball stems a plural and its singular apart in places
/// ("passagers" → `passager`, "passager" → `passag`), and a term must be named whatever its number; a longer
/// difference is another word or a typo ("reintegraton" is not `reintegr`).
pub(super) fn same_word(rendering: &str, query: &str) -> bool {
    let (r, q) = (rendering.chars().count(), query.chars().count());
    let (short, long, n, extra) = if r <= q {
        (rendering, query, r, q - r)
    } else {
        (query, rendering, q, r - q)
    };
    short == long || (n >= 5 && extra <= 2 && long.starts_with(short))
}

/// A stemmer per language of the term base, with its static name.
pub(super) fn stemmers() -> Vec<(&'static str, TextAnalyzer)> {
    LANGS
        .iter()
        .map(|(l, language)| (*l, analyzers::stemmed(*language)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> TermBase {
        let toml = r#"
[[term]]
id = "unaccompanied-child"
en = "unaccompanied child"
fr = "enfant non accompagné"
es = "niño no acompañado"
ar = "الطفل غير المصحوب"
"#;
        TermBase::parse("terms.toml", toml.to_owned()).unwrap_or_default()
    }

    fn stems_of(words: &str) -> impl FnMut(&str) -> HashSet<String> + '_ {
        let mut all = stemmers();
        move |lang| {
            let (_, s) = all
                .iter_mut()
                .find(|(l, _)| *l == lang)
                .unwrap_or_else(|| unreachable!("every term language has a stemmer"));
            analyzers::tokens(s, words).into_iter().collect()
        }
    }

    #[test]
    fn a_french_query_naming_a_term_adds_its_english_rendering_only() {
        let cross = CrossTerms::from_base(&base());
        let targets = cross.targets("fr", stems_of("enfants non accompagnés"));
        let langs: Vec<&str> = targets.add.iter().map(|(l, _)| *l).collect();
        assert_eq!(
            langs,
            ["en"],
            "French is already named by the query; English is what fallback sections need"
        );
    }

    #[test]
    fn an_arabic_query_in_another_edition_adds_that_editions_rendering_and_english() {
        let cross = CrossTerms::from_base(&base());
        let targets = cross.targets("es", stems_of("الطِّفْل غير مصحوب"));
        let langs: Vec<&str> = targets.add.iter().map(|(l, _)| *l).collect();
        assert_eq!(
            langs,
            ["es", "en"],
            "vowelled and without the article, the Arabic still names the term; Spanish and English renderings follow"
        );
    }

    #[test]
    fn a_plural_names_the_term_its_singular_renders() {
        let toml = "[[term]]\nid = \"stowaway\"\nen = \"stowaway\"\nfr = \"passager clandestin\"\nes = \"polizón\"\nar = \"المسافر خلسة\"\n";
        let cross = CrossTerms::from_base(&TermBase::parse("t.toml", toml.to_owned()).unwrap_or_default());
        let targets = cross.targets("fr", stems_of("passagers clandestins"));
        assert_eq!(targets.named.len(), 1, "the plural names the term: {targets:?}");
        assert!(
            !same_word("migr", "migration"),
            "a short stem never stands for a longer word"
        );
    }

    #[test]
    fn an_english_query_in_the_english_edition_adds_nothing() {
        let cross = CrossTerms::from_base(&base());
        assert!(
            cross
                .targets("en", stems_of("unaccompanied children"))
                .add
                .is_empty(),
            "English ranking is left exactly as it was"
        );
    }
}
