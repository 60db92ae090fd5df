//! Runs a query plan straight over tantivy's postings and field norms.
//!
//! The plan has the shape the ranking needs (per-word disjunction-max over boosted terms and phrases, sums of
//! groups, conjunctions for phrases and filters) and scores with tantivy's BM25 (same statistics, same formula
//! and the same field-norm table, except that no section is normalised as shorter than half the average, and a
//! [`Node::Cover`] that scales a sum by the share of query words matched), so results are otherwise those of the
//! equivalent tantivy `Query` tree. What it saves is
//! the per-query machinery: weights with explanations, boxed scorers, and the 4096-document union buffers that
//! dominate a search over a few hundred sections.

use std::cell::RefCell;
use std::ops::Deref;
use std::rc::Rc;
use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;

use tantivy::fieldnorm::FieldNormReader;
use tantivy::index::InvertedIndexReader;
use tantivy::postings::TermInfo;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

use super::Error;

const K1: f32 = 1.2;
const B: f32 = 0.75;
/// See [`Executor::new`]: the shortest length BM25 normalises by, as a share of the field's average.
const MIN_LENGTH_SHARE: f32 = 0.5;

/// A query plan. Scores add up the way tantivy's `BooleanQuery`, `DisjunctionMaxQuery`, `BoostQuery`,
/// `TermQuery`, `PhraseQuery` and a zero `ConstScoreQuery` would.
#[derive(Debug, Clone)]
pub(super) enum Node {
    Term {
        field: Field,
        text: Rc<str>,
        boost: f32,
    },
    Phrase {
        field: Field,
        terms: Rc<[String]>,
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
    /// Any child matches; scores add up, times (children matched ÷ children)^`power`: a section holding
    /// every word of the query outranks one that holds a single word many times or in its title.
    Cover(Vec<Node>, f32),
}

/// Counts phrases in a document's field. The index keeps no positions: phrases are checked against the text,
/// which the search holds in memory anyway.
pub(super) trait PhraseSource {
    /// Occurrences of `needle` (the [`token_hash`] of each word of the phrase) in `field` of `doc`.
    fn phrase_count(&self, doc: u32, field: Field, needle: &[u32]) -> u32;
}

/// A term in one field: its info in each segment, its document frequency over all of them and, when the
/// executor holds the postings in memory, where its postings are.
#[derive(Debug, Default)]
struct Lookup {
    infos: Vec<Option<TermInfo>>,
    df: u64,
    /// Range in [`Memory::postings`].
    run: Option<(u32, u32)>,
}

/// What a term not in the index looks up to.
static ABSENT: Lookup = Lookup {
    infos: Vec::new(),
    df: 0,
    run: None,
};

/// A term's look-up: borrowed from the warmed table, or read from the term dictionaries for this query.
enum Found<'a> {
    Table(&'a Lookup),
    Read(Rc<Lookup>),
}

impl Deref for Found<'_> {
    type Target = Lookup;

    fn deref(&self) -> &Lookup {
        match self {
            Found::Table(l) => l,
            Found::Read(l) => l,
        }
    }
}

/// Postings of more terms than this stay on disk (a corpus far beyond any handbook edition); below it they are
/// decoded once and a query reads plain arrays. Eight bytes each.
const MAX_DECODED: usize = 2_000_000;

/// What [`Executor::warm`] builds: every term of the scored fields, with its look-up in each field holding it,
/// so one hash look-up per word replaces a walk down the term dictionary of every field and segment, and the
/// decoded postings, so no query opens a posting list.
#[derive(Default)]
struct Memory {
    terms: FxHashMap<Box<[u8]>, PerField>,
    /// (global document, term frequency), each term's run in document order.
    postings: Vec<(u32, u32)>,
}

/// A term's look-up in each field holding it.
type PerField = Box<[(Field, Lookup)]>;

/// Matching documents (global ids, ascending) with their scores.
pub(super) type Hits = Vec<(u32, f32)>;

struct FieldData {
    /// Per segment; `None` when the field is not indexed there.
    segs: Vec<Option<Arc<InvertedIndexReader>>>,
    /// Field-norm id of each document (global id).
    norm_ids: Box<[u8]>,
    /// BM25 length normalisation by field-norm id, as tantivy caches it.
    norm: Box<[f32; 256]>,
}

impl FieldData {
    /// The term-frequency part of BM25 for `tf` occurrences in `doc`.
    fn tf_part(&self, doc: u32, tf: u32) -> f32 {
        let id = self.norm_ids.get(doc as usize).copied().unwrap_or(0);
        let tf = tf as f32;
        tf / (tf + self.norm[id as usize])
    }
}

/// One evaluation: where phrases are checked, and the term look-ups already made (a word is often looked up
/// for its exact clause and again for a phrase).
struct Ctx<'a> {
    src: &'a dyn PhraseSource,
    infos: RefCell<Vec<(Term, Rc<Lookup>)>>,
}

pub(super) struct Executor {
    /// First global id of each segment.
    bases: Vec<u32>,
    total_docs: u64,
    fields: Vec<Option<FieldData>>,
    /// Built by [`Executor::warm`]; until then terms are looked up in the dictionaries and postings read.
    memory: OnceLock<Memory>,
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
            let mut norm_ids = Vec::with_capacity(total_docs as usize);
            let mut tokens = 0u64;
            for s in segs {
                let inv = s.inverted_index(field)?;
                tokens += inv.total_num_tokens();
                let norms = s.get_fieldnorms_reader(field).ok();
                norm_ids.extend((0..s.max_doc()).map(|d| norms.as_ref().map_or(0, |n| n.fieldnorm_id(d))));
                per_seg.push(Some(inv));
            }
            let avg = tokens as f32 / total_docs.max(1) as f32;
            // Sections shorter than this share of the average are normalised as if they had that length: a short
            // list that names a topic in passing earns no more per occurrence than a section of ordinary length.
            let floor = avg * MIN_LENGTH_SHARE;
            let mut norm = Box::new([0f32; 256]);
            for (id, n) in norm.iter_mut().enumerate() {
                let len = (FieldNormReader::id_to_fieldnorm(id as u8) as f32).max(floor);
                *n = K1 * (1.0 - B + B * len / avg);
            }
            data[field.field_id() as usize] = Some(FieldData {
                segs: per_seg,
                norm_ids: norm_ids.into_boxed_slice(),
                norm,
            });
        }
        Ok(Executor {
            bases,
            total_docs,
            fields: data,
            memory: OnceLock::new(),
        })
    }

    /// Build the term table and, within [`MAX_DECODED`], the decoded postings: every term of every scored
    /// field, streamed once from the dictionaries.
    pub(super) fn warm(&self) {
        self.memory.get_or_init(|| self.load_memory().unwrap_or_default());
    }

    fn load_memory(&self) -> Result<Memory, Error> {
        let nsegs = self.bases.len();
        let mut terms: FxHashMap<Box<[u8]>, Vec<(Field, Lookup)>> = FxHashMap::default();
        let mut total = 0usize;
        for (id, fd) in self.fields.iter().enumerate() {
            let Some(fd) = fd else { continue };
            let field = Field::from_field_id(id as u32);
            for (seg, inv) in fd.segs.iter().enumerate() {
                let Some(inv) = inv else { continue };
                let mut stream = inv.terms().stream().map_err(io)?;
                while stream.advance() {
                    let info = stream.value().clone();
                    total += info.doc_freq as usize;
                    let per_field = terms.entry(Box::from(stream.key())).or_default();
                    let at = match per_field.iter().position(|(f, _)| *f == field) {
                        Some(at) => at,
                        None => {
                            let infos = vec![None; nsegs];
                            per_field.push((
                                field,
                                Lookup {
                                    infos,
                                    df: 0,
                                    run: None,
                                },
                            ));
                            per_field.len() - 1
                        }
                    };
                    let lookup = &mut per_field[at].1;
                    lookup.df += u64::from(info.doc_freq);
                    lookup.infos[seg] = Some(info);
                }
            }
        }
        let mut postings = Vec::new();
        if total <= MAX_DECODED {
            postings.reserve_exact(total);
            for per_field in terms.values_mut() {
                for (field, lookup) in per_field.iter_mut() {
                    let Some(fd) = self.field(*field) else { continue };
                    let start = postings.len();
                    self.read_postings(fd, lookup, &mut postings)?;
                    lookup.run = Some((start as u32, postings.len() as u32));
                }
            }
        }
        Ok(Memory {
            terms: terms
                .into_iter()
                .map(|(term, fields)| (term, fields.into_boxed_slice()))
                .collect(),
            postings,
        })
    }

    /// Whether `text` is a term of any of `fields`, once the term table is built (`None` until then).
    pub(super) fn has_term(&self, fields: &[Field], text: &str) -> Option<bool> {
        let memory = self.memory.get()?;
        Some(
            memory
                .terms
                .get(text.as_bytes())
                .is_some_and(|per_field| per_field.iter().any(|(f, _)| fields.contains(f))),
        )
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

    /// The term `text` of `field`: from the warmed table, or read from the dictionaries (once per query).
    fn infos(&self, fd: &FieldData, field: Field, text: &str, ctx: &Ctx<'_>) -> Result<Found<'_>, Error> {
        if let Some(memory) = self.memory.get() {
            let found = memory
                .terms
                .get(text.as_bytes())
                .and_then(|per_field| per_field.iter().find(|(f, _)| *f == field))
                .map_or(&ABSENT, |(_, l)| l);
            return Ok(Found::Table(found));
        }
        let term = Term::from_field_text(field, text);
        if let Some((_, hit)) = ctx.infos.borrow().iter().find(|(t, _)| *t == term) {
            return Ok(Found::Read(Rc::clone(hit)));
        }
        let mut df = 0u64;
        let mut infos = Vec::with_capacity(fd.segs.len());
        for inv in &fd.segs {
            let info = match inv {
                Some(inv) => inv.get_term_info(&term).map_err(io)?,
                None => None,
            };
            df += info.as_ref().map_or(0, |i| u64::from(i.doc_freq));
            infos.push(info);
        }
        let found = Rc::new(Lookup { infos, df, run: None });
        ctx.infos.borrow_mut().push((term, Rc::clone(&found)));
        Ok(Found::Read(found))
    }

    /// Append the (global document, term frequency) postings of `lookup` to `out`, in document order.
    fn read_postings(&self, fd: &FieldData, lookup: &Lookup, out: &mut Vec<(u32, u32)>) -> Result<(), Error> {
        for (i, (inv, info)) in fd.segs.iter().zip(&lookup.infos).enumerate() {
            let (Some(inv), Some(info)) = (inv, info) else {
                continue;
            };
            let mut block = inv
                .read_block_postings_from_terminfo(info, IndexRecordOption::WithFreqs)
                .map_err(io)?;
            let base = self.bases[i];
            loop {
                let docs = block.docs();
                if docs.is_empty() {
                    break;
                }
                let freqs = block.freqs();
                for (k, &doc) in docs.iter().enumerate() {
                    out.push((base + doc, freqs.get(k).copied().unwrap_or(1)));
                }
                block.advance();
            }
        }
        Ok(())
    }

    /// The postings of `lookup`: a slice of the decoded ones, or read into `buf`.
    fn postings<'s>(
        &'s self,
        fd: &FieldData,
        lookup: &Lookup,
        buf: &'s mut Vec<(u32, u32)>,
    ) -> Result<&'s [(u32, u32)], Error> {
        if let (Some((start, end)), Some(memory)) = (lookup.run, self.memory.get()) {
            return Ok(&memory.postings[start as usize..end as usize]);
        }
        buf.clear();
        self.read_postings(fd, lookup, buf)?;
        Ok(buf)
    }

    pub(super) fn eval(&self, node: &Node, src: &dyn PhraseSource) -> Result<Hits, Error> {
        let ctx = Ctx {
            src,
            infos: RefCell::new(Vec::new()),
        };
        self.eval_in(node, &ctx)
    }

    fn eval_in(&self, node: &Node, ctx: &Ctx<'_>) -> Result<Hits, Error> {
        match node {
            Node::Term { field, text, boost } => self.term(*field, text, Some(*boost), ctx),
            Node::Filter { field, text } => self.term(*field, text, None, ctx),
            Node::Phrase { field, terms, boost } => self.phrase(*field, terms, *boost, ctx),
            Node::Any(children) => {
                let lists = self.eval_all(children, ctx)?;
                Ok(merge(lists, Combine::Sum))
            }
            Node::Best(children, tie) => {
                let lists = self.eval_all(children, ctx)?;
                Ok(merge(lists, Combine::Best(*tie)))
            }
            Node::Cover(children, power) => {
                let lists = self.eval_all(children, ctx)?;
                Ok(merge(lists, Combine::Cover(children.len(), *power)))
            }
            Node::All(children) => {
                let mut out: Option<Hits> = None;
                for c in children {
                    let list = self.eval_in(c, ctx)?;
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

    fn eval_all(&self, children: &[Node], ctx: &Ctx<'_>) -> Result<Vec<Hits>, Error> {
        children.iter().map(|c| self.eval_in(c, ctx)).collect()
    }

    /// Postings of one term, scored with BM25 times `boost` (or 0 for a filter).
    fn term(&self, field: Field, text: &str, boost: Option<f32>, ctx: &Ctx<'_>) -> Result<Hits, Error> {
        let Some(fd) = self.field(field) else {
            return Ok(vec![]);
        };
        let found = self.infos(fd, field, text, ctx)?;
        if found.df == 0 {
            return Ok(vec![]);
        }
        let mut buf = Vec::new();
        let postings = self.postings(fd, &found, &mut buf)?;
        Ok(match boost {
            Some(b) => {
                let weight = self.idf(found.df) * (1.0 + K1) * b;
                postings
                    .iter()
                    .map(|&(doc, tf)| (doc, weight * fd.tf_part(doc, tf)))
                    .collect()
            }
            None => postings.iter().map(|&(doc, _)| (doc, 0.0)).collect(),
        })
    }

    /// Documents with the words of `terms` next to each other, scored by BM25 of the phrase count with the
    /// summed idf of its words (as tantivy's phrase query). Postings narrow the candidates to documents with
    /// every word; the text confirms the phrase.
    fn phrase(&self, field: Field, terms: &[String], boost: f32, ctx: &Ctx<'_>) -> Result<Hits, Error> {
        if terms.len() < 2 {
            return match terms.first() {
                Some(t) => self.term(field, t, Some(boost), ctx),
                None => Ok(vec![]),
            };
        }
        let Some(fd) = self.field(field) else {
            return Ok(vec![]);
        };
        let mut per_term = Vec::with_capacity(terms.len());
        let mut idf = 0f32;
        for t in terms {
            let found = self.infos(fd, field, t, ctx)?;
            if found.df == 0 {
                return Ok(vec![]);
            }
            idf += self.idf(found.df);
            per_term.push(found);
        }
        // Documents holding every word, rarest word first.
        per_term.sort_by_key(|f| f.df);
        let mut candidates: Vec<u32> = Vec::new();
        let mut buf = Vec::new();
        for (k, found) in per_term.iter().enumerate() {
            let postings = self.postings(fd, found, &mut buf)?;
            if k == 0 {
                candidates.extend(postings.iter().map(|&(doc, _)| doc));
            } else {
                candidates.retain(|c| postings.binary_search_by_key(c, |&(doc, _)| doc).is_ok());
            }
            if candidates.is_empty() {
                return Ok(vec![]);
            }
        }
        let needle: Vec<u32> = terms.iter().map(|t| token_hash(t.bytes())).collect();
        let weight = idf * (1.0 + K1) * boost;
        Ok(candidates
            .into_iter()
            .filter_map(|doc| {
                let count = ctx.src.phrase_count(doc, field, &needle);
                (count > 0).then(|| (doc, weight * fd.tf_part(doc, count)))
            })
            .collect())
    }
}

/// FNV-1a of a token's bytes: phrases compare tokens by this (two words colliding in every position of a phrase
/// is not a practical concern).
pub(super) fn token_hash(bytes: impl IntoIterator<Item = u8>) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// How often `needle` occurs in `hay`, overlaps included (as phrase positions would count them).
pub(super) fn count_occurrences(hay: &[u32], needle: &[u32]) -> u32 {
    let Some(&first) = needle.first() else {
        return 0;
    };
    if hay.len() < needle.len() {
        return 0;
    }
    let rest = &needle[1..];
    let mut n = 0;
    for (i, &h) in hay[..=hay.len() - needle.len()].iter().enumerate() {
        // Element by element: phrases are a few words, too short for a memcmp call to pay.
        if h == first && hay[i + 1..].iter().zip(rest).all(|(a, b)| a == b) {
            n += 1;
        }
    }
    n
}

fn io(e: std::io::Error) -> Error {
    Error::Tantivy(e.into())
}

#[derive(Debug, Clone, Copy)]
enum Combine {
    Sum,
    /// The best score plus this share of the others.
    Best(f32),
    /// The sum, times (lists matched ÷ this many lists)^power.
    Cover(usize, f32),
}

impl Combine {
    fn score(self, max: f32, sum: f32, matched: u32) -> f32 {
        match self {
            Combine::Sum => sum,
            Combine::Best(tie) => max + (sum - max) * tie,
            Combine::Cover(total, power) => {
                if matched as usize >= total {
                    sum
                } else {
                    sum * (matched as f32 / total.max(1) as f32).powf(power)
                }
            }
        }
    }
}

/// Union of sorted lists; each document's scores are added up in list order (and their maximum kept).
fn merge(mut lists: Vec<Hits>, how: Combine) -> Hits {
    lists.retain(|l| !l.is_empty());
    if lists.len() <= 1 {
        // One list: each document's only score is both the best and the sum (scores are never negative).
        let mut only = lists.pop().unwrap_or_default();
        if let Combine::Cover(..) = how {
            for (_, s) in &mut only {
                *s = how.score(*s, *s, 1);
            }
        }
        return only;
    }
    let total: usize = lists.iter().map(Vec::len).sum();
    let lo = lists.iter().map(|l| l[0].0 as usize).min().unwrap_or(0);
    let hi = lists
        .iter()
        .map(|l| l[l.len() - 1].0 as usize + 1)
        .max()
        .unwrap_or(0);
    if hi - lo <= total.saturating_mul(16) {
        // Matches are dense in this id range: accumulate in place, by document id.
        // (best, sum, lists holding the document)
        let mut acc: Vec<(f32, f32, u32)> = vec![(0.0, 0.0, 0); hi - lo];
        let mut distinct = 0;
        for l in &lists {
            for &(d, s) in l {
                if let Some(a) = acc.get_mut(d as usize - lo) {
                    distinct += usize::from(a.2 == 0);
                    a.0 = a.0.max(s);
                    a.1 += s;
                    a.2 += 1;
                }
            }
        }
        let mut out = Vec::with_capacity(distinct);
        for (i, a) in acc.iter().enumerate() {
            if a.2 > 0 {
                out.push(((lo + i) as u32, how.score(a.0, a.1, a.2)));
            }
        }
        return out;
    }
    let mut tagged: Vec<(u32, u32, f32)> = Vec::with_capacity(total);
    for (i, l) in lists.iter().enumerate() {
        tagged.extend(l.iter().map(|&(d, s)| (d, i as u32, s)));
    }
    tagged.sort_unstable_by_key(|&(d, i, _)| (d, i));
    let mut out = Vec::with_capacity(tagged.len());
    let mut i = 0;
    while i < tagged.len() {
        let doc = tagged[i].0;
        let (mut max, mut sum, mut matched) = (0f32, 0f32, 0u32);
        while i < tagged.len() && tagged[i].0 == doc {
            max = max.max(tagged[i].2);
            sum += tagged[i].2;
            matched += 1;
            i += 1;
        }
        out.push((doc, how.score(max, sum, matched)));
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
        let sum = merge(vec![a.clone(), b.clone()], Combine::Sum);
        assert_eq!(sum, [(1, 1.0), (3, 3.0), (4, 0.5)]);
        let best = merge(vec![a.clone(), b.clone()], Combine::Best(0.5));
        assert_eq!(best, [(1, 1.0), (3, 2.5), (4, 0.5)]);
        let far = vec![(100_000, 1.0)];
        let sparse = merge(vec![a.clone(), far], Combine::Sum);
        assert_eq!(
            sparse,
            [(1, 1.0), (3, 2.0), (100_000, 1.0)],
            "sparse lists are merged by sorting"
        );
        assert_eq!(intersect(&a, &b), [(3, 3.0)]);
        let cover = merge(vec![a.clone(), b], Combine::Cover(2, 1.0));
        assert_eq!(
            cover,
            [(1, 0.5), (3, 3.0), (4, 0.25)],
            "a document in one list of two keeps half its score"
        );
        let lone = merge(vec![a, vec![]], Combine::Cover(2, 1.0));
        assert_eq!(
            lone,
            [(1, 0.5), (3, 1.0)],
            "an empty list still counts as a word not matched"
        );
    }

    #[test]
    fn phrases_are_counted_with_overlaps() {
        let h = |text: &str| -> Vec<u32> { text.split(' ').map(|w| token_hash(w.bytes())).collect() };
        assert_eq!(count_occurrences(&h("a a a"), &h("a a")), 2);
        assert_eq!(
            count_occurrences(&h("best interests of the best interests"), &h("best interests")),
            2
        );
        assert_eq!(count_occurrences(&h("bestinterests"), &h("best interests")), 0);
        assert_eq!(count_occurrences(&h("interests best"), &h("best interests")), 0);
    }
}
