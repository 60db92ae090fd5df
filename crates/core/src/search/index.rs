//! One edition's search index: building it from the edition's sections (in memory or in a folder), opening it
//! again, and running a search: the plan ([`super::plan`]) is evaluated by the executor, scaled by the ranking
//! priors and proximity, and turned into hits with snippets. [`super::SearchIndex`] holds one per edition.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use tantivy::index::InvertedIndexReader;
use tantivy::schema::Field;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, ReloadPolicy, Searcher, TantivyDocument};

use super::analyzers::{self, LANGS};
use super::crosslang::CrossTerms;
use super::docs::{self, Fields, SectionDoc};
use super::exec::{Executor, Node};
use super::plan::Plan;
use super::query::{self, Parsed};
use super::rank::{self, Role};
use super::snippet;
use super::typo::TypoTable;
use super::vocab::Stems;
use super::{Error, SearchHit, SearchRequest, SearchResponse, Synonyms};
use crate::handbook::{Handbook, editions};

/// How much closeness of the query's words lifts a section (see [`rank::proximity`]), and among how many of the
/// best candidates it is measured.
const PROXIMITY: f32 = 0.3;
const PROXIMITY_CANDIDATES: usize = 30;
const SNIPPET_CHARS: usize = 180;
const DEFAULT_LIMIT: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuildProgress {
    pub done: usize,
    pub total: usize,
}

#[derive(Debug, Clone)]
pub(super) struct ChapterInfo {
    pub(super) id: String,
    pub(super) title: String,
    /// Lowercased title, summary and tags: what "closest chapters" compares against.
    pub(super) about: String,
}

pub(super) struct EditionIndex {
    pub(super) searcher: Searcher,
    pub(super) _reader: IndexReader,
    pub(super) fields: Fields,
    pub(super) records: Vec<SectionDoc>,
    /// `chapter#section` of each record, as search results are named.
    pub(super) keys: Vec<String>,
    /// What each record is for (guidance, a field-layer list, an annex), for the ranking prior.
    pub(super) roles: Vec<Role>,
    /// The question words each record's title holds ([`rank::question_bits`]).
    pub(super) title_questions: Vec<u8>,
    /// Global document id (segment after segment) → record.
    pub(super) doc_records: Vec<u32>,
    pub(super) exec: Executor,
    /// The language of every record, when there is only one: the language filter is then a no-op.
    pub(super) only_lang: Option<String>,
    /// Inverted indexes of the exact fields, per segment: for vocabulary look-ups.
    pub(super) vocab: Vec<Arc<InvertedIndexReader>>,
    /// Typo corrections over the vocabulary of titles, headings and bodies, built on the first word that needs one.
    pub(super) typos: OnceLock<TypoTable>,
    /// Per stemmer language of the records: the stems of every indexed word, made by [`EditionIndex::warm`].
    pub(super) stems: OnceLock<HashMap<&'static str, Stems>>,
    /// Per record: title, headings and body as hashes of their exact tokens, made when a phrase first needs them.
    pub(super) phrase_texts: Vec<OnceLock<[Vec<u32>; 3]>>,
    /// Per record: where each stem of its body occurs ([`rank::positions`]), made when proximity first needs it.
    pub(super) stem_texts: Vec<OnceLock<rank::Positions>>,
    pub(super) synonyms: HashMap<String, Synonyms>,
    pub(super) chapters: HashMap<String, Vec<ChapterInfo>>,
    /// Built once: a stemmer with its stop-word set is too costly to build per keystroke.
    pub(super) exact_analyzer: TextAnalyzer,
    pub(super) stemmers: HashMap<&'static str, TextAnalyzer>,
    /// The term base's renderings, for queries that cross languages ([`super::crosslang`]).
    pub(super) cross: CrossTerms,
}

impl EditionIndex {
    /// Build an index of `docs` in memory, or in `dir` when given; `handbooks` give the synonyms, acronyms,
    /// chapters and term base.
    pub(super) fn build_docs(
        docs: Vec<SectionDoc>,
        handbooks: &[&Handbook],
        dir: Option<&Path>,
        progress: &mut dyn FnMut(BuildProgress),
    ) -> Result<EditionIndex, Error> {
        let (schema, fields) = docs::schema();
        let index = match dir {
            Some(d) => Index::create_in_dir(d, schema)?,
            None => Index::create_in_ram(schema),
        };
        docs::register_analyzers(&index);
        let mut writer = index.writer_with_num_threads::<TantivyDocument>(1, 50_000_000)?;
        let total = docs.len();
        for (ord, r) in docs.iter().enumerate() {
            writer.add_document(docs::document(&fields, ord as u64, r))?;
            if ord % 16 == 0 || ord + 1 == total {
                progress(BuildProgress { done: ord + 1, total });
            }
        }
        writer.commit()?;
        writer.wait_merging_threads()?;
        Self::from_index(&index, fields, docs, handbooks)
    }

    /// Open an index built by [`EditionIndex::build_docs`] from the same `docs`.
    pub(super) fn open_docs(
        dir: &Path,
        docs: Vec<SectionDoc>,
        handbooks: &[&Handbook],
    ) -> Result<EditionIndex, Error> {
        let index = Index::open_in_dir(dir)?;
        let (_, fields) = docs::schema();
        docs::register_analyzers(&index);
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

    fn from_index(
        index: &Index,
        fields: Fields,
        records: Vec<SectionDoc>,
        handbooks: &[&Handbook],
    ) -> Result<EditionIndex, Error> {
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
            for lang in [r.lang.as_str(), r.text_lang.as_str()] {
                let Some(s) = fields.stem.get(lang) else { continue };
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
        // An edition's chapters as it shows them: English stands in for the chapters it lacks.
        let english = handbooks
            .iter()
            .copied()
            .find(|h| h.lang == editions::REFERENCE_LANG);
        let chapters = handbooks
            .iter()
            .map(|h| {
                let reference = english.filter(|e| e.lang != h.lang);
                let infos = editions::chapter_ids(reference, h)
                    .into_iter()
                    .filter_map(|id| editions::resolve(reference, h, id))
                    .map(|r| {
                        let c = &r.chapter;
                        ChapterInfo {
                            id: c.meta.id.clone(),
                            title: c.meta.title.clone(),
                            about: format!("{} {} {}", c.meta.title, c.meta.summary, c.meta.tags.join(" "))
                                .to_lowercase(),
                        }
                    })
                    .collect();
                (h.lang.clone(), infos)
            })
            .collect();
        let stemmers = LANGS
            .iter()
            .map(|(l, language)| (*l, analyzers::stemmed(*language)))
            .collect();
        Ok(EditionIndex {
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
            cross: CrossTerms::load(handbooks),
        })
    }

    pub(super) fn records(&self) -> &[SectionDoc] {
        &self.records
    }

    pub(super) fn num_sections(&self) -> usize {
        self.records.len()
    }

    pub(super) fn synonyms(&self, lang: &str) -> Option<&Synonyms> {
        self.synonyms.get(lang)
    }

    /// Ranked sections with snippets, corrections and suggestions: what the UI shows.
    pub(super) fn search(&self, req: &SearchRequest) -> Result<SearchResponse, Error> {
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
                lang: r.text_lang.clone(),
                fallback: r.text_lang != r.lang,
                heading_path: r.heading_path.clone(),
                snippet_html,
                tags: r.tags.clone(),
                tag_labels: crate::handbook::tag_labels(&r.lang, &r.tags),
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
    pub(super) fn search_keys(&self, req: &SearchRequest) -> Result<Vec<String>, Error> {
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
}
