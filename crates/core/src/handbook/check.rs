//! The rules `avr handbook check` enforces, each reported at `file:line:col`.
//!
//! Every edition gets the per-file rules (front matter, ids, links, footnotes, citations, no unverified
//! marker). A translation's citation keys must be in the *English* sources chapter, and its links may point at
//! chapters and sections it does not have yet (English stands in for them). A translated chapter is also compared
//! with its English original ([`super::parity`]), and every edition's text is held to the term base
//! ([`super::terms`]) when `terms.toml` sits beside the editions.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::editions::REFERENCE_LANG;
use super::terms::TermBase;
use super::text::{LineIndex, citation_keys, is_kebab_id};
use super::{Chapter, Diagnostic, DiagnosticKind, Error, Handbook, parity};

const UNVERIFIED: &str = "(unverified)";
const SOURCES_CHAPTER: &str = "sources";
/// The term base, beside the edition folders.
pub const TERMS_FILE: &str = "terms.toml";

/// What checking the editions under a handbook root found.
#[derive(Debug)]
pub struct EditionsCheck {
    /// Each edition checked, English first, with its problems sorted by file and position.
    pub editions: Vec<(Handbook, Vec<Diagnostic>)>,
    /// Problems in the term base itself (or its absence).
    pub terms: Vec<Diagnostic>,
}

impl EditionsCheck {
    /// Errors, all editions and the term base together (stale translations are warnings, not errors).
    pub fn errors(&self) -> usize {
        self.terms
            .iter()
            .chain(self.editions.iter().flat_map(|(_, d)| d))
            .filter(|d| !d.is_warning())
            .count()
    }
}

/// Load the edition in `dir` and return it with every problem found, sorted by file and position. A
/// translation (a folder named by a language code other than `en`) is compared with the `en` edition beside it,
/// and the term base beside the editions is applied. A folder with another name (a draft, a test's temporary
/// folder) is checked on its own, as English is.
pub fn check_dir(dir: &Path) -> Result<(Handbook, Vec<Diagnostic>), Error> {
    let handbook = Handbook::load(dir)?;
    let root = dir.parent().unwrap_or(Path::new("."));
    let is_edition = Handbook::languages(root).contains(&handbook.lang);
    let reference = if handbook.lang == REFERENCE_LANG || !is_edition {
        None
    } else {
        Some(Handbook::load(&root.join(REFERENCE_LANG))?)
    };
    let (terms, mut diags) = match root.join(TERMS_FILE) {
        p if p.is_file() => match TermBase::load(&p) {
            Ok(t) => (Some(t), vec![]),
            Err(d) => (None, vec![d]),
        },
        _ => (None, vec![]),
    };
    diags.extend(check_edition(&handbook, reference.as_ref(), terms.as_ref()));
    Ok((handbook, diags))
}

/// Check every edition under `root` (or only `only`), the term base once, and each translation against English.
pub fn check_editions(root: &Path, only: Option<&str>) -> Result<EditionsCheck, Error> {
    let english = Handbook::load(&root.join(REFERENCE_LANG))?;
    let terms_path = root.join(TERMS_FILE);
    let (terms, term_diags) = match TermBase::load(&terms_path) {
        Ok(t) => {
            let mut d = t.validate();
            // The app's own words (its catalogs, as built in) name each term the way the base says.
            d.extend(t.check_catalogs());
            (Some(t), d)
        }
        Err(d) => (None, vec![d]),
    };
    let mut editions = Vec::new();
    for lang in Handbook::languages(root) {
        if only.is_some_and(|o| o != lang) {
            continue;
        }
        if lang == REFERENCE_LANG {
            let diags = check_edition(&english, None, terms.as_ref());
            editions.insert(0, (english.clone(), diags));
        } else {
            let hb = Handbook::load(&root.join(&lang))?;
            let diags = check_edition(&hb, Some(&english), terms.as_ref());
            editions.push((hb, diags));
        }
    }
    Ok(EditionsCheck {
        editions,
        terms: term_diags,
    })
}

/// Every problem of one edition: its chapters that did not load, the per-file rules, parity with English for a
/// translation, and the term base.
fn check_edition(hb: &Handbook, reference: Option<&Handbook>, terms: Option<&TermBase>) -> Vec<Diagnostic> {
    let mut diags = hb.problems.clone();
    diags.extend(check(hb, reference));
    if let Some(terms) = terms {
        for ch in &hb.chapters {
            diags.extend(terms.check_chapter(&hb.lang, ch));
        }
    }
    diags.sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
    diags
}

fn check(hb: &Handbook, reference: Option<&Handbook>) -> Vec<Diagnostic> {
    // A translation cites the keys of the English sources chapter.
    let known_keys = source_keys(reference.unwrap_or(hb));
    let mut diags = Vec::new();

    let mut first_file: HashMap<&str, &str> = HashMap::new();
    for ch in &hb.chapters {
        let at = Locator::new(ch);
        if let Some(prev) = first_file.insert(&ch.meta.id, &ch.file) {
            diags.push(at.diag(
                ch.body_start.saturating_sub(1),
                DiagnosticKind::DuplicateId,
                format!("chapter id `{}` is already used by {prev}", ch.meta.id),
            ));
        }
        check_file_name(ch, &at, &mut diags);
        check_sections(ch, &at, &mut diags);
        check_links(hb, reference, ch, &at, &mut diags);
        check_footnotes(ch, &at, known_keys.as_ref(), &mut diags);
        if let Some(en) = reference {
            match en.chapter(&ch.meta.id) {
                Some(original) => parity::check(ch, original, &at, &mut diags),
                None => diags.push(at.diag(
                    0,
                    DiagnosticKind::Drift,
                    format!("chapter `{}` is not in the English edition", ch.meta.id),
                )),
            }
        }
        for (offset, _) in ch.source.match_indices(UNVERIFIED) {
            diags.push(at.diag(
                offset,
                DiagnosticKind::Unverified,
                "an unverified marker: state only verified facts, or leave the detail out".into(),
            ));
        }
    }
    if known_keys.is_none() {
        diags.push(Diagnostic {
            file: hb.dir.display().to_string(),
            line: 1,
            col: 1,
            kind: DiagnosticKind::Citation,
            message: format!("no `{SOURCES_CHAPTER}` chapter: citation keys cannot be checked"),
        });
    }
    diags
}

/// Keys listed in the sources chapter as `- **C2** — …` lines.
fn source_keys(hb: &Handbook) -> Option<HashSet<String>> {
    let ch = hb.chapter(SOURCES_CHAPTER)?;
    Some(
        ch.body()
            .lines()
            .filter_map(|l| l.trim_start().strip_prefix("- **"))
            .filter_map(|rest| rest.split_once("**").map(|(key, _)| key.trim().to_owned()))
            .collect(),
    )
}

/// Turns byte offsets in one chapter into located diagnostics.
pub(super) struct Locator<'a> {
    ch: &'a Chapter,
    index: LineIndex,
}

impl<'a> Locator<'a> {
    pub(super) fn new(ch: &'a Chapter) -> Self {
        Locator {
            ch,
            index: LineIndex::new(&ch.source),
        }
    }

    pub(super) fn diag(&self, offset: usize, kind: DiagnosticKind, message: String) -> Diagnostic {
        let (line, col) = self.index.line_col(&self.ch.source, offset);
        Diagnostic {
            file: self.ch.file.clone(),
            line,
            col,
            kind,
            message,
        }
    }
}

fn check_file_name(ch: &Chapter, at: &Locator<'_>, diags: &mut Vec<Diagnostic>) {
    let name = Path::new(&ch.file)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let expected_suffix = format!("-{}", ch.meta.id);
    let numbered = name
        .split_once('-')
        .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    if !numbered || !name.ends_with(&expected_suffix) {
        diags.push(at.diag(
            0,
            DiagnosticKind::FrontMatter,
            format!("file name should be NN-{}.md to match the chapter id", ch.meta.id),
        ));
    }
}

fn check_sections(ch: &Chapter, at: &Locator<'_>, diags: &mut Vec<Diagnostic>) {
    let mut seen = HashSet::new();
    for s in ch.outline.sections.iter().skip(1) {
        if !is_kebab_id(&s.id) {
            diags.push(at.diag(
                s.offset,
                DiagnosticKind::MissingId,
                format!("section id `{}` must be lowercase kebab-case", s.id),
            ));
        }
        if !seen.insert(s.id.as_str()) {
            diags.push(at.diag(
                s.offset,
                DiagnosticKind::DuplicateId,
                format!("section id `{}` is used twice", s.id),
            ));
        }
    }
    for &offset in &ch.outline.headings_without_id {
        diags.push(at.diag(
            offset,
            DiagnosticKind::MissingId,
            "heading has no stable id: add `{#section-id}` at its end".into(),
        ));
    }
}

fn check_links(
    hb: &Handbook,
    reference: Option<&Handbook>,
    ch: &Chapter,
    at: &Locator<'_>,
    diags: &mut Vec<Diagnostic>,
) {
    for (dest, offset) in &ch.outline.links {
        let problem = if dest.contains("://") || dest.starts_with("mailto:") {
            Some(format!(
                "remote link `{dest}`: the handbook works offline, so name the source in a footnote"
            ))
        } else if dest.contains(':') || dest.contains('/') {
            Some(format!("link `{dest}` is not of the form `chapter#section`"))
        } else {
            let (chapter_id, anchor) = dest.split_once('#').unwrap_or((dest, ""));
            // A translation's link to a chapter it lacks lands on the English one.
            let target = if chapter_id.is_empty() {
                Some(ch)
            } else {
                hb.chapter(chapter_id)
                    .or_else(|| reference.and_then(|en| en.chapter(chapter_id)))
            };
            match target {
                None => Some(format!("broken link `{dest}`: no chapter `{chapter_id}`")),
                Some(t) if !anchor.is_empty() && t.section(anchor).is_none() => Some(format!(
                    "broken link `{dest}`: chapter `{}` has no section `{anchor}`",
                    t.meta.id
                )),
                Some(_) => None,
            }
        };
        if let Some(message) = problem {
            diags.push(at.diag(*offset, DiagnosticKind::BrokenLink, message));
        }
    }
}

fn check_footnotes(
    ch: &Chapter,
    at: &Locator<'_>,
    known_keys: Option<&HashSet<String>>,
    diags: &mut Vec<Diagnostic>,
) {
    let defined: HashSet<&str> = ch
        .outline
        .footnote_defs
        .iter()
        .map(|d| d.label.as_str())
        .collect();
    let referenced: HashSet<&str> = ch.outline.footnote_refs.iter().map(|(l, _)| l.as_str()).collect();
    for (label, offset) in &ch.outline.footnote_refs {
        if !defined.contains(label.as_str()) {
            diags.push(at.diag(
                *offset,
                DiagnosticKind::Footnote,
                format!("footnote `[^{label}]` has no definition"),
            ));
        }
    }
    let listed: HashSet<&str> = ch.meta.sources.iter().map(String::as_str).collect();
    for def in &ch.outline.footnote_defs {
        if !referenced.contains(def.label.as_str()) {
            diags.push(at.diag(
                def.offset,
                DiagnosticKind::Footnote,
                format!("footnote `[^{}]` is defined but never referenced", def.label),
            ));
        }
        let keys = citation_keys(&def.text);
        if keys.is_empty() || !def.text.starts_with(keys[0]) {
            diags.push(at.diag(
                def.offset,
                DiagnosticKind::Citation,
                format!(
                    "footnote `[^{}]` must start with a source key such as `C2`",
                    def.label
                ),
            ));
        }
        for key in keys {
            if !listed.contains(key) {
                diags.push(at.diag(
                    def.offset,
                    DiagnosticKind::Citation,
                    format!("source `{key}` is cited but not listed in this chapter's `sources`"),
                ));
            }
            if known_keys.is_some_and(|k| !k.contains(key)) {
                diags.push(at.diag(
                    def.offset,
                    DiagnosticKind::Citation,
                    format!("source `{key}` is not in the `{SOURCES_CHAPTER}` chapter"),
                ));
            }
        }
    }
}
