//! Editions: the English handbook and its translations (`handbook/fr/`, `handbook/es/`, `handbook/ar/`), read
//! together.
//!
//! English is the reference. A translation has the same file names, chapter ids and section ids, and each of its
//! chapters says in its front matter which English text it was translated from: `translated_from` holds the first
//! 16 hex digits of the SHA-256 of the English file's bytes ([`content_hash`]). When the English file changes, the
//! hash no longer matches and the translated chapter is *stale*: still shown, flagged for the reader and reported
//! by the checker as a warning.
//!
//! An edition may be partial. Reading it never shows less than English does:
//! - a chapter the edition lacks is shown in English, marked as such ([`Resolved::fallback`]);
//! - a section a translated chapter lacks is spliced in from English at its place (after the sections that
//!   precede it in English), with the English footnote definitions it needs, and its id is listed in
//!   [`Resolved::fallback_sections`].
//!
//! The chapter order is always English's; chapters only a translation has (which the checker reports as drift)
//! come after it.

use std::borrow::Cow;
use std::collections::HashSet;

use sha2::{Digest, Sha256};

use super::{Chapter, Handbook, outline};

/// The edition every other one is translated from.
pub const REFERENCE_LANG: &str = "en";

/// How a translation names the English text it was made from: the first 16 hex digits of the SHA-256 of the
/// English file's bytes.
pub fn content_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A chapter as an edition shows it.
#[derive(Debug, Clone)]
pub struct Resolved<'a> {
    /// The chapter to show: the edition's own, the edition's with English sections spliced in, or English's.
    pub chapter: Cow<'a, Chapter>,
    /// The language the chapter's text is written in (the edition's, or English when the whole chapter falls
    /// back).
    pub lang: &'a str,
    /// The edition has no such chapter: this is the English one.
    pub fallback: bool,
    /// Sections the translated chapter lacks, shown in English (ids, in order).
    pub fallback_sections: Vec<String>,
    /// The translated chapter was made from another English text than the current one.
    pub stale: bool,
}

/// Whether a translated chapter was made from an older (or other) English text than `english`. A chapter with
/// no `translated_from` is not called stale: the checker reports the missing field as drift instead.
pub fn is_stale(translated: &Chapter, english: &Chapter) -> bool {
    translated
        .meta
        .translated_from
        .as_deref()
        .is_some_and(|h| !h.eq_ignore_ascii_case(&english.hash))
}

/// The chapter ids of `edition` in reading order: English's order, then any chapter only the edition has.
pub fn chapter_ids<'a>(english: Option<&'a Handbook>, edition: &'a Handbook) -> Vec<&'a str> {
    let mut ids: Vec<&str> = match english {
        Some(en) => en.chapters.iter().map(|c| c.meta.id.as_str()).collect(),
        None => Vec::new(),
    };
    let known: HashSet<&str> = ids.iter().copied().collect();
    ids.extend(
        edition
            .chapters
            .iter()
            .map(|c| c.meta.id.as_str())
            .filter(|id| !known.contains(id)),
    );
    ids
}

/// Chapter `id` as `edition` shows it (see the module docs), or `None` when neither it nor English has it.
/// `english` is `None` when there is no English edition, or when `edition` is English itself.
pub fn resolve<'a>(english: Option<&'a Handbook>, edition: &'a Handbook, id: &str) -> Option<Resolved<'a>> {
    let en_chapter = english
        .filter(|en| en.lang != edition.lang)
        .and_then(|en| en.chapter(id));
    match (edition.chapter(id), en_chapter) {
        (Some(own), None) => Some(Resolved {
            chapter: Cow::Borrowed(own),
            lang: &edition.lang,
            fallback: false,
            fallback_sections: Vec::new(),
            stale: false,
        }),
        (Some(own), Some(en)) => {
            let stale = is_stale(own, en);
            let (chapter, fallback_sections) = match with_missing_sections(own, en) {
                Some((merged, missing)) => (Cow::Owned(merged), missing),
                None => (Cow::Borrowed(own), Vec::new()),
            };
            Some(Resolved {
                chapter,
                lang: &edition.lang,
                fallback: false,
                fallback_sections,
                stale,
            })
        }
        (None, Some(en)) => Some(Resolved {
            chapter: Cow::Borrowed(en),
            lang: english.map_or(REFERENCE_LANG, |h| h.lang.as_str()),
            fallback: true,
            fallback_sections: Vec::new(),
            stale: false,
        }),
        (None, None) => None,
    }
}

/// The translated chapter with the English sections it lacks spliced in, and their ids; `None` when it lacks
/// none.
///
/// A section's Markdown runs from its heading to the next heading (the overview, from the body's start). A
/// missing section goes right after the last section that precedes it in English and is present (in the
/// merged text), so the order stays English's. Footnotes the spliced text cites and the translation does not
/// define get their English definitions at the end.
fn with_missing_sections(own: &Chapter, en: &Chapter) -> Option<(Chapter, Vec<String>)> {
    let present: HashSet<&str> = own.outline.sections.iter().map(|s| s.id.as_str()).collect();
    if en
        .outline
        .sections
        .iter()
        .all(|s| present.contains(s.id.as_str()))
    {
        return None;
    }
    let own_spans = spans(own);
    let en_spans = spans(en);
    // The merged body as a list of pieces: each of the translation's sections, with English ones inserted.
    let mut pieces: Vec<&str> = Vec::new();
    let mut missing = Vec::new();
    let mut used_own: HashSet<&str> = HashSet::new();
    for (en_id, en_text) in &en_spans {
        if present.contains(en_id.as_str()) {
            // Emit the translation's sections up to and including this one, in the translation's order.
            for (id, text) in &own_spans {
                if used_own.contains(id.as_str()) {
                    continue;
                }
                used_own.insert(id);
                pieces.push(text);
                if id == en_id {
                    break;
                }
            }
        } else {
            missing.push(en_id.clone());
            pieces.push(en_text);
        }
    }
    for (id, text) in &own_spans {
        if !used_own.contains(id.as_str()) {
            pieces.push(text);
        }
    }
    let mut body = String::new();
    for piece in pieces {
        body.push_str(piece);
        if !body.ends_with("\n\n") {
            body.push_str(if body.ends_with('\n') { "\n" } else { "\n\n" });
        }
    }
    // Footnotes the English sections cite that nothing in the merged text defines.
    let defined: HashSet<&str> = own
        .outline
        .footnote_defs
        .iter()
        .map(|d| d.label.as_str())
        .collect();
    for def in &en.outline.footnote_defs {
        let cited = body.contains(&format!("[^{}]", def.label));
        let in_body = body.contains(&format!("\n[^{}]:", def.label));
        if cited && !in_body && !defined.contains(def.label.as_str()) {
            let line_end = en.source[def.offset..]
                .find("\n\n")
                .map_or(en.source.len(), |i| def.offset + i);
            body.push_str(en.source[def.offset..line_end].trim_end());
            body.push_str("\n\n");
        }
    }
    let mut source = own.source[..own.body_start].to_owned();
    source.push_str(&body);
    let outline = outline::outline(&source, own.body_start, &own.meta);
    Some((
        Chapter {
            file: own.file.clone(),
            meta: own.meta.clone(),
            hash: own.hash.clone(),
            source,
            body_start: own.body_start,
            outline,
        },
        missing,
    ))
}

/// Each section of a chapter with its Markdown: from its heading to the next section's heading.
fn spans(ch: &Chapter) -> Vec<(String, &str)> {
    let sections = &ch.outline.sections;
    sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let start = if i == 0 { ch.body_start } else { s.offset };
            let end = sections.get(i + 1).map_or(ch.source.len(), |n| n.offset);
            (s.id.clone(), ch.source.get(start..end).unwrap_or_default())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::front_matter;
    use super::*;

    fn chapter(file: &str, text: &str) -> Chapter {
        let (meta, body_start) = front_matter::split(file, text)
            .map_err(|d| d[0].to_string())
            .unwrap_or_else(|e| panic!("{e}"));
        Chapter {
            file: file.into(),
            hash: content_hash(text.as_bytes()),
            outline: outline::outline(text, body_start, &meta),
            meta,
            source: text.into(),
            body_start,
        }
    }

    const FM: &str = "+++\nid = \"c\"\ntitle = \"T\"\nsummary = \"S\"\ntags = [\"t\"]\nlast_reviewed = \"2026-11-28\"\nsources = [\"C2\"]\n";

    #[test]
    fn the_content_hash_is_sixteen_hex_digits_of_sha256() {
        // sha256("abc") = ba7816bf8f01cfea414140de5dae2223…
        assert_eq!(content_hash(b"abc"), "ba7816bf8f01cfea");
    }

    #[test]
    fn a_missing_section_is_spliced_in_from_english_at_its_place_with_its_footnote() {
        let en = chapter(
            "en/01-c.md",
            &format!(
                "{FM}+++\nIntro.\n\n## One {{#one}}\n\nFirst.\n\n## Two {{#two}}\n\nSecond[^n].\n\n## Three {{#three}}\n\nThird.\n\n[^n]: C2 art. 1.\n"
            ),
        );
        let fr = chapter(
            "fr/01-c.md",
            &format!(
                "{FM}translated_from = \"{}\"\n+++\nIntro fr.\n\n## Un {{#one}}\n\nPremier.\n\n## Trois {{#three}}\n\nTroisième.\n",
                en.hash
            ),
        );
        let (merged, missing) = with_missing_sections(&fr, &en).unwrap_or_else(|| panic!("two is missing"));
        assert_eq!(missing, ["two"], "only `two` is absent from the translation");
        let ids: Vec<&str> = merged.outline.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["", "one", "two", "three"], "English order is kept");
        assert_eq!(
            merged.outline.sections[1].text, "Premier.",
            "translated text is kept"
        );
        assert!(
            merged.outline.footnote_defs.iter().any(|d| d.label == "n"),
            "the spliced section's footnote comes with it: {}",
            merged.source
        );
        assert!(!is_stale(&fr, &en), "made from this very English text");
    }

    #[test]
    fn a_translation_made_from_other_english_is_stale() {
        let en = chapter("en/01-c.md", &format!("{FM}+++\nIntro.\n"));
        let fr = chapter(
            "fr/01-c.md",
            &format!("{FM}translated_from = \"0000000000000000\"\n+++\nIntro fr.\n"),
        );
        assert!(is_stale(&fr, &en), "the hash names another English text");
    }
}
