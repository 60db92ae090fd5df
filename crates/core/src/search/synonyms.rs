use std::collections::HashMap;

use crate::handbook::Handbook;

use super::analyzers;

const GLOSSARY: &str = "glossary";
const ACRONYMS_SECTION: &str = "{#acronyms}";

/// Acronyms and their expansions, read from the acronyms table of the handbook's glossary, so that content
/// writers (not code) decide what "UASC" or "PFA" means to the search.
#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    /// acronym (exact-analysed, e.g. "uasc") → expansion tokens (exact-analysed).
    by_acronym: HashMap<String, Vec<String>>,
}

impl Synonyms {
    pub fn from_handbook(hb: &Handbook) -> Synonyms {
        let Some(ch) = hb.chapter(GLOSSARY) else {
            return Synonyms::default();
        };
        let body = ch.body();
        let Some(start) = body.find(ACRONYMS_SECTION) else {
            return Synonyms::default();
        };
        let mut analyzer = analyzers::exact();
        let mut by_acronym = HashMap::new();
        let table = body[start..]
            .lines()
            .skip(1)
            .skip_while(|l| !l.trim_start().starts_with('|'));
        for line in table.take_while(|l| l.trim_start().starts_with('|')) {
            let cells: Vec<&str> = line.trim().trim_matches('|').split('|').map(str::trim).collect();
            let [acronym, meaning, ..] = cells.as_slice() else {
                continue;
            };
            let acronym = acronym.trim_matches(|c| c == '*' || c == '`');
            if acronym.is_empty() || acronym.starts_with('-') || acronym.eq_ignore_ascii_case("acronym") {
                continue;
            }
            let key = analyzers::tokens(&mut analyzer, acronym).concat();
            // Drop footnote markers and bracketed asides from the expansion.
            let meaning = meaning.split("[^").next().unwrap_or(meaning);
            let expansion = analyzers::tokens(&mut analyzer, meaning);
            if !key.is_empty() && !expansion.is_empty() {
                by_acronym.insert(key, expansion);
            }
        }
        Synonyms { by_acronym }
    }

    pub fn len(&self) -> usize {
        self.by_acronym.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_acronym.is_empty()
    }

    pub fn expansion(&self, acronym: &str) -> Option<&[String]> {
        self.by_acronym.get(acronym).map(Vec::as_slice)
    }

    /// Acronyms whose full expansion appears, in order, among the query tokens.
    pub fn acronyms_in(&self, tokens: &[String]) -> Vec<&str> {
        let mut found: Vec<&str> = self
            .by_acronym
            .iter()
            .filter(|(_, exp)| exp.len() > 1 && tokens.windows(exp.len()).any(|w| w == exp.as_slice()))
            .map(|(a, _)| a.as_str())
            .collect();
        found.sort_unstable();
        found
    }
}
