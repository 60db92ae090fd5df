//! [`SearchIndex`]: one [`EditionIndex`] per handbook edition, and the one a request's language picks.
//!
//! On disk the editions' indexes sit side by side under one folder named for every edition's version
//! ([`index_key`]), one sub-folder per language; a change to any edition rebuilds them all (a few hundred
//! milliseconds), written beside the old folder and renamed into place, so a crash leaves no half index.

use std::path::{Path, PathBuf};

use super::docs::{SectionDoc, edition_sections, index_key};
use super::index::{BuildProgress, EditionIndex};
use super::{Error, SearchRequest, SearchResponse, Synonyms};
use crate::handbook::Handbook;
use crate::handbook::editions::REFERENCE_LANG;

pub struct SearchIndex {
    /// `(language, index)`, in the order the editions were given.
    parts: Vec<(String, EditionIndex)>,
}

/// What each edition's index holds: its language, its sections, and the handbooks that give its synonyms,
/// chapters and term base (the edition, and English for a translation).
fn plan<'a>(handbooks: &[&'a Handbook]) -> Vec<(String, Vec<SectionDoc>, Vec<&'a Handbook>)> {
    let english = handbooks.iter().copied().find(|h| h.lang == REFERENCE_LANG);
    handbooks
        .iter()
        .map(|&h| {
            let mut context = vec![h];
            context.extend(english.filter(|e| e.lang != h.lang));
            (h.lang.clone(), edition_sections(english, h), context)
        })
        .collect()
}

impl SearchIndex {
    /// Build an index of every edition in `handbooks`, in memory or under `dir` (one sub-folder per language).
    pub fn build(
        handbooks: &[&Handbook],
        dir: Option<&Path>,
        progress: &mut dyn FnMut(BuildProgress),
    ) -> Result<SearchIndex, Error> {
        let planned = plan(handbooks);
        let total: usize = planned.iter().map(|(_, docs, _)| docs.len()).sum();
        let mut before = 0;
        let mut parts = Vec::with_capacity(planned.len());
        for (lang, docs, context) in planned {
            let sub = match dir {
                Some(d) => {
                    let sub = d.join(&lang);
                    std::fs::create_dir_all(&sub).map_err(|source| Error::Io {
                        path: sub.display().to_string(),
                        source,
                    })?;
                    Some(sub)
                }
                None => None,
            };
            let n = docs.len();
            let mut report = |p: BuildProgress| {
                progress(BuildProgress {
                    done: before + p.done,
                    total,
                });
            };
            parts.push((
                lang,
                EditionIndex::build_docs(docs, &context, sub.as_deref(), &mut report)?,
            ));
            before += n;
        }
        Ok(SearchIndex { parts })
    }

    /// Build an index of any sections (a benchmark corpus, say) as one edition, the language of the first;
    /// `handbooks` give the acronyms and chapters.
    pub fn build_docs(
        docs: Vec<SectionDoc>,
        handbooks: &[&Handbook],
        dir: Option<&Path>,
        progress: &mut dyn FnMut(BuildProgress),
    ) -> Result<SearchIndex, Error> {
        let lang = docs
            .first()
            .map_or_else(|| REFERENCE_LANG.to_owned(), |d| d.lang.clone());
        let part = EditionIndex::build_docs(docs, handbooks, dir, progress)?;
        Ok(SearchIndex {
            parts: vec![(lang, part)],
        })
    }

    /// Open an index built earlier in `dir` for exactly these editions.
    pub fn open(dir: &Path, handbooks: &[&Handbook]) -> Result<SearchIndex, Error> {
        let mut parts = Vec::new();
        for (lang, docs, context) in plan(handbooks) {
            let part = EditionIndex::open_docs(&dir.join(&lang), docs, &context)?;
            parts.push((lang, part));
        }
        Ok(SearchIndex { parts })
    }

    /// Open an index built by [`SearchIndex::build_docs`] from the same `docs`.
    pub fn open_docs(
        dir: &Path,
        docs: Vec<SectionDoc>,
        handbooks: &[&Handbook],
    ) -> Result<SearchIndex, Error> {
        let lang = docs
            .first()
            .map_or_else(|| REFERENCE_LANG.to_owned(), |d| d.lang.clone());
        let part = EditionIndex::open_docs(dir, docs, handbooks)?;
        Ok(SearchIndex {
            parts: vec![(lang, part)],
        })
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

    /// The edition a request searches: its language's, else English's, else the first.
    fn part(&self, lang: Option<&str>) -> Option<(&str, &EditionIndex)> {
        let find = |l: &str| {
            self.parts
                .iter()
                .find(|(p, _)| p == l)
                .map(|(l, i)| (l.as_str(), i))
        };
        lang.and_then(find)
            .or_else(|| find(REFERENCE_LANG))
            .or_else(|| self.parts.first().map(|(l, i)| (l.as_str(), i)))
    }

    /// Sections over all editions (an edition's count includes the English sections standing in for its gaps).
    pub fn num_sections(&self) -> usize {
        self.parts.iter().map(|(_, p)| p.num_sections()).sum()
    }

    /// The languages searchable, in the order the editions were given.
    pub fn languages(&self) -> Vec<&str> {
        self.parts.iter().map(|(l, _)| l.as_str()).collect()
    }

    /// The sections edition `lang` searches (what an FTS5 baseline must be given to be comparable).
    pub fn edition_docs(&self, lang: &str) -> Vec<SectionDoc> {
        self.part(Some(lang))
            .map(|(_, p)| p.records().to_vec())
            .unwrap_or_default()
    }

    pub fn synonyms(&self, lang: &str) -> Option<&Synonyms> {
        self.part(Some(lang))?.1.synonyms(lang)
    }

    /// Ranked sections with snippets, corrections and suggestions, from the edition of `req.lang`.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResponse, Error> {
        match self.part(req.lang.as_deref()) {
            Some((lang, p)) => p.search(&in_edition(req, lang)),
            None => Ok(SearchResponse {
                hits: vec![],
                total: 0,
                did_you_mean: None,
                closest_chapters: vec![],
                highlight: vec![],
            }),
        }
    }

    /// Ranked section keys only (`chapter#section`): for relevance evaluation and benchmarks.
    pub fn search_keys(&self, req: &SearchRequest) -> Result<Vec<String>, Error> {
        match self.part(req.lang.as_deref()) {
            Some((lang, p)) => p.search_keys(&in_edition(req, lang)),
            None => Ok(vec![]),
        }
    }

    /// Build what keystrokes would otherwise pay for, in every edition (see [`EditionIndex::warm`]).
    pub fn warm(&self) {
        for (_, p) in &self.parts {
            p.warm();
        }
    }

    /// The same for the editions a search in `lang` reads (its own, and English, which stands in for its gaps).
    /// The other editions build their tables at their first query: an officer who works in French does not
    /// hold the typo and term tables of the Arabic and Spanish editions in memory.
    pub fn warm_for(&self, lang: &str) {
        for (l, p) in &self.parts {
            if l == lang || l == REFERENCE_LANG {
                p.warm();
            }
        }
    }
}

/// The request as the chosen edition `lang` runs it: a language with no edition of its own is searched there.
fn in_edition(req: &SearchRequest, lang: &str) -> SearchRequest {
    SearchRequest {
        lang: Some(lang.to_owned()),
        ..req.clone()
    }
}
