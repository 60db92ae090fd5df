//! What search knows beyond the words of the handbook: acronyms from the glossary's table and the words people
//! type for the handbook's own words, from `handbook/synonyms.toml` (one table per language), and the check that
//! every entry points at words the edition uses.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::handbook::{Diagnostic, DiagnosticKind, Handbook};

use super::analyzers;

const GLOSSARY: &str = "glossary";
const ACRONYMS_SECTION: &str = "{#acronyms}";
/// Beside the editions (`handbook/synonyms.toml` for `handbook/en/`), one table per language.
const SYNONYMS_FILE: &str = "synonyms.toml";

/// Acronyms and their expansions, read from the acronyms table of the handbook's glossary, and the words people
/// type for the handbook's own words, read from `handbook/synonyms.toml`: content writers (not code) decide what
/// "UASC" means to the search, and that someone typing "kid" means "child".
#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    /// acronym (exact-analysed, e.g. "uasc") → expansion tokens (exact-analysed).
    by_acronym: HashMap<String, Vec<String>>,
    /// typed word (exact form) → the handbook's words for it, each a word or a phrase (exact tokens).
    by_word: HashMap<String, Vec<Vec<String>>>,
    /// The same by the stem of the typed word, so "pictures" finds what "picture" is listed with.
    by_stem: HashMap<String, Vec<Vec<String>>>,
    /// typed phrases of two or more words (exact tokens), sorted, with the handbook's words for each.
    by_phrase: Vec<(Vec<String>, Vec<Vec<String>>)>,
}

/// The synonym file of the editions in `edition_dir`'s parent folder.
fn synonyms_path(edition_dir: &Path) -> PathBuf {
    edition_dir
        .parent()
        .map_or_else(|| PathBuf::from(SYNONYMS_FILE), |p| p.join(SYNONYMS_FILE))
}

/// `[lang]` table → typed words → the handbook's words.
type SynonymFile = BTreeMap<String, BTreeMap<String, Vec<String>>>;

impl Synonyms {
    pub fn from_handbook(hb: &Handbook) -> Synonyms {
        let mut out = Self::acronyms(hb);
        // A file that does not parse is reported by `avr handbook check`; search then goes without it.
        let file: Option<SynonymFile> = std::fs::read_to_string(synonyms_path(&hb.dir))
            .ok()
            .and_then(|text| toml::from_str(&text).ok());
        let mut analyzer = analyzers::exact();
        let mut stemmer = analyzers::stemmed(analyzers::language(&hb.lang));
        for (typed, means) in file.and_then(|mut f| f.remove(&hb.lang)).unwrap_or_default() {
            let key = analyzers::tokens(&mut analyzer, &typed);
            let targets: Vec<Vec<String>> = means
                .iter()
                .map(|m| analyzers::tokens(&mut analyzer, m))
                .filter(|t| !t.is_empty() && *t != key)
                .collect();
            match key.as_slice() {
                _ if targets.is_empty() => {}
                [] => {}
                [word] => {
                    if let Some(stem) = analyzers::tokens(&mut stemmer, word).pop() {
                        out.by_stem
                            .entry(stem)
                            .or_default()
                            .extend(targets.iter().cloned());
                    }
                    out.by_word.entry(word.clone()).or_default().extend(targets);
                }
                _ => out.by_phrase.push((key, targets)),
            }
        }
        out.by_phrase.sort_unstable();
        out
    }

    fn acronyms(hb: &Handbook) -> Synonyms {
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
        Synonyms {
            by_acronym,
            by_word: HashMap::new(),
            by_stem: HashMap::new(),
            by_phrase: Vec::new(),
        }
    }

    /// Acronyms and typed words known.
    pub fn len(&self) -> usize {
        self.by_acronym.len() + self.by_word.len() + self.by_phrase.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_acronym.is_empty() && self.by_word.is_empty() && self.by_phrase.is_empty()
    }

    /// The handbook's words for one typed word (exact form), each a word or a phrase.
    pub fn meanings(&self, word: &str) -> &[Vec<String>] {
        self.by_word.get(word).map_or(&[], Vec::as_slice)
    }

    /// The handbook's words for a typed word not listed as such, by its stem ("pictures" as "picture").
    pub fn meanings_by_stem(&self, stem: &str) -> &[Vec<String>] {
        self.by_stem.get(stem).map_or(&[], Vec::as_slice)
    }

    /// Typed phrases of two or more words found, in order, among the query tokens, with the handbook's words for each.
    pub fn phrases_in(&self, tokens: &[String]) -> Vec<&[Vec<String>]> {
        self.by_phrase
            .iter()
            .filter(|(k, _)| tokens.windows(k.len()).any(|w| w == k.as_slice()))
            .map(|(_, v)| v.as_slice())
            .collect()
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

/// Problems in the synonym file beside `hb`'s edition: a file that does not parse, and any word it maps to that
/// the edition never uses (so a typed word would lead nowhere). No file is no problem.
pub fn check_synonyms(hb: &Handbook) -> Vec<Diagnostic> {
    let path = synonyms_path(&hb.dir);
    let Ok(text) = std::fs::read_to_string(&path) else {
        return vec![];
    };
    let file_name = path.display().to_string();
    let at = |offset: usize, kind: DiagnosticKind, message: String| {
        let before = &text[..offset.min(text.len())];
        Diagnostic {
            file: file_name.clone(),
            line: before.matches('\n').count() + 1,
            col: before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1,
            kind,
            message,
        }
    };
    let file: SynonymFile = match toml::from_str(&text) {
        Ok(f) => f,
        Err(e) => {
            let offset = e.span().map_or(0, |s| s.start);
            return vec![at(offset, DiagnosticKind::Unreadable, e.message().to_owned())];
        }
    };
    let Some(table) = file.get(&hb.lang) else {
        return vec![];
    };
    let mut analyzer = analyzers::exact();
    let texts: Vec<Vec<String>> = hb
        .chapters
        .iter()
        .flat_map(|c| &c.outline.sections)
        .flat_map(|s| [&s.title, &s.text])
        .map(|t| analyzers::tokens(&mut analyzer, t))
        .collect();
    let vocabulary: HashSet<&str> = texts.iter().flatten().map(String::as_str).collect();
    let used = |tokens: &[String]| match tokens {
        [] => false,
        [one] => vocabulary.contains(one.as_str()),
        many => texts.iter().any(|t| t.windows(many.len()).any(|w| w == many)),
    };
    // Where each entry starts: the first line of the `[lang]` table that begins with its key.
    let table_start = text.find(&format!("[{}]", hb.lang)).unwrap_or(0);
    let line_of = |typed: &str| {
        let mut offset = table_start;
        for line in text[table_start..].split_inclusive('\n') {
            let key = line.trim_start().trim_start_matches('"');
            if key.starts_with(typed) {
                return offset + (line.len() - line.trim_start().len());
            }
            offset += line.len();
        }
        table_start
    };
    let mut out = Vec::new();
    for (typed, means) in table {
        if means.is_empty() {
            out.push(at(
                line_of(typed),
                DiagnosticKind::BrokenLink,
                format!("synonym \"{typed}\" maps to no word"),
            ));
        }
        for m in means {
            if !used(&analyzers::tokens(&mut analyzer, m)) {
                out.push(at(
                    line_of(typed),
                    DiagnosticKind::BrokenLink,
                    format!(
                        "synonym \"{typed}\" maps to \"{m}\", which the {} handbook never uses",
                        hb.lang
                    ),
                ));
            }
        }
    }
    out
}
