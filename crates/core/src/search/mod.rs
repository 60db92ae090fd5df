//! Offline full-text search over handbook sections, on tantivy.
//!
//! One index per edition, one document per section the edition shows: its own sections and, where it lacks one,
//! English's (marked as a fallback in the hits). Each document has stemmed fields for the language of its text
//! (`title_fr`, `body_en`…; Arabic normalised and stemmed, see `analyzers`) and unstemmed "exact" fields used for
//! exact terms, phrases, typo correction and prefixes. So each edition has its own vocabulary, typo table and
//! completions. A query is run in the edition of its language (English when it names none) and may cross
//! languages through the term base (`crosslang`). Case data never enters this index: it is built from the
//! handbook only.

mod analyzers;
/// Benchmarks for `avr bench` (the `bench` feature, which the CLI turns on; the app is built without them).
#[cfg(feature = "bench")]
pub mod bench;
mod crosslang;
mod docs;
mod editions;
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

pub use docs::{SectionDoc, edition_sections, section_key, sections_of};
pub use editions::SearchIndex;
pub use index::BuildProgress;
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
    /// The language of the section's text: the edition's, or `en` where the edition lacks the section.
    pub lang: String,
    /// The edition lacks this section: it is English's (mark it, as the reader does).
    pub fallback: bool,
    pub heading_path: Vec<String>,
    /// Sanitized HTML: escaped text with matches in `<b>`.
    pub snippet_html: String,
    /// The chapter's tag ids, for filtering.
    pub tags: Vec<String>,
    /// The label of each tag in the edition's language, in the order of `tags`.
    pub tag_labels: Vec<String>,
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
