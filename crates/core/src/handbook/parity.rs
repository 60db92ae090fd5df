//! Parity of a translated chapter with its English original: what `avr handbook check` calls drift (errors) and
//! staleness (a warning).
//!
//! A translation may word everything its own way, but its structure is English's: the same file name, the same
//! section ids in the same order, the same footnote labels each citing the same source keys, the same `sources`
//! list and the same number of checklist items in each section. Readers and links rely on the ids, the citations
//! on the keys, and the case checklists on the items. Each difference is reported at the line of the translated
//! file where it shows (the heading, the footnote, the front matter key), and names what English has.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::check::Locator;
use super::editions::is_stale;
use super::text::citation_keys;
use super::{Chapter, Diagnostic, DiagnosticKind};

/// Every way `tr` drifts from `en`, and whether it is stale.
pub(super) fn check(tr: &Chapter, en: &Chapter, at: &Locator<'_>, diags: &mut Vec<Diagnostic>) {
    let drift = |diags: &mut Vec<Diagnostic>, offset: usize, message: String| {
        diags.push(at.diag(offset, DiagnosticKind::Drift, message));
    };
    match tr.meta.translated_from.as_deref() {
        None => drift(
            diags,
            0,
            format!(
                "no `translated_from`: add the hash of the English text this translates, `translated_from = \"{}\"` \
                 for the current one",
                en.hash
            ),
        ),
        Some(from) if is_stale(tr, en) => diags.push(at.diag(
            front_matter_key(tr, "translated_from"),
            DiagnosticKind::Stale,
            format!(
                "translated from English {from}, but {} is now {}: bring the translation up to date, then set \
                 `translated_from` to the new hash",
                file_name(&en.file),
                en.hash
            ),
        )),
        Some(_) => {}
    }
    if file_name(&tr.file) != file_name(&en.file) {
        drift(
            diags,
            0,
            format!("file name differs from English's `{}`", file_name(&en.file)),
        );
    }

    let en_sources: HashSet<&str> = en.meta.sources.iter().map(String::as_str).collect();
    let tr_sources: HashSet<&str> = tr.meta.sources.iter().map(String::as_str).collect();
    if en_sources != tr_sources {
        let mut missing: Vec<&str> = en_sources.difference(&tr_sources).copied().collect();
        let mut extra: Vec<&str> = tr_sources.difference(&en_sources).copied().collect();
        missing.sort_unstable();
        extra.sort_unstable();
        drift(
            diags,
            front_matter_key(tr, "sources"),
            format!("`sources` differs from English: missing {missing:?}, extra {extra:?}"),
        );
    }

    sections(tr, en, diags, at);
    footnotes(tr, en, diags, at);
    checklists(tr, en, diags, at);
}

fn sections(tr: &Chapter, en: &Chapter, diags: &mut Vec<Diagnostic>, at: &Locator<'_>) {
    let en_ids: Vec<&str> = en
        .outline
        .sections
        .iter()
        .skip(1)
        .map(|s| s.id.as_str())
        .collect();
    let tr_ids: Vec<&str> = tr
        .outline
        .sections
        .iter()
        .skip(1)
        .map(|s| s.id.as_str())
        .collect();
    let en_set: HashSet<&str> = en_ids.iter().copied().collect();
    let tr_set: HashSet<&str> = tr_ids.iter().copied().collect();
    // A missing section is reported where it should be: after the last section that precedes it in English.
    let mut previous_offset = tr.body_start;
    for id in &en_ids {
        match tr.section(id) {
            Some(s) => previous_offset = s.offset,
            None => diags.push(at.diag(
                previous_offset,
                DiagnosticKind::Drift,
                format!("section `{id}` of the English chapter is missing here"),
            )),
        }
    }
    for s in tr.outline.sections.iter().skip(1) {
        if !en_set.contains(s.id.as_str()) {
            diags.push(at.diag(
                s.offset,
                DiagnosticKind::Drift,
                format!("section `{}` is not in the English chapter", s.id),
            ));
        }
    }
    // Order: the shared ids in the translation's order against English's; the first that breaks it is named.
    let en_common: Vec<&str> = en_ids.iter().copied().filter(|i| tr_set.contains(i)).collect();
    let tr_common: Vec<&str> = tr_ids.iter().copied().filter(|i| en_set.contains(i)).collect();
    if let Some(i) = (0..tr_common.len().min(en_common.len())).find(|&i| tr_common[i] != en_common[i]) {
        let offset = tr.section(tr_common[i]).map_or(tr.body_start, |s| s.offset);
        diags.push(at.diag(
            offset,
            DiagnosticKind::Drift,
            format!(
                "section `{}` is out of order: English has `{}` here",
                tr_common[i], en_common[i]
            ),
        ));
    }
}

fn footnotes(tr: &Chapter, en: &Chapter, diags: &mut Vec<Diagnostic>, at: &Locator<'_>) {
    let en_defs: HashMap<&str, &str> = en
        .outline
        .footnote_defs
        .iter()
        .map(|d| (d.label.as_str(), d.text.as_str()))
        .collect();
    let tr_labels: HashSet<&str> = tr
        .outline
        .footnote_defs
        .iter()
        .map(|d| d.label.as_str())
        .chain(tr.outline.footnote_refs.iter().map(|(l, _)| l.as_str()))
        .collect();
    for def in &tr.outline.footnote_defs {
        match en_defs.get(def.label.as_str()) {
            None => diags.push(at.diag(
                def.offset,
                DiagnosticKind::Drift,
                format!("footnote `[^{}]` is not in the English chapter", def.label),
            )),
            Some(en_text) => {
                let (ours, theirs) = (citation_keys(&def.text), citation_keys(en_text));
                if ours != theirs {
                    diags.push(at.diag(
                        def.offset,
                        DiagnosticKind::Drift,
                        format!(
                            "footnote `[^{}]` cites {ours:?}, English cites {theirs:?}",
                            def.label
                        ),
                    ));
                }
            }
        }
    }
    // Where English references a footnote the translation lacks: in the matching translated section.
    for def in &en.outline.footnote_defs {
        if tr_labels.contains(def.label.as_str()) {
            continue;
        }
        let en_ref = en
            .outline
            .footnote_refs
            .iter()
            .find(|(l, _)| *l == def.label)
            .map_or(def.offset, |(_, o)| *o);
        let offset = section_at(en, en_ref)
            .and_then(|id| tr.section(id))
            .map_or(tr.body_start, |s| s.offset);
        diags.push(at.diag(
            offset,
            DiagnosticKind::Drift,
            format!(
                "footnote `[^{}]` of the English chapter is missing from this section",
                def.label
            ),
        ));
    }
}

fn checklists(tr: &Chapter, en: &Chapter, diags: &mut Vec<Diagnostic>, at: &Locator<'_>) {
    let en_counts = task_counts(en);
    for (id, count) in task_counts(tr) {
        let Some(&theirs) = en_counts.get(id.as_str()) else {
            continue;
        };
        if count != theirs {
            let offset = tr.section(&id).map_or(tr.body_start, |s| s.offset);
            let name = if id.is_empty() {
                "the overview".to_owned()
            } else {
                format!("section `{id}`")
            };
            diags.push(at.diag(
                offset,
                DiagnosticKind::Drift,
                format!("{name} has {count} checklist items, English has {theirs}"),
            ));
        }
    }
}

/// Checklist items (`- [ ]`, `- [x]`) in each section, by section id.
fn task_counts(ch: &Chapter) -> HashMap<String, usize> {
    let sections = &ch.outline.sections;
    sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let start = if i == 0 { ch.body_start } else { s.offset };
            let end = sections.get(i + 1).map_or(ch.source.len(), |n| n.offset);
            let text = ch.source.get(start..end).unwrap_or_default();
            let count = text
                .lines()
                .map(str::trim_start)
                .filter(|l| {
                    let item = l.strip_prefix("- ").or_else(|| l.strip_prefix("* "));
                    item.is_some_and(|r| r.starts_with("[ ]") || r.starts_with("[x]") || r.starts_with("[X]"))
                })
                .count();
            (s.id.clone(), count)
        })
        .collect()
}

/// The id of the section holding byte `offset` of the chapter.
fn section_at(ch: &Chapter, offset: usize) -> Option<&str> {
    ch.outline
        .sections
        .iter()
        .rev()
        .find(|s| s.offset <= offset)
        .map(|s| s.id.as_str())
}

/// Byte offset of the front matter line `key = …` (the file's start when absent).
fn front_matter_key(ch: &Chapter, key: &str) -> usize {
    let fm = &ch.source[..ch.body_start];
    fm.match_indices(key)
        .find(|(i, _)| {
            *i > 0 && fm.as_bytes()[i - 1] == b'\n' && fm[i + key.len()..].trim_start().starts_with('=')
        })
        .map_or(0, |(i, _)| i)
}

fn file_name(path: &str) -> &str {
    Path::new(path)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(path)
}
