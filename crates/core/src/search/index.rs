use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;
use tantivy::index::InvertedIndexReader;
use tantivy::schema::{FAST, Field, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, ReloadPolicy, Searcher, TantivyDocument};

use super::analyzers::{self, EXACT, LANGS, MAX_TOKEN_LEN};
use super::exec::{self, Executor, Node, PhraseSource};
use super::query::{self, Parsed};
use super::rank::{self, Intent, Role};
use super::snippet;
use super::typo::TypoTable;
use super::{ChapterRef, Error, SearchHit, SearchRequest, SearchResponse, Synonyms};
use crate::handbook::Handbook;

/// Bump when the schema or analysis changes: old indexes on disk are then rebuilt.
const SCHEMA_VERSION: u32 = 2;
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
/// How much closeness of the query's words lifts a section (see [`rank::proximity`]), and among how many of the
/// best candidates it is measured.
const PROXIMITY: f32 = 0.3;
/// A word people type for one of the handbook's words (`handbook/synonyms.toml`) matches it a little below the word
/// itself.
const SYNONYM: f32 = 0.8;
const PROXIMITY_CANDIDATES: usize = 30;
const SNIPPET_CHARS: usize = 180;
const DEFAULT_LIMIT: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuildProgress {
    pub done: usize,
    pub total: usize,
}

/// What the index holds for one section. Built from the handbook, or generated for benchmarks.
#[derive(Debug, Clone)]
pub struct SectionDoc {
    pub lang: String,
    pub chapter_id: String,
    pub chapter_title: String,
    pub section_id: String,
    pub title: String,
    pub heading_path: Vec<String>,
    /// For a `###` section, the id of the `##` section it sits in; empty otherwise.
    pub parent_id: String,
    pub text: String,
    pub tags: Vec<String>,
}

impl SectionDoc {
    /// `chapter#section`, or `chapter` for the overview: how results are named in judgements.
    pub fn key(&self) -> String {
        section_key(&self.chapter_id, &self.section_id)
    }
}

pub fn section_key(chapter_id: &str, section_id: &str) -> String {
    if section_id.is_empty() {
        chapter_id.to_owned()
    } else {
        format!("{chapter_id}#{section_id}")
    }
}

#[derive(Debug, Clone)]
struct ChapterInfo {
    id: String,
    title: String,
    /// Lowercased title, summary and tags: what "closest chapters" compares against.
    about: String,
}

#[derive(Debug, Clone, Copy)]
struct StemFields {
    title: Field,
    head: Field,
    body: Field,
}

#[derive(Debug, Clone)]
struct Fields {
    ord: Field,
    lang: Field,
    chapter: Field,
    tag: Field,
    title_x: Field,
    head_x: Field,
    body_x: Field,
    stem: HashMap<&'static str, StemFields>,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let exact = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(EXACT)
            // No positions: phrases are confirmed against the section text, which search keeps in memory.
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    let ord = b.add_u64_field("ord", FAST);
    let lang = b.add_text_field("lang", STRING);
    let chapter = b.add_text_field("chapter", STRING);
    let tag = b.add_text_field("tag", STRING);
    let title_x = b.add_text_field("title_x", exact.clone());
    let head_x = b.add_text_field("head_x", exact.clone());
    let body_x = b.add_text_field("body_x", exact);
    let mut stem = HashMap::new();
    for (l, _) in LANGS {
        let opts = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(&analyzers::stem_name(l))
                .set_index_option(IndexRecordOption::WithFreqs),
        );
        let fields = StemFields {
            title: b.add_text_field(&format!("title_{l}"), opts.clone()),
            head: b.add_text_field(&format!("head_{l}"), opts.clone()),
            body: b.add_text_field(&format!("body_{l}"), opts),
        };
        stem.insert(l, fields);
    }
    (
        b.build(),
        Fields {
            ord,
            lang,
            chapter,
            tag,
            title_x,
            head_x,
            body_x,
            stem,
        },
    )
}

fn register_analyzers(index: &Index) {
    let tokenizers = index.tokenizers();
    tokenizers.register(EXACT, analyzers::exact());
    for (l, language) in LANGS {
        tokenizers.register(&analyzers::stem_name(l), analyzers::stemmed(language));
    }
}

/// The sections of these editions that search covers.
pub fn sections_of(handbooks: &[&Handbook]) -> Vec<SectionDoc> {
    let mut out = Vec::new();
    for hb in handbooks {
        // The bibliography is a list of titles: it would crowd out the guidance that cites it.
        for ch in hb.chapters.iter().filter(|c| c.meta.id != "sources") {
            let mut parent = "";
            for s in &ch.outline.sections {
                if s.level <= 2 {
                    parent = &s.id;
                }
                out.push(SectionDoc {
                    lang: hb.lang.clone(),
                    chapter_id: ch.meta.id.clone(),
                    chapter_title: ch.meta.title.clone(),
                    section_id: s.id.clone(),
                    title: s.title.clone(),
                    heading_path: s.heading_path.clone(),
                    parent_id: if s.level > 2 {
                        parent.to_owned()
                    } else {
                        String::new()
                    },
                    text: s.text.clone(),
                    tags: ch.meta.tags.clone(),
                });
            }
        }
    }
    out
}

/// Name of the on-disk index for these editions: a new handbook version means a new index.
pub(crate) fn index_key(handbooks: &[&Handbook]) -> String {
    let versions: Vec<String> = handbooks
        .iter()
        .map(|h| format!("{}-{}", h.lang, h.version))
        .collect();
    format!("v{SCHEMA_VERSION}-{}", versions.join("-"))
}

pub struct SearchIndex {
    searcher: Searcher,
    _reader: IndexReader,
    fields: Fields,
    records: Vec<SectionDoc>,
    /// `chapter#section` of each record, as search results are named.
    keys: Vec<String>,
    /// What each record is for (guidance, a field-layer list, an annex), for the ranking prior.
    roles: Vec<Role>,
    /// The question words each record's title holds ([`rank::question_bits`]).
    title_questions: Vec<u8>,
    /// Global document id (segment after segment) → record.
    doc_records: Vec<u32>,
    exec: Executor,
    /// The language of every record, when there is only one: the language filter is then a no-op.
    only_lang: Option<String>,
    /// Inverted indexes of the exact fields, per segment: for vocabulary look-ups.
    vocab: Vec<Arc<InvertedIndexReader>>,
    /// Typo corrections over the vocabulary of titles, headings and bodies, built on the first word that needs one.
    typos: OnceLock<TypoTable>,
    /// Per stemmer language of the records: the stems of every indexed word, made by [`SearchIndex::warm`].
    stems: OnceLock<HashMap<&'static str, Stems>>,
    /// Per record: title, headings and body as hashes of their exact tokens, made when a phrase first needs them.
    phrase_texts: Vec<OnceLock<[Vec<u32>; 3]>>,
    /// Per record: where each stem of its body occurs ([`rank::positions`]), made when proximity first needs it.
    stem_texts: Vec<OnceLock<rank::Positions>>,
    synonyms: HashMap<String, Synonyms>,
    chapters: HashMap<String, Vec<ChapterInfo>>,
    /// Built once: a stemmer with its stop-word set is too costly to build per keystroke.
    exact_analyzer: TextAnalyzer,
    stemmers: HashMap<&'static str, TextAnalyzer>,
}

impl SearchIndex {
    /// Build an index of `handbooks` in memory, or in `dir` when given.
    pub fn build(
        handbooks: &[&Handbook],
        dir: Option<&Path>,
        progress: &mut dyn FnMut(BuildProgress),
    ) -> Result<SearchIndex, Error> {
        Self::build_docs(sections_of(handbooks), handbooks, dir, progress)
    }

    /// Build an index of any sections (a benchmark corpus, say); `handbooks` give the acronyms and chapters.
    pub fn build_docs(
        docs: Vec<SectionDoc>,
        handbooks: &[&Handbook],
        dir: Option<&Path>,
        progress: &mut dyn FnMut(BuildProgress),
    ) -> Result<SearchIndex, Error> {
        let (schema, fields) = schema();
        let index = match dir {
            Some(d) => Index::create_in_dir(d, schema)?,
            None => Index::create_in_ram(schema),
        };
        register_analyzers(&index);
        let mut writer = index.writer_with_num_threads::<TantivyDocument>(1, 50_000_000)?;
        let total = docs.len();
        for (ord, r) in docs.iter().enumerate() {
            writer.add_document(document(&fields, ord as u64, r))?;
            if ord % 16 == 0 || ord + 1 == total {
                progress(BuildProgress { done: ord + 1, total });
            }
        }
        writer.commit()?;
        writer.wait_merging_threads()?;
        Self::from_index(&index, fields, docs, handbooks)
    }

    /// Open an index built earlier in `dir` for exactly these editions.
    pub fn open(dir: &Path, handbooks: &[&Handbook]) -> Result<SearchIndex, Error> {
        Self::open_docs(dir, sections_of(handbooks), handbooks)
    }

    /// Open an index built by [`SearchIndex::build_docs`] from the same `docs`.
    pub fn open_docs(
        dir: &Path,
        docs: Vec<SectionDoc>,
        handbooks: &[&Handbook],
    ) -> Result<SearchIndex, Error> {
        let index = Index::open_in_dir(dir)?;
        let (_, fields) = schema();
        register_analyzers(&index);
        let si = Self::from_index(&index, fields, docs, handbooks)?;
        let docs = si.searcher.num_docs() as usize;
        if docs != si.records.len() {
            return Err(Error::Stale(format!(
                "{docs} documents for {} sections",
                si.records.len()
            )));
        }
        Ok(si)
    }

    /// Open the index for these editions under `root`, building it when it is missing, stale or damaged.
    /// The new index is written beside the old one and renamed into place, so a crash leaves no half index.
    pub fn open_or_build(
        root: &Path,
        handbooks: &[&Handbook],
        progress: &mut dyn FnMut(BuildProgress),
    ) -> Result<SearchIndex, Error> {
        let io = |path: &Path| {
            let path = path.display().to_string();
            move |source| Error::Io { path, source }
        };
        let key = index_key(handbooks);
        let dir = root.join(&key);
        if dir.exists() {
            match Self::open(&dir, handbooks) {
                Ok(si) => return Ok(si),
                Err(_) => std::fs::remove_dir_all(&dir).map_err(io(&dir))?,
            }
        }
        std::fs::create_dir_all(root).map_err(io(root))?;
        let tmp: PathBuf = root.join(format!("{key}.building-{}", std::process::id()));
        if tmp.exists() {
            std::fs::remove_dir_all(&tmp).map_err(io(&tmp))?;
        }
        std::fs::create_dir_all(&tmp).map_err(io(&tmp))?;
        drop(Self::build(handbooks, Some(&tmp), progress)?);
        std::fs::rename(&tmp, &dir).map_err(io(&dir))?;
        // Older editions' indexes are no longer needed.
        for entry in std::fs::read_dir(root).map_err(io(root))?.flatten() {
            if entry.file_name() != key.as_str() {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
        Self::open(&dir, handbooks)
    }

    fn from_index(
        index: &Index,
        fields: Fields,
        records: Vec<SectionDoc>,
        handbooks: &[&Handbook],
    ) -> Result<SearchIndex, Error> {
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let searcher = reader.searcher();
        let mut doc_records = Vec::new();
        let mut vocab = Vec::new();
        for seg in searcher.segment_readers() {
            let ords = seg.fast_fields().u64("ord")?;
            for doc in 0..seg.max_doc() {
                doc_records.push(ords.first(doc).map_or(u32::MAX, |o| o as u32));
            }
            for f in [fields.body_x, fields.title_x, fields.head_x] {
                vocab.push(seg.inverted_index(f)?);
            }
        }
        let mut scored = vec![
            fields.title_x,
            fields.head_x,
            fields.body_x,
            fields.lang,
            fields.chapter,
            fields.tag,
        ];
        for r in &records {
            if let Some(s) = fields.stem.get(r.lang.as_str()) {
                for f in [s.title, s.head, s.body] {
                    if !scored.contains(&f) {
                        scored.push(f);
                    }
                }
            }
        }
        let exec = Executor::new(&searcher, &scored)?;
        let phrase_texts = (0..records.len()).map(|_| OnceLock::new()).collect();
        let stem_texts = (0..records.len()).map(|_| OnceLock::new()).collect();
        let keys = records.iter().map(SectionDoc::key).collect();
        let roles = records
            .iter()
            .map(|r| Role::of(&r.section_id, &r.parent_id))
            .collect();
        let mut exact = analyzers::exact();
        let title_questions = records
            .iter()
            .map(|r| {
                if r.lang == "en" {
                    rank::question_bits(&analyzers::tokens(&mut exact, &r.title))
                } else {
                    0
                }
            })
            .collect();
        let only_lang = records
            .first()
            .map(|r| r.lang.clone())
            .filter(|l| records.iter().all(|r| &r.lang == l));
        let synonyms = handbooks
            .iter()
            .map(|h| (h.lang.clone(), Synonyms::from_handbook(h)))
            .collect();
        let chapters = handbooks
            .iter()
            .map(|h| {
                let infos = h
                    .chapters
                    .iter()
                    .map(|c| ChapterInfo {
                        id: c.meta.id.clone(),
                        title: c.meta.title.clone(),
                        about: format!("{} {} {}", c.meta.title, c.meta.summary, c.meta.tags.join(" "))
                            .to_lowercase(),
                    })
                    .collect();
                (h.lang.clone(), infos)
            })
            .collect();
        let stemmers = LANGS
            .iter()
            .map(|(l, language)| (*l, analyzers::stemmed(*language)))
            .collect();
        Ok(SearchIndex {
            searcher,
            _reader: reader,
            fields,
            records,
            keys,
            roles,
            title_questions,
            doc_records,
            exec,
            only_lang,
            vocab,
            typos: OnceLock::new(),
            stems: OnceLock::new(),
            phrase_texts,
            stem_texts,
            synonyms,
            chapters,
            exact_analyzer: analyzers::exact(),
            stemmers,
        })
    }

    pub fn num_sections(&self) -> usize {
        self.records.len()
    }

    pub fn synonyms(&self, lang: &str) -> Option<&Synonyms> {
        self.synonyms.get(lang)
    }

    /// Ranked sections with snippets, corrections and suggestions: what the UI shows.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResponse, Error> {
        let lang = req.lang.as_deref().unwrap_or("en");
        let parsed = query::parse(&req.query);
        let mut plan = Plan::new(self, lang, true);
        let Some((total, top)) = self.run(req, &parsed, &mut plan)? else {
            return Ok(SearchResponse {
                hits: vec![],
                total: 0,
                did_you_mean: None,
                closest_chapters: vec![],
                highlight: vec![],
            });
        };
        let forms = plan.highlight_forms();
        let mut exact = plan.exact.clone();
        let mut fold = |w: &str| analyzers::tokens(&mut exact, w).concat();
        let mut hits = Vec::with_capacity(top.len());
        for (score, ord) in top {
            let Some(r) = self.records.get(ord) else { continue };
            let snippet_html = snippet::snippet(&r.text, &forms, &mut fold, SNIPPET_CHARS);
            hits.push(SearchHit {
                chapter_id: r.chapter_id.clone(),
                chapter_title: r.chapter_title.clone(),
                section_id: r.section_id.clone(),
                section_title: r.title.clone(),
                heading_path: r.heading_path.clone(),
                snippet_html,
                tags: r.tags.clone(),
                score,
            });
        }
        let closest_chapters = if hits.is_empty() {
            self.closest_chapters(lang, &req.query)
        } else {
            vec![]
        };
        Ok(SearchResponse {
            hits,
            total,
            did_you_mean: plan.did_you_mean(&parsed),
            closest_chapters,
            highlight: plan.highlight.into_keys().collect(),
        })
    }

    /// Ranked section keys only (`chapter#section`): for relevance evaluation and benchmarks.
    pub fn search_keys(&self, req: &SearchRequest) -> Result<Vec<String>, Error> {
        let lang = req.lang.as_deref().unwrap_or("en");
        let parsed = query::parse(&req.query);
        let mut plan = Plan::new(self, lang, false);
        Ok(self
            .run(req, &parsed, &mut plan)?
            .map_or_else(Vec::new, |(_, top)| {
                top.iter()
                    .filter_map(|&(_, ord)| self.keys.get(ord).cloned())
                    .collect()
            }))
    }

    /// The total number of matches, and the best `limit` as (score, record index).
    #[allow(clippy::type_complexity)]
    fn run(
        &self,
        req: &SearchRequest,
        parsed: &Parsed,
        plan: &mut Plan<'_>,
    ) -> Result<Option<(u64, Vec<(f32, usize)>)>, Error> {
        let lang = plan.lang;
        let limit = req.limit.map_or(DEFAULT_LIMIT, |l| l.clamp(1, 100) as usize);
        let Some(text_query) = plan.text_query(parsed, req.prefix.unwrap_or(true)) else {
            return Ok(None);
        };
        let mut clauses = vec![text_query];
        let filter = |field: Field, value: &str| Node::Filter {
            field,
            text: value.to_owned(),
        };
        if self.only_lang.as_deref() != Some(lang) {
            clauses.push(filter(self.fields.lang, lang));
        }
        if let Some(c) = req.chapter.as_deref().filter(|c| !c.is_empty()) {
            clauses.push(filter(self.fields.chapter, c));
        }
        if let Some(t) = req.tag.as_deref().filter(|t| !t.is_empty()) {
            clauses.push(filter(self.fields.tag, t));
        }
        let query = if clauses.len() == 1 {
            clauses.pop().unwrap_or(Node::Any(vec![]))
        } else {
            Node::All(clauses)
        };
        let mut found = self.exec.eval(&query, self)?;
        let intent = plan.intent;
        for (doc, score) in &mut found {
            let Some(&ord) = self.doc_records.get(*doc as usize) else {
                continue;
            };
            let role = self.roles.get(ord as usize).copied().unwrap_or(Role::Guidance);
            let asks = self.title_questions.get(ord as usize).copied().unwrap_or(0);
            *score *= intent.prior(role, asks);
        }
        let total = found.len() as u64;
        // Best first; equal scores in index order, as tantivy's top-docs collector breaks ties.
        let by_rank = |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        // The query's words close together in a section's body: among the best candidates, closeness lifts.
        if plan.near.len() > 1 && !found.is_empty() {
            let m = PROXIMITY_CANDIDATES.min(found.len());
            found.select_nth_unstable_by(m - 1, by_rank);
            let weight = PROXIMITY;
            for (doc, score) in &mut found[..m] {
                let Some(&ord) = self.doc_records.get(*doc as usize) else {
                    continue;
                };
                let near = rank::proximity(plan.stem_text(ord as usize), &plan.near);
                *score *= 1.0 + weight * near;
            }
        }
        if found.len() > limit {
            found.select_nth_unstable_by(limit - 1, by_rank);
            found.truncate(limit);
        }
        found.sort_unstable_by(by_rank);
        let hits = found
            .into_iter()
            .filter_map(|(doc, score)| {
                let ord = *self.doc_records.get(doc as usize)? as usize;
                (ord < self.records.len()).then_some((score, ord))
            })
            .collect();
        Ok(Some((total, hits)))
    }

    fn term_exists(&self, token: &str) -> bool {
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
    fn nearest(&self, token: &str, distance: u8) -> Vec<String> {
        self.typo_table().nearest(token, distance)
    }

    fn typo_table(&self) -> &TypoTable {
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
    pub fn warm(&self) {
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
    fn vocabulary(&self) -> Vocabulary {
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
    fn words_with_prefix(&self, prefix: &str, max: usize) -> Vec<String> {
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
    fn completions(&self, prefix: &str, max: usize) -> Vec<String> {
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
    fn closest_chapters(&self, lang: &str, query: &str) -> Vec<ChapterRef> {
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

impl PhraseSource for SearchIndex {
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

fn document(f: &Fields, ord: u64, r: &SectionDoc) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_u64(f.ord, ord);
    doc.add_text(f.lang, &r.lang);
    doc.add_text(f.chapter, &r.chapter_id);
    for t in &r.tags {
        doc.add_text(f.tag, t);
    }
    // The chapter title is context for every section of the chapter.
    let headings = r.heading_path.join(" ");
    let joined = analyzers::joined_compounds(&format!("{} {}", r.title, r.text)).join(" ");
    doc.add_text(f.title_x, &r.title);
    doc.add_text(f.head_x, &headings);
    doc.add_text(f.body_x, format!("{}\n{joined}", r.text));
    if let Some(s) = f.stem.get(r.lang.as_str()) {
        doc.add_text(s.title, &r.title);
        doc.add_text(s.head, &headings);
        doc.add_text(s.body, &r.text);
    }
    doc
}

/// Words with their document frequency, sorted.
type Vocabulary = Vec<(String, u32)>;

/// Indexed words (exact form) → what the stemmer makes of them.
type Stems = FxHashMap<Box<str>, Box<[String]>>;

/// The query being assembled for one search, and what it learned on the way (corrections, highlights).
struct Plan<'a> {
    si: &'a SearchIndex,
    lang: &'a str,
    stem_fields: StemFields,
    exact: TextAnalyzer,
    /// The stemmer's language, and the stemmer once a word not in `stems` needs it.
    stem_lang: &'static str,
    stemmer: Option<TextAnalyzer>,
    stems: Option<&'a Stems>,
    /// Stems to highlight, for snippets and the opened section.
    highlight: BTreeMap<String, f32>,
    /// Word (exact form) → its best correction.
    corrections: HashMap<String, String>,
    /// Whether the caller shows highlights: stems computed only for them are skipped otherwise.
    want_highlight: bool,
    /// What the question asks for besides its topic, set by [`Plan::text_query`].
    intent: Intent,
    /// The stem hashes of each content word of the query, in order (a misspelt word by its correction), for
    /// proximity.
    near: Vec<Vec<u32>>,
}

impl<'a> Plan<'a> {
    fn new(si: &'a SearchIndex, lang: &'a str, want_highlight: bool) -> Self {
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
    fn stem_text(&mut self, ord: usize) -> &'a [(u32, u32)] {
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
        } else if completions.is_empty() && meanings.is_empty() && query::typo_budget(token) > 0 {
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

    fn text_query(&mut self, parsed: &Parsed, prefix: bool) -> Option<Node> {
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
    fn highlight_forms(&mut self) -> HashMap<String, f32> {
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

    fn did_you_mean(&mut self, parsed: &Parsed) -> Option<String> {
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
}
