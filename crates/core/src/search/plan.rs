//! One search's query plan: how each typed word becomes alternatives (itself, its stem, corrections,
//! completions, synonyms, an acronym's expansion), each with its weight, and what the plan learns on the way
//! (corrections for "did you mean", stems to highlight, the query's intent, the stems proximity compares).

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

use tantivy::schema::Field;
use tantivy::tokenizer::TextAnalyzer;

use super::analyzers::{self, MAX_TOKEN_LEN};
use super::crosslang;
use super::docs::StemFields;
use super::exec::{self, Node};
use super::index::EditionIndex;
use super::query::{self, Parsed};
use super::rank::{self, Intent};
use super::snippet;
use super::vocab::Stems;

const TITLE: f32 = 1.5;
const HEAD: f32 = 1.2;
const BODY: f32 = 1.0;
/// Exact (unstemmed) matches outrank stemmed ones, which outrank corrections and expansions.
const EXACT_BONUS: f32 = 1.5;
const CORRECTION: f32 = 0.6;
const PREFIX: f32 = 0.7;
const EXPANSION: f32 = 0.3;
/// A known acronym's spelled-out expansion, as a phrase, when the acronym is typed (below its literal occurrences).
const EXPANSION_PHRASE: f32 = 0.8;
/// A known acronym typed as such is a strong signal: its literal occurrences outrank its expansion.
const ACRONYM: f32 = 3.0;
const TIE_BREAKER: f32 = 0.3;
/// How much a section loses for each query word it lacks: its score is multiplied by (words matched ÷ words)^COVER.
const COVER: f32 = 1.0;
/// A word people type for one of the handbook's words (`handbook/synonyms.toml`) matches it a little below the word
/// itself.
const SYNONYM: f32 = 0.8;
/// A term the query names in one language, matched by its rendering in another (`handbook/terms.toml`): as a
/// synonym is. Chosen, not tuned: no judged query crossed languages when it was set.
const TERM: f32 = SYNONYM;

/// The query being assembled for one search, and what it learned on the way (corrections, highlights).
pub(super) struct Plan<'a> {
    pub(super) si: &'a EditionIndex,
    pub(super) lang: &'a str,
    pub(super) stem_fields: StemFields,
    pub(super) exact: TextAnalyzer,
    /// The stemmer's language, and the stemmer once a word not in `stems` needs it.
    pub(super) stem_lang: &'static str,
    pub(super) stemmer: Option<TextAnalyzer>,
    pub(super) stems: Option<&'a Stems>,
    /// Stems to highlight, for snippets and the opened section.
    pub(super) highlight: BTreeMap<String, f32>,
    /// Word (exact form) → its best correction.
    pub(super) corrections: HashMap<String, String>,
    /// Whether the caller shows highlights: stems computed only for them are skipped otherwise.
    pub(super) want_highlight: bool,
    /// What the question asks for besides its topic, set by [`Plan::text_query`].
    pub(super) intent: Intent,
    /// The stem hashes of each content word of the query, in order (a misspelt word by its correction), for
    /// proximity.
    pub(super) near: Vec<Vec<u32>>,
    /// Query words that belong to a term the query names in another language than the edition's: words, not
    /// typos.
    pub(super) foreign_term_words: HashSet<String>,
}

impl<'a> Plan<'a> {
    pub(super) fn new(si: &'a EditionIndex, lang: &'a str, want_highlight: bool) -> Self {
        let stem_fields = si
            .fields
            .stem
            .get(lang)
            .or_else(|| si.fields.stem.get("en"))
            .copied();
        let stem_lang = si.stemmers.get_key_value(lang).map_or("en", |(l, _)| *l);
        Plan {
            si,
            lang,
            stem_fields: stem_fields.unwrap_or(StemFields {
                title: si.fields.title_x,
                head: si.fields.head_x,
                body: si.fields.body_x,
            }),
            exact: si.exact_analyzer.clone(),
            stem_lang,
            stemmer: None,
            stems: si.stems.get().and_then(|m| m.get(stem_lang)),
            highlight: BTreeMap::new(),
            corrections: HashMap::new(),
            want_highlight,
            intent: Intent::default(),
            near: Vec::new(),
            foreign_term_words: HashSet::new(),
        }
    }

    /// The stems of a word: remembered for indexed words, made by the stemmer for others.
    fn stem(&mut self, word: &str) -> Cow<'a, [String]> {
        if let Some(known) = self.stems.and_then(|s| s.get(word)) {
            return Cow::Borrowed(known);
        }
        let (si, lang) = (self.si, self.stem_lang);
        let stemmer = self.stemmer.get_or_insert_with(|| {
            si.stemmers
                .get(lang)
                .cloned()
                .unwrap_or_else(|| analyzers::stemmed(analyzers::language(lang)))
        });
        Cow::Owned(analyzers::tokens(stemmer, word))
    }

    /// Where each stem occurs in record `ord`'s body: made once, by the stems table or the stemmer (the same
    /// stems).
    pub(super) fn stem_text(&mut self, ord: usize) -> &'a [(u32, u32)] {
        let si = self.si;
        let Some(cell) = si.stem_texts.get(ord) else {
            return &[];
        };
        if let Some(done) = cell.get() {
            return done;
        }
        let text = si.records.get(ord).map_or("", |r| r.text.as_str());
        let mut out = Vec::with_capacity(text.len() / 6);
        for (start, end, _) in snippet::words(text) {
            for token in self.exact_tokens(&text[start..end]) {
                let stems = self.stem(&token);
                out.push(stems.last().map_or(0, |s| exec::token_hash(s.bytes())));
            }
        }
        let _ = cell.set(rank::positions(out));
        cell.get().map_or(&[], |t| t)
    }

    /// The handbook's words for a typed word (`handbook/synonyms.toml`), as listed or by its stem.
    fn meanings(&mut self, token: &str) -> Vec<Vec<String>> {
        let Some(syn) = self.si.synonyms(self.lang) else {
            return Vec::new();
        };
        let listed = syn.meanings(token);
        if !listed.is_empty() {
            return listed.to_vec();
        }
        match self.stem(token).last() {
            Some(stem) => syn.meanings_by_stem(stem).to_vec(),
            None => Vec::new(),
        }
    }

    /// The exact tokens of `text`: a plain ASCII word is its own lowercase.
    fn exact_tokens(&mut self, text: &str) -> Vec<String> {
        if text.len() < MAX_TOKEN_LEN && !text.is_empty() && text.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return vec![text.to_ascii_lowercase()];
        }
        analyzers::tokens(&mut self.exact, text)
    }

    fn term(field: Field, text: &Rc<str>, boost: f32) -> Node {
        Node::Term {
            field,
            text: Rc::clone(text),
            boost,
        }
    }

    fn exact_clauses(&self, token: &str, boost: f32, out: &mut Vec<Node>) {
        let f = &self.si.fields;
        let token: Rc<str> = Rc::from(token);
        out.push(Self::term(f.title_x, &token, TITLE * boost));
        out.push(Self::term(f.head_x, &token, HEAD * boost));
        out.push(Self::term(f.body_x, &token, BODY * boost));
    }

    fn stem_clauses(&mut self, token: &str, boost: f32, out: &mut Vec<Node>) {
        for stem in self.stem(token).iter() {
            let s = self.stem_fields;
            let text: Rc<str> = Rc::from(stem.as_str());
            out.push(Self::term(s.title, &text, TITLE * boost));
            out.push(Self::term(s.head, &text, HEAD * boost));
            out.push(Self::term(s.body, &text, BODY * boost));
            self.highlight.insert(stem.clone(), boost);
        }
    }

    fn phrase_clauses(&mut self, tokens: &[String], boost: f32, out: &mut Vec<Node>) {
        let f = &self.si.fields;
        let terms: Rc<[String]> = Rc::from(tokens);
        for (field, weight) in [(f.title_x, TITLE), (f.head_x, HEAD), (f.body_x, BODY)] {
            out.push(Node::Phrase {
                field,
                terms: Rc::clone(&terms),
                boost: weight * boost,
            });
        }
        if self.want_highlight {
            for t in tokens {
                for stem in self.stem(t).iter() {
                    self.highlight.insert(stem.clone(), boost);
                }
            }
        }
    }

    /// Everything a token can match: itself, its stem, its corrections, its completions and its expansion.
    fn token_query(&mut self, token: &str, complete: bool) -> Node {
        let mut alts = Vec::new();
        let expansion = self
            .si
            .synonyms(self.lang)
            .and_then(|s| s.expansion(token))
            .map(<[String]>::to_vec);
        // The last word of an as-you-type query completes to longer words; while it does, it is a word being
        // typed, not a typo ("traff" is on its way to "trafficking", not a misspelt "staff").
        let completions = if complete && token.chars().count() >= 2 {
            self.si.completions(token, 5)
        } else {
            Vec::new()
        };
        // Words people type for the handbook's own ("kid" for "child"): a known word, never a typo.
        let meanings = self.meanings(token);
        if self.si.term_exists(token) {
            let boost = if expansion.is_some() {
                EXACT_BONUS * ACRONYM
            } else {
                EXACT_BONUS
            };
            self.exact_clauses(token, boost, &mut alts);
        } else if completions.is_empty()
            && meanings.is_empty()
            && !self.foreign_term_words.contains(token)
            && query::typo_budget(token) > 0
        {
            let fixes = self.si.nearest(token, query::typo_budget(token));
            if let Some(best) = fixes.first() {
                self.corrections.insert(token.to_owned(), best.clone());
            }
            for fix in fixes {
                self.exact_clauses(&fix, CORRECTION * EXACT_BONUS, &mut alts);
                self.stem_clauses(&fix, CORRECTION, &mut alts);
            }
        }
        self.stem_clauses(token, 1.0, &mut alts);
        let synonym = SYNONYM;
        for meaning in &meanings {
            if let [word] = meaning.as_slice() {
                self.exact_clauses(word, synonym * EXACT_BONUS, &mut alts);
                self.stem_clauses(word, synonym, &mut alts);
            } else {
                self.phrase_clauses(meaning, synonym, &mut alts);
            }
        }
        for word in completions {
            self.exact_clauses(&word, PREFIX, &mut alts);
            if !self.want_highlight {
                continue;
            }
            if let Some(stem) = self.stem(&word).last() {
                self.highlight.insert(stem.clone(), PREFIX);
            }
        }
        let expansion = self
            .si
            .synonyms(self.lang)
            .and_then(|s| s.expansion(token))
            .map(<[String]>::to_vec);
        if let Some(expansion) = expansion {
            self.phrase_clauses(&expansion, EXPANSION_PHRASE, &mut alts);
        }
        // A word counts once, by its best way of matching (plus a little for the others), so a section that
        // matches more of the query's words outranks one that matches a single word in many ways.
        Node::Best(alts, TIE_BREAKER)
    }

    pub(super) fn text_query(&mut self, parsed: &Parsed, prefix: bool) -> Option<Node> {
        let mut must: Vec<Node> = Vec::new();
        for phrase in &parsed.phrases {
            let tokens = self.exact_tokens(phrase);
            if tokens.is_empty() {
                continue;
            }
            let mut alts = Vec::new();
            if tokens.len() == 1 {
                self.exact_clauses(&tokens[0], EXACT_BONUS, &mut alts);
                self.stem_clauses(&tokens[0], 1.0, &mut alts);
            } else {
                self.phrase_clauses(&tokens, EXACT_BONUS, &mut alts);
            }
            must.push(Node::Any(alts));
        }

        // Loose words: each word is one group of alternatives; groups are OR-ed and BM25 ranks sections that
        // match more of them higher.
        let all: Vec<(String, bool)> = parsed
            .words
            .iter()
            .enumerate()
            .flat_map(|(i, w)| {
                let last = i + 1 == parsed.words.len();
                let toks = self.exact_tokens(w);
                let n = toks.len();
                toks.into_iter()
                    .enumerate()
                    .map(move |(j, t)| (t, last && j + 1 == n))
            })
            .collect();
        let content: Vec<&(String, bool)> = all
            .iter()
            .filter(|(t, _)| !query::is_stop_word(self.lang, t))
            .collect();
        let words: Vec<&(String, bool)> = if content.is_empty() {
            all.iter().collect()
        } else {
            content
        };
        // Terms the query names in another language: computed first, so their words are not taken for typos.
        let all_tokens: Vec<String> = all.iter().map(|(t, _)| t.clone()).collect();
        let crossing = self.cross_language(&all_tokens);
        let mut per_word: Vec<Node> = Vec::new();
        self.near.clear();
        for (token, is_last) in &words {
            let q = self.token_query(token, *is_last && parsed.last_open && prefix);
            per_word.push(q);
            let mut forms = vec![
                self.corrections
                    .get(token.as_str())
                    .cloned()
                    .unwrap_or_else(|| token.clone()),
            ];
            forms.extend(
                self.meanings(token)
                    .into_iter()
                    .filter(|m| m.len() == 1)
                    .flatten(),
            );
            let mut stems: Vec<u32> = Vec::new();
            for form in &forms {
                stems.extend(self.stem(form).iter().map(|s| exec::token_hash(s.bytes())));
            }
            self.near.push(stems);
        }
        let mut groups: Vec<Node> = Vec::new();
        if per_word.len() > 1 {
            groups.push(Node::Cover(per_word, COVER));
        } else {
            groups.extend(per_word);
        }
        let tokens: Vec<String> = all.iter().map(|(t, _)| t.clone()).collect();
        self.intent = Intent::of(self.lang, &tokens);
        // "non refoulement" and "nonrefoulement" find "non-refoulement"; a run of words can also be a phrase.
        for pair in tokens.windows(2) {
            let joined = pair.concat();
            if self.si.term_exists(&joined) {
                let mut alts = Vec::new();
                self.exact_clauses(&joined, EXACT_BONUS, &mut alts);
                groups.push(Node::Any(alts));
            }
        }
        if tokens.len() > 1 {
            let mut alts = Vec::new();
            self.phrase_clauses(&tokens, 1.0, &mut alts);
            groups.push(Node::Any(alts));
        }
        // A typed phrase the handbook words differently ("informed consent" for "informed decision").
        let phrases: Vec<Vec<String>> = self
            .si
            .synonyms(self.lang)
            .map(|s| s.phrases_in(&tokens).into_iter().flatten().cloned().collect())
            .unwrap_or_default();
        for meaning in phrases {
            let mut alts = Vec::new();
            let synonym = SYNONYM;
            if let [word] = meaning.as_slice() {
                self.exact_clauses(word, synonym * EXACT_BONUS, &mut alts);
                self.stem_clauses(word, synonym, &mut alts);
            } else {
                self.phrase_clauses(&meaning, synonym, &mut alts);
            }
            groups.push(Node::Any(alts));
        }
        groups.extend(crossing);
        // A spelled-out expansion also finds its acronym.
        let acronyms: Vec<String> = self
            .si
            .synonyms(self.lang)
            .map(|s| s.acronyms_in(&tokens).into_iter().map(str::to_owned).collect())
            .unwrap_or_default();
        for acronym in acronyms {
            let mut alts = Vec::new();
            self.exact_clauses(&acronym, EXPANSION, &mut alts);
            groups.push(Node::Any(alts));
        }
        if !groups.is_empty() {
            must.push(if groups.len() == 1 {
                groups.pop().unwrap_or(Node::Any(vec![]))
            } else {
                Node::Any(groups)
            });
        }
        match must.len() {
            0 => None,
            1 => must.pop(),
            _ => Some(Node::All(must)),
        }
    }

    /// The indexed word forms whose stem is one to highlight, with its weight: what snippets mark.
    pub(super) fn highlight_forms(&mut self) -> HashMap<String, f32> {
        let mut forms = HashMap::new();
        let stems: Vec<(String, f32)> = self.highlight.iter().map(|(s, w)| (s.clone(), *w)).collect();
        for (stem, weight) in stems {
            // A word starts with its stem, except where the stemmer turned a final "y" into "i" ("happy" →
            // "happi"), so the forms of a stem are among the words starting with it (or with its "y" spelling).
            let mut prefixes = vec![stem.clone()];
            if let Some(base) = stem.strip_suffix('i') {
                prefixes.push(format!("{base}y"));
            }
            for prefix in prefixes {
                for word in self.si.words_with_prefix(&prefix, 200) {
                    if self.stem(&word).concat() == stem {
                        let w = forms.entry(word).or_insert(0.0f32);
                        *w = w.max(weight);
                    }
                }
            }
        }
        forms
    }

    pub(super) fn did_you_mean(&mut self, parsed: &Parsed) -> Option<String> {
        if self.corrections.is_empty() {
            return None;
        }
        let words: Vec<String> = parsed
            .words
            .iter()
            .map(|w| {
                let folded = self.exact_tokens(w).concat();
                self.corrections
                    .get(&folded)
                    .cloned()
                    .unwrap_or_else(|| w.clone())
            })
            .collect();
        let mut text = parsed
            .phrases
            .iter()
            .map(|p| format!("\"{p}\""))
            .collect::<Vec<_>>();
        text.extend(words);
        Some(text.join(" "))
    }

    /// The term base's renderings of the terms the query names, in the edition's language and in English, each
    /// as all of its stems in that language's fields ([`super::crosslang`]).
    fn cross_language(&mut self, tokens: &[String]) -> Vec<Node> {
        let si = self.si;
        if si.cross.is_empty() {
            return Vec::new();
        }
        // The query's words and the single words the synonym table maps them to.
        let mut words: Vec<String> = tokens.to_vec();
        for t in tokens {
            words.extend(self.meanings(t).into_iter().filter(|m| m.len() == 1).flatten());
        }
        let crossing = si.cross.targets(self.lang, |lang| {
            let Some(mut stemmer) = si.stemmers.get(lang).cloned() else {
                return HashSet::new();
            };
            words
                .iter()
                .flat_map(|w| analyzers::tokens(&mut stemmer, w))
                .collect()
        });
        for (lang, rendering) in crossing.named.iter().filter(|(l, _)| *l != self.lang) {
            let Some(mut stemmer) = si.stemmers.get(lang).cloned() else {
                continue;
            };
            for t in tokens {
                let stems = analyzers::tokens(&mut stemmer, t);
                if !stems.is_empty()
                    && stems
                        .iter()
                        .all(|s| rendering.iter().any(|r| crosslang::same_word(r, s)))
                {
                    self.foreign_term_words.insert(t.clone());
                }
            }
        }
        let mut out = Vec::new();
        for (lang, stems) in crossing.add {
            let Some(f) = si.fields.stem.get(lang).copied() else {
                continue;
            };
            let all: Vec<Node> = stems
                .iter()
                .map(|stem| {
                    let text: Rc<str> = Rc::from(stem.as_str());
                    Node::Any(vec![
                        Self::term(f.title, &text, TITLE * TERM),
                        Self::term(f.head, &text, HEAD * TERM),
                        Self::term(f.body, &text, BODY * TERM),
                    ])
                })
                .collect();
            if !all.is_empty() {
                out.push(Node::All(all));
            }
        }
        out
    }
}
