//! The term base (`handbook/terms.toml`): one rendering per key term in each edition, and the renderings an
//! edition must not use.
//!
//! The file's header is the contract this module enforces:
//! - the base itself is sound: ids unique and kebab-case, a non-empty rendering in each of the four languages,
//!   avoid lists only for those languages, and no avoid string inside any rendering of any term (else the
//!   rendering itself would be refused);
//! - in an edition's chapter text (front matter and body; footnote definitions skipped, since they cite source
//!   titles in their own words) an avoid string for that edition's language is an error at its `file:line:col`,
//!   naming the term and the rendering to use.
//!
//! Text and avoid strings are compared after [`fold`]: Unicode composition (NFC, see [`super::compose`]),
//! lowercase, Arabic harakat and tatweel removed. Typographic apostrophes count as `'` and any run of white
//! space (a line break inside a paragraph, a no-break space before French punctuation) as one space, so the
//! Markdown's line wrapping or typography never hides a banned rendering.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::Deserialize;

use super::compose::compose;
use super::text::{LineIndex, is_kebab_id};
use super::{Chapter, Diagnostic, DiagnosticKind};

/// The languages every term is rendered in.
pub const TERM_LANGS: [&str; 4] = ["en", "fr", "es", "ar"];

/// One concept and how each edition names it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub en: String,
    pub fr: String,
    pub es: String,
    pub ar: String,
    /// Per language: renderings that edition must not use for this concept.
    #[serde(default)]
    pub avoid: BTreeMap<String, Vec<String>>,
    /// Per language: renderings the app's message catalogs (`i18n/<lang>/*.ftl`) must not use for this concept.
    /// For a word the handbook uses in another sense (French "garanties" are a law's safeguards; the app's
    /// stop is a "garde-fou"), so it cannot be in `avoid`.
    #[serde(default)]
    pub app_avoid: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

impl Term {
    /// The rendering for `lang` (`None` for a language the base does not cover).
    pub fn rendering(&self, lang: &str) -> Option<&str> {
        match lang {
            "en" => Some(&self.en),
            "fr" => Some(&self.fr),
            "es" => Some(&self.es),
            "ar" => Some(&self.ar),
            _ => None,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TermFile {
    term: Vec<Term>,
}

/// The term base as read, with the text it was read from (for locating problems).
#[derive(Debug, Clone, Default)]
pub struct TermBase {
    pub file: String,
    pub terms: Vec<Term>,
    source: String,
}

impl TermBase {
    /// Read `path`. A file that cannot be read or parsed is one diagnostic at its line and column.
    pub fn load(path: &Path) -> Result<TermBase, Diagnostic> {
        let file = path.display().to_string();
        let source = std::fs::read_to_string(path).map_err(|e| Diagnostic {
            file: file.clone(),
            line: 1,
            col: 1,
            kind: DiagnosticKind::Term,
            message: format!("cannot read the term base: {e}"),
        })?;
        Self::parse(&file, source)
    }

    pub fn parse(file: &str, source: String) -> Result<TermBase, Diagnostic> {
        match toml::from_str::<TermFile>(&source) {
            Ok(f) => Ok(TermBase {
                file: file.to_owned(),
                terms: f.term,
                source,
            }),
            Err(e) => {
                let at = e.span().map_or(0, |s| s.start);
                let (line, col) = LineIndex::new(&source).line_col(&source, at);
                Err(Diagnostic {
                    file: file.to_owned(),
                    line,
                    col,
                    kind: DiagnosticKind::Term,
                    message: format!("malformed term base: {}", e.message().trim()),
                })
            }
        }
    }

    /// Byte offset of `needle` in the file at or after the table of term `index` (the start of the table when
    /// the needle is not found), for locating a problem.
    fn locate(&self, index: usize, needle: &str) -> usize {
        let table = self
            .source
            .match_indices("[[term]]")
            .nth(index)
            .map_or(0, |(i, _)| i);
        self.source[table..].find(needle).map_or(table, |i| table + i)
    }

    fn diag(&self, offset: usize, message: String) -> Diagnostic {
        let (line, col) = LineIndex::new(&self.source).line_col(&self.source, offset);
        Diagnostic {
            file: self.file.clone(),
            line,
            col,
            kind: DiagnosticKind::Term,
            message,
        }
    }

    /// Problems in the term base itself.
    pub fn validate(&self) -> Vec<Diagnostic> {
        let mut diags = Vec::new();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let renderings: Vec<(String, &Term, &str)> = self
            .terms
            .iter()
            .flat_map(|t| {
                TERM_LANGS
                    .iter()
                    .filter_map(move |l| Some((fold(t.rendering(l)?).0, t, *l)))
            })
            .collect();
        for (i, t) in self.terms.iter().enumerate() {
            let at_id = self.locate(i, &format!("\"{}\"", t.id));
            if !is_kebab_id(&t.id) {
                diags.push(self.diag(at_id, format!("term id `{}` must be lowercase kebab-case", t.id)));
            }
            if let Some(first) = seen.insert(&t.id, i) {
                diags.push(self.diag(
                    at_id,
                    format!("term id `{}` is used twice (first in term {})", t.id, first + 1),
                ));
            }
            for lang in TERM_LANGS {
                if t.rendering(lang).is_none_or(|r| r.trim().is_empty()) {
                    diags.push(self.diag(
                        at_id,
                        format!(
                            "term `{}` has no `{lang}` rendering: every term is in all four languages",
                            t.id
                        ),
                    ));
                }
            }
            for lang in t.app_avoid.keys().filter(|l| !TERM_LANGS.contains(&l.as_str())) {
                diags.push(self.diag(
                    self.locate(i, "app_avoid"),
                    format!("term `{}` keeps words out of the app in `{lang}`, which is not a language of the app", t.id),
                ));
            }
            for (lang, list) in &t.avoid {
                if !TERM_LANGS.contains(&lang.as_str()) {
                    diags.push(self.diag(
                        self.locate(i, "avoid"),
                        format!(
                            "term `{}` avoids renderings in `{lang}`, which is not an edition",
                            t.id
                        ),
                    ));
                }
                for avoid in list {
                    let needle = fold(avoid).0;
                    let at = self.locate(i, &format!("\"{avoid}\""));
                    if needle.trim().is_empty() {
                        diags.push(self.diag(at, format!("term `{}` has an empty avoid string", t.id)));
                        continue;
                    }
                    for (rendering, other, other_lang) in &renderings {
                        if rendering.contains(&needle) {
                            diags.push(self.diag(
                                at,
                                format!(
                                    "avoid string `{avoid}` of term `{}` is inside the `{other_lang}` rendering \
                                     of `{}` (`{}`): that rendering would be refused",
                                    t.id,
                                    other.id,
                                    other.rendering(other_lang).unwrap_or_default()
                                ),
                            ));
                        }
                    }
                }
            }
        }
        diags
    }

    /// Every `app_avoid` string in the message catalogs the app was built with, at `i18n/<lang>/<file>:line:col`.
    pub fn check_catalogs(&self) -> Vec<Diagnostic> {
        let mut diags = Vec::new();
        for (lang, file, text) in crate::i18n::catalog_files() {
            let (folded, origin) = fold(text);
            let index = LineIndex::new(text);
            for t in &self.terms {
                let Some(list) = t.app_avoid.get(lang) else {
                    continue;
                };
                let rendering = t.rendering(lang).unwrap_or_default();
                for avoid in list {
                    let needle = fold(avoid).0;
                    if needle.trim().is_empty() {
                        continue;
                    }
                    for (at, _) in folded.match_indices(&needle) {
                        let char_index = folded[..at].chars().count();
                        let offset = origin.get(char_index).copied().unwrap_or_default();
                        let (line, col) = index.line_col(text, offset);
                        diags.push(Diagnostic {
                            file: format!("i18n/{lang}/{file}"),
                            line,
                            col,
                            kind: DiagnosticKind::Term,
                            message: format!(
                                "`{avoid}` is a word the term base keeps out of the app for `{}`: write `{rendering}`",
                                t.id
                            ),
                        });
                    }
                }
            }
        }
        diags
    }

    /// Every avoid string for `lang` in the chapter's text, at its line and column.
    pub fn check_chapter(&self, lang: &str, ch: &Chapter) -> Vec<Diagnostic> {
        let mut text = ch.source.clone();
        // Footnote definitions cite titles in their own words: blank them (same length, so offsets hold).
        for def in &ch.outline.footnote_defs {
            let end = ch.source[def.offset..]
                .find("\n\n")
                .map_or(ch.source.len(), |i| def.offset + i);
            text.replace_range(def.offset..end, &" ".repeat(end - def.offset));
        }
        let (folded, origin) = fold(&text);
        let index = LineIndex::new(&ch.source);
        let mut diags = Vec::new();
        for t in &self.terms {
            let Some(list) = t.avoid.get(lang) else { continue };
            let rendering = t.rendering(lang).unwrap_or_default();
            for avoid in list {
                let needle = fold(avoid).0;
                if needle.trim().is_empty() {
                    continue;
                }
                for (at, _) in folded.match_indices(&needle) {
                    let char_index = folded[..at].chars().count();
                    let offset = origin.get(char_index).copied().unwrap_or_default();
                    let (line, col) = index.line_col(&ch.source, offset);
                    diags.push(Diagnostic {
                        file: ch.file.clone(),
                        line,
                        col,
                        kind: DiagnosticKind::Term,
                        message: format!(
                            "`{avoid}` is a rendering the term base refuses for `{}`: write `{rendering}`",
                            t.id
                        ),
                    });
                }
            }
        }
        diags
    }
}

fn is_arabic_mark(c: char) -> bool {
    // Tanwin, harakat, shadda, sukun (U+064B–U+0652), superscript alef (U+0670) and Quranic marks (U+06D6–U+06ED).
    matches!(c, '\u{64b}'..='\u{652}' | '\u{670}' | '\u{6d6}'..='\u{6ed}')
}

/// `text` folded for comparison (see the module docs), and for each character of the result the byte offset in
/// `text` of the character it came from.
pub fn fold(text: &str) -> (String, Vec<usize>) {
    let mut out: Vec<char> = Vec::with_capacity(text.len());
    let mut origin: Vec<usize> = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        if c == '\u{640}' || is_arabic_mark(c) {
            continue;
        }
        let c = match c {
            '\u{2019}' | '\u{2018}' | '\u{2bc}' => '\'',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && out.last() == Some(&' ') {
            continue;
        }
        if let Some(composed) = out.last().and_then(|&base| compose(base, c)) {
            // Lowercase after composing: the mark belongs to the letter before it.
            let mut lower = composed.to_lowercase();
            if let (Some(first), None) = (lower.next(), lower.next())
                && let Some(last) = out.last_mut()
            {
                *last = first;
                continue;
            }
        }
        for l in c.to_lowercase() {
            out.push(l);
            origin.push(at);
        }
    }
    (out.into_iter().collect(), origin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_composition_harakat_tatweel_and_line_wrapping() {
        assert_eq!(
            fold("Meilleur\n  Intérêt").0,
            fold("meilleur inte\u{301}re\u{302}t").0
        );
        assert_eq!(
            fold("الـهِجْرَة").0,
            fold("الهجرة").0,
            "tatweel and harakat are not letters"
        );
        assert_eq!(fold("l’enfant").0, "l'enfant");
        assert_eq!(
            fold("ا\u{654}").0,
            "أ",
            "alef + hamza composes, the hamza is kept"
        );
    }

    #[test]
    fn the_app_names_a_workflow_safeguard_one_way_in_each_language_and_the_check_would_say_where_it_did_not()
    {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../handbook");
        let base =
            TermBase::load(&root.join("terms.toml")).unwrap_or_else(|d| panic!("the term base loads: {d}"));
        let found = base.check_catalogs();
        assert!(
            found.is_empty(),
            "no catalog uses a word the term base keeps out of the app: {found:#?}"
        );
        let safeguard = base.terms.iter().find(|t| t.id == "workflow-safeguard");
        assert!(
            safeguard.is_some_and(|t| t.fr == "garde-fou" && t.es == "salvaguarda"),
            "the base chooses garde-fou and salvaguarda for the app's stops"
        );

        // The same check on a base that keeps a word out which the French catalogs do use ("dérogation").
        let strict = TermBase::parse(
            "strict.toml",
            "[[term]]\nid = \"x\"\nen = \"override\"\nfr = \"exception\"\nes = \"excepción\"\nar = \"استثناء\"\n\
             app_avoid = { fr = [\"dérogation\"] }\n"
                .to_owned(),
        )
        .unwrap_or_else(|d| panic!("a one-term base parses: {d}"));
        let found = strict.check_catalogs();
        assert!(
            found
                .iter()
                .any(|d| d.file == "i18n/fr/ui.ftl" && d.line > 1 && d.message.contains("`exception`")),
            "each use is reported at its catalog file and line, with the word to write: {found:#?}"
        );
        assert!(
            found.iter().all(|d| d.file.starts_with("i18n/fr/")),
            "only the language the word is kept out of is checked"
        );
    }

    #[test]
    fn folded_positions_point_back_into_the_original_text() {
        let (folded, origin) = fold("A\u{301}b  c");
        assert_eq!(folded, "áb c", "composed, lowercased, the double space made one");
        assert_eq!(
            origin,
            [0, 3, 4, 6],
            "á from byte 0, b from 3, the space from 4, c from 6"
        );
    }
}
