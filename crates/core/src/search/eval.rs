//! Relevance, measured: graded judgements (0–3) kept as data in `handbook/search-eval/<lang>.toml`, scored
//! with nDCG@10, MRR@10 and recall@3 for our engine and for a SQLite FTS5 baseline over the same sections.
//!
//! Definitions (all averaged over queries):
//! - nDCG@10: gain 2^grade − 1, discount log2(rank + 1), normalised by the ideal ordering of the judgements.
//! - MRR@10: 1 / rank of the first result graded 2 or 3 (0 when none is in the top 10).
//! - recall@3: share of the sections graded 2 or 3 found in the top 3, out of min(3, how many there are).
//!
//! The judged queries fall into two fixed halves, decided by the query's own text (see [`half_of`]): weights are
//! changed by looking at the tuning half only, and the floor CI checks applies to the test half, so a ranking
//! change has to hold on queries nobody tuned to. Adding or editing a query never moves another one.

use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::{Connection, params};
use serde::Deserialize;

use super::query;
use super::{SearchIndex, SearchRequest, SectionDoc};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JudgedQuery {
    pub text: String,
    pub kind: String,
    #[serde(default)]
    pub lang: Option<String>,
    pub relevant: BTreeMap<String, u8>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QueryFile {
    query: Vec<JudgedQuery>,
}

/// Read a judgement file; errors name the file and the line.
pub fn load_queries(path: &Path) -> Result<Vec<JudgedQuery>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let file: QueryFile = toml::from_str(&text).map_err(|e| {
        let line = e.span().map_or(0, |s| text[..s.start].lines().count().max(1));
        format!("{}:{line}: {}", path.display(), e.message())
    })?;
    Ok(file.query)
}

/// Which half of the judged set a query belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Half {
    /// Look at these to choose weights.
    Tuning,
    /// Held out: only its totals are read; the floor applies here.
    Test,
}

impl Half {
    pub fn name(self) -> &'static str {
        match self {
            Half::Tuning => "tuning",
            Half::Test => "test",
        }
    }
}

/// The half of a query, fixed by its text exactly as written in the judgement file (case and spaces
/// included): the 64-bit FNV-1a hash of its UTF-8 bytes, tuning when the top bit is 0, test when it is 1. The
/// top bit, because FNV-1a's lowest bit is only the parity of the bytes. Rewording a query may move it to the
/// other half; changing its judgements never does.
pub fn half_of(text: &str) -> Half {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    if h >> 63 == 0 { Half::Tuning } else { Half::Test }
}

impl JudgedQuery {
    pub fn half(&self) -> Half {
        half_of(&self.text)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Metrics {
    pub ndcg10: f64,
    pub mrr10: f64,
    pub recall3: f64,
    pub queries: usize,
}

const RELEVANT: u8 = 2;

/// Score one ranking against its judgements.
pub fn score(ranked: &[String], judged: &BTreeMap<String, u8>) -> Metrics {
    let grade = |key: &String| judged.get(key).copied().unwrap_or(0);
    let gain = |g: u8| f64::from((1u32 << g) - 1);
    let dcg: f64 = ranked
        .iter()
        .take(10)
        .enumerate()
        .map(|(i, k)| gain(grade(k)) / ((i + 2) as f64).log2())
        .sum();
    let mut ideal: Vec<u8> = judged.values().copied().collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let idcg: f64 = ideal
        .iter()
        .take(10)
        .enumerate()
        .map(|(i, g)| gain(*g) / ((i + 2) as f64).log2())
        .sum();
    let mrr = ranked
        .iter()
        .take(10)
        .position(|k| grade(k) >= RELEVANT)
        .map_or(0.0, |i| 1.0 / (i + 1) as f64);
    let wanted = judged.values().filter(|g| **g >= RELEVANT).count();
    let found = ranked.iter().take(3).filter(|k| grade(k) >= RELEVANT).count();
    let recall = if wanted == 0 {
        1.0
    } else {
        found as f64 / wanted.min(3) as f64
    };
    Metrics {
        ndcg10: if idcg > 0.0 { dcg / idcg } else { 0.0 },
        mrr10: mrr,
        recall3: recall,
        queries: 1,
    }
}

/// Mean metrics overall and per query kind.
pub fn evaluate<E>(queries: &[JudgedQuery], mut ranked: E) -> (Metrics, BTreeMap<String, Metrics>)
where
    E: FnMut(&JudgedQuery) -> Vec<String>,
{
    let mut all = Metrics::default();
    let mut kinds: BTreeMap<String, Metrics> = BTreeMap::new();
    for q in queries {
        let m = score(&ranked(q), &q.relevant);
        for acc in [&mut all, kinds.entry(q.kind.clone()).or_default()] {
            acc.ndcg10 += m.ndcg10;
            acc.mrr10 += m.mrr10;
            acc.recall3 += m.recall3;
            acc.queries += 1;
        }
    }
    let mean = |m: &mut Metrics| {
        let n = m.queries.max(1) as f64;
        m.ndcg10 /= n;
        m.mrr10 /= n;
        m.recall3 /= n;
    };
    mean(&mut all);
    kinds.values_mut().for_each(mean);
    (all, kinds)
}

/// Our engine, as the app runs it (a submitted query: the last word is not a prefix).
pub fn ours(index: &SearchIndex, q: &JudgedQuery) -> Vec<String> {
    let req = SearchRequest {
        query: q.text.clone(),
        lang: q.lang.clone(),
        limit: Some(10),
        prefix: Some(false),
        ..SearchRequest::default()
    };
    index.search_keys(&req).unwrap_or_default()
}

/// The baseline many apps would pick: SQLite FTS5 with the porter stemmer and BM25, with the same field
/// weights (title 4, headings 2, body 1) over the same sections.
pub struct Fts5Baseline {
    conn: Connection,
}

impl Fts5Baseline {
    /// Build in memory, or in the SQLite file `path`.
    pub fn build(docs: &[SectionDoc], path: Option<&Path>) -> rusqlite::Result<Fts5Baseline> {
        let conn = match path {
            Some(p) => Connection::open(p)?,
            None => Connection::open_in_memory()?,
        };
        conn.execute_batch(
            "CREATE VIRTUAL TABLE IF NOT EXISTS sections USING fts5(
                key UNINDEXED, lang UNINDEXED, title, headings, body,
                tokenize = 'porter unicode61 remove_diacritics 2');",
        )?;
        let tx = conn.unchecked_transaction()?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO sections (key, lang, title, headings, body) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for d in docs {
                let headings = d.heading_path.get(1..).unwrap_or_default().join(" ");
                insert.execute(params![d.key(), d.lang, d.title, headings, d.text])?;
            }
        }
        tx.commit()?;
        Ok(Fts5Baseline { conn })
    }

    pub fn open(path: &Path) -> rusqlite::Result<Fts5Baseline> {
        Ok(Fts5Baseline {
            conn: Connection::open(path)?,
        })
    }

    /// Any word may match (OR), phrases must match, as a reasonable app would translate a search box.
    pub fn match_expression(text: &str, prefix_last: bool) -> Option<String> {
        let parsed = query::parse(text);
        let words: Vec<String> = parsed
            .words
            .iter()
            .flat_map(|w| {
                w.split(|c: char| !c.is_alphanumeric())
                    .map(str::to_lowercase)
                    .collect::<Vec<_>>()
            })
            .filter(|w| !w.is_empty())
            .collect();
        let n = words.len();
        let words: Vec<String> = words
            .into_iter()
            .enumerate()
            .map(|(i, w)| {
                if prefix_last && i + 1 == n {
                    format!("\"{w}\"*")
                } else {
                    format!("\"{w}\"")
                }
            })
            .collect();
        let phrases: Vec<String> = parsed
            .phrases
            .iter()
            .map(|p| {
                format!(
                    "\"{}\"",
                    p.split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .collect::<Vec<_>>()
                        .join(" ")
                )
            })
            .collect();
        let mut parts = phrases;
        if !words.is_empty() {
            parts.push(format!("({})", words.join(" OR ")));
        }
        if parts.is_empty() {
            None
        } else {
            Some(parts.join(" AND "))
        }
    }

    pub fn search(&self, text: &str, limit: usize, prefix_last: bool) -> Vec<String> {
        let Some(expr) = Self::match_expression(text, prefix_last) else {
            return vec![];
        };
        let Ok(mut stmt) = self.conn.prepare_cached(
            "SELECT key FROM sections WHERE sections MATCH ?1 ORDER BY bm25(sections, 0, 0, 4.0, 2.0, 1.0) LIMIT ?2",
        ) else {
            return vec![];
        };
        let rows = stmt.query_map(params![expr, limit as i64], |r| r.get::<_, String>(0));
        rows.map(|r| r.filter_map(Result::ok).collect())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judged(pairs: &[(&str, u8)]) -> BTreeMap<String, u8> {
        pairs.iter().map(|(k, g)| ((*k).to_owned(), *g)).collect()
    }

    #[test]
    fn a_perfect_ranking_scores_one_on_every_metric() {
        let j = judged(&[("a#x", 3), ("b", 2), ("c#y", 1)]);
        let m = score(&["a#x".into(), "b".into(), "c#y".into()], &j);
        assert!(
            (m.ndcg10 - 1.0).abs() < 1e-9 && m.mrr10 == 1.0 && m.recall3 == 1.0,
            "{m:?}"
        );
    }

    #[test]
    fn the_first_relevant_result_at_rank_two_halves_mrr() {
        let j = judged(&[("a", 3)]);
        let m = score(&["z".into(), "a".into()], &j);
        assert_eq!(m.mrr10, 0.5);
        assert_eq!(m.recall3, 1.0);
        assert!(m.ndcg10 < 1.0);
    }

    #[test]
    fn the_half_of_a_query_is_fixed_by_its_text_alone() {
        // Pinned: a change to the hash would silently reshuffle which queries the weights were tuned on.
        assert_eq!(half_of("age assessment"), half_of("age assessment"));
        assert_eq!(
            [
                half_of("cold wet survivors blankets"),
                half_of("age assessment"),
                half_of("family tracing")
            ],
            [Half::Tuning, Half::Test, Half::Test]
        );
        assert_ne!(
            half_of("age assessment"),
            half_of("age assessment "),
            "the text as written decides, spaces included"
        );
    }

    #[test]
    fn fts5_queries_or_the_words_and_keep_phrases() {
        assert_eq!(
            Fts5Baseline::match_expression("child \"place of safety\" non-refoulement", false).as_deref(),
            Some("\"place of safety\" AND (\"child\" OR \"non\" OR \"refoulement\")")
        );
        assert_eq!(
            Fts5Baseline::match_expression("traff", true).as_deref(),
            Some("(\"traff\"*)")
        );
    }
}
