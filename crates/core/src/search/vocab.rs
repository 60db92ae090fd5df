//! What the index knows about its words, beyond the postings: whether a word is indexed, its nearest
//! spellings, completions, the stems of every indexed word (built once, in the background), the section texts
//! as token hashes for phrase checks, and the chapters closest to a query that found nothing.

use std::collections::{BTreeMap, HashMap, HashSet};

use rustc_hash::FxHashMap;
use tantivy::schema::Field;
use tantivy::tokenizer::TextAnalyzer;

use super::ChapterRef;
use super::analyzers::{self, MAX_TOKEN_LEN};
use super::exec::{self, PhraseSource};
use super::index::{ChapterInfo, EditionIndex};
use super::snippet;
use super::typo::TypoTable;

impl EditionIndex {
    pub(super) fn term_exists(&self, token: &str) -> bool {
        let f = &self.fields;
        if let Some(known) = self.exec.has_term(&[f.title_x, f.head_x, f.body_x], token) {
            return known;
        }
        self.vocab
            .iter()
            .any(|inv| inv.terms().get(token.as_bytes()).ok().flatten().is_some())
    }

    /// Indexed words within `distance` edits of `token`, nearest first, then most frequent. Looks in titles,
    /// headings and bodies: a correction only has to be a word the handbook uses.
    pub(super) fn nearest(&self, token: &str, distance: u8) -> Vec<String> {
        self.typo_table().nearest(token, distance)
    }

    pub(super) fn typo_table(&self) -> &TypoTable {
        self.typos.get_or_init(|| {
            // A title word is a word the handbook uses: "statelessness" is only ever a heading.
            let all = self.vocabulary();
            TypoTable::new(all.clone(), all)
        })
    }

    /// Build what keystrokes would otherwise pay for, a few milliseconds: the deletion table for typos, the
    /// vocabulary for completions, the stems of every indexed word, and the executor's term table and decoded
    /// postings. The app calls this on its background thread
    /// once the index is open, so no keystroke waits for it.
    pub(super) fn warm(&self) {
        let words = self.typo_table().all_words();
        self.stems.get_or_init(|| {
            let mut out = HashMap::new();
            for r in &self.records {
                let Some((lang, analyzer)) = self.stemmers.get_key_value(r.lang.as_str()) else {
                    continue;
                };
                out.entry(*lang).or_insert_with(|| {
                    let mut analyzer = analyzer.clone();
                    words
                        .iter()
                        .map(|(w, _)| (Box::from(w.as_str()), analyzers::tokens(&mut analyzer, w).into()))
                        .collect()
                });
            }
            out
        });
        self.exec.warm();
    }

    /// The words of all three exact fields (body, title, headings), each with its document frequency summed over
    /// the fields and segments it comes from, sorted. One pass over the dictionaries.
    pub(super) fn vocabulary(&self) -> Vocabulary {
        let mut all: BTreeMap<String, u32> = BTreeMap::new();
        for inv in &self.vocab {
            let Ok(mut stream) = inv.terms().stream() else {
                continue;
            };
            while stream.advance() {
                if let Ok(term) = std::str::from_utf8(stream.key()) {
                    *all.entry(term.to_owned()).or_default() += stream.value().doc_freq;
                }
            }
        }
        all.into_iter().collect()
    }

    /// Body words starting with `prefix`, at most `max`, in order.
    pub(super) fn words_with_prefix(&self, prefix: &str, max: usize) -> Vec<String> {
        let mut out = Vec::new();
        for inv in self.vocab.iter().step_by(3) {
            let Ok(mut stream) = inv.terms().range().ge(prefix.as_bytes()).into_stream() else {
                continue;
            };
            while out.len() < max && stream.advance() {
                let key = stream.key();
                if !key.starts_with(prefix.as_bytes()) {
                    break;
                }
                if let Ok(term) = std::str::from_utf8(key) {
                    out.push(term.to_owned());
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The most frequent indexed words starting with `prefix`: from the vocabulary table once the background
    /// thread has built it, from the term dictionaries until then.
    pub(super) fn completions(&self, prefix: &str, max: usize) -> Vec<String> {
        if let Some(table) = self.typos.get() {
            return table.completions(prefix, max);
        }
        let mut found: BTreeMap<String, u32> = BTreeMap::new();
        for inv in &self.vocab {
            let Ok(mut stream) = inv.terms().range().ge(prefix.as_bytes()).into_stream() else {
                continue;
            };
            let mut scanned = 0;
            while stream.advance() && scanned < 500 {
                scanned += 1;
                let key = stream.key();
                if !key.starts_with(prefix.as_bytes()) {
                    break;
                }
                if let Ok(term) = std::str::from_utf8(key) {
                    *found.entry(term.to_owned()).or_default() += stream.value().doc_freq;
                }
            }
        }
        let mut ranked: Vec<(u32, String)> = found.into_iter().map(|(t, df)| (df, t)).collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked
            .into_iter()
            .filter(|(_, t)| t != prefix)
            .take(max)
            .map(|(_, t)| t)
            .collect()
    }

    /// Chapters whose title, summary or tags share the most letter trigrams with the query.
    pub(super) fn closest_chapters(&self, lang: &str, query: &str) -> Vec<ChapterRef> {
        let Some(chapters) = self.chapters.get(lang) else {
            return vec![];
        };
        let q = trigrams(&query.to_lowercase());
        let mut scored: Vec<(usize, &ChapterInfo)> = chapters
            .iter()
            .map(|c| (trigrams(&c.about).intersection(&q).count(), c))
            .collect();
        scored.sort_by_key(|b| std::cmp::Reverse(b.0));
        scored
            .into_iter()
            .take(3)
            .map(|(_, c)| ChapterRef {
                id: c.id.clone(),
                title: c.title.clone(),
            })
            .collect()
    }
}

impl PhraseSource for EditionIndex {
    fn phrase_count(&self, doc: u32, field: Field, needle: &[u32]) -> u32 {
        let Some(&ord) = self.doc_records.get(doc as usize) else {
            return 0;
        };
        let (Some(r), Some(cell)) = (
            self.records.get(ord as usize),
            self.phrase_texts.get(ord as usize),
        ) else {
            return 0;
        };
        let texts = cell.get_or_init(|| {
            let mut exact = self.exact_analyzer.clone();
            [
                phrase_text(&r.title, &mut exact),
                phrase_text(&r.heading_path.join(" "), &mut exact),
                phrase_text(&r.text, &mut exact),
            ]
        });
        let f = &self.fields;
        let text = if field == f.title_x {
            &texts[0]
        } else if field == f.head_x {
            &texts[1]
        } else if field == f.body_x {
            &texts[2]
        } else {
            return 0;
        };
        exec::count_occurrences(text, needle)
    }
}

/// `text` as the hashes of the exact analyzer's tokens, in order.
fn phrase_text(text: &str, exact: &mut TextAnalyzer) -> Vec<u32> {
    let mut out = Vec::with_capacity(text.len() / 6);
    for (s, e, ascii) in snippet::words(text) {
        let word = &text[s..e];
        if ascii {
            if word.len() < MAX_TOKEN_LEN {
                out.push(exec::token_hash(word.bytes().map(|b| b.to_ascii_lowercase())));
            }
        } else {
            for t in analyzers::tokens(exact, word) {
                out.push(exec::token_hash(t.bytes()));
            }
        }
    }
    out
}

fn trigrams(s: &str) -> HashSet<[char; 3]> {
    let chars: Vec<char> = s.chars().filter(|c| c.is_alphanumeric() || *c == ' ').collect();
    chars.windows(3).map(|w| [w[0], w[1], w[2]]).collect()
}

/// Words with their document frequency, sorted.
pub(super) type Vocabulary = Vec<(String, u32)>;

/// Indexed words (exact form) → what the stemmer makes of them.
pub(super) type Stems = FxHashMap<Box<str>, Box<[String]>>;
