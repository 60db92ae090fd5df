//! The search benchmark: our engine, SQLite FTS5 and a naive scan in one process, over the same corpus and the
//! same query mix. Run it with `avr bench search` (release build). Timings are medians and p99s of many runs,
//! never a single run.

use crate::stats::percentile;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

use super::eval::Fts5Baseline;
use super::{SearchIndex, SearchRequest, SectionDoc, sections_of};
use crate::handbook::Handbook;

/// Query kinds and their queries. Fuzzy queries carry typos within the stated edit distance.
pub const QUERY_MIX: &[(&str, &[&str])] = &[
    ("exact", &["stowaway", "hypothermia", "interpreter", "guardian"]),
    (
        "two-term",
        &[
            "child guardian",
            "travel document",
            "consular contact",
            "trafficking indicators",
        ],
    ),
    (
        "phrase",
        &[
            "\"place of safety\"",
            "\"best interests\"",
            "\"fear of return\"",
            "\"voluntary declaration\"",
        ],
    ),
    ("prefix", &["stowa", "traff", "reintegr", "disemb"]),
    ("fuzzy-1", &["stowawy", "hypotermia", "guardain", "interpeter"]),
    (
        "fuzzy-2",
        &[
            "trafficing indicatrs",
            "reintegraton",
            "disembarktion",
            "refoulemnet",
        ],
    ),
];

/// A fixed-seed pseudo-random generator (xorshift), so the synthetic corpus is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// `scale` copies of the handbook's sections: each copy shuffles every section's sentences and swaps about one
/// word in twenty for another word of the handbook, so copies differ but read like the real text.
pub fn synthetic_corpus(base: &[SectionDoc], scale: usize, seed: u64) -> Vec<SectionDoc> {
    if scale <= 1 {
        return base.to_vec();
    }
    let vocabulary: Vec<&str> = base.iter().flat_map(|d| d.text.split_whitespace()).collect();
    let mut rng = Rng(seed.max(1));
    let mut out = Vec::with_capacity(base.len() * scale);
    for copy in 0..scale {
        for d in base {
            let mut doc = d.clone();
            if copy > 0 {
                let mut sentences: Vec<&str> = d.text.split_inclusive(". ").collect();
                for i in (1..sentences.len()).rev() {
                    sentences.swap(i, rng.below(i + 1));
                }
                let words: Vec<String> = sentences
                    .concat()
                    .split_whitespace()
                    .map(|w| {
                        if rng.below(20) == 0 {
                            vocabulary[rng.below(vocabulary.len())].to_owned()
                        } else {
                            w.to_owned()
                        }
                    })
                    .collect();
                doc.text = words.join(" ");
                doc.chapter_id = format!("{}-{copy}", d.chapter_id);
            }
            out.push(doc);
        }
    }
    out
}

fn naive_scan(docs: &[(String, String)], query: &str, limit: usize) -> Vec<String> {
    let q = query.to_lowercase().replace('"', "");
    let words: Vec<&str> = q.split_whitespace().collect();
    let phrase = query.starts_with('"');
    let mut scored: Vec<(usize, &str)> = docs
        .iter()
        .filter_map(|(key, text)| {
            let n = if phrase {
                text.matches(q.as_str()).count()
            } else {
                words.iter().map(|w| text.matches(w).count()).sum()
            };
            (n > 0).then_some((n, key.as_str()))
        })
        .collect();
    scored.sort_by_key(|b| std::cmp::Reverse(b.0));
    scored
        .into_iter()
        .take(limit)
        .map(|(_, k)| k.to_owned())
        .collect()
}

/// Time `f` over every query of a kind, `iterations` times, after a warm-up; microseconds (p50, p99).
fn time_kind(queries: &[&str], iterations: usize, mut f: impl FnMut(&str)) -> (f64, f64) {
    for q in queries {
        f(q);
    }
    let mut samples = Vec::with_capacity(queries.len() * iterations);
    for _ in 0..iterations {
        for q in queries {
            let t = Instant::now();
            f(q);
            samples.push(t.elapsed().as_secs_f64() * 1e6);
        }
    }
    samples.sort_by(f64::total_cmp);
    (percentile(&samples, 50.0), percentile(&samples, 99.0))
}

fn dir_size(path: &Path) -> u64 {
    std::fs::read_dir(path)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| {
            if e.path().is_dir() {
                dir_size(&e.path())
            } else {
                e.metadata().map_or(0, |m| m.len())
            }
        })
        .sum()
}

/// Run the benchmark at each scale and return the report.
pub fn run(
    handbooks: &[&Handbook],
    scales: &[usize],
    iterations: usize,
    work: &Path,
) -> Result<String, String> {
    let base = sections_of(handbooks);
    let mut report = String::new();
    let _ = writeln!(
        report,
        "search benchmark: medians and p99 in µs over {iterations} runs of each query; ratio = peer ÷ ours"
    );
    for &scale in scales {
        let docs = synthetic_corpus(&base, scale, 0x5eed);
        let text_bytes: usize = docs
            .iter()
            .map(|d| d.title.len() + d.heading_path.concat().len() + d.text.len())
            .sum();
        let dir = work.join(format!("tantivy-{scale}x"));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let t = Instant::now();
        drop(
            SearchIndex::build_docs(docs.clone(), handbooks, Some(&dir), &mut |_| {})
                .map_err(|e| e.to_string())?,
        );
        let build_ours = t.elapsed().as_secs_f64() * 1e3;
        let fts_path = work.join(format!("fts5-{scale}x.sqlite3"));
        let _ = std::fs::remove_file(&fts_path);
        let t = Instant::now();
        drop(Fts5Baseline::build(&docs, Some(&fts_path)).map_err(|e| e.to_string())?);
        let build_fts = t.elapsed().as_secs_f64() * 1e3;

        let t = Instant::now();
        let ours = SearchIndex::open_docs(&dir, docs.clone(), handbooks).map_err(|e| e.to_string())?;
        let first = ours.search_keys(&SearchRequest {
            query: "stowaway".into(),
            ..SearchRequest::default()
        });
        let cold_ours = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let fts = Fts5Baseline::open(&fts_path).map_err(|e| e.to_string())?;
        let first_fts = fts.search("stowaway", 10, false);
        let cold_fts = t.elapsed().as_secs_f64() * 1e3;
        if first.map_or(true, |k| k.is_empty()) || first_fts.is_empty() {
            return Err("the warm-up query found nothing: the corpus is broken".into());
        }
        // What the app does on its background thread once the index is open, before anyone types.
        let t = Instant::now();
        ours.warm();
        let warm_ours = t.elapsed().as_secs_f64() * 1e3;
        let scan_docs: Vec<(String, String)> =
            docs.iter().map(|d| (d.key(), d.text.to_lowercase())).collect();

        let _ = writeln!(
            report,
            "\n## corpus {scale}× ({} sections, {:.1} MB of text)",
            docs.len(),
            text_bytes as f64 / 1e6
        );
        let _ = writeln!(
            report,
            "index build: ours {build_ours:.0} ms, fts5 {build_fts:.0} ms · index size ÷ text: ours {:.2}, fts5 {:.2}",
            dir_size(&dir) as f64 / text_bytes as f64,
            std::fs::metadata(&fts_path).map_or(0, |m| m.len()) as f64 / text_bytes as f64
        );
        let _ = writeln!(
            report,
            "cold open + first query: ours {cold_ours:.2} ms, fts5 {cold_fts:.2} ms · then, in the background: \
             typo table, vocabulary, stems, term table and (up to 2M) decoded postings {warm_ours:.1} ms"
        );
        let _ = writeln!(
            report,
            "{:<16} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10} {:>8} {:>8}",
            "query kind",
            "ours p50",
            "ours p99",
            "fts5 p50",
            "fts5 p99",
            "scan p50",
            "scan p99",
            "fts5 ×",
            "scan ×"
        );
        let mut kinds: BTreeMap<&str, ()> = BTreeMap::new();
        let mut rows: Vec<(&str, [(f64, f64); 3])> = Vec::new();
        for (kind, queries) in QUERY_MIX {
            kinds.insert(kind, ());
            let prefix = *kind == "prefix";
            let o = time_kind(queries, iterations, |q| {
                let req = SearchRequest {
                    query: q.into(),
                    prefix: Some(prefix),
                    ..SearchRequest::default()
                };
                std::hint::black_box(ours.search_keys(&req).ok());
            });
            let f = time_kind(queries, iterations, |q| {
                std::hint::black_box(fts.search(q, 10, prefix));
            });
            let s = time_kind(queries, iterations.min(50), |q| {
                std::hint::black_box(naive_scan(&scan_docs, q, 10));
            });
            rows.push((kind, [o, f, s]));
        }
        let snippets = time_kind(QUERY_MIX[1].1, iterations, |q| {
            let req = SearchRequest {
                query: q.into(),
                prefix: Some(false),
                ..SearchRequest::default()
            };
            std::hint::black_box(ours.search(&req).ok());
        });
        for (kind, [o, f, s]) in &rows {
            let _ = writeln!(
                report,
                "{kind:<16} {:>10.1} {:>10.1} {:>10.1} {:>10.1} {:>10.1} {:>10.1} {:>8.1} {:>8.1}",
                o.0,
                o.1,
                f.0,
                f.1,
                s.0,
                s.1,
                f.0 / o.0,
                s.0 / o.0
            );
        }
        let _ = writeln!(
            report,
            "{:<16} {:>10.1} {:>10.1}   (ours: top-10 with snippets, did-you-mean and highlights)",
            "top-10+snippets", snippets.0, snippets.1
        );
        let _ = std::fs::remove_dir_all(&dir);
        let _ = std::fs::remove_file(&fts_path);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> SectionDoc {
        SectionDoc {
            lang: "en".into(),
            text_lang: "en".into(),
            chapter_id: "c".into(),
            chapter_title: "C".into(),
            section_id: "s".into(),
            title: "S".into(),
            heading_path: vec!["C".into(), "S".into()],
            parent_id: String::new(),
            text: text.into(),
            tags: vec![],
        }
    }

    #[test]
    fn the_synthetic_corpus_is_the_same_for_the_same_seed_and_differs_between_copies() {
        let base = vec![doc(
            "One rule. Two rules apply here. Three more words. Four is the end.",
        )];
        let a = synthetic_corpus(&base, 3, 7);
        let b = synthetic_corpus(&base, 3, 7);
        assert_eq!(a.len(), 3);
        assert_eq!(
            a.iter().map(|d| &d.text).collect::<Vec<_>>(),
            b.iter().map(|d| &d.text).collect::<Vec<_>>()
        );
        assert_eq!(a[0].text, base[0].text, "copy 0 is the real text");
        assert_ne!(a[1].chapter_id, a[2].chapter_id);
    }
}
