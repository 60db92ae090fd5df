//! Offline full-text search over handbook sections, on tantivy.
//!
//! One document per section. Each language edition has stemmed fields (`title_en`, `head_en`, `body_en`…) and
//! every edition shares unstemmed "exact" fields used for exact terms, phrases, typo correction and prefixes.
//! Case data never enters this index: it is built from the handbook only.

mod analyzers;
/// Benchmarks for `avr bench` (the `bench` feature, which the CLI turns on; the app is built without them).
#[cfg(feature = "bench")]
pub mod bench;
mod docs;
pub mod eval;
mod exec;
mod index;
mod plan;
mod query;
mod rank;
mod snippet;
mod synonyms;
mod typo;
mod vocab;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use docs::{SectionDoc, section_key, sections_of};
pub use index::{BuildProgress, SearchIndex};
pub use synonyms::{Synonyms, check_synonyms};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("search index at {path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("search index is out of date or damaged: {0}")]
    Stale(String),
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, TS)]
#[ts(export)]
pub struct SearchRequest {
    pub query: String,
    /// Edition to search; defaults to English.
    #[serde(default)]
    #[ts(optional)]
    pub lang: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub chapter: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub tag: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub limit: Option<u32>,
    /// Treat the last word as a prefix (as-you-type). Off for a submitted query that ends in a space.
    #[serde(default)]
    #[ts(optional)]
    pub prefix: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SearchHit {
    pub chapter_id: String,
    pub chapter_title: String,
    /// Empty for the chapter overview.
    pub section_id: String,
    pub section_title: String,
    pub heading_path: Vec<String>,
    /// Sanitized HTML: escaped text with matches in `<b>`.
    pub snippet_html: String,
    pub tags: Vec<String>,
    pub score: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ChapterRef {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SearchResponse {
    pub hits: Vec<SearchHit>,
    #[ts(type = "number")]
    pub total: u64,
    /// The query with unknown words replaced by the nearest indexed words, when that differs.
    pub did_you_mean: Option<String>,
    /// Offered when nothing matched, so a search is never a dead end.
    pub closest_chapters: Vec<ChapterRef>,
    /// Word stems to highlight in the opened section.
    pub highlight: Vec<String>,
}
