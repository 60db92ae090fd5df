//! Runs a query plan straight over tantivy's postings and field norms.
//!
//! The plan has the shape the ranking needs (per-word disjunction-max over boosted terms and phrases, sums of
//! groups, conjunctions for phrases and filters) and scores with tantivy's BM25 (same statistics, same formula
//! and the same field-norm table), so results are those of the equivalent tantivy `Query` tree. What it saves is
//! the per-query machinery: weights with explanations, boxed scorers, and the 4096-document union buffers that
//! dominate a search over a few hundred sections.

use std::sync::Arc;

use tantivy::fieldnorm::FieldNormReader;
use tantivy::index::InvertedIndexReader;
use tantivy::postings::{Postings, TermInfo};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocSet, TERMINATED};
use tantivy::{Searcher, Term};

use super::Error;

const K1: f32 = 1.2;
const B: f32 = 0.75;

/// A query plan. Scores add up the way tantivy's `BooleanQuery`, `DisjunctionMaxQuery`, `BoostQuery`,
/// `TermQuery`, `PhraseQuery` and a zero `ConstScoreQuery` would.
#[derive(Debug, Clone)]
pub(super) enum Node {
    Term {
        field: Field,
        text: String,
        boost: f32,
    },
    Phrase {
        field: Field,
        terms: Vec<String>,
        boost: f32,
    },
    /// Matches documents holding the term; adds nothing to the score.
    Filter {
        field: Field,
        text: String,
    },
    /// Any child matches; scores add up.
    Any(Vec<Node>),
    /// Every child matches; scores add up.
    All(Vec<Node>),
    /// Any child matches; the best score plus `tie` times the others.
    Best(Vec<Node>, f32),
}

/// Matching documents (global ids, ascending) with their scores.
pub(super) type Hits = Vec<(u32, f32)>;

/// One indexed field in one segment.
struct SegField {
    inv: Arc<InvertedIndexReader>,
    norms: Option<FieldNormReader>,
}

struct FieldData {
    /// Per segment; `None` when the field is not indexed there.
    segs: Vec<Option<SegField>>,
    /// BM25 length normalisation by field-norm id, as tantivy caches it.
    norm: Box<[f32; 256]>,
}

pub(super) struct Executor {
    /// First global id of each segment.
    bases: Vec<u32>,
    total_docs: u64,
    fields: Vec<Option<FieldData>>,
}

impl Executor {
    pub(super) fn new(searcher: &Searcher, fields: &[Field]) -> Result<Executor, Error> {
        let segs = searcher.segment_readers();
        let mut bases = Vec::with_capacity(segs.len());
        let mut total_docs = 0u64;
        for s in segs {
            bases.push(total_docs as u32);
            total_docs += u64::from(s.max_doc());
        }
        let max_field = fields.iter().map(|f| f.field_id() as usize).max().unwrap_or(0);
        let mut data: Vec<Option<FieldData>> = (0..=max_field).map(|_| None).collect();
        for &field in fields {
            let mut per_seg = Vec::with_capacity(segs.len());
            let mut tokens = 0u64;
            for s in segs {
                let inv = s.inverted_index(field)?;
                tokens += inv.total_num_tokens();
                let norms = s.get_fieldnorms_reader(field).ok();
                per_seg.push(Some(SegField { inv, norms }));
            }
            let avg = tokens as f32 / total_docs.max(1) as f32;
            let mut norm = Box::new([0f32; 256]);
            for (id, n) in norm.iter_mut().enumerate() {
                let len = FieldNormReader::id_to_fieldnorm(id as u8);
                *n = K1 * (1.0 - B + B * len as f32 / avg);
            }
            data[field.field_id() as usize] = Some(FieldData { segs: per_seg, norm });
        }
        Ok(Executor {
            bases,
            total_docs,
            fields: data,
        })
    }

    fn field(&self, field: Field) -> Option<&FieldData> {
        self.fields
            .get(field.field_id() as usize)
            .and_then(Option::as_ref)
    }

    fn idf(&self, doc_freq: u64) -> f32 {
        let n = self.total_docs.max(doc_freq);
        let x = ((n - doc_freq) as f32 + 0.5) / (doc_freq as f32 + 0.5);
        (1.0 + x).ln()
    }

    /// Term infos of `text` in each segment, and its document frequency over all of them.
    fn infos(&self, fd: &FieldData, term: &Term) -> Result<(Vec<Option<TermInfo>>, u64), Error> {
        let mut df = 0u64;
        let mut out = Vec::with_capacity(fd.segs.len());
        for s in &fd.segs {
            let info = match s {
                Some(s) => s.inv.get_term_info(term).map_err(io)?,
                None => None,
            };
            df += info.as_ref().map_or(0, |i| u64::from(i.doc_freq));
            out.push(info);
        }
        Ok((out, df))
    }

    pub(super) fn eval(&self, node: &Node) -> Result<Hits, Error> {
        match node {
            Node::Term { field, text, boost } => self.term(*field, text, Some(*boost)),
            Node::Filter { field, text } => self.term(*field, text, None),
            Node::Phrase { field, terms, boost } => self.phrase(*field, terms, *boost),
            Node::Any(children) => {
                let lists = self.eval_all(children)?;
                Ok(merge(lists, |scores| scores.iter().sum()))
            }
            Node::Best(children, tie) => {
                let lists = self.eval_all(children)?;
                Ok(merge(lists, |scores| {
                    let max = scores.iter().copied().fold(0.0, f32::max);
                    let sum: f32 = scores.iter().sum();
                    max + (sum - max) * tie
                }))
            }
            Node::All(children) => {
                let mut out: Option<Hits> = None;
                for c in children {
                    let list = self.eval(c)?;
                    out = Some(match out {
                        None => list,
                        Some(acc) => intersect(&acc, &list),
                    });
                    if out.as_ref().is_some_and(Vec::is_empty) {
                        break;
                    }
                }
                Ok(out.unwrap_or_default())
            }
        }
    }

    fn eval_all(&self, children: &[Node]) -> Result<Vec<Hits>, Error> {
        children.iter().map(|c| self.eval(c)).collect()
    }

    /// Postings of one term, scored with BM25 times `boost` (or 0 for a filter).
    fn term(&self, field: Field, text: &str, boost: Option<f32>) -> Result<Hits, Error> {
        let Some(fd) = self.field(field) else {
            return Ok(vec![]);
        };
        let term = Term::from_field_text(field, text);
        let (infos, df) = self.infos(fd, &term)?;
        if df == 0 {
            return Ok(vec![]);
        }
        let weight = boost.map_or(0.0, |b| self.idf(df) * (1.0 + K1) * b);
        let mut out = Vec::with_capacity(df as usize);
        for (i, (s, info)) in fd.segs.iter().zip(&infos).enumerate() {
            let (Some(s), Some(info)) = (s, info) else {
                continue;
            };
            let mut postings = s
                .inv
                .read_postings_from_terminfo(info, IndexRecordOption::WithFreqs)
                .map_err(io)?;
            let base = self.bases[i];
            let mut doc = postings.doc();
            while doc != TERMINATED {
                let score = if boost.is_some() {
                    let id = s.norms.as_ref().map_or(0, |n| n.fieldnorm_id(doc));
                    let tf = postings.term_freq() as f32;
                    weight * (tf / (tf + fd.norm[id as usize]))
                } else {
                    0.0
                };
                out.push((base + doc, score));
                doc = postings.advance();
            }
        }
        Ok(out)
    }

    /// Documents with the words of `terms` next to each other, scored by BM25 of the phrase count with the
    /// summed idf of its words.
    fn phrase(&self, field: Field, terms: &[String], boost: f32) -> Result<Hits, Error> {
        if terms.len() < 2 {
            return match terms.first() {
                Some(t) => self.term(field, t, Some(boost)),
                None => Ok(vec![]),
            };
        }
        let Some(fd) = self.field(field) else {
            return Ok(vec![]);
        };
        let mut per_term = Vec::with_capacity(terms.len());
        let mut idf = 0f32;
        for t in terms {
            let (infos, df) = self.infos(fd, &Term::from_field_text(field, t))?;
            if df == 0 {
                return Ok(vec![]);
            }
            idf += self.idf(df);
            per_term.push(infos);
        }
        let weight = idf * (1.0 + K1) * boost;
        let mut out = Vec::new();
        let mut first_pos = Vec::new();
        let mut pos = Vec::new();
        for (i, s) in fd.segs.iter().enumerate() {
            let Some(s) = s else { continue };
            let mut postings = Vec::with_capacity(terms.len());
            for infos in &per_term {
                let Some(info) = &infos[i] else { break };
                postings.push(
                    s.inv
                        .read_postings_from_terminfo(info, IndexRecordOption::WithFreqsAndPositions)
                        .map_err(io)?,
                );
            }
            if postings.len() != terms.len() {
                continue;
            }
            let base = self.bases[i];
            let mut doc = postings[0].doc();
            'docs: while doc != TERMINATED {
                for p in postings.iter_mut().skip(1) {
                    let d = p.seek(doc);
                    if d != doc {
                        doc = postings[0].seek(d);
                        continue 'docs;
                    }
                }
                first_pos.clear();
                postings[0].positions(&mut first_pos);
                for (k, p) in postings.iter_mut().enumerate().skip(1) {
                    pos.clear();
                    p.positions(&mut pos);
                    first_pos.retain(|&p0| pos.binary_search(&(p0 + k as u32)).is_ok());
                    if first_pos.is_empty() {
                        break;
                    }
                }
                if !first_pos.is_empty() {
                    let id = s.norms.as_ref().map_or(0, |n| n.fieldnorm_id(doc));
                    let tf = first_pos.len() as f32;
                    out.push((base + doc, weight * (tf / (tf + fd.norm[id as usize]))));
                }
                doc = postings[0].advance();
            }
        }
        Ok(out)
    }
}

fn io(e: std::io::Error) -> Error {
    Error::Tantivy(e.into())
}

/// Union of sorted lists; each document's scores (in list order) are combined by `combine`.
fn merge(lists: Vec<Hits>, combine: impl Fn(&[f32]) -> f32) -> Hits {
    let mut lists: Vec<Hits> = lists.into_iter().filter(|l| !l.is_empty()).collect();
    match lists.len() {
        0 => return vec![],
        1 => {
            let only = lists.pop().unwrap_or_default();
            return only.into_iter().map(|(d, s)| (d, combine(&[s]))).collect();
        }
        _ => {}
    }
    let total: usize = lists.iter().map(Vec::len).sum();
    let mut tagged: Vec<(u32, u32, f32)> = Vec::with_capacity(total);
    for (i, l) in lists.iter().enumerate() {
        tagged.extend(l.iter().map(|&(d, s)| (d, i as u32, s)));
    }
    tagged.sort_unstable_by_key(|&(d, i, _)| (d, i));
    let mut out = Vec::with_capacity(total.min(tagged.len()));
    let mut scores: Vec<f32> = Vec::with_capacity(lists.len());
    let mut i = 0;
    while i < tagged.len() {
        let doc = tagged[i].0;
        scores.clear();
        while i < tagged.len() && tagged[i].0 == doc {
            scores.push(tagged[i].2);
            i += 1;
        }
        out.push((doc, combine(&scores)));
    }
    out
}

fn intersect(a: &Hits, b: &Hits) -> Hits {
    let mut out = Vec::with_capacity(a.len().min(b.len()));
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push((a[i].0, a[i].1 + b[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unions_combine_scores_per_document_and_intersections_keep_common_ones() {
        let a = vec![(1, 1.0), (3, 2.0)];
        let b = vec![(3, 1.0), (4, 0.5)];
        let sum = merge(vec![a.clone(), b.clone()], |s| s.iter().sum());
        assert_eq!(sum, [(1, 1.0), (3, 3.0), (4, 0.5)]);
        let best = merge(vec![a.clone(), b.clone()], |s| {
            let max = s.iter().copied().fold(0.0, f32::max);
            max + (s.iter().sum::<f32>() - max) * 0.5
        });
        assert_eq!(best, [(1, 1.0), (3, 2.5), (4, 0.5)]);
        assert_eq!(intersect(&a, &b), [(3, 3.0)]);
    }
}
