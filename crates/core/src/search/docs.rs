//! What the index stores for each section and how: the schema (exact fields shared by every edition, stemmed
//! fields per language), the analyzers registered with it, the documents built from an edition's sections, and
//! the on-disk name that changes whenever an edition does.
//!
//! An edition's documents are the sections it shows ([`edition_sections`]): its own, and English's for the
//! chapters and sections it lacks. Each document is tagged with the edition and with the language its text is in,
//! and its stemmed fields are those of its text's language, so an English section inside the French edition is
//! stemmed as English.

use std::collections::HashMap;

use tantivy::schema::{FAST, Field, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions};
use tantivy::{Index, TantivyDocument};

use super::analyzers::{self, EXACT, LANGS};
use crate::handbook::{Chapter, Handbook, editions};

/// Bump when the schema or analysis changes: old indexes on disk are then rebuilt.
const SCHEMA_VERSION: u32 = 3;

/// What the index holds for one section. Built from the handbook, or generated for benchmarks.
#[derive(Debug, Clone)]
pub struct SectionDoc {
    /// The edition the section is searched in.
    pub lang: String,
    /// The language of its text: the edition's, or English where the edition lacks the section.
    pub text_lang: String,
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

#[derive(Debug, Clone, Copy)]
pub(super) struct StemFields {
    pub(super) title: Field,
    pub(super) head: Field,
    pub(super) body: Field,
}

#[derive(Debug, Clone)]
pub(super) struct Fields {
    pub(super) ord: Field,
    pub(super) lang: Field,
    pub(super) chapter: Field,
    pub(super) tag: Field,
    pub(super) title_x: Field,
    pub(super) head_x: Field,
    pub(super) body_x: Field,
    pub(super) stem: HashMap<&'static str, StemFields>,
}

pub(super) fn schema() -> (Schema, Fields) {
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

pub(super) fn register_analyzers(index: &Index) {
    let tokenizers = index.tokenizers();
    tokenizers.register(EXACT, analyzers::exact());
    for (l, language) in LANGS {
        tokenizers.register(&analyzers::stem_name(l), analyzers::stemmed(language));
    }
}

/// The sections of these editions that search covers, each edition's own only (no English fallback).
pub fn sections_of(handbooks: &[&Handbook]) -> Vec<SectionDoc> {
    let mut out = Vec::new();
    for hb in handbooks {
        for ch in &hb.chapters {
            push_chapter(&mut out, &hb.lang, ch, &|_| hb.lang.clone());
        }
    }
    out
}

/// The sections edition `edition` shows, in its reading order: its own, and English's (from `english`) for what
/// it lacks, marked by their `text_lang`.
pub fn edition_sections(english: Option<&Handbook>, edition: &Handbook) -> Vec<SectionDoc> {
    let reference = english.filter(|e| e.lang != edition.lang);
    let mut out = Vec::new();
    for id in editions::chapter_ids(reference, edition) {
        let Some(r) = editions::resolve(reference, edition, id) else {
            continue;
        };
        let text_lang = |section: &str| {
            if r.fallback_sections.iter().any(|s| s == section) {
                editions::REFERENCE_LANG.to_owned()
            } else {
                r.lang.to_owned()
            }
        };
        push_chapter(&mut out, &edition.lang, &r.chapter, &text_lang);
    }
    out
}

/// Every section of `ch` as a document of edition `lang`; `text_lang` says what language a section's text is in.
fn push_chapter(out: &mut Vec<SectionDoc>, lang: &str, ch: &Chapter, text_lang: &dyn Fn(&str) -> String) {
    // The bibliography is a list of titles: it would crowd out the guidance that cites it.
    if ch.meta.id == "sources" {
        return;
    }
    let mut parent = "";
    for s in &ch.outline.sections {
        if s.level <= 2 {
            parent = &s.id;
        }
        out.push(SectionDoc {
            lang: lang.to_owned(),
            text_lang: text_lang(&s.id),
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

/// Name of the on-disk index for these editions: a new handbook version means a new index.
pub(super) fn index_key(handbooks: &[&Handbook]) -> String {
    let versions: Vec<String> = handbooks
        .iter()
        .map(|h| format!("{}-{}", h.lang, h.version))
        .collect();
    format!("v{SCHEMA_VERSION}-{}", versions.join("-"))
}

pub(super) fn document(f: &Fields, ord: u64, r: &SectionDoc) -> TantivyDocument {
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
    if let Some(s) = f.stem.get(r.text_lang.as_str()) {
        doc.add_text(s.title, &r.title);
        doc.add_text(s.head, &headings);
        doc.add_text(s.body, &r.text);
    }
    doc
}
